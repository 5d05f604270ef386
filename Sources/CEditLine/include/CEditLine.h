#ifndef BUURTSTART_CEDITLINE_H
#define BUURTSTART_CEDITLINE_H

#include <stddef.h>
#include <wchar.h>

/// An open libedit line editor with its own history. libedit's el_wset and history_w are
/// variadic, which Swift cannot call; these wrappers give each use a fixed signature.
typedef struct buurt_editor buurt_editor;

/// Opens an editor on standard input and output. Returns NULL when libedit cannot start.
buurt_editor *buurt_editor_open(const char *program_name);

/// Closes the editor, restoring the terminal, and frees it.
void buurt_editor_close(buurt_editor *editor);

/// Sets the prompt shown before the next line (copied).
void buurt_editor_set_prompt(buurt_editor *editor, const wchar_t *prompt);

/// Reads one line. Returns NULL at end of input; otherwise the line including any trailing
/// newline, owned by the editor and valid until the next call. `count` gets its length.
const wchar_t *buurt_editor_gets(buurt_editor *editor, int *count);

/// Adds a line to the in-memory history, so that Up recalls it.
void buurt_editor_history_add(buurt_editor *editor, const wchar_t *line);

#endif
