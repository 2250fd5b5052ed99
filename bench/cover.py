#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Fill in a cover letter that git format-patch --cover-letter wrote.

Usage: cover.py COVER TEXT LAST_PATCH BASE [KERNELVERSION]
TEXT: first line the subject, then the blurb; @BASE@ and @KERNELVERSION@
in it are replaced. From: and Date: are taken from LAST_PATCH, so that the
cover letter does not change with the clock or the machine.
"""
import sys

cover, text, last, base = sys.argv[1:5]
kv = sys.argv[5] if len(sys.argv) > 5 else '@KERNELVERSION@'
subject, body = open(text).read().split('\n', 1)
body = body.strip('\n').replace('@BASE@', base).replace('@KERNELVERSION@', kv)
hdr = {}
for line in open(last):
    if line.startswith(('From: ', 'Date: ')):
        hdr.setdefault(line[:5], line)
    if line == '\n':
        break
out = []
for line in open(cover):
    if line[:5] in hdr:
        line = hdr.pop(line[:5])
    out.append(line.replace('*** SUBJECT HERE ***', subject)
                   .replace('*** BLURB HERE ***', body))
open(cover, 'w').write(''.join(out))
