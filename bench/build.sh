#!/bin/bash
# Build the kernel and modules in $OBJ (incremental, ccache): bzImage, the
# guest's boot image, unless BENCH_TARGETS names others (the bisect walk builds
# vmlinux: the boot wrapper around it is code the series does not touch).
# Errors name the step and point at the log; the last lines of the log are
# shown.
. "$(dirname "$0")/lib.sh"
log=$OBJ/build.log
say "build: $(git -C "$TREE" log -1 --format='%h %s' | cut -c1-70)"
# shellcheck disable=SC2086
targets=${BENCH_TARGETS:-bzImage}
unset BENCH_TARGETS
if ! kmake $targets modules >"$log" 2>&1; then
	grep -E 'error|Error' "$log" | head -n 20 >&2 || true
	die build "kernel build failed at $(git -C "$TREE" log -1 --format=%h) (see $log)"
fi
