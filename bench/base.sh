#!/bin/bash
# Unpack the pinned base into $TREE as a git tree whose first commit is
# tagged "base". Does nothing if that tree already exists for this version.
. "$(dirname "$0")/lib.sh"

have=$(dpkg-query -W -f='${Version}' "$BASE_PKG" 2>/dev/null || true)
[ -n "$have" ] || die base "$BASE_PKG is not installed, want $BASE_VERSION (run: make deps)"
[ "$have" = "$BASE_VERSION" ] || die base "found $BASE_PKG $have, want $BASE_VERSION (pinned in base-version)"
[ -f "$BASE_TARBALL" ] || die base "$BASE_TARBALL missing although $BASE_PKG $have is installed"

stamp=$TREE/.git/bench-base
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$BASE_VERSION" ] &&
   git -C "$TREE" rev-parse -q --verify refs/tags/base >/dev/null; then
	exit 0
fi

say "base: unpacking $BASE_PKG $BASE_VERSION"
tmp=$BUILD/linux.tmp
rm -rf "$tmp" "$TREE"
mkdir -p "$tmp"
tar -xJf "$BASE_TARBALL" -C "$tmp" --strip-components=1 || die base "cannot unpack $BASE_TARBALL"

# Debian's 6.12 package must really be a 6.12 tree.
kv=$(make -s -C "$tmp" kernelversion 2>/dev/null)
case "$kv" in 6.12.*) ;; *) die base "unpacked tree is Linux '$kv', want 6.12.y" ;; esac

cd "$tmp"
git init -q -b series
git config user.name >/dev/null || git config user.name "bench"
git config user.email >/dev/null || git config user.email "bench@localhost"
git add -A -f .
git commit -q --no-verify -m "Linux $kv ($BASE_PKG $BASE_VERSION)"
git tag base
echo "$BASE_VERSION" >.git/bench-base
cd "$TOP"
mv "$tmp" "$TREE"
say "base: $TREE at tag base (Linux $kv)"
