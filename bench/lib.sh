# Shared settings and helpers for the bench scripts. Sourced, not run.
# shellcheck shell=bash
set -euo pipefail

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
# The one place the base is pinned.
BASE_PKG=linux-source-6.12
BASE_VERSION=$(cat "$TOP/base-version")
BASE_TARBALL=/usr/src/$BASE_PKG.tar.xz
TREE=${TREE:-$BUILD/linux}   # git tree: tag "base" + one commit per patch
SERIES=$TOP/series           # the product: format-patch files + order file
RESULTS=$BUILD/results       # one file per check, lines "ok NAME" / "not ok NAME"
JOBS=${JOBS:-$(nproc)}

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths under the checkout are hashed relative to it, so that another clone
# of this repository (CI's, say) hits the same cache entries.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$TOP}
# Depend mode: on a miss, ccache takes the headers from the compiler's own
# dependency file (kbuild passes -Wp,-MMD) instead of running the
# preprocessor a second time. Compiling 20 of mm/'s objects of the bench
# kernel here took 20.9 s with gcc alone, 31.1 s through ccache on a miss
# and 25.2 s in depend mode (means of four rounds, 2026-12-05), and a cold
# make check is nearly all misses. Both modes share the direct mode's
# manifests, so a cache filled without depend mode serves it and the other
# way round. Without the preprocessor ccache 4.7 cannot see .incbin, so
# bench/cc, the compiler of every build, keeps such files out of the cache.
export CCACHE_DEPEND=${CCACHE_DEPEND:-true}
export KBUILD_BUILD_TIMESTAMP='2024-01-01'
export KBUILD_BUILD_USER=bench KBUILD_BUILD_HOST=bench

# die STEP MESSAGE: one clear line naming the step, then exit non-zero.
die() { local step=$1; shift; echo "error: $step: $*" >&2; exit 1; }
say() { echo ">>> $*" >&2; }

# The patches in series order, as named in the order file.
series_patches() {
	grep -v -e '^#' -e '^[[:space:]]*$' "$SERIES/series"
}

# The files of series/ that export.sh does not write (kept by hand): left
# out when an export is compared with series/ (check.sh, tree.sh).
SERIES_BY_HAND=(-x 'cover-letter*.txt' -x checkpatch-exceptions -x groups
	-x prerequisites -x stable-only)

# prerequisites SUBJECT: the subjects of the fixes that the fix SUBJECT
# needs applied first (series/prerequisites), one per line.
prerequisites() {
	awk -v want="$1" 'BEGIN { FS = " <- " } !/^#/ && $1 == want { print $2 }' \
		"$SERIES/prerequisites"
}

# record CHECK NAME OK(0/1) [DETAIL]: append one result line.
record() {
	mkdir -p "$RESULTS"
	local file=$1 name=$2 rc=$3
	if [ "$rc" -eq 0 ]; then
		echo "ok $name" >>"$RESULTS/$file"
	else
		echo "not ok $name${4:+ # $4}" >>"$RESULTS/$file"
	fi
}

OBJ=${OBJ:-$BUILD/obj}       # kernel build output (O=), shared by every build
# kmake ARGS: make in the tree with our output dir and compiler, always the
# same variables so that builds stay incremental.
# Kernel builds on this machine, from any checkout, wait on one lock
# instead of fighting over two cores; make check's second line of builds
# (bench/check.sh) takes a lock of its own, so two builds run at once there.
KBUILD_LOCK=${KBUILD_LOCK:-/tmp/bench-kbuild.lock}
kmake() {
	flock "$KBUILD_LOCK" make -C "$TREE" O="$OBJ" CC="$TOP/bench/cc gcc" HOSTCC="$TOP/bench/cc gcc" -j"$JOBS" "$@"
}

# object_diagnostics LOG RC OBJDIR HEADERS SRC...: what one "make -k" of
# the objects of the C files SRC said about them (its output in LOG, its
# exit code RC; each object removed under OBJDIR before it ran), one line
# each, line and column numbers dropped so that two builds compare:
#   "SRC: not built in this configuration"   make has no rule for it
#   "SRC: does not compile"                   its object is missing
#   "SRC: warning: ..." / "SRC: error: ..."   compiler, sparse, W=1
#   "SRC: objtool: FUNCTION: ..."             objtool on its object
#   "HEADER: warning: ..."                    in one of HEADERS (a
#                                             space-separated list of the
#                                             headers the series touches),
#                                             once each
#   "make failed before the touched objects (see LOG)"
# Shared by bench/warnings.sh (x86, against the base) and bench/cross.sh.
object_diagnostics() {
	local log=$1 rc=$2 dir=$3 headers=$4 f o h attributed=0
	shift 4
	for f in "$@"; do
		o=${f%.c}.o
		if grep -qF "No rule to make target '$o'" "$log"; then
			echo "$f: not built in this configuration"
			attributed=1
			continue
		fi
		if [ ! -f "$dir/$o" ]; then
			echo "$f: does not compile"
			attributed=1
		fi
		grep -E "^([^ ]*/)?$f:[0-9]+(:[0-9]+)?: (warning|error)" "$log" |
			sed -E "s|^([^ ]*/)?$f:[0-9]+(:[0-9]+)?: |$f: |" || true
		grep -E "^([^ ]*/)?$o: (warning|error): objtool: " "$log" |
			sed -E "s|^([^ ]*/)?$o: [a-z]+: objtool: ([^+:]*)[^:]*: |$f: objtool: \2: |" || true
	done
	for h in $headers; do
		grep -E "^([^ ]*/)?$h:[0-9]+(:[0-9]+)?: (warning|error)" "$log" |
			sed -E "s|^([^ ]*/)?$h:[0-9]+(:[0-9]+)?: |$h: |" | sort -u || true
	done
	# A make that failed before any of them (in prepare, say) checked nothing.
	if [ "$rc" != 0 ] && [ "$attributed" = 0 ]; then
		echo "make failed before the touched objects (see $log)"
	fi
}

# arm64_sources SRC: the .c files to build for arm64 for what the checkout
# of SRC changes since tag "base": those it changes, and, for a macro it
# (re)defines in a header (6.12's fix 0004 changes only
# arch/arm64/include/asm/memory.h), the files that use that macro.
arm64_sources() {
	local src=$1 name
	{
		git -C "$src" diff --name-only base HEAD -- '*.c'
		for name in $(git -C "$src" diff base HEAD -- '*.h' |
			      sed -n 's/^+#[[:space:]]*define[[:space:]]\{1,\}\([A-Za-z_0-9]*\).*/\1/p' | sort -u); do
			git -C "$src" grep -lw "$name" HEAD -- 'arch/arm64/*.c' 'mm/*.c' 'kernel/*.c' \
				'drivers/*.c' 'lib/*.c' | sed 's/^HEAD://'
		done
	} | sort -u | grep -E '^(arch/arm64|mm|drivers|lib|kernel)/' || true
}

# arm64_objects SRC OUT VARIANT LOG: build in OUT the arm64 objects of
# arm64_sources SRC, with arm64's defconfig plus kconfig/cross.config
# (VARIANT arm64-64k: 64 KiB pages), make's output appended to LOG. Fails
# when the page size or ZONE_DEVICE did not survive the config, or when an
# object is not there afterwards (each is removed first). Used by make
# stable and make stable-6.1.
arm64_objects() {
	local src=$1 out v=$3 log=$4 f want
	out=$(realpath -m "$2")
	xmake() {
		flock "$KBUILD_LOCK" make -C "$src" O="$out" ARCH=arm64 \
			CROSS_COMPILE=aarch64-linux-gnu- CC="$TOP/bench/cc aarch64-linux-gnu-gcc" \
			HOSTCC="$TOP/bench/cc gcc" -j"$JOBS" "$@"
	}
	want=CONFIG_ARM64_4K_PAGES=y
	[ "$v" = arm64-64k ] && want=CONFIG_ARM64_64K_PAGES=y
	mkdir -p "$out"
	{ echo "$want"; cat "$TOP/kconfig/cross.config"; } >"$out/fragment.config"
	{ xmake -s defconfig &&
	  (cd "$src" && scripts/kconfig/merge_config.sh -m -O "$out" "$out/.config" "$out/fragment.config") &&
	  xmake -s olddefconfig && xmake -s prepare; } >>"$log" 2>&1 || return 1
	grep -qx "$want" "$out/.config" && grep -qx CONFIG_ZONE_DEVICE=y "$out/.config" ||
		{ echo "arm64_objects: $want or CONFIG_ZONE_DEVICE=y dropped by Kconfig" >>"$log"; return 1; }
	for f in $(arm64_sources "$src"); do
		rm -f "$out/${f%.c}.o"
		xmake -s "${f%.c}.o" >>"$log" 2>&1 || return 1
		[ -f "$out/${f%.c}.o" ] || return 1
	done
}

# series_tree: print the path of a worktree of $TREE holding the series'
# last commit, made or brought up to date. The checks of the series as a
# whole (cross.sh, kunit-py.sh) build from it, so that they can run while
# the bisect walk checks out one patch after another in $TREE (make check
# runs them side by side). Commit to branch "series" what they should see:
# uncommitted changes in $TREE are not seen, and changes made in the
# worktree are discarded. A worktree that $TREE no longer knows (after
# make base) is made again.
series_tree() {
	local wt=$BUILD/series-tree
	if [ -f "$wt/.git" ] && git -C "$TREE" worktree list --porcelain | grep -qxF "worktree $wt"; then
		git -C "$wt" checkout -q -f --detach series ||
			die series-tree "cannot check out branch series in $wt"
	else
		rm -rf "$wt"
		git -C "$TREE" worktree prune
		git -C "$TREE" worktree add -q -f --detach "$wt" series >&2 ||
			die series-tree "cannot make a worktree of $TREE in $wt"
	fi
	echo "$wt"
}

# ---- Guests: shared by the rig (initramfs.sh, boot.sh) and make bench ----

# guest_root STEP DIR: a fresh initramfs tree in DIR with a static busybox.
guest_root() {
	local step=$1 root=$2
	rm -rf "$root"
	mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp}
	cp /bin/busybox "$root/bin/busybox" || die "$step" "no /bin/busybox (install busybox-static)"
	file -L /bin/busybox 2>/dev/null | grep -q 'statically linked' ||
		ldd /bin/busybox 2>&1 | grep -q 'not a dynamic' ||
		die "$step" "/bin/busybox is not static (install busybox-static)"
}

# guest_host_programs STEP DIR PROGRAM...: host programs busybox lacks,
# with the libraries they link, copied into the tree at their own paths.
guest_host_programs() {
	local step=$1 root=$2 prog f
	shift 2
	for prog in "$@"; do
		[ -x "$prog" ] || die "$step" "$prog missing (run: make deps)"
		for f in "$prog" $(ldd "$prog" | grep -o '/[^ ]*'); do
			mkdir -p "$root$(dirname "$f")"
			cp -L "$f" "$root$f"
		done
	done
}

# guest_pack STEP DIR OUT: the tree as a gzipped newc cpio, written whole.
guest_pack() {
	local step=$1 root=$2 out=$3
	(cd "$root" && find . -print0 | cpio --null -o -H newc --quiet | gzip -1) >"$out.tmp" ||
		die "$step" "cpio failed for $root"
	mv "$out.tmp" "$out"
}

# guest_qemu STEP TIMEOUT LOG ARGS...: qemu-system-x86_64 under software
# emulation with the serial console in LOG (QEMU's own output in LOG.qemu);
# a guest still running after TIMEOUT seconds is killed. Fails the step,
# naming it, on a timeout or a QEMU error.
guest_qemu() {
	local step=$1 secs=$2 log=$3 rc=0
	shift 3
	command -v qemu-system-x86_64 >/dev/null || die "$step" "qemu-system-x86_64 not found (run: make deps)"
	timeout --foreground -k 10 "$secs" qemu-system-x86_64 -accel tcg,thread=multi -cpu max \
		-display none -monitor none -serial file:"$log" -no-reboot "$@" \
		</dev/null >"$log.qemu" 2>&1 || rc=$?
	if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		echo "@@BENCH timeout after ${secs}s" >>"$log"
		die "$step" "guest did not finish within ${secs}s and was killed (see $log)"
	fi
	[ "$rc" -eq 0 ] || die "$step" "qemu exited with $rc (see $log.qemu)"
}
