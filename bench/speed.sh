#!/bin/bash
# make bench: the base and the series kernel (bench/speed-build.sh) booted
# alternately, base then series, ROUNDS times each with -smp 1 and with
# -smp 2, the same QEMU settings for both; each boot runs bench/speed/init.
# The table (bench/speed-table.py) goes to $BUILD/speed/results.md.
#   ROUNDS=3  boots per kernel and CPU count
#   REPS=5    timed repetitions per case and boot (after one warm-up)
#   SPEED_TIMEOUT=1200  seconds a boot may take
#   CASES=...  the module's cases (default: every size); NDCTL=0 skips ndctl
#   PINNED=...  cases run again, with more than one vCPU, with the caller
#              pinned to one CPU (default: the 16 GiB ones; empty: none)
#   OUT=speed  where under $BUILD the logs and the table go
#   INIT_ON_ALLOC=1  init_on_alloc= of both kernels (distributions boot 1)
#   SMPS="1 2"  the CPU counts
. "$(dirname "$0")/lib.sh"
ROUNDS=${ROUNDS:-3} REPS=${REPS:-5} SPEED_TIMEOUT=${SPEED_TIMEOUT:-1200}
CASES=${CASES:-mem-2M,mem-128M,mem-1G,mem-16G,compound-16G,altmap-16G}
NDCTL=${NDCTL:-1}
PINNED=${PINNED-mem-16G,compound-16G,altmap-16G}
INIT_ON_ALLOC=${INIT_ON_ALLOC:-1} SMPS=${SMPS:-1 2}
NS_SIZE=16G
out=$BUILD/speed
res=$BUILD/${OUT:-speed}
mkdir -p "$res"
"$TOP/bench/speed-build.sh"

# One initramfs per kernel: busybox, ndctl, timeit, the module, /init.
for k in base series; do
	root=$out/initramfs-$k
	guest_root bench "$root"
	install -m 755 "$TOP/bench/speed/init" "$root/init"
	install -m 755 "$out/timeit" "$root/bin/timeit"
	cp "$out/mod-$k/memmap_speed.ko" "$root/" || die bench "no memmap_speed.ko for $k"
	printf 'REPS=%s\nNS_SIZE=%s\nCASES=%s\nNDCTL=%s\nPINNED_CASES=%s\n' \
		"$REPS" "$NS_SIZE" "$CASES" "$NDCTL" "$PINNED" >"$root/speed.conf"
	guest_host_programs bench "$root" /usr/bin/ndctl
	guest_pack bench "$root" "$out/initramfs-$k.cpio.gz"
done

# The NVDIMM: 16 GiB and a bit for the label area, a sparse file on tmpfs,
# new for every boot.
img=/dev/shm/speed-nvdimm.img
trap 'rm -f "$img"' EXIT
boot() {
	local k=$1 smp=$2 log=$3
	rm -f "$img"
	truncate -s 16400M "$img"
	guest_qemu bench "$SPEED_TIMEOUT" "$log" -smp "$smp" \
		-M q35,nvdimm=on -m 1536M,slots=2,maxmem=20G \
		-object memory-backend-file,id=nvm,share=on,mem-path="$img",size=16400M \
		-device nvdimm,id=nv0,memdev=nvm,label-size=128K \
		-kernel "$out/obj-$k/arch/x86/boot/bzImage" -initrd "$out/initramfs-$k.cpio.gz" \
		-append "console=ttyS0 panic=-1 quiet init_on_alloc=$INIT_ON_ALLOC"
	rm -f "$img"
	grep -q '^@@SPEED error' "$log" && die bench "$k -smp $smp: $(grep -m1 '^@@SPEED error' "$log") (see $log)"
	grep -q '^@@SPEED end' "$log" || die bench "$k -smp $smp stopped early (see $log)"
}

rm -f "$res"/run-*.log
for smp in $SMPS; do
	for r in $(seq "$ROUNDS"); do
		for k in base series; do
			say "bench: $k kernel, -smp $smp, round $r of $ROUNDS"
			boot "$k" "$smp" "$res/run-$k-smp$smp-r$r.log"
		done
	done
done
INIT_ON_ALLOC=$INIT_ON_ALLOC "$TOP/bench/speed-table.py" "$res" "$ROUNDS" "$REPS" >"$res/results.md" ||
	die bench "no table (see $res/run-*.log)"
cat "$res/results.md"
