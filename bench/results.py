#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Turn the guest's console log into test results.

The guest frames each step between "@@BENCH begin NAME" and
"@@BENCH end NAME rc=N" lines (bench/guest/init). Steps named "kunit:*" hold
KTAP and steps named "selftest:*" hold kselftest TAP: both are parsed with
the kernel's own KTAP parser (tools/testing/kunit/kunit_parser.py) and every
leaf test case becomes one result. A skipped case counts as failed: on the
bench the devices and options every test needs are always there.

A step named "setup:*" prepares what tests rely on, a step named
"check:*" checks the guest's state (kmemleak, say), "fault:*" runs one
operation with its allocations failed one at a time, and "cleanup:*"
undoes a set-up; each counts as one check that passes when the step's
exit code is 0.

Besides the cases, three checks cover the run as a whole: the guest reached
the end of its plan, the kernel log holds no WARNING/BUG/Oops/KASAN/... report
but WARNINGs (and their traces) inside a window a test announced with
"expect WARNING begin/end", and
every step's KTAP parsed.

Usage: results.py TREE CONSOLE_LOG RESULTS_FILE [--report] [--name NAME]
NAME ("guest" by default) names the whole-run checks.
Writes "ok NAME" / "not ok NAME # why" lines to RESULTS_FILE and prints a
summary per step; --report also prints the "report:*" steps.
"""
import io
import re
import sys

BEGIN = re.compile(r'@@BENCH begin (\S+)')
END = re.compile(r'@@BENCH end (\S+) rc=(\d+)')
PRINTK = re.compile(r'^\[\s*\d+\.\d+\] ')
BAD = re.compile(r'WARNING:|BUG:|Oops|KASAN:|UBSAN:|Kernel panic|'
                 r'general protection fault|kmemleak: \d+ new suspected|'
                 r'INFO: task .* blocked|Call Trace:')
EXPECT_BEGIN = 'expect WARNING begin'
EXPECT_END = 'expect WARNING end'
# What such a window excuses: a WARN() (not lockdep's or RCU's "WARNING:"
# reports) and its trace, nothing else (a
# case that oopses inside its window never prints its end line).
EXCUSED = re.compile(r'WARNING: CPU: \d+ PID: \d+ at |Call Trace:')
# An allocation failed on purpose (fault injection) or for want of memory:
# the stack that follows is the report the kernel promises, not a problem.
ALLOC_FAILURE = re.compile(r'FAULT_INJECTION: forcing a failure|'
                           r'(page|vmemmap) alloc(ation)? failure: order:')


def split_steps(lines):
    """Return [(name, rc, [lines])] for the framed steps, in order."""
    steps, cur = [], None
    for line in lines:
        m = BEGIN.search(line)
        if m:
            cur = (m.group(1), [])
            continue
        m = END.search(line)
        if m and cur and m.group(1) == cur[0]:
            steps.append((cur[0], int(m.group(2)), cur[1]))
            cur = None
            continue
        if cur is not None and not PRINTK.match(line):
            cur[1].append(line)
    if cur is not None:
        steps.append((cur[0], None, cur[1]))
    return steps


def leaves(test, prefix):
    if not test.subtests:
        yield prefix, test
        return
    for sub in test.subtests:
        yield from leaves(sub, f'{prefix}/{sub.name}')


def kernel_log_problems(lines):
    """Lines reporting a kernel problem outside an announced window."""
    bad, expected, alloc_failure = [], False, False
    for line in lines:
        if EXPECT_BEGIN in line:
            expected = True
        elif EXPECT_END in line:
            expected = False
        elif ALLOC_FAILURE.search(line):
            alloc_failure = True
        elif alloc_failure and 'Call Trace:' in line:
            alloc_failure = False   # that report's stack: allowed once
        elif BAD.search(line) and (not expected or not EXCUSED.search(line)):
            bad.append(line.strip())
    return bad


def main():
    tree, log_path, out_path = sys.argv[1:4]
    report = '--report' in sys.argv[4:]
    run = 'guest'
    if '--name' in sys.argv[4:]:
        run = sys.argv[sys.argv.index('--name') + 1]
    sys.path.insert(0, f'{tree}/tools/testing/kunit')
    import kunit_parser  # the kernel's own KTAP parser
    import kunit_printer
    from kunit_parser import TestStatus

    with open(log_path, errors='replace') as f:
        lines = [l.rstrip('\r\n') for l in f]
    results = []          # (ok, name, why)
    details = io.StringIO()
    # The parser narrates as it goes; keep that for the details file.
    kunit_parser.stdout = kunit_printer.Printer(details)

    for name, rc, body in split_steps(lines):
        kind = name.split(':', 1)[0]
        if kind == 'report':
            if report:
                print(f'--- {name[7:]}')
                print('\n'.join(body))
            continue
        if kind in ('setup', 'check', 'cleanup', 'fault'):
            # Preparation the tests rely on, a check of the guest's state
            # or a fault-injection path: it passes (exit code 0) or the
            # run fails. A path says how many allocations it failed.
            said = [l for l in body if 'one at a time' in l and not PRINTK.match(l)]
            results.append((rc == 0, name, (said[-1] if said else '') if rc == 0 else
                            f'rc={rc}: ' + ' | '.join(body[-3:])))
            continue
        if kind not in ('kunit', 'selftest'):
            continue
        test = kunit_parser.parse_run_tests(body)
        cases = list(leaves(test, name))
        if not cases or test.status == TestStatus.FAILURE_TO_PARSE_TESTS:
            results.append((False, name, f'no parsable results (rc={rc})'))
            continue
        for cname, case in cases:
            if case.status == TestStatus.SUCCESS:
                # What a case says it counted (e.g. allocations failed).
                said = [l.strip().split(': ', 1)[-1] for l in case.log
                        if 'one at a time' in l]
                results.append((True, cname, said[-1] if said else ''))
            elif case.status == TestStatus.SKIPPED:
                results.append((False, cname, 'skipped'))
            else:
                results.append((False, cname, case.status.name.lower()))
        if test.counts.errors:
            results.append((False, f'{name} (KTAP)', f'{test.counts.errors} parse errors'))
        if rc is None:
            results.append((False, f'{name} (finished)', 'step never ended'))
        elif rc != 0 and all(c.status == TestStatus.SUCCESS for _, c in cases):
            # Every case passed but the step failed (module load, exit code).
            results.append((False, f'{name} (exit)', f'rc={rc}'))

    done = any('@@BENCH done' in l for l in lines)
    why = 'guest timed out' if any('@@BENCH timeout' in l for l in lines) \
        else 'guest stopped before the end of its plan'
    results.append((done, f'{run}: plan completed', '' if done else why))
    bad = kernel_log_problems(lines)
    results.append((not bad, f'{run}: kernel log clean',
                    bad[0][:150] if bad else ''))

    with open(out_path, 'w') as f:
        for ok, name, why in results:
            f.write(f'{"ok" if ok else "not ok"} {name}{" # " + why if why else ""}\n')
    with open(out_path + '.details', 'w') as f:
        f.write(details.getvalue())
        f.write('\n'.join(bad) + '\n')
    if report:
        print('--- tests')
        steps = {}
        for ok, name, _ in results:
            key = name.split('/', 1)[0] if '/' in name else name
            n_ok, n = steps.get(key, (0, 0))
            steps[key] = (n_ok + ok, n + 1)
        for key, (n_ok, n) in steps.items():
            print(f'{"ok    " if n_ok == n else "FAILED"} {key}: {n_ok}/{n}')
    failed = [r for r in results if not r[0]]
    for ok, name, why in failed:
        print(f'FAIL {name}: {why}')
    print(f'{run}: {len(results) - len(failed)} passed, {len(failed)} failed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
