#!/bin/bash
# Install the host packages the bench needs, and the pinned base package
# (and the packages given as PKG=VERSION arguments).
# Quiet when everything is already there.
. "$(dirname "$0")/lib.sh"

PKGS="qemu-system-x86 sparse python3-sphinx python3-sphinx-rtd-theme python3-yaml
      ccache busybox-static e2fsprogs flex bison bc libelf-dev libssl-dev cpio
      xz-utils kmod rsync gcc make perl git ndctl
      gcc-aarch64-linux-gnu gcc-powerpc64le-linux-gnu gcc-riscv64-linux-gnu
      qemu-system-arm"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
# The pinned base, and any PKG=VERSION given (make stable-6.1 asks for
# linux-source-6.1 this way).
for want in "$BASE_PKG=$BASE_VERSION" "$@"; do
	have=$(dpkg-query -W -f='${Version}' "${want%%=*}" 2>/dev/null || true)
	[ "$have" = "${want#*=}" ] || missing="$missing $want"
done

[ -z "$missing" ] && exit 0
[ "$(id -u)" -eq 0 ] || die deps "missing packages:$missing (run as root, or install them with apt-get)"
mkdir -p "$BUILD"
say "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null || die deps "apt-get update failed"
# shellcheck disable=SC2086
apt-get install -y -qq --allow-downgrades $missing >"$BUILD/apt.log" 2>&1 ||
	die deps "apt-get install$missing failed (see $BUILD/apt.log; 'apt-cache policy $BASE_PKG' lists the versions on offer)"
