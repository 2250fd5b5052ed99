#!/bin/bash
# make stable: every patch of split/fixes builds on the base on its own (or
# after its prerequisites in series/prerequisites, as bench/split-check.sh
# applies them), the way a stable tree takes it: x86_64 with the rig's
# config in the shared output directory (the compiler cache then has the
# base's objects from the bisect), and, for a patch that touches
# arch/arm64, the objects it touches for arm64 (defconfig plus
# kconfig/cross.config, 4K and 64K pages). One result per fix in
# $RESULTS/stable; not part of make check (about a minute a fix once the
# base is built).
. "$(dirname "$0")/lib.sh"
split=${SPLIT:-$TOP/split}
[ -d "$split/fixes" ] || die stable "no $split/fixes (run: make split)"
wt=$BUILD/stable-wt
cd "$TREE" || die stable "no tree at $TREE (run: make tree)"
git worktree remove --force "$wt" >/dev/null 2>&1 || rm -rf "$wt"
git worktree prune
git worktree add -q --detach "$wt" base || die stable "cannot add a worktree at $wt"
trap 'git -C "$TREE" worktree remove --force "$wt" >/dev/null 2>&1 || true' EXIT
rm -f "$RESULTS/stable"
log=$BUILD/stable.log
: >"$log"

am() {
	git -C "$wt" -c user.name=bench -c user.email=bench@localhost \
		am -q "$@" >>"$log" 2>&1 || { git -C "$wt" am --abort >/dev/null 2>&1; return 1; }
}
subject() { git mailinfo /dev/null /dev/null <"$1" | sed -n 's/^Subject: //p'; }
fixes=$(ls "$split/fixes"/[0-9][0-9][0-9][0-9]-*.patch | grep -v '/0000-')

for p in $fixes; do
	subj=$(subject "$p")
	name="stable: fix \"$subj\" builds on the base"
	git -C "$wt" reset -q --hard base
	need=$(prerequisites "$subj")
	rc=0
	while IFS= read -r want; do
		[ -n "$want" ] || continue
		for q in $fixes; do
			[ "$(subject "$q")" = "$want" ] && { am "$q" || rc=1; }
		done
	done <<<"$need"
	[ "$rc" = 0 ] && am "$p" || { record stable "$name" 1 "does not apply"; continue; }
	say "stable: $subj"
	if ! TREE=$wt STRICT=0 "$TOP/bench/config.sh" || ! TREE=$wt "$TOP/bench/build.sh"; then
		record stable "$name" 1 "x86_64 build failed (see $OBJ/build.log)"
		continue
	fi
	if git -C "$wt" diff --name-only base HEAD | grep -q '^arch/arm64/'; then
		for v in arm64 arm64-64k; do
			arm64_objects "$wt" "$BUILD/stable-$v" "$v" "$log" || { rc=1; break; }
		done
		[ "$rc" = 0 ] || { record stable "$name" 1 "arm64 objects do not build (see $log)"; continue; }
	fi
	record stable "$name" 0
done
git -C "$wt" reset -q --hard base
cat "$RESULTS/stable"
