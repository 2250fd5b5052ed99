#!/bin/bash
# make split: the queue in series/ as three series of its own, one per group
# of the order file (series/groups), each a git format-patch set with its own
# cover letter (series/cover-letter-GROUP.txt), in split/GROUP/:
#   fixes       applies to the base
#   tests-docs  applies to the base plus fixes
#   speed       applies on top of both (see series/groups)
# and the stable-only fixes (series/stable-only) once more, each alone, as
# "[PATCH 6.12.y]" to stable@vger.kernel.org, in split/stable-6.12.y/.
# Every patch and cover letter gets the Cc: lines scripts/get_maintainer.pl
# gives for it (maintainers, reviewers and lists of the files it touches),
# as git send-email --cc-cmd would. The patches are the queue's own commits:
# a group applied where it belongs gives the queue's tree (bench/split-check.sh).
. "$(dirname "$0")/lib.sh"
out=${SPLIT:-$TOP/split}
cd "$TREE" || die split "no tree at $TREE (run: make tree)"
git rev-parse -q --verify series >/dev/null || die split "no branch series in $TREE (run: make tree)"

# The patches of each group, from the order file: "NAME FIRST LAST".
groups=$(awk '/^# group [^:]+:/ { g = $3; sub(":", "", g); print g; next }
	      /^#/ || NF == 0 { next } { print "+" }' "$SERIES/series" |
	awk '$1 != "+" { if (g) print g, first, n; g = $1; first = n + 1; next }
	     { n++ } END { if (g) print g, first, n }')
[ -n "$groups" ] || die split "series/series has no '# group NAME:' lines (run: make export)"
total=$(series_patches | wc -l)
[ "$(git rev-list --count base..series)" -eq "$total" ] ||
	die split "branch series in $TREE is not series/ (run: make tree)"
commits=$(git rev-list --reverse base..series)
nth() { echo "$commits" | sed -n "${1}p"; }

# cc_lines FILE: one "Cc: " line per address get_maintainer.pl gives.
cc_lines() {
	scripts/get_maintainer.pl --no-rolestats --no-git --no-git-fallback \
		--no-multiline --separator , "$1" 2>/dev/null |
		tr ',' '\n' | sed -e 's/^ *//' -e '/^$/d' -e 's/^/Cc: /'
}

# add_cc FILE LINES: the lines go in the mail headers, before Subject:.
add_cc() {
	local f=$1 lines=$2
	[ -n "$lines" ] || return 0
	LINES="$lines" awk '!done && /^Subject: / { print ENVIRON["LINES"]; done = 1 } { print }' \
		"$f" >"$f.tmp" && mv "$f.tmp" "$f"
}

rm -rf "$out"
while read -r name first last; do
	[ "$last" -ge "$first" ] || die split "group $name is empty"
	text=$SERIES/cover-letter-$name.txt
	[ -f "$text" ] || die split "no cover letter for group $name ($text)"
	from=$(nth "$first")^
	to=$(nth "$last")
	dir=$out/$name
	mkdir -p "$dir"
	git -c diff.suppressBlankEmpty=true format-patch -q --cover-letter --zero-commit \
		--no-signature --no-renames --abbrev=12 -o "$dir" "$from..$to" ||
		die split "git format-patch failed for group $name"
	cover=$dir/0000-cover-letter.patch
	last_patch=$(ls "$dir" | grep -v '^0000-' | tail -n 1)
	"$TOP/bench/cover.py" "$cover" "$text" "$dir/$last_patch" "$BASE_PKG $BASE_VERSION"
	all=""
	for p in "$dir"/[0-9][0-9][0-9][0-9]-*.patch; do
		case "$p" in */0000-*) continue ;; esac
		cc=$(cc_lines "$p")
		[ -n "$cc" ] || die split "get_maintainer.pl gives no one for $(basename "$p")"
		add_cc "$p" "$cc"
		all=$(printf '%s\n%s' "$all" "$cc")
	done
	add_cc "$cover" "$(echo "$all" | sed '/^$/d' | sort -u)"
	say "split: $name: patches $first-$last of series/ in ${dir#"$TOP"/}/"
done <<<"$groups"

# The stable-only fixes, each as a patch of its own for 6.12.y.
dir=$out/stable-6.12.y
while IFS= read -r want; do
	c=""
	for x in $commits; do
		[ "$(git log -1 --format=%s "$x")" = "$want" ] && c=$x
	done
	[ -n "$c" ] || die split "series/stable-only names \"$want\", which is not in the queue"
	mkdir -p "$dir"
	# format-patch names the file it writes
	p=$(git -c diff.suppressBlankEmpty=true format-patch --zero-commit --no-signature \
		--no-renames --abbrev=12 --subject-prefix="PATCH 6.12.y" \
		--to=stable@vger.kernel.org -o "$dir" -1 "$c") ||
		die split "git format-patch failed for \"$want\""
	add_cc "$p" "$(cc_lines "$p")"
	say "split: stable-6.12.y: \"$want\" in ${dir#"$TOP"/}/"
done < <(grep -v -e '^#' -e '^[[:space:]]*$' "$SERIES/stable-only")
