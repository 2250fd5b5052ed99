#!/bin/bash
# scripts/checkpatch.pl --strict on every patch of the series. The only
# accepted exceptions are in series/checkpatch-exceptions, one per line:
#   PATCH-FILE  CHECKPATCH-TYPE  reason...
. "$(dirname "$0")/lib.sh"
exc=$SERIES/checkpatch-exceptions
rm -f "$RESULTS/checkpatch"
for p in $(series_patches); do
	ignore=$(awk -v p="$p" '$1 == p { printf "%s,", $2 }' "$exc" 2>/dev/null || true)
	# Twice: as a patch (absolute path), and the way a reader in this
	# repository runs it (relative path of a tracked file: checked as a file).
	out=$(for f in "$SERIES/$p" "series/$p"; do
		(cd "$TOP" && "$TREE/scripts/checkpatch.pl" --strict --no-tree --terse \
			--show-types ${ignore:+--ignore "$ignore"} "$f" 2>&1)
	done | grep -E ': (ERROR|WARNING|CHECK):' || true)
	if [ -n "$out" ]; then
		echo "$out" | sed "s|^|    |" >&2
		record checkpatch "checkpatch: $p" 1 "$(echo "$out" | head -n 1 | cut -c1-120)"
	else
		record checkpatch "checkpatch: $p" 0
	fi
done
