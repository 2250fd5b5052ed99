#!/bin/bash
# warnings.sh STATE: collect, for the current checkout of $TREE, the
# warnings that concern the files the series touches:
#   $BUILD/warn/STATE.compile  sparse (C=2), W=1 and objtool on each touched
#                              .c file, and what they report in the touched
#                              headers (object_diagnostics in lib.sh; make's
#                              output in STATE.log)
#   $BUILD/warn/STATE.docs     make htmldocs SPHINXDIRS=mm, all warnings
# Line and column numbers are dropped so that STATEs can be compared; each
# line starts with the file's path in the tree.
. "$(dirname "$0")/lib.sh"
state=$1
mkdir -p "$BUILD/warn"
files=$(git -C "$TREE" diff --name-only base series)

# One make for every touched kernel C file of this architecture (-k: each
# is tried whatever the others do). A make per file would spend seconds
# on the descent into the tree each time.
objs=() srcs=()
# Warnings in the headers the series touches count too, wherever they are
# reported from (once each).
headers=$(echo "$files" | grep '\.h$' | grep -v '^tools/' || true)
for f in $files; do
	# Kernel C files only: userspace tests under tools/ are built (and
	# must compile) in bench/selftests.sh.
	case "$f" in tools/*) continue ;; *.c) ;; *) continue ;; esac
	# Another architecture's file is not built here (bench/cross.sh).
	case "$f" in arch/x86/*) ;; arch/*) continue ;; esac
	[ -f "$TREE/$f" ] || continue
	srcs+=("$f") objs+=("${f%.c}.o")
done
: >"$BUILD/warn/$state.compile"
# Compiled again each time, or an object already up to date would not show
# its W=1 warnings again (ccache replays them on a hit).
(cd "$OBJ" && rm -f "${objs[@]}")
log=$BUILD/warn/$state.log
rc=0
[ "${#objs[@]}" = 0 ] || kmake -k -s C=2 W=1 "${objs[@]}" >"$log" 2>&1 || rc=$?
object_diagnostics "$log" "$rc" "$OBJ" "$headers" "${srcs[@]}" >>"$BUILD/warn/$state.compile"
sort -o "$BUILD/warn/$state.compile" "$BUILD/warn/$state.compile"

# From scratch each time: an incremental Sphinx build only re-reads changed
# files and would not repeat the warnings of the others.
rm -rf "$BUILD/docs"
make -s -C "$TREE" O="$BUILD/docs" htmldocs SPHINXDIRS=mm >"$BUILD/warn/$state.docs.log" 2>&1 ||
	die warnings "make htmldocs SPHINXDIRS=mm failed on $state (see $BUILD/warn/$state.docs.log)"
grep -E '(WARNING|ERROR|CRITICAL|SEVERE|warning|error):' "$BUILD/warn/$state.docs.log" |
	sed -E "s|$TREE/||g; s|:[0-9]+: |: |" | sort >"$BUILD/warn/$state.docs" || true
