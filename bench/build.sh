#!/bin/bash
# Build bzImage and modules in $OBJ (incremental, ccache). Errors name the step
# and point at the log; the last lines of the log are shown.
. "$(dirname "$0")/lib.sh"
log=$OBJ/build.log
say "build: $(git -C "$TREE" log -1 --format='%h %s' | cut -c1-70)"
if ! kmake bzImage modules >"$log" 2>&1; then
	grep -E 'error|Error' "$log" | head -n 20 >&2 || true
	die build "kernel build failed at $(git -C "$TREE" log -1 --format=%h) (see $log)"
fi
