# Shared by scripts/buurtstart and scripts/test: find the package, and make sure the system's
# libedit headers are installed (the C target includes <histedit.h>).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

ensure_libedit() {
  if pkg-config --exists libedit 2>/dev/null && [ -f /usr/include/histedit.h ]; then
    return 0
  fi
  echo "buurtstart: installing libedit-dev (the line editor's headers)..." >&2
  if ! command -v pkg-config >/dev/null 2>&1; then extra="pkg-config"; else extra=""; fi
  apt_install libedit-dev $extra
}

# The tests that kill buurtstart at every rename inject the signal with strace.
ensure_strace() {
  command -v strace >/dev/null 2>&1 && return 0
  echo "buurtstart: installing strace (the kill tests use it)..." >&2
  apt_install strace
}

# apt-get install, as root or through sudo.
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "buurtstart: $1 is missing. Install it as root: apt-get install $*" >&2
      exit 1
    fi
  fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2
}

# A release build with the Swift libraries linked in: start-up (loading and relocating the
# shared Swift runtime) is then about half as long. The linker's note about mktemp comes from
# the toolchain's static Foundation library, not from buurtstart, and is left out.
build_release() {
  (cd "$root" && swift build -c release --static-swift-stdlib --disable-local-rpath --quiet "$@" 2>&1 \
    | { grep -v "the use of \`mktemp' is dangerous" >&2 || true; })
  return "${PIPESTATUS[0]}"
}
