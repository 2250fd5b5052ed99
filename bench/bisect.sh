#!/bin/bash
# The series checks that need builds, walking $TREE from the end of the
# series back to the base in one pass so that every build is incremental:
#   - at each patch the kernel builds (bisectability); a patch whose kernel
#     sources are those of the patch after it (that one changed only
#     Documentation/, MAINTAINERS or the selftests) is not built again,
#     and the config is regenerated only where a Kconfig file changed;
#   - the base builds, and its warnings are collected (bench/warnings.sh);
#   - sparse/W=1 and htmldocs on the series must add nothing in touched
#     files.
# Backwards, because the tree usually holds the series' build (the guest's
# kernel): what includes a header the series changes is then compiled
# again once in the walk, at the commit before the patch that changes it,
# where a walk forward would compile it for the base, then again at that
# patch.
# Results are recorded from the last patch to the first.
. "$(dirname "$0")/lib.sh"
rm -f "$RESULTS/bisect" "$RESULTS/warnings"
cd "$TREE"
[ -z "$(git status --porcelain --untracked-files=no)" ] || die bisect "$TREE has uncommitted changes"

# A header whose tokens are the same at two commits, comments aside (a
# kernel-doc patch), cannot change whether anything compiles: going from
# one to the other, it keeps its time stamp, and whatever includes it is
# not rebuilt. Objects compiled during the walk after that carry other
# comments' line numbers (in WARN()'s records, say): when the walk ends,
# however it ends, every object compiled during it whose .cmd names such a
# header is removed, and the next build (bench/build.sh) compiles them from
# the series' sources.
tokens() {
	gcc -fpreprocessed -dD -E -P -x c - 2>/dev/null | sed '/^[[:space:]]*$/d'
}
declare -A kept=()
# step_to COMMIT: check COMMIT out, keeping the stamps of the headers that
# change in comments only.
step_to() {
	local to=$1 f
	declare -A was=()
	for f in $(git diff --name-only HEAD "$to" -- '*.h'); do
		git cat-file -e "HEAD:$f" 2>/dev/null && git cat-file -e "$to:$f" 2>/dev/null ||
			continue
		if cmp -s <(git show "HEAD:$f" | tokens) <(git show "$to:$f" | tokens); then
			was[$f]=$(stat -c %Y "$f")
		fi
	done
	git checkout -q "$to"
	for f in "${!was[@]}"; do
		touch -d "@${was[$f]}" "$f"
		kept[$f]=1
		say "bisect: at $(git log -1 --format=%h "$to") $f differs in comments only: kept its time stamp"
	done
}
walk_start=$BUILD/bisect-walk-start
touch "$walk_start"
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

# build_here: the kernel of the current checkout, vmlinux and modules (the
# boot image around vmlinux is code the series does not touch). The
# series' bzImage goes first: after the walk it would not match the
# modules beside it (bench/build.sh makes it again).
rm -f "$OBJ/arch/x86/boot/bzImage"
build_here() {
	BENCH_TARGETS=vmlinux "$TOP/bench/build.sh"
}
# Seconds per build, for the README's table of where make check's time goes.
: >"$BUILD/bisect-times.txt"
git checkout -q series
STRICT=0 "$TOP/bench/config.sh" || die bisect "no kernel config at the series' end (see build/obj/config.log)"
later=""	# the commit walked before this one (the patch after it)
built=0		# whether the kernel sources of $later built (0: yes)
for c in $(git rev-list base..series); do
	if [ -n "$later" ]; then
		step_to "$c"
	fi
	name="bisect: $(git log -1 --format=%s "$c")"
	files=""
	[ -z "$later" ] || files=$(git diff --name-only "$c" "$later")
	later=$c
	# The same kernel sources as the patch after it: its result is theirs.
	if [ -n "$files" ] && ! echo "$files" | grep -qv -e '^Documentation/' \
			-e '^MAINTAINERS$' -e '^tools/testing/selftests/'; then
		if [ "$built" = 0 ]; then
			record bisect "$name (kernel sources as at the patch after it, which built)" 0
		else
			record bisect "$name" 1 "kernel sources as at the patch after it, which did not build"
		fi
		continue
	fi
	built=1
	if echo "$files" | grep -q -e '^Kconfig' -e '/Kconfig' &&
			! STRICT=0 "$TOP/bench/config.sh"; then
		record bisect "$name" 1 "no kernel config (see build/obj/config.log)"
		continue
	fi
	t=$(date +%s)
	if build_here; then
		record bisect "$name" 0
		built=0
	else
		record bisect "$name" 1 "does not build"
	fi
	echo "$(($(date +%s) - t)) s ${name#bisect: }" >>"$BUILD/bisect-times.txt"
done
t=$(date +%s)
files=$(git diff --name-only base HEAD)
step_to base
if echo "$files" | grep -q -e '^Kconfig' -e '/Kconfig'; then
	STRICT=0 "$TOP/bench/config.sh" || die bisect "no kernel config for the base (see build/obj/config.log)"
fi
build_here || die bisect "the base does not build"
echo "$(($(date +%s) - t)) s the base" >>"$BUILD/bisect-times.txt"
t=$(date +%s)
"$TOP/bench/warnings.sh" base
echo "$(($(date +%s) - t)) s sparse, W=1 and htmldocs on the base" >>"$BUILD/bisect-times.txt"

# Back to the series, every changed file with a new time stamp: the next
# build compiles whatever the walk left older than the series' sources.
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
