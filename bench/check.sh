#!/bin/bash
# make check: every check of the series, then one closing line
# "N passed, N failed". A failing step is recorded and the run goes on where
# later steps still mean something.
. "$(dirname "$0")/lib.sh"
B=$TOP/bench
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
t0=$(date +%s)
# Lap times: on the terminal as each step starts, and in build/laps.txt,
# a line per step when it ends: "START END CPU NAME", seconds since the
# start of make check, and the CPU seconds (user + system) the step's
# programs used. The background jobs (split and checkpatch, versions,
# the guest, the second line of builds) are not this script's children
# (started from a subshell that exits at once), so their CPU time never
# lands in a step; each reports its own (bash's time, in its output file),
# on a line of its own once it has ended, and the steps of split and
# checkpatch and of the second line have lines of their own too, inside
# those totals.
: >"$BUILD/laps.txt"
cpu() {	# user + sys CPU seconds of the finished children of $cpu_pid (default: this script)
	awk -v hz="$(getconf CLK_TCK)" '{ print int(($16 + $17) / hz) }' "/proc/${cpu_pid:-$$}/stat"
}
# bg_cpu FILE: user + sys seconds from the output of bash's time in FILE
bg_cpu() {
	awk '$1 == "user" || $1 == "sys" { split($2, t, /[ms]/); s += t[1] * 60 + t[2] }
	     END { print int(s + 0.5) }' "$1"
}
declare -A bg_start=() bg_name=() bg_done=() bg_pgid=()	# background jobs, by output file
# background NAME FILE FUNCTION: run FUNCTION, which writes bash's time
# output into FILE last, in the background, out of this script's children,
# in a process group of its own, which is killed if make check ends first
# (an interrupt, say), so that nothing of it runs on into the next one.
background() {
	: >"$2"
	(set -m; "$3" & echo $! >"$2.pgid")
	bg_start[$2]=$(($(date +%s) - t0)) bg_name[$2]=$1 bg_pgid[$2]=$(cat "$2.pgid")
}
stop_background() {
	local f
	for f in "${!bg_pgid[@]}"; do
		grep -q '^real' "$f" 2>/dev/null || kill -TERM -- "-${bg_pgid[$f]}" 2>/dev/null || true
	done
}
trap stop_background EXIT
trap 'exit 130' INT TERM
# background_wait FILE: until the job writing FILE has ended. A job whose
# processes are all gone without bash's time output in FILE died early:
# that is recorded, and the wait ends.
background_wait() {
	until grep -q '^real' "$1"; do
		if ! kill -0 -- "-${bg_pgid[$1]}" 2>/dev/null && ! grep -q '^real' "$1"; then
			record background "${bg_name[$1]}: ended without finishing (see $1)" 1
			return 0
		fi
		sleep 5
	done
}
step_name="set-up: packages, base, series, export" step_start=0 step_cpu=$(cpu)
lap() {
	local now c f
	now=$(($(date +%s) - t0)) c=$(cpu)
	for f in "${!bg_start[@]}"; do
		[ -z "${bg_done[$f]:-}" ] && grep -q '^real' "$f" || continue
		bg_done[$f]=1
		echo "${bg_start[$f]} $now $(bg_cpu "$f") background: ${bg_name[$f]} (ended by then)" \
			>>"$BUILD/laps.txt"
	done
	echo "$step_start $now $((c - step_cpu)) $step_name" >>"$BUILD/laps.txt"
	say "$1 ($now s)"
	step_name=$1 step_start=$now step_cpu=$c
}

"$B/deps.sh"
"$B/base.sh"
if FORCE=1 "$B/tree.sh"; then
	record series "series: applies to the base with git am" 0
else
	record series "series: applies to the base with git am" 1
	exec "$B/summary.sh"
fi
rm -rf "$BUILD/export-check"
"$B/export.sh" --to "$BUILD/export-check"
if diff -r "${SERIES_BY_HAND[@]}" "$BUILD/export-check" "$SERIES" >"$BUILD/export-check.diff"; then
	record series "series: export right after import is lossless" 0
else
	record series "series: export right after import is lossless" 1 "see $BUILD/export-check.diff"
fi
rc=0
grep -q "$BASE_PKG $BASE_VERSION" "$SERIES/0000-cover-letter.patch" || rc=1
record series "series: cover letter names the base $BASE_VERSION" $rc

idle() {
	chrt --idle 0 "$@"
}
# bg_step LAPS RESULT NAME COMMAND...: one step of a background job below:
# COMMAND, with a lap line of its own in the file LAPS, "START END CPU
# NAME" (CPU: what the job's shell's children used meanwhile); a COMMAND
# that fails is recorded as failed in the results file RESULT.
bg_step() {
	local laps=$1 result=$2 name=$3 start c0 cpu_pid=$BASHPID
	shift 3
	start=$(($(date +%s) - t0)) c0=$(cpu)
	say "$name ($start s)"
	"$@" || record "$result" "$name: ended with an error" 1
	echo "$start $(($(date +%s) - t0)) $(($(cpu) - c0)) $name" >>"$laps"
}
# The checks of the queue as text (split, checkpatch), and the applies to
# every $BASE_PKG Debian offers (downloads and git am, at a lower
# priority): beside the guest's build; none of them builds or checks
# anything out in $TREE.
queue_checks() {
	split_and_check() {
		if "$B/split.sh"; then
			"$B/split-check.sh"
		else
			record split "split: make split writes the three series" 1
		fi
	}
	{ time {
		bg_step "$BUILD/laps-queue.txt" split \
			"split: the queue as three series, each applied where it belongs" split_and_check
		bg_step "$BUILD/laps-queue.txt" checkpatch checkpatch "$B/checkpatch.sh"
	}; } >"$BUILD/queue-checks.out" 2>&1
}
: >"$BUILD/laps-queue.txt"
background "split and checkpatch" "$BUILD/queue-checks.out" queue_checks
versions() {
	renice -n 10 -p "$BASHPID" >/dev/null 2>&1 || true
	{ time { "$B/versions.sh" >/dev/null || true; }; } 2>"$BUILD/versions.time"
}
background "versions: applying the series to every $BASE_PKG Debian offers" "$BUILD/versions.time" versions
# The guest first: it runs ~17-20 min and mostly on one CPU, so every build
# check below runs beside it, at idle priority (SCHED_IDLE) so that the
# guest, whose selftests time themselves (pmem-tests' 30 s harness timeout),
# gets the CPUs whenever it wants them. The guest's kernel and initramfs are
# in QEMU's memory once it has started, so the bisect walk may rebuild
# build/obj meanwhile.
lap "guest: the series kernel, userspace tests and initramfs"
rm -f "$OBJ/arch/x86/boot/bzImage"
guest=
if "$B/config.sh" && "$B/build.sh" && "$B/selftests.sh" && "$B/initramfs.sh"; then
	lap "guest: booting the series kernel, beside the builds below"
	guest() {
		{ time "$B/boot.sh"; } >"$BUILD/boot.out" 2>&1
	}
	background guest "$BUILD/boot.out" guest
	guest=1
else
	record guest "guest: series kernel, tests and initramfs built" 1
fi
# Two lines of builds side by side, both at idle priority: the bisect walk
# here (in $TREE, one patch after another), and the builds of the series
# as a whole in a worktree of their own (bench/lib.sh: series_tree), under
# a build lock of their own. The walk's incremental builds spend much of
# their time in steps that use one CPU (vmlinux's links, modpost): the
# second line uses what they leave idle, and otherwise shares the CPUs
# with the walk. Its steps' lap lines come from the line itself.
second_line() {
	{ time {
		export KBUILD_LOCK=/tmp/bench-kbuild-second-line.lock
		bg_step "$BUILD/laps-second-line.txt" second-line \
			"second line: cross builds: x86_64, arm64, arm64 64K, ppc64le, riscv64" idle "$B/cross.sh"
		bg_step "$BUILD/laps-second-line.txt" second-line \
			"second line: kunit.py: the KUnit suites built in, x86_64" idle "$B/kunit-py.sh" x86_64
		bg_step "$BUILD/laps-second-line.txt" second-line \
			"second line: kunit.py: the KUnit suites built in, arm64 with 64K pages" \
			idle "$B/kunit-py.sh" arm64-64k
	}; } >"$BUILD/second-line.out" 2>&1
}
: >"$BUILD/laps-second-line.txt"
background "cross builds and kunit.py" "$BUILD/second-line.out" second_line
# The walk checks out one commit after another in $TREE, which the queue's
# checks read: they end first (at normal priority, a few minutes into
# a build from clean; they may hold up the walk a little when the guest's
# kernel comes from ccache).
lap "split and checkpatch: waiting for them (cross builds, kunit.py beside it)"
background_wait "$BUILD/queue-checks.out"
grep -v -E '^(real|user|sys)[[:space:]]' "$BUILD/queue-checks.out" || true
cat "$BUILD/laps-queue.txt" >>"$BUILD/laps.txt"
lap "bisect: building after every patch, from the last to the base (cross builds, kunit.py beside it)"
idle "$B/bisect.sh" || record bisect "bisect: walk completed" 1
lap "waiting for the cross builds and kunit.py"
background_wait "$BUILD/second-line.out"
grep -e '^>>>' -e ' passed, ' "$BUILD/second-line.out" || true
cat "$BUILD/laps-second-line.txt" >>"$BUILD/laps.txt"
if [ -n "$guest" ]; then
	lap "waiting for the guest"
	background_wait "$BUILD/boot.out"
	lap "guest: results ($(grep -E '^(real|user|sys)' "$BUILD/boot.out" | paste -sd' '))"
	"$B/results.py" "$TREE" "$BUILD/console.log" "$RESULTS/guest" ||
		record guest "guest: console log parsed" 1
fi
lap "versions: waiting for the background applies"
background_wait "$BUILD/versions.time"
lap "done"
exec "$B/summary.sh"
