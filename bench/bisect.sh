#!/bin/bash
# The series checks that need builds, walking $TREE from base to the end of
# the series in one pass so that every build is incremental:
#   - the base builds, and its warnings are collected (bench/warnings.sh);
#   - after each patch the kernel builds (bisectability); a patch that
#     touches only Documentation/, MAINTAINERS or the selftests cannot
#     change the kernel build and is not built again, and the config is
#     regenerated only after a patch that touches a Kconfig file;
#   - at the end, sparse/W=1 and htmldocs must add nothing in touched files.
. "$(dirname "$0")/lib.sh"
rm -f "$RESULTS/bisect" "$RESULTS/warnings"
cd "$TREE"
[ -z "$(git status --porcelain --untracked-files=no)" ] || die bisect "$TREE has uncommitted changes"
trap 'git -C "$TREE" checkout -q series' EXIT

# The tree usually holds the series' build (the guest's kernel), and the
# step back to the base changes headers that nearly every file includes.
# A header whose tokens are the same in both, comments aside, cannot change
# whether anything compiles: it keeps its time stamp, so that the base
# builds from the series' objects rather than from clean. The walk forward
# then checks such a header out again at the patch that changes it, where
# it keeps its stamp again if that patch changes only its comments (below).
tokens() {
	gcc -fpreprocessed -dD -E -P -x c - 2>/dev/null | sed '/^[[:space:]]*$/d'
}
from=$(git rev-parse HEAD)
declare -A stamp=()
for f in $(git diff --name-only base "$from" -- '*.h'); do
	[ -f "$f" ] && git cat-file -e "base:$f" 2>/dev/null || continue
	if cmp -s <(git show "base:$f" | tokens) <(git show "$from:$f" | tokens); then
		stamp[$f]=$(stat -c %Y "$f")
	fi
done
git checkout -q base
for f in "${!stamp[@]}"; do
	touch -d "@${stamp[$f]}" "$f"
	say "bisect: $f differs from the base's in comments only: kept its time stamp"
done
# Seconds per build, for the README's table of where make check's time goes.
: >"$BUILD/bisect-times.txt"
t=$(date +%s)
STRICT=0 "$TOP/bench/config.sh"
"$TOP/bench/build.sh" || die bisect "the base does not build"
echo "$(($(date +%s) - t)) s the base" >>"$BUILD/bisect-times.txt"
t=$(date +%s)
"$TOP/bench/warnings.sh" base
echo "$(($(date +%s) - t)) s sparse, W=1 and htmldocs on the base" >>"$BUILD/bisect-times.txt"

# The same holds for a patch whose changes to a header are comments only
# (a kernel-doc patch): the header keeps its time stamp, and whatever
# includes it is not rebuilt for that patch. Objects compiled during the
# walk before that patch then carry the old comments' line numbers (in
# WARN()'s records, say): when the walk ends, however it ends, every
# object compiled during it whose .cmd names such a header is removed, and
# the next build (bench/build.sh) compiles them from the series' sources.
walk_start=$BUILD/bisect-walk-start
touch "$walk_start"
declare -A kept=()
drop_stale_objects() {
	local f cmd o
	for f in "${!kept[@]}"; do
		find "$OBJ" -name '.*.o.cmd' -newer "$walk_start" -print0 |
			{ xargs -0 -r grep -l -F "/$f" || true; } | while read -r cmd; do
				o=$(basename "$cmd" .cmd)
				rm -f "$(dirname "$cmd")/${o#.}"
			done
	done
}
trap 'drop_stale_objects; git -C "$TREE" checkout -q series' EXIT
for c in $(git rev-list --reverse base..series); do
	declare -A was=()
	for f in $(git diff --name-only "$c^" "$c" -- '*.h'); do
		git cat-file -e "$c^:$f" 2>/dev/null && git cat-file -e "$c:$f" 2>/dev/null ||
			continue
		if cmp -s <(git show "$c^:$f" | tokens) <(git show "$c:$f" | tokens); then
			was[$f]=$(stat -c %Y "$f")
		fi
	done
	git checkout -q "$c"
	for f in "${!was[@]}"; do
		touch -d "@${was[$f]}" "$f"
		kept[$f]=1
		say "bisect: $(git log -1 --format=%h "$c") changes comments only in $f: kept its time stamp"
	done
	unset was
	name="bisect: $(git log -1 --format=%s "$c")"
	files=$(git diff --name-only "$c^" "$c")
	if ! echo "$files" | grep -qv -e '^Documentation/' -e '^MAINTAINERS$' \
			-e '^tools/testing/selftests/'; then
		record bisect "$name (kernel sources unchanged)" 0
		continue
	fi
	if echo "$files" | grep -q -e '^Kconfig' -e '/Kconfig' &&
			! STRICT=0 "$TOP/bench/config.sh"; then
		record bisect "$name" 1 "no kernel config (see build/obj/config.log)"
		continue
	fi
	t=$(date +%s)
	if "$TOP/bench/build.sh"; then
		record bisect "$name" 0
	else
		record bisect "$name" 1 "does not build"
	fi
	echo "$(($(date +%s) - t)) s ${name#bisect: }" >>"$BUILD/bisect-times.txt"
done
git checkout -q series
drop_stale_objects
kept=()
t=$(date +%s)
"$TOP/bench/config.sh" || record bisect "config: every requested option is set" 1
"$TOP/bench/warnings.sh" series
echo "$(($(date +%s) - t)) s sparse, W=1 and htmldocs on the series" >>"$BUILD/bisect-times.txt"

w=$BUILD/warn
new=$(comm -13 "$w/base.compile" "$w/series.compile")
if [ -n "$new" ]; then
	echo "$new" | sed 's/^/    /' >&2
	record warnings "sparse and W=1 add nothing in touched files" 1 "$(echo "$new" | head -n 1)"
else
	record warnings "sparse and W=1 add nothing in touched files" 0
fi
touched=$(git diff --name-only base series | sed 's|[.]|[.]|g' | paste -sd'|')
mine=$(grep -E "^($touched): " "$w/series.docs" || true)
if [ -n "$touched" ] && [ -n "$mine" ]; then
	echo "$mine" | sed 's/^/    /' >&2
	record warnings "htmldocs: no warnings in touched files" 1 "$(echo "$mine" | head -n 1)"
else
	record warnings "htmldocs: no warnings in touched files" 0
fi
nb=$(wc -l <"$w/base.docs") ns=$(wc -l <"$w/series.docs")
record warnings "htmldocs: warnings not above the base ($nb -> $ns)" $((ns > nb))
