#!/bin/bash
# Apply the series to the base: branch "series" in $TREE becomes tag "base"
# plus one commit per patch, in the order of series/series. A patch that does
# not apply exactly (no fuzz, no whitespace errors) stops the step, names the
# patch and leaves the branch where it was.
. "$(dirname "$0")/lib.sh"
cd "$TREE" || die tree "no tree at $TREE (run: make base)"
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
	die tree "$TREE has uncommitted changes; commit or stash them first"
fi
old=$(git rev-parse HEAD)
# Never throw away commits that were not exported yet.
if [ "${FORCE:-0}" != 1 ] && [ -n "$(git rev-list base..series 2>/dev/null)" ]; then
	cmp=$BUILD/tree-export
	rm -rf "$cmp"
	"$TOP/bench/export.sh" --to "$cmp"
	if ! diff -q "${SERIES_BY_HAND[@]}" -x '0000-*' "$cmp" "$SERIES" >/dev/null; then
		die tree "branch series in $TREE has changes not exported to series/ (run: make export, or FORCE=1 to discard them)"
	fi
fi
git checkout -q -B series base
for p in $(series_patches); do
	[ -f "$SERIES/$p" ] || { git checkout -q -B series "$old"; die tree "series/series names $p, which does not exist"; }
	if ! git am -q --whitespace=error-all --committer-date-is-author-date "$SERIES/$p" >"$BUILD/am.log" 2>&1; then
		git am --abort >/dev/null 2>&1 || true
		git checkout -q -B series "$old"
		sed 's/^/    /' "$BUILD/am.log" >&2
		die tree "$p does not apply to the base (branch left at ${old:0:12})"
	fi
done
n=$(git rev-list --count base..series)
[ "$old" = "$(git rev-parse HEAD)" ] || say "tree: base + $n patches (previous head ${old:0:12}, see git reflog)"
