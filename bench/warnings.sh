#!/bin/bash
# warnings.sh STATE: collect, for the current checkout of $TREE, the
# warnings that concern the files the series touches:
#   $BUILD/warn/STATE.compile  sparse (C=2) and W=1 on each touched .c file
#                              (make's output in STATE.log)
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
attributed=0
for f in "${srcs[@]}"; do
	o=${f%.c}.o
	# Only objects this configuration builds; others cannot be checked here.
	if grep -qF "No rule to make target '$o'" "$log"; then
		echo "$f: not built in this configuration" >>"$BUILD/warn/$state.compile"
		continue
	fi
	# Removed before the make: it is there if and only if it built.
	if [ ! -f "$OBJ/$o" ]; then
		echo "$f: does not compile" >>"$BUILD/warn/$state.compile"
		attributed=1
	fi
	grep -E "^([^ ]*/)?$f:[0-9]+(:[0-9]+)?: (warning|error)" "$log" |
		sed -E "s|^([^ ]*/)?$f:[0-9]+(:[0-9]+)?: |$f: |" >>"$BUILD/warn/$state.compile" || true
done
# A make that failed before any of them (in prepare, say) checked nothing.
if [ "$rc" != 0 ] && [ "$attributed" = 0 ]; then
	echo "make failed before the touched objects (see $log)" >>"$BUILD/warn/$state.compile"
fi
sort -o "$BUILD/warn/$state.compile" "$BUILD/warn/$state.compile"

# From scratch each time: an incremental Sphinx build only re-reads changed
# files and would not repeat the warnings of the others.
rm -rf "$BUILD/docs"
make -s -C "$TREE" O="$BUILD/docs" htmldocs SPHINXDIRS=mm >"$BUILD/warn/$state.docs.log" 2>&1 ||
	die warnings "make htmldocs SPHINXDIRS=mm failed on $state (see $BUILD/warn/$state.docs.log)"
grep -E '(WARNING|ERROR|warning|error):' "$BUILD/warn/$state.docs.log" |
	sed -E "s|$TREE/||g; s|:[0-9]+: |: |" | sort >"$BUILD/warn/$state.docs" || true
