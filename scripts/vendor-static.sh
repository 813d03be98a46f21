#!/usr/bin/env bash
# Refresh vendored front-end assets from the exact versions pinned in package.json.
# Usage: scripts/vendor-static.sh   (needs node/npm; commits nothing)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/package.json" "$work/"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts --save-exact >/dev/null)
dest="$root/src/tracesec/dashboard/static/vendor"
mkdir -p "$dest/htmx"
cp "$work/node_modules/htmx.org/dist/htmx.min.js" "$dest/htmx/htmx.min.js"
cp "$work/node_modules/htmx.org/LICENSE" "$dest/htmx/LICENSE"
version="$(node -p "require('$work/node_modules/htmx.org/package.json').version")"
echo "htmx.org $version" > "$dest/VERSIONS"
echo "vendored htmx.org $version into $dest"
