#!/usr/bin/env python3
# The table of make bench: reads $BUILD/speed/run-KERNEL-smpN-rR.log (lines
# "@@SPEED case=NAME rep=N key=value ..."), takes the median of each boot's
# repetitions (warm-ups, rep=-1, dropped), pairs the base and series boots
# of each round, and prints per case, phase and CPU count the medians over
# boots and the speed-up base/series: median, lowest and highest over the
# rounds. Then the goals of the series, met or not.
# usage: speed-table.py DIR ROUNDS REPS
import glob, os, platform, re, statistics, subprocess, sys

d, rounds, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
runs = {}   # (kernel, smp, round) -> {(case, key): [ns, ...]}
boot = {}
for path in sorted(glob.glob(os.path.join(d, 'run-*-smp*-r*.log'))):
    m = re.search(r'run-(base|series)-smp(\d+)-r(\d+)\.log$', path)
    if not m:
        continue
    key = (m.group(1), int(m.group(2)), int(m.group(3)))
    vals = runs.setdefault(key, {})
    for line in open(path, errors='replace'):
        line = line.strip()
        if line.startswith('@@SPEED boot'):
            boot[key] = line
        if not line.startswith('@@SPEED case='):
            continue
        f = dict(kv.split('=', 1) for kv in line.split()[1:] if '=' in kv)
        if 'error' in f or int(f.get('rep', -1)) < 0:
            continue
        for k, v in f.items():
            if k.endswith('_ns'):
                vals.setdefault((f['case'], k), []).append(int(v))
if not runs:
    sys.exit('speed-table: no runs in ' + d)

def boot_median(kernel, smp, r, case, key):
    v = runs.get((kernel, smp, r), {}).get((case, key))
    return statistics.median(v) if v else None

cases = []
for vals in runs.values():
    for ck in vals:
        if ck not in cases:
            cases.append(ck)
order = ['mem-2M', 'mem-128M', 'mem-1G', 'mem-16G', 'compound-16G', 'altmap-16G',
         'ndctl-fsdax-mem', 'ndctl-fsdax-dev']
keys = ['map_ns', 'add_ns', 'init_ns', 'unmap_ns', 'enable_ns', 'disable_ns']
cases.sort(key=lambda ck: (order.index(ck[0]) if ck[0] in order else 99,
                           keys.index(ck[1]) if ck[1] in keys else 99))
smps = sorted({k[1] for k in runs})

def summary(case, key, smp):
    b, s, ratios = [], [], []
    for r in range(1, rounds + 1):
        bm = boot_median('base', smp, r, case, key)
        sm = boot_median('series', smp, r, case, key)
        if bm is not None:
            b.append(bm)
        if sm is not None:
            s.append(sm)
        if bm and sm:
            ratios.append(bm / sm)
    if not b or not s or not ratios:
        return None
    return statistics.median(b), statistics.median(s), ratios

def cpu_model():
    for line in open('/proc/cpuinfo'):
        if line.startswith('model name'):
            return line.split(':', 1)[1].strip()
    return platform.processor()

qemu = subprocess.run(['qemu-system-x86_64', '--version'], capture_output=True,
                      text=True).stdout.splitlines()[0]
print('## make bench: ZONE_DEVICE memmap initialisation, base 6.12 vs series\n')
print('Conditions: host %s, %d cores; %s, TCG (multi-threaded), -cpu max, '
      '1536 MiB guest RAM, 16 GiB NVDIMM backed by a sparse file on tmpfs; '
      'both kernels from kconfig/speed.config (no debug options), '
      'init_on_alloc=%s; base and series booted alternately, %d boots each per '
      'CPU count, %d timed repetitions per boot after one warm-up. '
      'Times: median over boots of each boot\'s median. Speed-up: base/series '
      'time per round, median [lowest-highest] over rounds.\n'
      % (cpu_model(), os.cpu_count(), qemu, os.environ.get('INIT_ON_ALLOC', '1'),
         rounds, reps))
for k in sorted(boot):
    print('<!-- %s smp%d r%d: %s -->' % (k[0], k[1], k[2], boot[k]))
print('| case | phase | vCPUs | base ms | series ms | speed-up |')
print('|---|---|---|---|---|---|')
res = {}
for case, key in cases:
    for smp in smps:
        t = summary(case, key, smp)
        if not t:
            continue
        b, s, ratios = t
        res[(case, key, smp)] = t
        print('| %s | %s | %d | %.2f | %.2f | %.2fx [%.2f-%.2f] |' % (
            case, key[:-3], smp, b / 1e6, s / 1e6, statistics.median(ratios),
            min(ratios), max(ratios)))

print('\n### Goals\n')
def goal(text, value, want, lo=None):
    if value is None:
        print('- %s: not measured' % text)
        return
    ok = value >= want
    print('- %s: %.2fx%s (goal >= %.2fx): %s' % (
        text, value, ' [lowest %.2fx]' % lo if lo is not None else '', want,
        'met' if ok else 'NOT met'))

def speedup(case, key, smp):
    t = res.get((case, key, smp))
    return (statistics.median(t[2]), min(t[2])) if t else (None, None)

top = max(smps)
for case, text, want in [('mem-16G', 'memremap_pages() 16 GiB map=mem', 4),
                         ('altmap-16G', 'memremap_pages() 16 GiB map=dev', 3),
                         ('compound-16G', 'memremap_pages() 16 GiB compound', 2),
                         ('ndctl-fsdax-mem', 'ndctl enable-namespace 16 GiB fsdax map=mem', 2.5),
                         ('ndctl-fsdax-dev', 'ndctl enable-namespace 16 GiB fsdax map=dev', 2.5)]:
    key = 'enable_ns' if case.startswith('ndctl') else 'map_ns'
    v, lo = speedup(case, key, top)
    goal('%s, %d vCPUs' % (text, top), v, want, lo)
# Scaling of memmap init from 1 to 2 vCPUs, per round: boots with -smp 1
# against boots with -smp 2. Emulation alone changes this (the base, which
# initialises on one thread, is printed beside it), so the goal is taken
# within one boot: the same case with the caller pinned to one CPU (no
# helper) against the caller free to use both.
def ratio(kernel, case, slow, fast):
    rs = []
    for r in range(1, rounds + 1):
        a = boot_median(kernel, slow[0], r, slow[1], 'init_ns')
        b = boot_median(kernel, fast[0], r, fast[1], 'init_ns')
        if a and b:
            rs.append(a / b)
    return (statistics.median(rs), min(rs), max(rs)) if rs else None

for case in ['mem-16G', 'compound-16G', 'altmap-16G']:
    if 1 in smps and 2 in smps:
        sc, bc = (ratio(k, case, (1, case), (2, case)) for k in ('series', 'base'))
        if sc:
            print('- memmap init %s, boots with 1 vCPU / boots with 2: series %.2fx '
                  '[%.2f-%.2f]; base %s (emulation alone)' % (
                      case, sc[0], sc[1], sc[2],
                      '%.2fx [%.2f-%.2f]' % bc if bc else 'not measured'))
    if top > 1:
        th, bt = (ratio(k, case, (top, case + '-pinned'), (top, case))
                  for k in ('series', 'base'))
        if th or bt:
            print('- memmap init %s, %d-vCPU boots, caller pinned to one CPU / '
                  'free: series %s; base %s (one thread either way)' % (
                      case, top, '%.2fx [%.2f-%.2f]' % th if th else 'not measured',
                      '%.2fx [%.2f-%.2f]' % bt if bt else 'not measured'))
        if case != 'compound-16G':
            goal('series memmap init %s, %d threads / 1 in the same boot' % (case, top),
                 th[0] if th else None, 1.6, th[1] if th else None)
# Small calls: no slower beyond the noise. The noise is the base kernel's
# own spread from boot to boot (each boot's median): a series median within
# it, or within 3% of the base median, is no slower.
for case, key in [('mem-2M', 'map_ns'), ('mem-2M', 'unmap_ns')]:
    for smp in smps:
        t = res.get((case, key, smp))
        if not t:
            continue
        per = {k: [boot_median(k, smp, r, case, key) for r in range(1, rounds + 1)]
               for k in ('base', 'series')}
        per = {k: [x for x in v if x is not None] for k, v in per.items()}
        bmed, smed = t[0], t[1]
        ok = smed <= max(per['base']) or smed <= 1.03 * bmed
        print('- %s %s, %d vCPUs: base boots %s ms, series boots %s ms; series '
              'median %.2f ms (goal: no slower than the base beyond its own '
              'boot-to-boot spread): %s' % (
                  case, key[:-3], smp,
                  '/'.join('%.1f' % (x / 1e6) for x in per['base']),
                  '/'.join('%.1f' % (x / 1e6) for x in per['series']),
                  smed / 1e6, 'met' if ok else 'NOT met'))
