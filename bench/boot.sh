#!/bin/bash
# Boot the built kernel under QEMU (software emulation: TCG) with the bench's
# emulated devices, and write the serial console to $BUILD/console.log.
# A guest that does not power off within GUEST_TIMEOUT seconds is killed and
# reported.
#   NVDIMM: 1 GiB file-backed, 128 KiB label area, new and empty every boot
#   NVMe:   64 MiB disk with a 2 MiB controller memory buffer (p2pdma)
#   RAM:    936 MiB: 896 MiB below 4 GiB (max-ram-below-4g, a section
#           boundary) and 40 MiB from 4 GiB, so that System RAM ends
#           inside the section at 4 GiB and the top half of that section
#           lies outside every resource: an early section with free
#           sub-sections. (Below 4 GiB the PCI window starts where RAM
#           ends; after RAM, x86 reserves a "RAM buffer" up to the next
#           64 MiB boundary.)
#           memmap=128M!640M turns section 640-768 MiB into legacy
#           persistent memory: RAM-backed, not System RAM, away from the
#           ACPI tables at the top of low RAM, never an early section and
#           claimed by no driver (no X86_PMEM_LEGACY); the plan names it to
#           the KUnit suite, which writes a memmap into it (vmem_altmap)
#           memmap=64M%512M-1+0xefffffff makes the first half of section
#           512-640 MiB "Soft Reserved" (EFI specific-purpose memory, as
#           CXL and HMAT platforms report it): dax_hmem's dynamic dax
#           region, in an early section (its other half is boot RAM)
. "$(dirname "$0")/lib.sh"
# The fault-injection paths run an operation hundreds of times under KASAN.
GUEST_TIMEOUT=${GUEST_TIMEOUT:-3000}
log=$BUILD/console.log
kernel=$OBJ/arch/x86/boot/bzImage
[ -f "$kernel" ] || die boot "no kernel at $kernel (run: make build)"
[ -f "$BUILD/initramfs.cpio.gz" ] || die boot "no initramfs (run: make initramfs)"

rm -f "$BUILD/nvdimm.img" "$BUILD/nvme.img"
truncate -s 1G "$BUILD/nvdimm.img"
truncate -s 64M "$BUILD/nvme.img"

say "boot: QEMU (TCG), timeout ${GUEST_TIMEOUT}s, console in $log"
guest_qemu boot "$GUEST_TIMEOUT" "$log" -smp 2 \
	-M q35,nvdimm=on,max-ram-below-4g=896M -m 936M,slots=2,maxmem=4G \
	-object memory-backend-file,id=nvm,share=on,mem-path="$BUILD/nvdimm.img",size=1G \
	-device nvdimm,id=nv0,memdev=nvm,label-size=128K \
	-drive file="$BUILD/nvme.img",if=none,id=nvm0,format=raw \
	-device nvme,serial=deadbeef,drive=nvm0,cmb_size_mb=2 \
	-kernel "$kernel" -initrd "$BUILD/initramfs.cpio.gz" \
	-append "console=ttyS0 panic=-1 memmap=128M!640M memmap=64M%512M-1+0xefffffff init_on_alloc=1 ${BOOT_ARGS:-}"
