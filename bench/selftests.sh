#!/bin/bash
# Build the userspace tests the guest runs into $BUILD/tests (static
# binaries, against the series kernel's exported headers).
. "$(dirname "$0")/lib.sh"
rm -rf "$BUILD/tests"
mkdir -p "$BUILD/tests"
