#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Give a 6.1 guest's console the KUnit results the kernel printed.

Usage: stable61-ktap.py CONSOLE OUT SUITE...

On 6.1 the KTAP that debugfs keeps for a suite is not whole: a case's log
is reset before each of its parameters and cut at 512 bytes, so a
parameterised case's header and all but its last parameter are lost. The
KTAP the kernel printed is whole. OUT is CONSOLE with every "kunit:*" step
(read from debugfs by bench/guest/plan-6.1) replaced by one step per SUITE
built from the printed lines: from the suite's "# Subtest: SUITE" to its
"ok/not ok N SUITE" line, or to the end of the log if the load hung there
(the cases printed so far are real results; the suite's missing end makes
the parse fail). A SUITE that never started gets an empty step, which
bench/results.py counts as failed.
"""
import re
import sys

PREFIX = re.compile(r'^\[\s*\d+\.\d+\] ')
BEGIN = re.compile(r'@@BENCH begin kunit:')
END = re.compile(r'@@BENCH end kunit:')


def main():
    console, out, suites = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(console, errors='replace') as f:
        lines = [l.rstrip('\r\n') for l in f]
    kept, skipping = [], False
    for line in lines:
        if BEGIN.search(line):
            skipping = True
            continue
        if skipping and END.search(line):
            skipping = False
            continue
        if not skipping:
            kept.append(line)
    steps = []
    for suite in suites:
        head = re.compile(r'^\s*# Subtest: ' + re.escape(suite) + r'$')
        tail = re.compile(r'^\s*(not )?ok \d+ ' + re.escape(suite) + r'( |$)')
        body, inside, ended = [], False, False
        for line in lines:
            m = PREFIX.match(line)
            if not m:
                continue
            text = line[m.end():]
            if not inside and head.match(text):
                inside = True
            if inside:
                body.append(text)
                if tail.match(text):
                    # 6.1 numbers a module's suites 1, 2, ...: this step
                    # holds one, number 1.
                    body[-1] = re.sub(r'^(\s*(?:not )?ok )\d+', r'\g<1>1', text)
                    ended = True
                    break
        steps.append(f'@@BENCH begin kunit:{suite}#1')
        if body:
            steps += ['KTAP version 1', '1..1'] + body
        steps.append(f'@@BENCH end kunit:{suite}#1 rc={0 if ended else 1}')
    # Before the end marker of the plan, so the plan still counts as done.
    try:
        at = max(i for i, l in enumerate(kept) if '@@BENCH done' in l)
    except ValueError:
        at = len(kept)
    with open(out, 'w') as f:
        f.write('\n'.join(kept[:at] + steps + kept[at:]) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
