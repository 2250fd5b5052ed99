#!/bin/bash
# make stable-6.1: the fixes on Debian 12's kernel, from stable/6.1/.
#  1. Unpack the pinned linux-source-6.1 (stable/6.1/base-version) into
#     build/6.1/linux (tag "base").
#  2. The KUnit port (stable/6.1/tests/) on the bare base, booted in the
#     rig's QEMU guest once per part of bench/guest/plan-6.1: the results
#     that stable/6.1/expected-without names must fail there, every other
#     one must pass.
#  3. Every backport of stable/6.1/patches/ applies with git am on the base
#     alone (or after its prerequisite) and builds: x86_64 with the 6.1
#     guest's config (kconfig/bench.config + stable/6.1/kconfig), and the
#     objects it touches for arm64 (defconfig + kconfig/cross.config, 4K
#     and 64K pages) when it touches arch/arm64.
#  4. All backports in order plus the KUnit port, booted: every result
#     passes but those stable/6.1/expected-without marks as 6.1 bugs that
#     none of the backports fixes.
# Both kernels (2 and 4) also run the port's suites under 6.1's kunit.py on
# arm64 with 64 KiB pages, for the arm64 backport.
# Results: build/6.1/results/stable-6.1 (and the guests' own files beside it).
. "$(dirname "$0")/lib.sh"
S61=$TOP/stable/6.1
export BUILD=$TOP/build/6.1
export TREE=$BUILD/linux OBJ=$BUILD/obj RESULTS=$BUILD/results
export FRAGS="$TOP/kconfig/bench.config $S61/kconfig"
# A guest that a hang stops where no watchdog looks is killed after this.
export GUEST_TIMEOUT=${GUEST_TIMEOUT:-1500}
out=stable-6.1
log=$BUILD/stable61.log
version=$(cat "$S61/base-version")
mkdir -p "$BUILD"

"$TOP/bench/deps.sh" "linux-source-6.1=$version"
"$TOP/bench/base.sh" linux-source-6.1 "$version" "$TREE"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
: >"$log"

am() {
	git -C "$TREE" -c user.name=bench -c user.email=bench@localhost \
		am -q "$@" >>"$log" 2>&1 || { git -C "$TREE" am --abort >/dev/null 2>&1; return 1; }
}
subject() { git mailinfo /dev/null /dev/null <"$1" | sed -n 's/^Subject: //p'; }
backports=$(grep -v -e '^#' -e '^[[:space:]]*$' "$S61/patches/series" | sed "s|^|$S61/patches/|")
tests=$(grep -v -e '^#' -e '^[[:space:]]*$' "$S61/tests/series" | sed "s|^|$S61/tests/|")
# The backports a backport needs first (stable/6.1/patches/prerequisites).
needs() {
	awk -v want="$1" 'BEGIN { FS = " <- " } !/^#/ && $1 == want { print $2 }' \
		"$S61/patches/prerequisites"
}
# at STATE PATCH...: check out the base as branch STATE and apply PATCHes.
at() {
	local state=$1 p
	shift
	git -C "$TREE" checkout -q -f -B "$state" base || die "$out" "cannot check out the base"
	for p in "$@"; do
		am "$p" || return 1
	done
}

# The KUnit suites a part of plan-6.1 runs (modules memremap_kunit and
# memremap_warn_kunit).
suites_of() {
	case $1 in
	kunit) echo memremap_map memremap_section memremap_refused memremap_fault ;;
	warn) echo memremap_warn ;;
	esac
}

# guest STATE: build the checked-out kernel with the tests' options, pack
# the 6.1 plan, boot it once per part of bench/guest/plan-6.1 (the test_hmm
# fault path, the devdax one, module memremap_kunit, module
# memremap_warn_kunit: on a kernel without the backports each can leave it
# unable to run the next), and turn the consoles into $RESULTS/guest-STATE.
guest() {
	local state=$1 part
	FRAGS="$FRAGS $S61/kconfig-tests" "$TOP/bench/config.sh"
	"$TOP/bench/build.sh"
	PLAN=$TOP/bench/guest/plan-6.1 "$TOP/bench/initramfs.sh"
	: >"$RESULTS/guest-$state"
	for part in hmm dax kunit warn; do
		BOOT_ARGS="bench61=$part" "$TOP/bench/boot.sh" || true
		cp "$BUILD/console.log" "$BUILD/console-$state-${part%%,*}.raw.log"
		# The KTAP the kernel printed, not debugfs's (bench/stable61-ktap.py)
		"$TOP/bench/stable61-ktap.py" "$BUILD/console-$state-${part%%,*}.raw.log" \
			"$BUILD/console-$state-${part%%,*}.log" $(suites_of "$part")
		"$TOP/bench/results.py" "$TREE" "$BUILD/console-$state-${part%%,*}.log" \
			"$RESULTS/guest-$state-${part%%,*}" --name "6.1 guest ($part)" \
			>"$BUILD/results-$state-${part%%,*}.txt" || true
		cat "$RESULTS/guest-$state-${part%%,*}" >>"$RESULTS/guest-$state"
	done
}

# kunit_arm64 STATE: the port's suites built in and run by 6.1's
# kunit.py on arm64 with 64 KiB pages, where backport 0004's bug is
# reachable (sections of 512 MiB, vmemmap pages shared by sub-sections),
# with the QEMU and kernel arguments of bench/kunit-py.sh;
# $RESULTS/kunit.py-arm64-64k-STATE. One build directory for both states:
# the second build is incremental.
kunit_arm64() {
	local state=$1 dir=$BUILD/kunit-arm64-64k rc=0
	mkdir -p "$dir"
	say "stable-6.1: kunit.py arm64 64K, $state"
	(cd "$TREE" && flock "$KBUILD_LOCK" ./tools/testing/kunit/kunit.py run \
		--build_dir="$dir" --jobs="$JOBS" --kunitconfig=mm/.kunitconfig \
		--kconfig_add=CONFIG_SMP=y --kconfig_add=CONFIG_ARM64_64K_PAGES=y \
		--arch=arm64 --cross_compile=aarch64-linux-gnu- \
		--qemu_args='-m 2048M -smp 2' --kernel_args=mem=1280M \
		--kernel_args=memremap_kunit.altmap_addr=0xa0000000 \
		--kernel_args=memremap_kunit.early_section_tests=1 \
		--kernel_args=init_on_alloc=1 \
		--make_options="CC=$TOP/bench/cc aarch64-linux-gnu-gcc" \
		--make_options="HOSTCC=$TOP/bench/cc gcc" \
		--timeout=900 --raw_output=all) >"$dir/run-$state.log" 2>&1 || rc=$?
	{
		echo "@@BENCH begin kunit:kunit.py-arm64-64k"
		cat "$dir/run-$state.log"
		echo "@@BENCH end kunit:kunit.py-arm64-64k rc=$rc"
		echo "@@BENCH done"
	} >"$dir/console-$state.log"
	"$TOP/bench/results.py" "$TREE" "$dir/console-$state.log" \
		"$RESULTS/kunit.py-arm64-64k-$state" --name "kunit.py-arm64-64k" \
		>"$BUILD/results-kunit-$state.txt" || true
}

# 2. The port alone: the bugs it finds on 6.1.
say "stable-6.1: the KUnit port on the base, without the backports"
at without $tests || die "$out" "the KUnit port does not apply to the base (see $log)"
guest without
kunit_arm64 without

# 3. Each backport alone (after its prerequisite).
for p in $backports; do
	subj=$(subject "$p")
	name="6.1: backport \"$subj\" applies and builds alone"
	want=()
	while IFS= read -r need; do
		[ -n "$need" ] || continue
		for q in $backports; do
			[ "$(subject "$q")" = "$need" ] && want+=("$q")
		done
	done < <(needs "$subj")
	if ! at alone "${want[@]}" "$p"; then
		record "$out" "$name" 1 "does not apply (see $log)"
		continue
	fi
	say "stable-6.1: $subj"
	if ! "$TOP/bench/config.sh" || ! "$TOP/bench/build.sh"; then
		record "$out" "$name" 1 "x86_64 build failed (see $OBJ/build.log)"
		continue
	fi
	if git -C "$TREE" diff --name-only base HEAD | grep -q '^arch/arm64/'; then
		rc=0
		for v in arm64 arm64-64k; do
			arm64_objects "$TREE" "$BUILD/obj-$v" "$v" "$log" || rc=1
		done
		[ "$rc" = 0 ] || { record "$out" "$name" 1 "arm64 objects do not build (see $log)"; continue; }
	fi
	record "$out" "$name" 0
done

# 4. Everything: the backports in order, then the port.
say "stable-6.1: the KUnit port on the base with all backports"
at with $backports $tests || die "$out" "the backports and the port do not apply in order (see $log)"
guest with
kunit_arm64 with

# The cases each fix is expected to make pass, and everything else.
for run in guest kunit.py-arm64-64k; do
	"$TOP/bench/stable61-compare.py" "$S61/expected-without" "$run" \
		"$RESULTS/$run-without" "$RESULTS/$run-with" >>"$RESULTS/$out"
done
git -C "$TREE" checkout -q -f -B without base
cat "$RESULTS/$out"
