#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Plant bugs in the code under test and see which KUnit case catches each.

Each mutant below changes one place in the series' tree (build/linux): an
off-by-one in a sub-section mask, a missing clear, a skipped early-section
guard, a wrong reference count, an unset pgmap, ... For each one the tree is
changed, the KUnit suites are built in and run with kunit.py (x86_64, the
same machine shape as bench/kunit-py.sh, every suite including
memremap_warn), and the file is restored. A mutant is caught when a case
fails or the kernel does not get through the suites; it survives when every
case passes. The table lists the cases that caught each mutant and the
survivors, which need a new case or a written reason (MUTANTS.md).

Usage: mutants.py TREE BUILD_DIR [ID...]   (kunit.py output per mutant in
BUILD_DIR/mutant-ID.log)
"""
import fcntl
import os
import subprocess
import sys

# (id, file, what it breaks, text to find (must occur once), replacement
#  [, firmware]): firmware 'seabios' runs that mutant's kernel (and an
#  unmutated one to compare with) on SeaBIOS, whose MTRRs make the test
#  windows write-back, instead of kunit.py's qboot, which leaves them off
MUTANTS = [
    ('mask-off-by-one', 'mm/sparse-vmemmap.c',
     'subsection_mask_set() sets one sub-section too few',
     'bitmap_set(map, idx, end - idx + 1);',
     'bitmap_set(map, idx, end - idx);'),
    ('no-clear', 'mm/sparse-vmemmap.c',
     'clear_subsection_map() leaves the bits set',
     '\tbitmap_xor(subsection_map, map, subsection_map, SUBSECTIONS_PER_SECTION);\n\treturn 0;',
     '\treturn 0;'),
    ('no-fill', 'mm/sparse-vmemmap.c',
     'fill_subsection_map() does not set the bits',
     '\t\tbitmap_or(subsection_map, map, subsection_map,\n\t\t\t\tSUBSECTIONS_PER_SECTION);',
     '\t\trc = 0;'),
    ('early-guard-deactivate', 'mm/sparse-vmemmap.c',
     'section_deactivate() frees memmap of early sections too',
     '\tif (!section_is_early)\n\t\tdepopulate_section_memmap',
     '\tif (1)\n\t\tdepopulate_section_memmap'),
    ('early-guard-activate', 'mm/sparse-vmemmap.c',
     'section_activate() repopulates the boot memmap of early sections',
     'if (nr_pages < PAGES_PER_SECTION && early_section(ms))',
     'if (0)'),
    ('section-kept', 'mm/sparse-vmemmap.c',
     'section_deactivate() leaves an emptied section marked present',
     '\tif (empty)\n\t\tms->section_mem_map = (unsigned long)NULL;',
     '\tif (0)\n\t\tms->section_mem_map = (unsigned long)NULL;'),
    ('not-early', 'mm/sparse.c',
     'boot sections are not marked early',
     'sparse_init_one_section(__nr_to_section(pnum), pnum, map, usage,\n\t\t\t\tSECTION_IS_EARLY);',
     'sparse_init_one_section(__nr_to_section(pnum), pnum, map, usage,\n\t\t\t\t0);'),
    ('no-reserved', 'mm/mm_init.c',
     'ZONE_DEVICE pages are not PG_reserved',
     '\t__SetPageReserved(page);\n\n\t/*\n\t * ZONE_DEVICE pages union',
     '\n\t/*\n\t * ZONE_DEVICE pages union'),
    ('no-pgmap', 'mm/mm_init.c',
     'page->pgmap is not set',
     '\tpage->pgmap = pgmap;\n\tpage->zone_device_data = NULL;',
     '\tpage->zone_device_data = NULL;'),
    ('refcount', 'mm/mm_init.c',
     'device-private and -coherent pages keep a reference',
     '\t    pgmap->type == MEMORY_DEVICE_COHERENT)\n\t\tset_page_count(page, 0);',
     '\t    pgmap->type == MEMORY_DEVICE_COHERENT)\n\t\tset_page_count(page, 1);'),
    ('tail-off-by-one', 'mm/mm_init.c',
     'compound tails point one page off',
     'prep_compound_tail(head, pfn - head_pfn);',
     'prep_compound_tail(head, pfn - head_pfn - 1);'),
    ('chunk-overrun', 'mm/mm_init.c',
     'each chunk of memmap initialisation writes one struct page past its end',
     'unsigned long end_pfn = zdi->start_pfn + end;',
     'unsigned long end_pfn = zdi->start_pfn + end + 1;'),
    ('template-head', 'mm/mm_init.c',
     'tail copies keep the template head in compound_head',
     '\ttail[ZONE_DEVICE_HEAD_WORD] = (unsigned long)head + 1;\n',
     ''),
    ('chunk-align', 'kernel/padata.c',
     'padata ignores the job\'s alignment: chunks split compound pages',
     '\tps.chunk_size = roundup(ps.chunk_size, job->align);\n',
     ''),
    ('chunk-align-min', 'kernel/padata.c',
     'padata ignores the job\'s alignment and smallest chunk',
     '\tps.chunk_size = max(ps.chunk_size, job->min_chunk);\n'
     '\tps.chunk_size = max(ps.chunk_size, 1ul);\n'
     '\tps.chunk_size = roundup(ps.chunk_size, job->align);\n',
     '\tps.chunk_size = max(ps.chunk_size, 1ul);\n'),
    ('no-migratetype', 'mm/mm_init.c',
     'ZONE_DEVICE pageblocks are not made movable',
     '\tpageblock_migratetype_init_range(start_pfn, nr_pages, MIGRATE_MOVABLE);\n'
     '\treturn nr_pages;',
     '\treturn nr_pages;'),
    ('altmap-offset-dropped', 'mm/mm_init.c',
     'memmap initialisation also writes the struct pages of an altmap\'s own pfns',
     '\t\tstart_pfn = altmap->base_pfn + vmem_altmap_offset(altmap);\n',
     '\t\tstart_pfn = altmap->base_pfn;\n'),
    ('altmap-reserve-ignored', 'mm/mm_init.c',
     'memmap initialisation starts after the altmap\'s memmap but not its reserve',
     '\t\tstart_pfn = altmap->base_pfn + vmem_altmap_offset(altmap);\n',
     '\t\tstart_pfn = altmap->base_pfn + altmap->free;\n'),
    ('init-count', 'mm/mm_init.c',
     '__memmap_init_zone_device() returns a count one too high',
     '\treturn nr_pages;\n}\nEXPORT_SYMBOL_IF_KUNIT(__memmap_init_zone_device);',
     '\treturn nr_pages + 1;\n}\nEXPORT_SYMBOL_IF_KUNIT(__memmap_init_zone_device);'),
    # Brief 4 of 2026-12-06 (issue 16): the first two survived until each
    # chunk reported the path it took
    ('per-page-ignored', 'mm/mm_init.c',
     "__memmap_init_zone_device() ignores opts->per_page: every 'per page' way runs the template path",
     '\t\t.per_page = opts->per_page || !zone_device_templates_fit(),\n',
     '\t\t.per_page = !zone_device_templates_fit(),\n'),
    ('templates-never', 'mm/mm_init.c',
     'the template path is never taken: every range is initialised page by page',
     '\t\t.per_page = opts->per_page || !zone_device_templates_fit(),\n',
     '\t\t.per_page = true || !zone_device_templates_fit(),\n'),
    ('compound-nr-altmap-ignored', 'mm/mm_init.c',
     "an altmap's compound pages (full memmap) get only the tails of a shared vmemmap",
     'nr = compound_nr_pages(pfn, zdi->altmap, zdi->pgmap);',
     'nr = compound_nr_pages(pfn, NULL, zdi->pgmap);'),
    ('copy-skips-padding', 'mm/mm_init.c',
     'the template copy stops after the seven unrolled words',
     '\tfor (i = 7; i < ZONE_DEVICE_PAGE_WORDS; i++)',
     '\tfor (i = 8; i < ZONE_DEVICE_PAGE_WORDS; i++)'),
    ('first-tail-from-tail-template', 'mm/mm_init.c',
     'the first tail is copied from the plain tail template: no folio order or counters',
     '\t\tmemcpy(first, &zdi->tmpl[1], sizeof(first));',
     '\t\tmemcpy(first, &zdi->tmpl[2], sizeof(first));'),
    ('subsection-align', 'mm/memory_hotplug.c',
     'hotplug accepts ranges that are not sub-section aligned',
     'min_align = PAGES_PER_SUBSECTION;',
     'min_align = 1;'),
    ('zone-span', 'mm/memory_hotplug.c',
     'ZONE_DEVICE does not grow to span a new range',
     '\tresize_zone_range(zone, start_pfn, nr_pages);',
     '\t(void)resize_zone_range;'),
    ('no-taint', 'mm/memory_hotplug.c',
     'a partly covered section is not tainted for ZONE_DEVICE',
     '\tms->section_mem_map |= SECTION_TAINT_ZONE_DEVICE;',
     '\t(void)ms;'),
    ('lookup-delete', 'mm/memremap.c',
     'pgmap_array_delete() leaves the last pfn behind',
     'xa_store_range(&pgmap_array, PHYS_PFN(range->start), PHYS_PFN(range->end),\n\t\t\tNULL, GFP_KERNEL);',
     'xa_store_range(&pgmap_array, PHYS_PFN(range->start), PHYS_PFN(range->end) - 1,\n\t\t\tNULL, GFP_KERNEL);'),
    ('no-overlap-check', 'mm/memremap.c',
     'an overlapping range is not refused',
     '\tif (pgmap_range_in_use(range)) {',
     '\tif (0 && pgmap_range_in_use(range)) {'),
    ('no-compound-check', 'mm/memremap.c',
     'a range that does not fit its compound pages is accepted',
     '\tif (!pgmap_ranges_fit_compound(pgmap)) {',
     '\tif (0 && !pgmap_ranges_fit_compound(pgmap)) {'),
    ('shared-pgprot', 'mm/memremap.c',
     'every range of a pgmap is handed the one request PAT rewrites',
     '\t\terror = pagemap_range(pgmap, &range_params, i, nid);',
     '\t\terror = pagemap_range(pgmap, &params, i, nid);'),
    ('no-page-check', 'mm/memremap.c',
     'a range that starts or ends inside a page is accepted',
     '\trange = pgmap_range_off_page(pgmap);',
     '\trange = NULL;'),
    ('compound-start-unchecked', 'mm/memremap.c',
     'compound pages that do not start on their boundary are accepted',
     '\trange = pgmap_range_compound_misaligned(pgmap);',
     '\trange = NULL;'),
    ('compound-start-no-altmap', 'mm/memremap.c',
     'the compound start check ignores the altmap\'s pfns',
     '\t\tif (!IS_ALIGNED(start, size))\n\t\t\treturn &pgmap->ranges[i];',
     '\t\tif (!IS_ALIGNED(pgmap->ranges[i].start, size))\n\t\t\treturn &pgmap->ranges[i];'),
    ('compound-start-range0', 'mm/memremap.c',
     'the compound start check looks at the first range only',
     '\t\tif (!IS_ALIGNED(start, size))\n\t\t\treturn &pgmap->ranges[i];',
     '\t\tif (!i && !IS_ALIGNED(start, size))\n\t\t\treturn &pgmap->ranges[i];'),
    ('refusal-warns', 'mm/memremap.c',
     'the page check WARNs instead of printing a message',
     '\t\tpr_err("%s: %#llx-%#llx: a range must start and end on a page boundary\\n",',
     '\t\tWARN(1, "%s: %#llx-%#llx: a range must start and end on a page boundary\\n",'),
    ('linear-map-kept', 'arch/x86/mm/init_64.c',
     'arch_add_memory() keeps the linear map when adding the pages fails',
     '\tif (ret)\n\t\tkernel_physical_mapping_remove(start, start + size);\n\treturn ret;',
     '\treturn ret;'),
    ('no-untrack-on-error', 'mm/memremap.c',
     'a failed range keeps its PAT memory type reservation',
     'err_kasan:\n\tuntrack_pfn(NULL, PHYS_PFN(range->start), range_len(range), true);\n',
     'err_kasan:\n'),
    ('memtype-not-applied', 'mm/memremap.c',
     'the linear map gets the type asked for, not the one PAT gave',
     'error = track_pfn_remap(NULL, &params->pgprot, PHYS_PFN(range->start), 0,',
     'error = track_pfn_remap(NULL, &(pgprot_t){ pgprot_val(params->pgprot) },\n'
     '\t\t\tPHYS_PFN(range->start), 0,'),
    ('memtype-error-ignored', 'mm/memremap.c',
     'a range PAT refuses is mapped all the same',
     '\t\t\trange_len(range));\n\tif (error)\n\t\tgoto err_pfn_remap;',
     '\t\t\trange_len(range));\n\tif (0)\n\t\tgoto err_pfn_remap;'),
    ('memtype-error-keeps-lookup', 'mm/memremap.c',
     'a range PAT refuses keeps its lookup entries',
     'err_pfn_remap:\n\tpgmap_array_delete(range);\n',
     'err_pfn_remap:\n'),
    ('no-untrack-on-unmap', 'mm/memremap.c',
     "teardown keeps each range's PAT memory type reservation",
     '\tuntrack_pfn(NULL, PHYS_PFN(range->start), range_len(range), true);\n'
     '\tpgmap_array_delete(range);\n}',
     '\tpgmap_array_delete(range);\n}'),
    ('untrack-range0-only', 'mm/memremap.c',
     'teardown gives back the memory type of the first range only',
     '\tuntrack_pfn(NULL, PHYS_PFN(range->start), range_len(range), true);\n'
     '\tpgmap_array_delete(range);\n}',
     '\tif (range_id == 0)\n'
     '\t\tuntrack_pfn(NULL, PHYS_PFN(range->start), range_len(range), true);\n'
     '\tpgmap_array_delete(range);\n}'),
    ('p2pdma-not-uncached', 'mm/memremap.c',
     'P2PDMA asks for write-back instead of uncached',
     '\tcase MEMORY_DEVICE_PCI_P2PDMA:\n\t\tparams.pgprot = pgprot_noncached(params.pgprot);\n',
     '\tcase MEMORY_DEVICE_PCI_P2PDMA:\n', 'seabios'),
    ('pat-uc-over-wb-allowed', 'arch/x86/mm/pat/memtype.c',
     'PAT lets a request that is not write-back map a range reserved write-back',
     '\t\tif (strict_prot ||\n\t\t    !is_new_memtype_allowed(paddr, size, want_pcm, pcm)) {',
     '\t\tif (strict_prot) {', 'seabios'),
    ('unlock-before-store', 'mm/memremap.c',
     'the lock is dropped between the overlap check and the store',
     '\terror = xa_err(xa_store_range(&pgmap_array, PHYS_PFN(range->start),\n'
     '\t\t\t\tPHYS_PFN(range->end), pgmap, GFP_KERNEL));\n'
     '\tmutex_unlock(&pgmap_array_lock);',
     '\tmutex_unlock(&pgmap_array_lock);\n'
     '\terror = xa_err(xa_store_range(&pgmap_array, PHYS_PFN(range->start),\n'
     '\t\t\t\tPHYS_PFN(range->end), pgmap, GFP_KERNEL));'),
]

KUNIT_ARGS = [
    '--arch=x86_64', '--kunitconfig=mm/.kunitconfig',
    '--kconfig_add=CONFIG_MEMREMAP_KUNIT_WARN_TEST=y',
    '--kconfig_add=CONFIG_MEMREMAP_INIT_KUNIT_TEST=y', '--kconfig_add=CONFIG_SMP=y',
    '--qemu_args=-M pc,max-ram-below-4g=896M -m 936M -smp 2',
    '--kernel_args=memmap=128M!640M', '--kernel_args=init_on_alloc=1',
    '--kernel_args=vm_debug=-',
    '--kernel_args=memremap_kunit.altmap_addr=0x28000000',
    '--kernel_args=memremap_kunit.early_section_tests=1',
    '--kernel_args=memremap_init_kunit.altmap_addr=0x28000000',
    '--kernel_args=memremap_init_kunit.early_section_tests=1',
    '--make_options=CC=ccache gcc', '--make_options=HOSTCC=ccache gcc',
    '--timeout=300', '--raw_output=all',
]


# kunit.py's --qemu_args append: a second -bios overrides its qboot.rom
FIRMWARE = {'seabios': ['--qemu_args=-bios bios-256k.bin']}


def run(tree, build, log, firmware=None):
    """Build and run the suites; return (failed case names, kernel completed)."""
    sys.path.insert(0, f'{tree}/tools/testing/kunit')
    import kunit_parser
    import kunit_printer
    from kunit_parser import TestStatus
    with open(log, 'w') as f:
        subprocess.run(['./tools/testing/kunit/kunit.py', 'run',
                        f'--build_dir={build}', f'--jobs={os.cpu_count()}']
                       + KUNIT_ARGS + FIRMWARE.get(firmware, []),
                       cwd=tree, stdout=f, stderr=subprocess.STDOUT)
    with open(log, errors='replace') as f:
        lines = [l.rstrip('\n') for l in f]
    if not any('KTAP version' in l for l in lines):
        return None, False
    kunit_parser.stdout = kunit_printer.Printer(open(os.devnull, 'w'))
    test = kunit_parser.parse_run_tests(lines)
    failed = []

    def walk(t, prefix):
        if not t.subtests:
            if t.status != TestStatus.SUCCESS:
                failed.append(f'{prefix} ({t.status.name.lower()})')
            return
        for s in t.subtests:
            walk(s, f'{prefix}/{s.name}' if prefix else s.name)
    walk(test, '')
    complete = test.status != TestStatus.TEST_CRASHED and \
        not any('Kernel panic' in l or 'Oops' in l for l in lines)
    return failed, complete


def main():
    tree, build = (os.path.abspath(a) for a in sys.argv[1:3])
    only = set(sys.argv[3:])
    os.makedirs(build, exist_ok=True)
    # Waits for bench/lib.sh's default build lock (make check's second line
    # has its own), and nobody else may build
    # from the tree while a mutant is planted in it: hold the lock throughout.
    lock = open('/tmp/bench-kbuild.lock', 'a')
    fcntl.flock(lock, fcntl.LOCK_EX)
    rows = []
    # The unmutated tree must pass, or nothing below means anything.
    # Cases that skip unmutated (e.g. PAT cases the firmware's MTRRs rule
    # out) skip with every mutant too: only a case that passed counts.
    skipped_by = {}

    def baseline(firmware):
        if firmware in skipped_by:
            return True
        log = f'{build}/mutant-none{"-" + firmware if firmware else ""}.log'
        failed, complete = run(tree, build, log, firmware)
        skipped = {n for n in failed or [] if n.endswith(' (skipped)')}
        if failed is None or set(failed) - skipped or not complete:
            print(f'the unmutated suites do not pass: {failed} (see {log})')
            return False
        skipped_by[firmware] = skipped
        return True

    if not baseline(None):
        return 1
    for mid, path, what, old, new, *rest in MUTANTS:
        if only and mid not in only:
            continue
        firmware = rest[0] if rest else None
        if not baseline(firmware):
            return 1
        skipped = skipped_by[firmware]
        full = f'{tree}/{path}'
        with open(full) as f:
            text = f.read()
        if text.count(old) != 1:
            rows.append((mid, what, 'NOT APPLIED: the text is not found exactly once'))
            continue
        try:
            with open(full, 'w') as f:
                f.write(text.replace(old, new))
            failed, complete = run(tree, build, f'{build}/mutant-{mid}.log', firmware)
            if failed is not None:
                failed = [n for n in failed if n not in skipped]
        finally:
            with open(full, 'w') as f:
                f.write(text)
        if failed is None:
            verdict = 'caught: no test output (does not build or boot)'
        elif failed:
            names = sorted({n.split(' (')[0].rsplit('/', 1)[0] if n.count('/') > 2 else
                            n.split(' (')[0] for n in failed})
            verdict = f'caught by {len(failed)} cases: ' + ', '.join(names[:4]) + \
                (' ...' if len(names) > 4 else '')
            if not complete:
                verdict += ' (kernel crashed)'
        elif not complete:
            verdict = 'caught: the kernel crashed'
        else:
            verdict = 'SURVIVED'
        rows.append((mid, what, verdict))
        print(f'{mid}: {verdict}', flush=True)
    print()
    print('| mutant | planted bug | result |')
    print('|---|---|---|')
    for mid, what, verdict in rows:
        print(f'| {mid} | {what} | {verdict} |')
    survivors = [r[0] for r in rows if r[2] == 'SURVIVED']
    print(f'\n{len(rows)} mutants, {len(rows) - len(survivors)} caught, '
          f'{len(survivors)} survived: {" ".join(survivors) or "none"}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
