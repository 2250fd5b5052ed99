#!/bin/bash
# Pack the guest's initramfs: static busybox, /init and the plan, the
# kernel's modules and the userspace tests built by bench/selftests.sh.
. "$(dirname "$0")/lib.sh"
root=$BUILD/initramfs
out=$BUILD/initramfs.cpio.gz
guest_root initramfs "$root"
mkdir -p "$root"/{mnt,bench,tests}
install -m 755 "$TOP/bench/guest/init" "$root/init"
install -m 644 "${PLAN:-$TOP/bench/guest/plan}" "$root/bench/plan"
# Host programs the tests call that busybox lacks, with their libraries.
guest_host_programs initramfs "$root" /sbin/mkfs.ext4 /usr/bin/ndctl
kmake -s INSTALL_MOD_PATH="$root" modules_install >"$OBJ/modules_install.log" 2>&1 ||
	die initramfs "modules_install failed (see $OBJ/modules_install.log)"
if [ -d "$BUILD/tests" ]; then
	cp -a "$BUILD/tests/." "$root/tests/"
fi
guest_pack initramfs "$root" "$out"
