#!/bin/bash
# Pack the guest's initramfs: static busybox, /init and the plan, the
# kernel's modules and the userspace tests built by bench/selftests.sh.
. "$(dirname "$0")/lib.sh"
root=$BUILD/initramfs
out=$BUILD/initramfs.cpio.gz
rm -rf "$root"
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,mnt,bench,tests}
cp /bin/busybox "$root/bin/busybox" || die initramfs "no /bin/busybox (install busybox-static)"
file -L /bin/busybox 2>/dev/null | grep -q 'statically linked' ||
	ldd /bin/busybox 2>&1 | grep -q 'not a dynamic' ||
	die initramfs "/bin/busybox is not static (install busybox-static)"
install -m 755 "$TOP/bench/guest/init" "$root/init"
install -m 644 "${PLAN:-$TOP/bench/guest/plan}" "$root/bench/plan"
# Host programs the tests call that busybox lacks, with their libraries.
for prog in /sbin/mkfs.ext4 /usr/bin/ndctl; do
	[ -x "$prog" ] || die initramfs "$prog missing (run: make deps)"
	for f in "$prog" $(ldd "$prog" | grep -o '/[^ ]*'); do
		mkdir -p "$root$(dirname "$f")"
		cp -L "$f" "$root$f"
	done
done
kmake -s INSTALL_MOD_PATH="$root" modules_install >"$OBJ/modules_install.log" 2>&1 ||
	die initramfs "modules_install failed (see $OBJ/modules_install.log)"
if [ -d "$BUILD/tests" ]; then
	cp -a "$BUILD/tests/." "$root/tests/"
fi
(cd "$root" && find . -print0 | cpio --null -o -H newc --quiet | gzip -1) >"$out.tmp" ||
	die initramfs "cpio failed"
mv "$out.tmp" "$out"
