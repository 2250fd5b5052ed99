#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Compare a 6.1 run without the backports with the same run with them.

Usage: stable61-compare.py EXPECTED RUN RESULTS_WITHOUT RESULTS_WITH

EXPECTED (stable/6.1/expected-without) has one line per result, or group
of results, that fails on the bare 6.1 base: "FIXES RUN NAME".
  FIXES  the 6.12 fixes (series/ numbers, comma-separated) whose bugs make
         it fail; "6.1" for a bug of 6.1 that no backport here fixes (the
         result must then fail in both runs); or "after:FIX" for results
         that do not run without the backports because FIX's bug stops the
         run before them (no evidence either way there; they must pass
         with the backports);
  RUN    the run it belongs to ("guest": the x86_64 rig; or
         "kunit.py-arm64-64k"): only the lines of RUN count here;
  NAME   the result's name as bench/results.py writes it, or a prefix of
         names followed by "*".
The RESULTS files are bench/results.py's ("ok NAME" / "not ok NAME #
why"). "Fails without the backports" needs a failed result there: one
that is absent is no evidence (only "after:" lines may be absent).
Prints "ok ..." / "not ok ..." lines:
  - per line of EXPECTED: it fails without the backports, and passes with
    them (or, for "6.1", fails with them too; for "after:", passes with
    them);
  - every result EXPECTED does not name passes without the backports;
  - every result with the backports passes but those of "6.1" lines;
  - the run without the backports has every result of the run with them,
    but those EXPECTED names.
"""
import sys


def read_results(path):
    res = {}
    with open(path) as f:
        for line in f:
            line = line.rstrip('\n')
            ok = line.startswith('ok ')
            rest = line[3:] if ok else line[len('not ok '):]
            name, _, why = rest.partition(' # ')
            # A name given twice (the parts of one run share set-up steps)
            # passes only if it passed every time.
            if name in res and not res[name][0]:
                continue
            res[name] = (ok, why)
    return res


def artefact(name):
    """A result that only a crash or a parse failure produces."""
    return name.endswith(('/', ' (KTAP)', ' (finished)', ' (exit)'))


def matches(pattern, name):
    if pattern.endswith('*'):
        return name.startswith(pattern[:-1])
    return name == pattern


def main():
    exp_path, run, without_path, with_path = sys.argv[1:5]
    expected = []           # (fixes, pattern)
    with open(exp_path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            fixes, where, name = line.split(' ', 2)
            if where == run:
                expected.append((fixes, name))
    without, withb = read_results(without_path), read_results(with_path)
    out = []

    def say(ok, name, why=''):
        out.append(f'{"ok" if ok else "not ok"} {name}{" # " + why if why and not ok else ""}')

    def named(n):
        return [fx for fx, p in expected if matches(p, n)]

    for fixes, pattern in expected:
        w = {n: v for n, v in withb.items() if matches(pattern, n)}
        wo = {n: v for n, v in without.items() if matches(pattern, n)}
        if not w and not wo:
            say(False, f'6.1 {run}: {pattern}', 'no such result in either run')
            continue
        passed = [n for n, v in wo.items() if v[0]]
        if fixes.startswith('after:'):
            say(not passed, f'6.1 {run}: without the backports, "{pattern}" does not run '
                f'(stopped by {fixes[6:]}) or fails', f'{passed[0]} passed' if passed else '')
        else:
            # Without: each result there fails, and there is one.
            say(bool(wo) and not passed,
                f'6.1 {run}: without the backports, "{pattern}" fails ({fixes})',
                f'{passed[0]} passed' if passed else 'no such result without the backports')
        if fixes == '6.1':
            passed = [n for n, v in w.items() if v[0]]
            passed += sorted(n for n in wo if n not in w)  # vanished
            say(bool(w) and not passed,
                f'6.1 {run}: with the backports, "{pattern}" still fails (a 6.1 bug none fixes)',
                f'{passed[0]} passed' if passed else 'no result')
        else:
            # With: each result there passes; one the failure made up (a
            # crashed suite's, a parse error's) is simply not there.
            failed = [n for n, v in w.items() if not v[0]]
            # Every real result of the pattern without them is there with
            # them too: a case that vanishes does not pass.
            lost = sorted(n for n in wo if n not in w and not artefact(n))
            if lost and not failed:
                failed = lost[:1]
                w = dict(w, **{lost[0]: (False, 'not there with the backports')})
            # Only a result the failure made up may be missing with them.
            if not w and not all(artefact(n) for n in wo):
                failed = [pattern]
                w = {pattern: (False, 'not there with the backports')}
            if fixes.startswith('after:') and not w:
                failed = [pattern]
                w = {pattern: (False, 'did not run with the backports either')}
            say(not failed,
                f'6.1 {run}: with the backports, "{pattern}" passes or is not there ({fixes})',
                f'{failed[0]}: {w[failed[0]][1]}' if failed else '')
    others = [n for n in withb if not named(n)]
    bad = [n for n in others if not without.get(n, (False,))[0]]
    say(not bad, f'6.1 {run}: without the backports, the other {len(others)} results pass',
        f'{len(bad)} do not, first {bad[0]}: '
        f'{without.get(bad[0], (False, "not in that run"))[1]}' if bad else '')
    bad = [n for n in withb if not withb[n][0] and '6.1' not in named(n)]
    say(bool(withb) and not bad, f'6.1 {run}: with the backports, all {len(withb)} results pass '
        '(but 6.1 bugs none fixes)',
        f'{len(bad)} do not, first {bad[0]}: {withb[bad[0]][1]}' if bad else 'no results')
    extra = sorted(n for n in without if n not in withb and not named(n))
    say(not extra, f'6.1 {run}: the run without the backports has no result the other lacks',
        f'{len(extra)}, first {extra[0]}' if extra else '')
    print('\n'.join(out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
