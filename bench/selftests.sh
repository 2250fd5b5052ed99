#!/bin/bash
# Build the userspace tests the guest runs into $BUILD/tests: static
# binaries from tools/testing/selftests/mm of the tree, against the tree's
# exported uapi headers. The guest has no libc of its own, hence -static.
. "$(dirname "$0")/lib.sh"
out=$BUILD/tests
rm -rf "$out"
mkdir -p "$out"
kmake -s headers_install >"$OBJ/headers_install.log" 2>&1 ||
	die selftests "headers_install failed (see $OBJ/headers_install.log)"

mm=$TREE/tools/testing/selftests/mm
# selftest BINARY SOURCE...: one static test binary.
selftest() {
	local bin=$1
	shift
	gcc -static -O2 -Wall -isystem "$OBJ/usr/include" -I "$TREE" \
		-I "$TREE/tools/testing/selftests" -o "$out/$bin" "$@" -lpthread \
		>"$out/$bin.log" 2>&1 ||
		die selftests "$bin does not build (see $out/$bin.log)"
}

selftest hmm-tests "$mm/hmm-tests.c"
# The bench's module (bench/kmod): the sub-section map for the drawings of
# "make run", and a pfn walker. Built out of tree against this kernel.
rm -rf "$BUILD/kmod"
cp -r "$TOP/bench/kmod" "$BUILD/kmod"
kmake -s M="$BUILD/kmod" modules >"$BUILD/kmod.log" 2>&1 ||
	die selftests "bench/kmod does not build (see $BUILD/kmod.log)"
cp "$BUILD/kmod/subsections.ko" "$out/"
# The bench's own guest tool: one operation with its n-th allocation failing.
gcc -static -O2 -Wall -o "$out/failnth" "$TOP/bench/guest/failnth.c" >"$out/failnth.log" 2>&1 ||
	die selftests "failnth does not build (see $out/failnth.log)"
# ...and one that maps a device-dax device and checks what it reads back.
gcc -static -O2 -Wall -o "$out/daxmap" "$TOP/bench/guest/daxmap.c" >"$out/daxmap.log" 2>&1 ||
	die selftests "daxmap does not build (see $out/daxmap.log)"
# Tests the series adds; each is built once its patch is in the tree.
for t in p2pdma-tests pmem-tests; do
	if [ -f "$mm/$t.c" ]; then
		selftest "$t" "$mm/$t.c" "$mm/vm_util.c"
	fi
done
