# shellcheck shell=bash
# Shared by the scripts: find the package, install the Debian packages a script needs when they
# are missing, build the release binary, and lay out the files an installation consists of.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Installs Debian packages with apt-get, as root or through sudo; the package lists are
# refreshed once per script.
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "buurtstart: $* missing. Install as root: apt-get install $*" >&2
      exit 1
    fi
  fi
  if [ -z "${apt_updated:-}" ]; then
    $sudo apt-get update -qq >&2
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >&2
}

# `ensure_tools COMMAND:PACKAGE ...`: installs each PACKAGE whose COMMAND is not on PATH.
ensure_tools() {
  local item missing=()
  for item in "$@"; do
    command -v "${item%%:*}" >/dev/null 2>&1 || missing+=("${item#*:}")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "buurtstart: installing ${missing[*]}..." >&2
    apt_install "${missing[@]}"
  fi
}

# The system's libedit headers (the C target includes <histedit.h>).
ensure_libedit() {
  if pkg-config --exists libedit 2>/dev/null && [ -f /usr/include/histedit.h ]; then
    return 0
  fi
  echo "buurtstart: installing libedit-dev (the line editor's headers)..." >&2
  local extra=()
  command -v pkg-config >/dev/null 2>&1 || extra=(pkg-config)
  apt_install libedit-dev "${extra[@]}"
}

# The tests that kill buurtstart at every rename inject the signal with strace.
ensure_strace() {
  ensure_tools strace:strace
}

# A release build with the Swift libraries linked in: start-up (loading and relocating the
# shared Swift runtime) is then about half as long, and the binary runs where Swift is not
# installed. The linker's note about mktemp comes from the toolchain's static Foundation
# library, not from buurtstart, and is left out.
build_release() {
  (cd "$root" && swift build -c release --static-swift-stdlib --disable-local-rpath --quiet "$@" 2>&1 \
    | { grep -v "the use of \`mktemp' is dangerous" >&2 || true; })
  return "${PIPESTATUS[0]}"
}

# `stage_payload DIR`: builds the release binary and lays out in DIR what a release tarball
# holds and scripts/install installs: README.md, LEESMIJ.md, LICENSE and docs/*.md, bin/buurtstart without its symbol
# table, the man page, and the completion scripts, which the binary writes from its own
# argument definitions (so they name every command and option; their descriptions are in the
# default language, Dutch).
stage_payload() {
  local dir="$1"
  ensure_libedit
  ensure_tools strip:binutils
  build_release --product buurtstart
  mkdir -p "$dir/bin" "$dir/share/man/man1" "$dir/share/bash-completion/completions" \
    "$dir/share/zsh/site-functions" "$dir/share/fish/vendor_completions.d"
  install -m 0644 "$root/README.md" "$root/LEESMIJ.md" "$root/LICENSE" "$dir/"
  mkdir -p "$dir/docs"
  # The documents the program's messages name (docs/answers.md, ...) and their neighbours.
  install -m 0644 "$root"/docs/*.md "$dir/docs/"
  strip -o "$dir/bin/buurtstart" "$root/.build/release/buurtstart"
  chmod 0755 "$dir/bin/buurtstart"
  install -m 0644 "$root/docs/man/buurtstart.1" "$dir/share/man/man1/buurtstart.1"
  local completions=(bash:share/bash-completion/completions/buurtstart zsh:share/zsh/site-functions/_buurtstart
                     fish:share/fish/vendor_completions.d/buurtstart.fish)
  local item
  for item in "${completions[@]}"; do
    # Without a #! line: the scripts are sourced by the shells, never run (lintian's
    # bash-completion-with-hashbang).
    LC_ALL=C.UTF-8 LANG=C.UTF-8 "$dir/bin/buurtstart" --generate-completion-script "${item%%:*}" \
      | sed '1{/^#!/d}' > "$dir/${item#*:}"
    chmod 0644 "$dir/${item#*:}"
  done
}
