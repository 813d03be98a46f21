#!/usr/bin/env bash
# Set up everything and run Trace locally with the Bitbucket/Forge emulator and a demo workspace.
source "$(dirname "${BASH_SOURCE[0]}")/_bootstrap.sh"
log "starting Trace (trace demo)"
exec "$UV" run --frozen trace demo "$@"
