#include "CEditLine.h"

#include <histedit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct buurt_editor {
    EditLine *el;
    HistoryW *history;
    wchar_t *prompt;
};

static wchar_t empty_prompt[] = L"";

static wchar_t *prompt_function(EditLine *el) {
    void *data = NULL;
    el_wget(el, EL_CLIENTDATA, &data);
    buurt_editor *editor = data;
    return (editor && editor->prompt) ? editor->prompt : empty_prompt;
}

buurt_editor *buurt_editor_open(const char *program_name) {
    buurt_editor *editor = calloc(1, sizeof *editor);
    if (!editor) return NULL;
    editor->el = el_init(program_name, stdin, stdout, stderr);
    if (!editor->el) {
        free(editor);
        return NULL;
    }
    editor->history = history_winit();
    if (editor->history) {
        HistEventW event;
        history_w(editor->history, &event, H_SETSIZE, 1000);
        history_w(editor->history, &event, H_SETUNIQUE, 1);
        el_wset(editor->el, EL_HIST, history_w, editor->history);
    }
    el_wset(editor->el, EL_CLIENTDATA, (void *)editor);
    el_wset(editor->el, EL_PROMPT, prompt_function);
    el_wset(editor->el, EL_EDITOR, L"emacs");
    return editor;
}

void buurt_editor_close(buurt_editor *editor) {
    if (!editor) return;
    el_end(editor->el);
    if (editor->history) history_wend(editor->history);
    free(editor->prompt);
    free(editor);
}

void buurt_editor_set_prompt(buurt_editor *editor, const wchar_t *prompt) {
    wchar_t *copy = wcsdup(prompt ? prompt : L"");
    if (!copy) return;
    free(editor->prompt);
    editor->prompt = copy;
}

const wchar_t *buurt_editor_gets(buurt_editor *editor, int *count) {
    return el_wgets(editor->el, count);
}

void buurt_editor_history_add(buurt_editor *editor, const wchar_t *line) {
    if (!editor->history || !line || !*line) return;
    HistEventW event;
    history_w(editor->history, &event, H_ENTER, line);
}
