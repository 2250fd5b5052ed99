#!/bin/bash
# Render Documentation/mm of the series tree to HTML (incremental) and
# print where the ZONE_DEVICE section of the memory-model page is.
. "$(dirname "$0")/lib.sh"
[ -d "$TREE" ] || die docs "no tree at $TREE (run: make tree)"
out=$BUILD/docs-read
make -s -C "$TREE" O="$out" htmldocs SPHINXDIRS=mm >"$out.log" 2>&1 ||
	die docs "make htmldocs SPHINXDIRS=mm failed (see $out.log)"
page=$out/Documentation/output/mm/memory-model.html
[ -f "$page" ] || die docs "no $page after the build (see $out.log)"
echo "file://$page#zone-device"
