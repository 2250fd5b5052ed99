#!/bin/bash
# cross.sh VARIANT...: build every kernel object the series touches for the
# architectures distribution kernels ship, with Debian's (cross) compilers,
# sparse (C=2) and W=1, and record one result per variant:
#   x86_64 (with the AMD GART IOMMU, whose file a fix touches and which
#   neither the rig's config nor x86_64_defconfig builds), arm64 (4 KiB
#   pages), arm64-64k, ppc64le (book3s64, hash and radix MMU), riscv64
# Each variant's config is its defconfig plus kconfig/cross.config; every
# option of the fragment must survive. The objects must build with no
# warning at all in the files the series touches. riscv64 gets W=1 without
# sparse: Debian 12's sparse (0.6.4) rejects the kernel's riscv -march
# string ("invalid argument to '-march': '_zicsr_zifencei'").
. "$(dirname "$0")/lib.sh"
TREE=$(series_tree)
files=$(git -C "$TREE" diff --name-only base series -- '*.c' | grep -v '^tools/' || true)
headers=$(git -C "$TREE" diff --name-only base series -- '*.h' | grep -v '^tools/' || true)
frag=$TOP/kconfig/cross.config

cross_one() {
	local v=$1 arch cross defconfig extra="" out=$BUILD/cross-$1 bad="" f check=C=2
	case $v in
	x86_64) arch=x86 cross="" defconfig=x86_64_defconfig extra=CONFIG_GART_IOMMU=y ;;
	arm64) arch=arm64 cross=aarch64-linux-gnu- defconfig=defconfig ;;
	arm64-64k) arch=arm64 cross=aarch64-linux-gnu- defconfig=defconfig
		extra=CONFIG_ARM64_64K_PAGES=y ;;
	ppc64le) arch=powerpc cross=powerpc64le-linux-gnu- defconfig=ppc64le_defconfig ;;
	riscv64) arch=riscv cross=riscv64-linux-gnu- defconfig=defconfig check=C=0 ;;
	*) die cross "unknown variant $v" ;;
	esac
	command -v "${cross}gcc" >/dev/null || die cross "${cross}gcc not found (run: make deps)"
	mkdir -p "$out"
	xmake() {
		flock "$KBUILD_LOCK" make -C "$TREE" O="$out" ARCH="$arch" \
			CROSS_COMPILE="$cross" CC="$TOP/bench/cc ${cross}gcc" HOSTCC="$TOP/bench/cc gcc" \
			-j"$JOBS" "$@"
	}
	{ echo "$extra" | tr ' ' '\n'; cat "$frag"; } >"$out/fragment.config"
	if ! { xmake -s "$defconfig" &&
	       (cd "$TREE" && scripts/kconfig/merge_config.sh -m -O "$out" "$out/.config" \
			"$out/fragment.config") &&
	       xmake -s olddefconfig; } >"$out/config.log" 2>&1; then
		record cross "cross $v: configured" 1 "see $out/config.log"
		return
	fi
	while IFS= read -r line; do
		case "$line" in CONFIG_*=*) ;; *) continue ;; esac
		grep -qx "$line" "$out/.config" || bad="$bad ${line%%=*}"
	done <"$out/fragment.config"
	if [ -n "$bad" ]; then
		record cross "cross $v: configured" 1 "dropped by Kconfig:$bad"
		return
	fi
	if ! xmake -s prepare >"$out/prepare.log" 2>&1; then
		record cross "cross $v: configured" 1 "make prepare failed (see $out/prepare.log)"
		return
	fi
	what="sparse and W=1"
	[ "$check" = C=2 ] || what="W=1"
	# One make for all of them (-k: each is tried whatever the others
	# do); a make per file would spend seconds on the descent each time.
	local objs=() srcs=() o
	for f in $files; do
		[ -f "$TREE/$f" ] || continue
		# Another architecture's file is not built here.
		case "$f" in arch/"$arch"/*) ;; arch/*) continue ;; esac
		# Nor is KASAN's (these configs have no KASAN; the x86 bisect
		# builds it with KASAN on).
		case "$f" in mm/kasan/*)
			grep -q '^CONFIG_KASAN=y' "$out/.config" || continue ;;
		esac
		srcs+=("$f") objs+=("${f%.c}.o")
	done
	# Compiled again each time, or an object already up to date would
	# not show its W=1 warnings again (ccache replays them on a hit).
	(cd "$out" && rm -f "${objs[@]}")
	local rc=0
	: >"$out/objects.log"
	[ "${#objs[@]}" = 0 ] ||
		xmake -k -s "$check" W=1 "${objs[@]}" >"$out/objects.log" 2>&1 || rc=$?
	# Every line is a failure here: a warning, an object that did not
	# build (its first errors follow), a file this config does not build.
	object_diagnostics "$out/objects.log" "$rc" "$out" "$headers" "${srcs[@]}" >"$out/warnings"
	for f in "${srcs[@]}"; do
		grep -qx "$f: does not compile" "$out/warnings" || continue
		grep -E "^([^ ]*/)?$f:[0-9]+(:[0-9]+)?:.*error" "$out/objects.log" |
			head -n 5 >>"$out/warnings" || true
	done
	# What the base already warns about (bench/cross-known-warnings)
	grep -v '^#' "$TOP/bench/cross-known-warnings" | grep -v '^$' >"$out/known"
	grep -v -F -f "$out/known" "$out/warnings" >"$out/new-warnings" || true
	mv "$out/new-warnings" "$out/warnings"
	if [ -s "$out/warnings" ]; then
		sed 's/^/    /' "$out/warnings" >&2
		record cross "cross $v: touched objects build, $what clean" 1 \
			"$(head -n 1 "$out/warnings" | cut -c1-120)"
	else
		record cross "cross $v: touched objects build, $what clean" 0
	fi
}

rm -f "$RESULTS/cross"
for v in "${@:-x86_64 arm64 arm64-64k ppc64le riscv64}"; do
	for one in $v; do
		say "cross: $one"
		cross_one "$one"
	done
done
