#define _GNU_SOURCE /* wcwidth */
#include "CEditLine.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wctype.h>

/* libedit is loaded the first time an editor opens: a session through a pipe, replay, export
   and the address check never need it, and start quicker without it. Every libedit function
   the shim uses is called through this table; the macros below keep the calls readable. */
static struct {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    int (*el_wset)(EditLine *, int, ...);
    int (*el_wget)(EditLine *, int, ...);
    const wchar_t *(*el_wgets)(EditLine *, int *);
    const LineInfoW *(*el_wline)(EditLine *);
    int (*el_cursor)(EditLine *, int);
    void (*el_deletestr)(EditLine *, int); /* el_wdeletestr is a macro for it */
    int (*el_winsertstr)(EditLine *, const wchar_t *);
    void (*el_resize)(EditLine *);
    int (*el_source)(EditLine *, const char *);
    HistoryW *(*history_winit)(void);
    void (*history_wend)(HistoryW *);
    int (*history_w)(HistoryW *, HistEventW *, int, ...);
} libedit;

static int load_libedit(void) {
    static int loaded = -1;
    if (loaded >= 0) return loaded;
    void *library = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!library) library = dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL);
    loaded = 0;
    if (!library) return 0;
    /* A libedit without one of these is not used: closed again, plain input instead. */
#define LOAD(name) if (!(*(void **)&libedit.name = dlsym(library, #name))) { dlclose(library); return 0; }
    LOAD(el_init) LOAD(el_end) LOAD(el_wset) LOAD(el_wget) LOAD(el_wgets) LOAD(el_wline) LOAD(el_cursor)
    LOAD(el_deletestr) LOAD(el_winsertstr) LOAD(el_resize) LOAD(el_source) LOAD(history_winit)
    LOAD(history_wend) LOAD(history_w)
#undef LOAD
    loaded = 1;
    return 1;
}

#define el_init libedit.el_init
#define el_end libedit.el_end
#define el_wset libedit.el_wset
#define el_wget libedit.el_wget
#define el_wgets libedit.el_wgets
#define el_wline libedit.el_wline
#define el_cursor libedit.el_cursor
#define el_deletestr libedit.el_deletestr
#define el_winsertstr libedit.el_winsertstr
#define el_resize libedit.el_resize
#define el_source libedit.el_source
#define history_winit libedit.history_winit
#define history_wend libedit.history_wend
#define history_w libedit.history_w

struct buurt_editor {
    EditLine *el;
    HistoryW *history;
    wchar_t *prompt;
    wchar_t **words;
    int word_count;
    wchar_t *hint;
};

static volatile sig_atomic_t pending_interrupt = 0;
static volatile sig_atomic_t pending_termination = 0;
static volatile sig_atomic_t pending_resize = 0;
static volatile sig_atomic_t pending_stop = 0;
static volatile sig_atomic_t pending_continue = 0;
static volatile sig_atomic_t in_prompt = 0;

/* The self-pipe: the handler writes a byte after setting its flag, and the read of a key waits
   on it too. A signal that comes after the flags were looked at, but before the read blocks,
   then wakes that read at once instead of waiting for the next key. */
static int wake_pipe[2] = {-1, -1};

static void wake_reader(void) {
    if (wake_pipe[1] < 0) return;
    int saved = errno;
    char byte = 0;
    ssize_t ignored = write(wake_pipe[1], &byte, 1); /* full: a wake-up is already waiting */
    (void)ignored;
    errno = saved;
}

static void install(int signo, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocked read must return so the flag is seen */
    sigaction(signo, &action, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signo);
    /* A parent may have started us with it blocked; it must reach the handler. */
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}

static void on_signal(int signo) {
    switch (signo) {
    case SIGWINCH:
        pending_resize = 1;
        break;
    case SIGQUIT:
        /* Ctrl-\: nothing at a prompt, as in a shell; elsewhere a quit like Ctrl-C (the answers
           are saved after every answer). Never the runtime's crash report. */
        if (!in_prompt) _exit(128 + signo);
        break;
    case SIGTSTP:
        if (in_prompt) {
            pending_stop = 1;
        } else {
            /* Outside a prompt the terminal is as the shell left it: stop as usual, once this
               handler returns. SIGCONT puts the handler back. */
            signal(SIGTSTP, SIG_DFL);
            raise(SIGTSTP);
        }
        break;
    case SIGCONT:
        install(SIGTSTP, on_signal);
        pending_continue = 1;
        break;
    case SIGINT:
        if (!in_prompt) _exit(128 + signo);
        pending_interrupt = 1;
        break;
    default:
        if (!in_prompt) _exit(128 + signo);
        pending_termination = signo;
        break;
    }
    wake_reader();
}

void buurt_install_signal_handlers(void) {
    if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) wake_pipe[0] = wake_pipe[1] = -1;
    int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGQUIT, SIGTSTP, SIGCONT};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) install(signals[i], on_signal);
}

void buurt_install_quit_handler(void) { install(SIGQUIT, on_signal); }

int buurt_termination_signal(void) { return pending_termination; }

static buurt_editor *editor_of(EditLine *el) {
    void *data = NULL;
    el_wget(el, EL_CLIENTDATA, &data);
    return data;
}

static void write_out(const char *text);

/// The terminal's width now (80 when it cannot be asked).
static int terminal_columns(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) return 80;
    return size.ws_col;
}

/// Columns the prompt and the line up to the cursor take (a colour bracketed by \1 takes none).
static int columns_before_cursor(EditLine *el) {
    int width = 0, invisible = 0;
    buurt_editor *editor = editor_of(el);
    if (editor && editor->prompt) {
        for (const wchar_t *p = editor->prompt; *p; p++) {
            if (*p == L'\1') { invisible = !invisible; continue; }
            if (!invisible) { int w = wcwidth(*p); width += w > 0 ? w : 0; }
        }
    }
    const LineInfoW *line = el_wline(el);
    for (const wchar_t *p = line->buffer; p < line->cursor; p++) { int w = wcwidth(*p); width += w > 0 ? w : 0; }
    return width;
}

/// Draws the prompt and the line again from the start of the prompt. libedit's own refresh
/// starts wherever the cursor is, which after a resize is the end of the old line: the prompt
/// came out twice. `on_screen`: whether the line is still shown (after a resize), rather than
/// gone (after `fg`, the cursor is at the start of a fresh line).
static void redraw(EditLine *el, int on_screen) {
    if (on_screen) {
        /* The rows the cursor is below the prompt's start, at the new width: terminals today
           (xterm's descendants, tmux, VTE, kitty) rewrap the line when the window changes. */
        int before = columns_before_cursor(el), now = terminal_columns();
        int rows = before / now;
        char move[32];
        write_out("\r");
        if (rows > 0) {
            snprintf(move, sizeof move, "\033[%dA", rows);
            write_out(move);
        }
        write_out("\033[J");
    }
    el_wset(el, EL_REFRESH);
}

static wchar_t empty_prompt[] = L"";

static wchar_t *prompt_function(EditLine *el) {
    buurt_editor *editor = editor_of(el);
    return (editor && editor->prompt) ? editor->prompt : empty_prompt;
}

/* Characters already read and waiting for libedit: a key sequence passed on, or translated. */
static wchar_t queued[8];
static int queued_count = 0, queued_next = 0;
/* A byte read after ESC that was no key sequence: decoded at the next read, as typed. */
static int handed_back = -1;

static void queue(const wchar_t *keys) {
    queued_count = 0;
    queued_next = 0;
    for (; *keys && queued_count < (int)(sizeof queued / sizeof queued[0]); keys++) queued[queued_count++] = *keys;
}

/// One byte of a key sequence already begun: 1, or 0 at the end of input or a termination.
static int sequence_byte(unsigned char *byte) {
    for (;;) {
        if (pending_termination) return 0;
        ssize_t count = read(STDIN_FILENO, byte, 1);
        if (count == 1) return 1;
        if (count == 0 || errno != EINTR) return 0;
    }
}

/// After ESC: reads the rest of a terminal's key sequence (CSI `ESC [ params final` or SS3
/// `ESC O final`) and queues what libedit should get. The keys libedit binds pass on as they
/// are (arrows, Home, End, Delete); the common others are translated (`ESC[1~` and `ESC[4~`
/// to Home and End, Ctrl- or Alt-Left/Right to a word back or forward, a modified arrow to the
/// arrow); every other sequence (PageUp, PageDown, Insert, F-keys, the markers of a bracketed
/// paste) is swallowed whole instead of typing `~` or `;5D` into the answer. ESC before any
/// other key is Meta with that key, as libedit reads it; that key's byte is handed back in
/// `*other` (>= 0) to be decoded as typed.
static void read_key_sequence(int *other) {
    unsigned char byte;
    *other = -1;
    if (!sequence_byte(&byte)) return;
    if (byte == 'O') {
        if (!sequence_byte(&byte)) return;
        if (strchr("ABCDHF", byte) && byte) {
            wchar_t keys[] = {0x1B, L'O', byte, 0};
            queue(keys);
        }
        return;
    }
    if (byte != '[') {
        wchar_t keys[] = {0x1B, 0};
        queue(keys);
        *other = byte;
        return;
    }
    char params[16];
    size_t length = 0;
    int overflow = 0;
    for (;;) {
        if (!sequence_byte(&byte)) return;
        if (byte >= 0x40 && byte <= 0x7E) break; /* the final byte */
        if (byte < 0x20 || byte > 0x3F) return;  /* not a sequence after all: dropped */
        if (length + 1 < sizeof params) params[length++] = (char)byte; else overflow = 1;
    }
    params[length] = 0;
    if (overflow) return;
    const char *semicolon = strchr(params, ';');
    int number = atoi(params);
    int modifier = semicolon ? atoi(semicolon + 1) : 1;
    if (strchr("ABCDHF", byte)) {
        if ((byte == 'C' || byte == 'D') && modifier > 1) {
            /* Ctrl-, Alt- or Shift-Left/Right: a word back or forward (Meta-b, Meta-f). */
            wchar_t keys[] = {0x1B, byte == 'D' ? L'b' : L'f', 0};
            queue(keys);
        } else {
            wchar_t keys[] = {0x1B, L'[', byte, 0};
            queue(keys);
        }
    } else if (byte == '~' && (number == 1 || number == 7)) {
        queue(L"\033[H");
    } else if (byte == '~' && (number == 4 || number == 8)) {
        queue(L"\033[F");
    } else if (byte == '~' && number == 3) {
        queue(L"\033[3~");
    }
}

/// Reads one character, decoding UTF-8 through the locale, and turns recorded signals into
/// actions here, outside the handler: a resize redraws, Ctrl-Z stops with the terminal as the
/// shell left it and redraws after `fg`, Ctrl-C becomes the key ^C (bound to clearing the
/// line), a termination ends the read.
static int read_character(EditLine *el, wchar_t *out) {
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        if (pending_termination) return -1;
        if (queued_next < queued_count) {
            *out = queued[queued_next++];
            return 1;
        }
        if (pending_stop) {
            pending_stop = 0;
            el_wset(el, EL_PREP_TERM, 0);
            write_out("\n");
            signal(SIGTSTP, SIG_DFL);
            raise(SIGTSTP); /* stops here; SIGCONT puts the handler back */
            install(SIGTSTP, on_signal);
            pending_continue = 1;
        }
        if (pending_continue) {
            /* Back after `fg` (or a SIGSTOP): the shell may have changed the terminal, and the
               screen no longer shows the line. The cursor is at the start of a fresh line. */
            pending_continue = 0;
            el_wset(el, EL_PREP_TERM, 0);
            el_wset(el, EL_PREP_TERM, 1);
            redraw(el, 0);
        }
        if (pending_resize) {
            pending_resize = 0;
            el_resize(el);
            redraw(el, 1);
        }
        if (pending_interrupt) {
            pending_interrupt = 0;
            *out = 3;
            return 1;
        }
        if (wake_pipe[0] >= 0) {
            struct pollfd ready[2] = {{STDIN_FILENO, POLLIN, 0}, {wake_pipe[0], POLLIN, 0}};
            if (poll(ready, 2, -1) < 0) {
                if (errno == EINTR) continue;
                return -1;
            }
            if (ready[1].revents & POLLIN) {
                char sink[64];
                while (read(wake_pipe[0], sink, sizeof sink) > 0) {}
                continue; /* the flags above say what the signal was */
            }
        }
        char byte;
        if (handed_back >= 0) {
            byte = (char)handed_back;
            handed_back = -1;
        } else {
            ssize_t count = read(STDIN_FILENO, &byte, 1);
            if (count == 0) return 0;
            if (count < 0) {
                if (errno == EINTR) continue;
                return -1;
            }
            if (byte == 0x1B && mbsinit(&state)) {
                read_key_sequence(&handed_back);
                continue;
            }
        }
        wchar_t decoded;
        size_t used = mbrtowc(&decoded, &byte, 1, &state);
        if (used == (size_t)-2) continue; /* more bytes of this character to come */
        if (used == (size_t)-1) {
            memset(&state, 0, sizeof state);
            decoded = 0xFFFD;
        }
        *out = decoded;
        return 1;
    }
}

static void write_out(const char *text) {
    size_t length = strlen(text);
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, text, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        text += written;
        length -= (size_t)written;
    }
}

static void write_wide(const wchar_t *text) {
    char buffer[16];
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (; *text; text++) {
        size_t length = wcrtomb(buffer, *text, &state);
        if (length == (size_t)-1) continue;
        buffer[length] = 0;
        write_out(buffer);
    }
}

/// Ctrl-C: on a line with text, clear it and show a fresh prompt (like bash); on an empty
/// line, say how to stop.
static unsigned char interrupt_key(EditLine *el, int ch) {
    (void)ch;
    const LineInfoW *line = el_wline(el);
    write_out("^C\n");
    if (line->lastchar > line->buffer) {
        el_cursor(el, (int)(line->lastchar - line->cursor));
        el_wdeletestr(el, (int)(line->lastchar - line->buffer));
    } else {
        buurt_editor *editor = editor_of(el);
        if (editor && editor->hint) {
            write_wide(editor->hint);
            write_out("\n");
        }
    }
    return CC_REDISPLAY;
}

static int starts_with_folded(const wchar_t *word, const wchar_t *prefix, size_t length) {
    for (size_t i = 0; i < length; i++) {
        if (word[i] == 0 || towlower((wint_t)word[i]) != towlower((wint_t)prefix[i])) return 0;
    }
    return 1;
}

/// 1 when `word` is a name in quotes (`"Plein 1813"`) and what is typed has no quote yet: the
/// typed text is matched after the quote, and completing puts the quote in.
static size_t quote_skip(const wchar_t *word, const wchar_t *typed, size_t length) {
    return word[0] == L'"' && (length == 0 || typed[0] != L'"') ? 1 : 0;
}

static int matches_typed(const wchar_t *word, const wchar_t *typed, size_t length) {
    return starts_with_folded(word + quote_skip(word, typed, length), typed, length);
}

int buurt_complete_matches(const wchar_t *const *words, int count, const wchar_t *typed, size_t length,
                           int *first, size_t *common) {
    int matches = 0, mixed = 0;
    size_t leader_skip = 0;
    *first = -1;
    *common = 0;
    for (int i = 0; i < count; i++) {
        const wchar_t *word = words[i];
        if (!matches_typed(word, typed, length)) continue;
        size_t skip = quote_skip(word, typed, length);
        if (matches == 0) {
            *first = i;
            leader_skip = skip;
            *common = wcslen(word);
        } else if (skip != leader_skip) {
            /* Some in quotes, some not: no beginning in common to complete, only the list. */
            mixed = 1;
        } else {
            size_t j = length + skip;
            const wchar_t *leader = words[*first];
            while (j < *common && word[j] && towlower((wint_t)word[j]) == towlower((wint_t)leader[j])) j++;
            *common = j;
        }
        matches++;
    }
    if (mixed) *common = length;
    return matches;
}

/// Tab: complete what is typed before the cursor to one of the words valid at this prompt.
/// The whole line is matched first (`wijzig 2`, `verwijder 1`, a street name); failing that,
/// its last word (`3 -5 sa` in the agreements). One match completes; several complete their
/// common beginning, or are listed under the prompt, which is then drawn again.
static unsigned char complete_key(EditLine *el, int ch) {
    (void)ch;
    buurt_editor *editor = editor_of(el);
    const LineInfoW *line = el_wline(el);
    if (!editor || editor->word_count == 0) return CC_REFRESH_BEEP;
    const wchar_t *start = line->buffer;
    size_t length = (size_t)(line->cursor - line->buffer);
    int passes = 2;
    for (int pass = 0; pass < passes; pass++) {
        if (pass == 1) {
            const wchar_t *space = NULL;
            for (const wchar_t *p = line->buffer; p < line->cursor; p++) if (*p == L' ') space = p;
            if (!space) break;
            start = space + 1;
            length = (size_t)(line->cursor - start);
        }
        int leader = -1;
        size_t common = 0;
        int matches = buurt_complete_matches((const wchar_t *const *)editor->words, editor->word_count, start, length,
                                             &leader, &common);
        if (matches == 0) continue;
        const wchar_t *first = editor->words[leader];
        if (common > length) {
            /* Replace what was typed with the word's own spelling: `zee` becomes `Zeeweg`. */
            wchar_t *insert = calloc(common + 2, sizeof(wchar_t));
            if (!insert) return CC_ERROR;
            wmemcpy(insert, first, common);
            if (matches == 1 && first[common] == 0 && first[common - 1] != L' ') insert[common] = L' ';
            if (length > 0) el_wdeletestr(el, (int)length);
            el_winsertstr(el, insert);
            free(insert);
            return CC_REFRESH;
        }
        if (matches == 1) return CC_REFRESH;
        write_out("\n");
        for (int i = 0; i < editor->word_count; i++) {
            if (!matches_typed(editor->words[i], start, length)) continue;
            write_wide(editor->words[i]);
            write_out("  ");
        }
        write_out("\n");
        return CC_REDISPLAY;
    }
    return CC_REFRESH_BEEP;
}

buurt_editor *buurt_editor_open(const char *program_name) {
    if (!load_libedit()) return NULL;
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
    el_wset(editor->el, EL_PROMPT_ESC, prompt_function, L'\1');
    el_wset(editor->el, EL_EDITOR, L"emacs");
    el_wset(editor->el, EL_GETCFN, read_character);
    el_wset(editor->el, EL_ADDFN, L"buurt-complete", L"Complete the answer", complete_key);
    el_wset(editor->el, EL_ADDFN, L"buurt-interrupt", L"Clear the line", interrupt_key);
    el_wset(editor->el, EL_BIND, L"^I", L"buurt-complete", NULL);
    el_wset(editor->el, EL_BIND, L"^C", L"buurt-interrupt", NULL);
    el_wset(editor->el, EL_BIND, L"^R", L"em-inc-search-prev", NULL);
    /* The user's own bindings come last, so they win. */
    el_source(editor->el, NULL);
    return editor;
}

static void free_words(buurt_editor *editor) {
    for (int i = 0; i < editor->word_count; i++) free(editor->words[i]);
    free(editor->words);
    editor->words = NULL;
    editor->word_count = 0;
}

void buurt_editor_close(buurt_editor *editor) {
    if (!editor) return;
    el_end(editor->el);
    if (editor->history) history_wend(editor->history);
    free(editor->prompt);
    free(editor->hint);
    free_words(editor);
    free(editor);
}

void buurt_editor_set_prompt(buurt_editor *editor, const wchar_t *prompt) {
    wchar_t *copy = wcsdup(prompt ? prompt : L"");
    if (!copy) return;
    free(editor->prompt);
    editor->prompt = copy;
}

void buurt_editor_set_interrupt_hint(buurt_editor *editor, const wchar_t *hint) {
    wchar_t *copy = wcsdup(hint ? hint : L"");
    if (!copy) return;
    free(editor->hint);
    editor->hint = copy;
}

void buurt_editor_set_completions(buurt_editor *editor, const wchar_t *const *words, int count) {
    free_words(editor);
    if (count <= 0) return;
    editor->words = calloc((size_t)count, sizeof(wchar_t *));
    if (!editor->words) return;
    for (int i = 0; i < count; i++) {
        editor->words[i] = wcsdup(words[i]);
        if (!editor->words[i]) break;
        editor->word_count = i + 1;
    }
}

const wchar_t *buurt_editor_gets(buurt_editor *editor, int *count) {
    pending_interrupt = 0;
    in_prompt = 1;
    const wchar_t *line = el_wgets(editor->el, count);
    in_prompt = 0;
    if (pending_termination) return NULL;
    return line;
}

int buurt_editor_history_add(buurt_editor *editor, const wchar_t *line) {
    if (!editor->history || !line || !*line) return 0;
    HistEventW event;
    int before = history_w(editor->history, &event, H_FIRST) < 0 ? -1 : event.num;
    history_w(editor->history, &event, H_ENTER, line);
    /* The same line twice in a row is kept once (H_SETUNIQUE): then nothing was added. */
    return history_w(editor->history, &event, H_FIRST) >= 0 && event.num != before;
}

void buurt_editor_history_remove_newest(buurt_editor *editor) {
    if (!editor->history) return;
    HistEventW event;
    if (history_w(editor->history, &event, H_FIRST) < 0) return;
    if (history_w(editor->history, &event, H_DEL, event.num) < 0) return;
    free((void *)event.str); /* H_DEL hands back a copy of the line */
}

int buurt_editor_history_load(buurt_editor *editor, const char *path) {
    if (!editor->history) return -1;
    HistEventW event;
    return history_w(editor->history, &event, H_LOAD, path) < 0 ? -1 : 0;
}

int buurt_editor_history_save(buurt_editor *editor, const char *path) {
    if (!editor->history) return -1;
    /* libedit opens the file it saves to by name, and would follow a link put there. So it
       saves to a new private file of our own beside it (O_EXCL: never one that exists), which
       then replaces the history; rename replaces a link itself, never what it points to. */
    char scratch[4096];
    if (snprintf(scratch, sizeof scratch, "%s.%ld.tmp", path, (long)getpid()) >= (int)sizeof scratch) return -1;
    int fd = open(scratch, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0) return -1;
    close(fd);
    HistEventW event;
    if (history_w(editor->history, &event, H_SAVE, scratch) < 0 || chmod(scratch, S_IRUSR | S_IWUSR) != 0
        || rename(scratch, path) != 0) {
        unlink(scratch);
        return -1;
    }
    return 0;
}

#include <poll.h>

int buurt_input_waiting(void) {
    // glibc's buffer of what stdin read ahead, as gnulib's freadahead reads it.
    if (stdin->_IO_read_ptr < stdin->_IO_read_end
        && memchr(stdin->_IO_read_ptr, '\n', (size_t)(stdin->_IO_read_end - stdin->_IO_read_ptr)) != NULL) {
        return 1;
    }
    struct pollfd waiting = {.fd = STDIN_FILENO, .events = POLLIN};
    return poll(&waiting, 1, 0) == 1 && (waiting.revents & POLLIN) != 0;
}
