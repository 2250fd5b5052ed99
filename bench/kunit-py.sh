#!/bin/bash
# The series' KUnit suites built into a kernel and run by the kernel's own
# runner, tools/testing/kunit/kunit.py, with mm/.kunitconfig, under QEMU
# (TCG), the way a distribution kernel team runs KUnit:
#   kunit-py.sh x86_64     the README's command
#   kunit-py.sh arm64-64k  arm64 with 64 KiB pages, cross-compiled
# The QEMU and kernel arguments give the suites what they need and say
# nothing else about the machine: System RAM that ends inside a memory
# section with nothing after it, for the early-section cases (which are
# asked for: memremap_kunit.early_section_tests=1), and a RAM-backed section
# that is not System RAM, named to the altmap case (altmap_addr); the same
# for the speed group's suite (memremap_init_kunit, its own module). Two
# CPUs, so that the threaded cases get more than one thread, and
# init_on_alloc=1, as distributions boot. mm/.kunitconfig turns DEBUG_VM on,
# which poisons every new memmap before it is initialised; vm_debug=- turns
# that poisoning (its only effect in 6.12) off, or memremap_init's
# no_stale_struct_pages could not see what a memmap page held before.
# Each run's output becomes step "kunit:kunit.py-ARCH" for bench/results.py.
. "$(dirname "$0")/lib.sh"
TREE=$(series_tree)
arch=${1:?usage: kunit-py.sh x86_64|arm64-64k}
out=$BUILD/kunit-$arch
# The x86_64 machine of both passes below (the rig's RAM layout)
x86_machine='-M pc,max-ram-below-4g=896M -m 936M -smp 2'
case $arch in
x86_64)
	cc=gcc
	# As the rig: 896 MiB below 4 GiB, 40 MiB above, 640-768 MiB legacy pmem.
	# SeaBIOS rather than kunit.py's qboot: it sets up the MTRRs as PC
	# firmware does (write-back outside the PCI hole), which the PAT cases
	# that need a write-back reservation rely on; qboot leaves them off,
	# and the pass after this one runs the case that needs them off.
	args=(--arch=x86_64
	      --qemu_args="$x86_machine -bios bios-256k.bin"
	      --kernel_args='memmap=128M!640M'
	      --kernel_args=memremap_kunit.altmap_addr=0x28000000
	      --kernel_args=memremap_kunit.early_section_tests=1
	      --kernel_args=memremap_init_kunit.altmap_addr=0x28000000
	      --kernel_args=memremap_init_kunit.early_section_tests=1)
	;;
arm64-64k)
	cc=aarch64-linux-gnu-gcc
	# RAM at 1 GiB; 2 GiB of it, of which the kernel takes 1280 MiB
	# (mem=): System RAM ends inside the 512 MiB section at 2 GiB, and
	# the section at 2.5 GiB is RAM that the kernel does not use.
	args=(--arch=arm64 --cross_compile=aarch64-linux-gnu-
	      --kconfig_add=CONFIG_ARM64_64K_PAGES=y
	      --qemu_args='-m 2048M -smp 2'
	      --kernel_args=mem=1280M
	      --kernel_args=memremap_kunit.altmap_addr=0xa0000000
	      --kernel_args=memremap_kunit.early_section_tests=1
	      --kernel_args=memremap_init_kunit.altmap_addr=0xa0000000
	      --kernel_args=memremap_init_kunit.early_section_tests=1)
	;;
*)
	die kunit.py "unknown architecture $arch"
	;;
esac
# results NAME LOG RC: frame kunit.py's output LOG as step "kunit:NAME"
# and turn it into results (bench/results.py)
results() {
	{
		echo "@@BENCH begin kunit:$1"
		cat "$2"
		echo "@@BENCH end kunit:$1 rc=$3"
		echo "@@BENCH done"
	} >"${2%.log}.console"
	"$TOP/bench/results.py" "$TREE" "${2%.log}.console" "$RESULTS/$1" \
		--name "$1" || record "$1" "$1: output parsed" 1
}

mkdir -p "$out"
say "kunit.py: $arch, build in $out"
rc=0
(cd "$TREE" && flock "$KBUILD_LOCK" ./tools/testing/kunit/kunit.py run \
	--build_dir="$out" --jobs="$JOBS" --kunitconfig=mm/.kunitconfig \
	--kconfig_add=CONFIG_MEMREMAP_INIT_KUNIT_TEST=y --kconfig_add=CONFIG_SMP=y \
	--kernel_args=init_on_alloc=1 --kernel_args=vm_debug=- \
	--make_options="CC=$TOP/bench/cc $cc" --make_options="HOSTCC=$TOP/bench/cc gcc" \
	--timeout=900 --raw_output=all "${args[@]}") >"$out/run.log" 2>&1 || rc=$?
results "kunit.py-$arch" "$out/run.log" "$rc"

# x86_64 again, the same kernel on kunit.py's own firmware (qboot), whose
# MTRRs are off: PAT gives a write-back request UC- there, and
# memory_type_asked checks that the linear map gets it.
[ "$arch" = x86_64 ] || exit 0
name=kunit.py-x86_64-mtrr-off
say "kunit.py: x86_64 with the MTRRs off (qboot), memory_type_asked"
rc=0
(cd "$TREE" && flock "$KBUILD_LOCK" ./tools/testing/kunit/kunit.py exec \
	--build_dir="$out" --arch=x86_64 --timeout=300 --raw_output=all \
	--qemu_args="$x86_machine" \
	memremap_map.memory_type_asked) >"$out/run-mtrr-off.log" 2>&1 || rc=$?
results "$name" "$out/run-mtrr-off.log" "$rc"
# The point of the pass: a write-back request really was given UC-.
grep -q 'PAT gives UC-' "$out/run-mtrr-off.log"
record "$name" "$name: PAT gave a write-back request UC-" $?
