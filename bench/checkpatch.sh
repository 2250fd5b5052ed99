#!/bin/bash
# scripts/checkpatch.pl --strict on every patch of the series and of its
# backports to 6.1. The only accepted exceptions are in each directory's
# checkpatch-exceptions, one per line:
#   PATCH-FILE  CHECKPATCH-TYPE  reason...
. "$(dirname "$0")/lib.sh"
rm -f "$RESULTS/checkpatch"
# check_dir DIR: every patch DIR/series names, with DIR/checkpatch-exceptions
check_dir() {
	local dir=$1 exc=$1/checkpatch-exceptions p ignore out rel=${1#"$TOP"/}
	for p in $(grep -v -e '^#' -e '^[[:space:]]*$' "$dir/series"); do
		ignore=$(awk -v p="$p" '$1 == p { printf "%s,", $2 }' "$exc" 2>/dev/null || true)
		# Twice: as a patch (absolute path), and the way a reader in this
		# repository runs it (relative path of a tracked file: checked as a file).
		out=$(for f in "$dir/$p" "$rel/$p"; do
			(cd "$TOP" && "$TREE/scripts/checkpatch.pl" --strict --no-tree --terse \
				--show-types ${ignore:+--ignore "$ignore"} "$f" 2>&1)
		done | grep -E ': (ERROR|WARNING|CHECK):' || true)
		if [ -n "$out" ]; then
			echo "$out" | sed "s|^|    |" >&2
			record checkpatch "checkpatch: $rel/$p" 1 "$(echo "$out" | head -n 1 | cut -c1-120)"
		else
			record checkpatch "checkpatch: $rel/$p" 0
		fi
	done
}
check_dir "$SERIES"
# The backports to Debian 12's 6.1 (stable/6.1/README.md) and the port of
# the KUnit suites that proves them there
check_dir "$TOP/stable/6.1/patches"
check_dir "$TOP/stable/6.1/tests"
