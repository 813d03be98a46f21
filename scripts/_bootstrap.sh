# Shared set-up for scripts/demo.sh and scripts/test.sh (sourced, not run).
# Needs only python3 (3.11+), git and node on the machine; everything else is installed here.
set -euo pipefail

# Some machines set PYTHONDONTWRITEBYTECODE for everything. Then no process keeps its bytecode
# and every one compiles Django, Trace and their dependencies again: each `trace` command, each
# of `trace serve`'s processes, each test worker's collection (measured: `trace manage check`
# 3.8 s -> 1.9 s, collecting the tests 27 s -> 11 s once bytecode is kept). __pycache__ is in
# .gitignore.
unset PYTHONDONTWRITEBYTECODE

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

UV_VERSION="0.13.9"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

python3 - <<'PY' || { echo "Trace needs Python 3.11 or newer (python3 --version)" >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

# uv: the one tool that installs the locked dependencies (uv.lock). Use the machine's if it has
# the pinned version, else install it into a private tools venv.
if command -v uv >/dev/null 2>&1 && [ "$(uv --version | awk '{print $2}')" = "$UV_VERSION" ]; then
  UV="$(command -v uv)"
else
  if [ ! -x "$ROOT/.tools/bin/uv" ]; then
    log "installing uv $UV_VERSION into .tools/"
    python3 -m venv "$ROOT/.tools"
    "$ROOT/.tools/bin/pip" install --quiet --disable-pip-version-check "uv==$UV_VERSION"
  fi
  UV="$ROOT/.tools/bin/uv"
fi
export UV

log "installing Python dependencies from uv.lock"
"$UV" sync --frozen --quiet

# The emulator runs the real Forge app JavaScript in Node.
if [ -f forge-app/package-lock.json ]; then
  if [ ! -d forge-app/node_modules ] || [ forge-app/package-lock.json -nt forge-app/node_modules/.package-lock.json ]; then
    log "installing the Forge app's npm packages (npm ci)"
    (cd forge-app && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
