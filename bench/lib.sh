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
export KBUILD_BUILD_TIMESTAMP='2024-01-01'
export KBUILD_BUILD_USER=bench KBUILD_BUILD_HOST=bench

# die STEP MESSAGE: one clear line naming the step, then exit non-zero.
die() { local step=$1; shift; echo "error: $step: $*" >&2; exit 1; }
say() { echo ">>> $*" >&2; }

# The patches in series order, as named in the order file.
series_patches() {
	grep -v -e '^#' -e '^[[:space:]]*$' "$SERIES/series"
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
# One kernel build at a time on this machine: builds from other checkouts
# wait on the same lock instead of fighting over two cores.
kmake() {
	flock /tmp/bench-kbuild.lock make -C "$TREE" O="$OBJ" CC="ccache gcc" HOSTCC="ccache gcc" -j"$JOBS" "$@"
}
