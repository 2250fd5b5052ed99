#!/bin/bash
# Write the series back out of $TREE: one format-patch file per commit in
# base..series, the order file, and the cover letter built from
# series/cover-letter.txt (first line the subject, then the text).
# The output depends only on the commits, so export right after import
# leaves the repository unchanged.
#   export.sh [--to DIR]   write to DIR instead of series/ (for comparisons)
. "$(dirname "$0")/lib.sh"
dest=$SERIES
[ "${1:-}" = --to ] && dest=$2
cd "$TREE" || die export "no tree at $TREE (run: make tree)"
[ -f "$SERIES/cover-letter.txt" ] || die export "series/cover-letter.txt missing"
n=$(git rev-list --count base..series)
[ "$n" -gt 0 ] || die export "branch series has no commits on top of base"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# suppressBlankEmpty: a blank context line is written empty, not as one
# space, so that checkpatch reports nothing even when it is handed a patch
# file that git tracks (it then checks the file as a source file).
git -c diff.suppressBlankEmpty=true format-patch -q --cover-letter --zero-commit --no-signature --no-renames \
	--abbrev=12 -o "$tmp" base..series || die export "git format-patch failed"

# The cover letter: our text instead of the placeholders; date and sender of
# the last patch so that it does not change with the clock or the machine.
cover=$tmp/0000-cover-letter.patch
last=$(ls "$tmp" | grep -v '^0000-' | tail -n 1)
"$TOP/bench/cover.py" "$cover" "$SERIES/cover-letter.txt" "$tmp/$last" \
	"$BASE_PKG $BASE_VERSION" "$(make -s -C "$TREE" kernelversion)"

mkdir -p "$dest"
rm -f "$dest"/[0-9][0-9][0-9][0-9]-*.patch
cp "$tmp"/*.patch "$dest/"
# The order file: the patches in order, each group under its own header
# (series/groups: name, count, description).
ls "$tmp" | grep -v '^0000-' >"$tmp/order"
total=$(awk '$1 !~ /^#/ && NF { n += $2 } END { print n + 0 }' "$SERIES/groups")
[ "$total" -eq "$n" ] ||
	die export "series/groups counts $total patches, branch series has $n: update the counts"
{
	echo "# The series, in the order git am applies it to the base."
	exec 3<"$tmp/order"
	while read -r name count desc; do
		case "$name" in '#'* | '') continue ;; esac
		echo "# group $name: $desc"
		for ((i = 0; i < count; i++)); do
			read -r p <&3
			echo "$p"
		done
	done <"$SERIES/groups"
	exec 3<&-
} >"$dest/series"
rm -f "$tmp/order"
[ "$dest" != "$SERIES" ] || say "export: $n patches + cover letter in series/"
