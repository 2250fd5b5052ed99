#!/bin/bash
# The three series of make split, checked with git am in a scratch worktree:
#   - fixes applies to the base, tests-docs on top of it, speed on top of
#     both, and each gives exactly the tree of the queue at that point, so
#     the bisect walk's builds of the queue are builds of them;
#   - speed also applies on the base plus fixes alone;
#   - every fix applies to the base on its own, or after the fixes
#     series/prerequisites names for it.
# That every fix also builds on its own is make stable (bench/stable.sh).
. "$(dirname "$0")/lib.sh"
split=${SPLIT:-$TOP/split}
rm -f "$RESULTS/split"
wt=$BUILD/split-wt
cd "$TREE" || die split-check "no tree at $TREE (run: make tree)"
git worktree remove --force "$wt" >/dev/null 2>&1 || rm -rf "$wt"
git worktree prune
git worktree add -q --detach "$wt" base || die split-check "cannot add a worktree at $wt"
trap 'git -C "$TREE" worktree remove --force "$wt" >/dev/null 2>&1 || true' EXIT

am() {
	git -C "$wt" -c user.name=bench -c user.email=bench@localhost \
		am -q --whitespace=error-all "$@" >>"$BUILD/split-am.log" 2>&1 ||
		{ git -C "$wt" am --abort >/dev/null 2>&1; return 1; }
}
patches() { ls "$split/$1"/[0-9][0-9][0-9][0-9]-*.patch | grep -v '/0000-'; }
: >"$BUILD/split-am.log"

# Each group on top of the ones before it must give the queue's tree.
n=0 ok=1
for g in $(awk '/^# group [^:]+:/ { g = $3; sub(":", "", g); print g }' "$SERIES/series"); do
	name="split: $g applies on top of the groups before it and is the queue's tree there"
	[ -d "$split/$g" ] || { record split "$name" 1 "no $split/$g (run: make split)"; ok=0; continue; }
	count=$(patches "$g" | wc -l)
	n=$((n + count))
	if [ "$ok" = 0 ]; then
		record split "$name" 1 "not tried: a group before it failed"
		continue
	fi
	if am $(patches "$g"); then
		want=$(git rev-parse "$(git rev-list --reverse base..series | sed -n "${n}p")^{tree}")
		got=$(git -C "$wt" rev-parse 'HEAD^{tree}')
		if [ "$want" = "$got" ]; then
			record split "$name" 0
		else
			record split "$name" 1 "tree differs from patch $n of the queue"
			ok=0
		fi
	else
		record split "$name" 1 "does not apply (see $BUILD/split-am.log)"
		ok=0
	fi
done

# speed also stands on the fixes alone, without tests-docs: distributions
# may take one and not the other. Only that it applies is checked; no step
# builds this combination (make stable builds the fixes alone).
if [ -d "$split/speed" ] && [ -d "$split/fixes" ]; then
	git -C "$wt" reset -q --hard base
	rc=0
	am $(patches fixes) && am $(patches speed) || rc=1
	record split "split: speed applies on the base plus fixes, without tests-docs" $rc \
		"$([ $rc = 0 ] || echo "see $BUILD/split-am.log")"
fi

# Every fix alone, or after its prerequisites (series/prerequisites).
for p in $(patches fixes); do
	subj=$(git mailinfo /dev/null /dev/null <"$p" | sed -n 's/^Subject: //p')
	git -C "$wt" reset -q --hard base
	if am "$p"; then
		record split "split: fix \"$subj\" applies to the base on its own" 0
		continue
	fi
	need=$(prerequisites "$subj")
	if [ -z "$need" ]; then
		record split "split: fix \"$subj\" applies to the base on its own" 1 \
			"does not apply and names no prerequisite"
		continue
	fi
	rc=0 names=""
	while IFS= read -r want; do
		pre=""
		for q in $(patches fixes); do
			s=$(git mailinfo /dev/null /dev/null <"$q" | sed -n 's/^Subject: //p')
			[ "$s" = "$want" ] && pre=$q
		done
		if [ -z "$pre" ]; then
			rc=1 names="$names (no fix named \"$want\")"
			break
		fi
		am "$pre" || { rc=1 names="$names (\"$want\" does not apply)"; break; }
		names="$names \"$want\""
	done <<<"$need"
	[ "$rc" = 0 ] && { am "$p" || rc=1; }
	record split "split: fix \"$subj\" applies to the base after its prerequisites" $rc "${names# }"
done
git -C "$wt" reset -q --hard base
