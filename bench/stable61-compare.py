#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Compare the 6.1 guest without the backports with the one with them.

Usage: stable61-compare.py EXPECTED RUN RESULTS_WITHOUT RESULTS_WITH

EXPECTED (stable/6.1/expected-without) has one line per result that must
fail on the bare 6.1 base: "FIXES RUN NAME", FIXES the numbers of the
backports in stable/6.1/patches/ whose bugs make it fail (comma-separated),
RUN the run it belongs to ("guest": the x86_64 rig; "kunit.py-arm64-64k")
and NAME the result's name as bench/results.py writes it. Only the lines
of RUN count here. The RESULTS files are bench/results.py's ("ok NAME" / "not ok NAME #
why"). Prints "ok ..." / "not ok ..." lines:
  - per fix: each of its results fails without the backports, and passes
    with them;
  - every other result passes without the backports;
  - every result passes with the backports, and both runs have the same
    results (a guest that stopped early does not pass by having fewer).
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
            res[name] = (ok, why)
    return res


def main():
    exp_path, run, without_path, with_path = sys.argv[1:5]
    expected = {}
    with open(exp_path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            fix, where, name = line.split(' ', 2)
            if where == run:
                expected.setdefault(fix, []).append(name)
    without, withb = read_results(without_path), read_results(with_path)
    out = []

    def say(ok, name, why=''):
        out.append(f'{"ok" if ok else "not ok"} {name}{" # " + why if why and not ok else ""}')

    named = set()
    for fix in sorted(expected):
        names = expected[fix]
        named.update(names)
        bad = [n for n in names if n not in without or without[n][0]]
        say(not bad, f'6.1 {run}: without backports {fix}, their {len(names)} result(s) fail',
            f'{bad[0]}: {"passed" if bad[0] in without else "did not run"}' if bad else '')
        bad = [n for n in names if not withb.get(n, (False,))[0]]
        say(not bad, f'6.1 {run}: with backports {fix}, their {len(names)} result(s) pass',
            f'{bad[0]}: {withb.get(bad[0], (False, "did not run"))[1]}' if bad else '')
    others = [n for n in withb if n not in named]
    bad = [n for n in others if not without.get(n, (False,))[0]]
    say(not bad, f'6.1 {run}: without the backports, the other {len(others)} results pass',
        f'{len(bad)} do not, first {bad[0]}: '
        f'{without.get(bad[0], (False, "did not run"))[1]}' if bad else '')
    bad = [n for n in withb if not withb[n][0]]
    say(not bad, f'6.1 {run}: with the backports, all {len(withb)} results pass',
        f'{len(bad)} do not, first {bad[0]}: {withb[bad[0]][1]}' if bad else '')
    missing = sorted(set(withb) ^ set(without))
    say(not missing and len(withb) > 0, f'6.1 {run}: both runs report the same results',
        f'{len(missing)} differ, first {missing[0]}' if missing else 'no results')
    print('\n'.join(out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
