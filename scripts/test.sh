#!/usr/bin/env bash
# Set up everything and run every check and test suite Trace has: lint, format, types, import
# contracts, pytest on SQLite and on a throwaway PostgreSQL cluster, semgrep rule tests (inside
# pytest), browser tests in headless Chromium, and the Forge app's node tests.
# Extra arguments are passed to both pytest runs (e.g. `scripts/test.sh -x -k pairing`).
source "$(dirname "${BASH_SOURCE[0]}")/_bootstrap.sh"

# Debian's Chromium for the browser tests (Playwright drives it with executable_path).
if [ ! -x /usr/bin/chromium ]; then
  log "installing Debian's chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo -n"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi

failed=()
step() {
  local name="$1"; shift
  log "$name"
  local start=$SECONDS
  if "$@"; then
    printf '    ok: %s (%ss)\n' "$name" "$((SECONDS - start))" >&2
  else
    printf '\033[31m    FAILED: %s\033[0m\n' "$name" >&2
    failed+=("$name")
  fi
}

# Both pytest runs spread their test files over the cores (pytest-xdist, one worker per core,
# at most four): each worker has its own test database, emulator and browser. A file stays on
# one worker, so its module fixtures are set up once. TRACE_TEST_WORKERS=0 runs in one process.
PARALLEL=(--numprocesses="${TRACE_TEST_WORKERS:-auto}" --maxprocesses=4 --dist=loadfile)

mkdir -p test-artefacts
step "ruff check" "$UV" run --frozen ruff check .
step "ruff format --check" "$UV" run --frozen ruff format --check .
step "mypy" "$UV" run --frozen mypy
step "import contracts" "$UV" run --frozen lint-imports
step "pytest (SQLite)" "$UV" run --frozen pytest -p no:cacheprovider "${PARALLEL[@]}" "$@"
# On PostgreSQL only the tests that reach the database run (tests/conftest.py deselects the rest:
# they would run exactly as they just did on SQLite).
step "pytest (PostgreSQL)" env TRACE_TEST_DATABASE=postgres "$UV" run --frozen pytest \
  -p no:cacheprovider "${PARALLEL[@]}" -m "not e2e" --ignore=tests/engines --ignore=tests/emulator "$@"
if [ -f forge-app/package.json ]; then
  step "forge-app: node --test" bash -c "cd forge-app && npm test"
fi

if [ ${#failed[@]} -gt 0 ]; then
  printf '\033[31mFAILED steps: %s\033[0m\n' "${failed[*]}" >&2
  exit 1
fi
log "all checks passed"
