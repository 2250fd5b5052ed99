# The bench of the series: each target is one step, each step one script in
# bench/. The two commands a newcomer needs are "make run" and "make check".

.PHONY: help deps base tree export config build selftests initramfs boot \
	run check checkpatch bisect cross kunit-py versions split stable stable-6.1 mutants bench docs \
	clean distclean

help:
	@sed -n 's/^## //p' Makefile

## run         build and boot the series kernel with emulated pmem and NVMe,
##             and show what it proves (the main job)
run: tree build selftests initramfs boot
	@bench/results.py build/linux build/console.log build/results-run --report

## check       every check of the series; ends with "N passed, N failed"
check:
	@bench/check.sh

## deps        install the host packages and the pinned base (apt-get)
deps:
	@bench/deps.sh

## base        unpack the pinned base into build/linux (tag "base")
base: deps
	@bench/base.sh

## tree        apply series/ on the base: branch "series" in build/linux
tree: base
	@bench/tree.sh

## export      write branch "series" of build/linux back to series/
export:
	@bench/export.sh

## config      build/obj/.config from tinyconfig + kconfig/*.config
config:
	@bench/config.sh

## build       build the kernel and modules in build/obj (incremental)
build: config
	@bench/build.sh

## selftests   build the userspace tests the guest runs
selftests:
	@bench/selftests.sh

## initramfs   pack the guest: busybox, bench/guest/, modules, tests (builds
##             first: build/obj may hold another commit's modules, after
##             make bisect or make check)
initramfs: build selftests
	@bench/initramfs.sh

## boot        boot the built kernel in QEMU; console in build/console.log
boot:
	@bench/boot.sh

## checkpatch  checkpatch --strict on every patch
checkpatch:
	@rm -f build/results/checkpatch; bench/checkpatch.sh; cat build/results/checkpatch

## docs        render Documentation/mm of the series to HTML; prints the
##             path of the ZONE_DEVICE section
docs: tree
	@bench/docs.sh

## bisect      build after every patch, from the last back to the base;
##             sparse, W=1, htmldocs vs the base
bisect:
	@bench/bisect.sh; cat build/results/bisect build/results/warnings

## cross       build what the series touches for x86_64 (defconfig and the
##             AMD GART IOMMU), arm64 (4K, 64K pages), ppc64le and riscv64:
##             sparse and W=1 clean
cross:
	@rm -f build/results/cross; bench/cross.sh; cat build/results/cross

## kunit-py    the KUnit suites built in, run by tools/testing/kunit/kunit.py
##             under QEMU: x86_64 and arm64 with 64K pages
kunit-py:
	@bench/kunit-py.sh x86_64; bench/kunit-py.sh arm64-64k

## versions    apply the series (git am) to every linux-source-6.12 that
##             Debian offers (apply only)
versions:
	@bench/versions.sh

## split       write the queue as three series of their own: split/fixes/,
##             split/tests-docs/ and split/speed/, each with its cover letter
##             and get_maintainer.pl's Cc: lines (series/groups)
split: tree
	@bench/split.sh

## stable      build every fix of split/fixes on the base on its own (or
##             after the fixes it names): x86_64, and arm64 for arm64 fixes;
##             not part of check (~15 min)
stable: split
	@rm -f build/results/stable; bench/stable.sh

## stable-6.1  the backports of stable/6.1 on Debian 12's linux-source-6.1:
##             each applies and builds alone (x86_64; arm64 objects for
##             arm64 fixes), and the KUnit port and two fault paths booted
##             without them and with them, checked against
##             stable/6.1/expected-without; not part of check (~65 min)
stable-6.1:
	@bench/stable61.sh

## mutants     plant bugs in the code under test (bench/mutants.py) and
##             show which KUnit case catches each; not part of check
mutants: tree
	@bench/mutants.py build/linux build/kunit-mutants | tee build/mutants.txt

## bench       time memremap_pages() and ndctl enable-namespace on the base
##             and the series kernels, booted alternately; prints the table
##             (build/speed/results.md); not part of check (~30 min
##             with both kernels to build, ~6 min without)
bench: tree
	@bench/speed.sh

## clean       remove build outputs but keep the unpacked tree
clean:
	rm -rf build/obj build/docs build/initramfs* build/tests build/results* build/warn \
		build/cross-* build/kunit-* build/speed

## distclean   remove everything under build/
distclean:
	rm -rf build
