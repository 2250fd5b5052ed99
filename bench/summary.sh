#!/bin/bash
# Count every result line the checks wrote and print the closing line
# "N passed, N failed". Exits non-zero when anything failed.
. "$(dirname "$0")/lib.sh"
cat "$RESULTS"/* 2>/dev/null >"$BUILD/results.txt" || true
pass=$(grep -c '^ok ' "$BUILD/results.txt" || true)
fail=$(grep -c '^not ok ' "$BUILD/results.txt" || true)
if [ "$fail" -gt 0 ]; then
	echo "Failed:"
	grep '^not ok ' "$BUILD/results.txt" | sed 's/^not ok /  /'
fi
echo "All results: $BUILD/results.txt"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
