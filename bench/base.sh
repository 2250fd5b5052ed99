#!/bin/bash
# Unpack a Debian linux-source package into a git tree whose first commit is
# tagged "base". Does nothing if that tree already exists for this version.
#   base.sh                      the pinned base (base-version) into $TREE
#   base.sh PKG VERSION TREE     another one: make stable-6.1 unpacks
#                                linux-source-6.1 this way
. "$(dirname "$0")/lib.sh"
pkg=${1:-$BASE_PKG}
version=${2:-$BASE_VERSION}
tree=${3:-$TREE}
tarball=/usr/src/$pkg.tar.xz
series=${pkg#linux-source-}	# the kernel series the package must hold

have=$(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || true)
[ -n "$have" ] || die base "$pkg is not installed, want $version (run: make deps)"
[ "$have" = "$version" ] || die base "found $pkg $have, want $version (the pinned version)"
[ -f "$tarball" ] || die base "$tarball missing although $pkg $have is installed"

stamp=$tree/.git/bench-base
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$version" ] &&
   git -C "$tree" rev-parse -q --verify refs/tags/base >/dev/null; then
	exit 0
fi

say "base: unpacking $pkg $version"
tmp=$tree.tmp
rm -rf "$tmp" "$tree"
mkdir -p "$tmp"
tar -xJf "$tarball" -C "$tmp" --strip-components=1 || die base "cannot unpack $tarball"

# Debian's package must really hold that kernel series.
kv=$(make -s -C "$tmp" kernelversion 2>/dev/null)
case "$kv" in "$series".*) ;; *) die base "unpacked tree is Linux '$kv', want $series.y" ;; esac

cd "$tmp"
git init -q -b series
git config user.name >/dev/null || git config user.name "bench"
git config user.email >/dev/null || git config user.email "bench@localhost"
git add -A -f .
git commit -q --no-verify -m "Linux $kv ($pkg $version)"
git tag base
echo "$version" >.git/bench-base
cd "$TOP"
mv "$tmp" "$tree"
say "base: $tree at tag base (Linux $kv)"
