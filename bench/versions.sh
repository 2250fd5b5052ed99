#!/bin/bash
# versions.sh: does the series apply with "git am" to every linux-source-6.12
# that Debian offers (apt-cache madison), not only to the pinned base? Apply
# only: the pinned base stays the one everything is built and tested on.
# For each version the files the series touches are unpacked from the
# package's tarball into a fresh repository and the patches applied in
# order, as the README's loop does. One result per version.
. "$(dirname "$0")/lib.sh"
rm -f "$RESULTS/versions"
debs=$BUILD/debs
mkdir -p "$debs"
versions=$(apt-cache madison "$BASE_PKG" | awk '{ print $3 }' | sort -uV)
[ -n "$versions" ] || die versions "apt-cache madison $BASE_PKG lists no versions"
# Every path the series touches that exists in the base (new files are
# created by the patches).
paths=$(git -C "$TREE" diff --name-only --diff-filter=MD base series | sed 's|^|linux-source-6.12/|')
for v in $versions; do
	name="versions: the series applies to $BASE_PKG $v"
	deb=$(ls "$debs/${BASE_PKG}_${v}_all.deb" 2>/dev/null || true)
	if [ -z "$deb" ]; then
		(cd "$debs" && apt-get download "$BASE_PKG=$v" >"$debs/download.log" 2>&1) ||
			{ record versions "$name" 1 "apt-get download failed (see $debs/download.log)"; continue; }
		deb=$debs/${BASE_PKG}_${v}_all.deb
	fi
	dir=$BUILD/versions/$v
	rm -rf "$dir"
	mkdir -p "$dir"
	# shellcheck disable=SC2086 # one argument per path
	if ! dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/src/$BASE_PKG.tar.xz" |
			tar -xJ -C "$dir" $paths 2>"$dir.log"; then
		record versions "$name" 1 "cannot unpack the touched files (see $dir.log)"
		continue
	fi
	(cd "$dir/linux-source-6.12" && git init -q && git add -A &&
		git -c user.name=bench -c user.email=bench@localhost commit -qm "$v") >"$dir.log" 2>&1
	rc=0
	for p in $(series_patches); do
		if ! (cd "$dir/linux-source-6.12" && git -c user.name=bench -c user.email=bench@localhost \
				am -q --whitespace=error-all "$SERIES/$p") >>"$dir.log" 2>&1; then
			rc=1
			record versions "$name" 1 "$p does not apply (see $dir.log)"
			break
		fi
	done
	[ "$rc" -eq 0 ] && record versions "$name" 0
	rm -rf "$dir"
done
cat "$RESULTS/versions"
