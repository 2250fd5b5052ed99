#!/bin/bash
# Build the two kernels the benchmark compares, base and series, from the
# same Kconfig fragment (kconfig/speed.config: no debug options, distro-like)
# and the benchmark module (bench/speed/) against each. Each kernel has its
# own source checkout (a shared clone of $TREE at tag "base" or branch
# "series") and output directory under $BUILD/speed, so both stay
# incremental and $TREE can move on while the benchmark runs.
. "$(dirname "$0")/lib.sh"
git -C "$TREE" rev-parse -q --verify series >/dev/null || die speed-build "no branch series in $TREE (run: make tree)"
tree=$TREE
for k in base series; do
	src=$BUILD/speed/src-$k obj=$BUILD/speed/obj-$k
	rev=$(git -C "$tree" rev-parse "$k^{commit}")
	if [ ! -d "$src/.git" ]; then
		rm -rf "$src"
		git clone -q --shared --no-checkout "$tree" "$src" || die speed-build "cannot clone $tree to $src"
	fi
	# A fresh --no-checkout clone's HEAD may already be $rev with nothing
	# checked out: check out whenever the tree is not there.
	if [ "$(git -C "$src" rev-parse -q --verify HEAD || true)" != "$rev" ] ||
		[ ! -f "$src/Makefile" ]; then
		git -C "$src" fetch -q "$tree" "$rev" &&
			git -C "$src" checkout -q -f --detach "$rev" ||
			die speed-build "cannot check out $k ($rev) in $src"
	fi
	say "speed-build: $k kernel at $(git -C "$src" log -1 --format='%h %s' | cut -c1-60)"
	export TREE=$src OBJ=$obj
	FRAGS="$TOP/kconfig/speed.config" STRICT=1 "$TOP/bench/config.sh"
	"$TOP/bench/build.sh"
	# The module is built in a copy of its sources per kernel (M= builds
	# where the sources are).
	mod=$BUILD/speed/mod-$k
	mkdir -p "$mod"
	cp "$TOP/bench/speed/Kbuild" "$TOP/bench/speed/memmap_speed.c" "$mod/"
	kmake M="$mod" modules >"$obj/speed-module.log" 2>&1 ||
		die speed-build "benchmark module does not build against the $k kernel (see $obj/speed-module.log)"
done
gcc -static -O2 -Wall -o "$BUILD/speed/timeit" "$TOP/bench/speed/timeit.c" >"$BUILD/speed/timeit.log" 2>&1 ||
	die speed-build "timeit does not build (see $BUILD/speed/timeit.log)"
