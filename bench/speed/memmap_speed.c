// SPDX-License-Identifier: GPL-2.0
/*
 * memmap_speed: time memremap_pages() and memunmap_pages(), and the two
 * phases that make up most of memremap_pages(): __add_pages() (the
 * sections and their vmemmap) and memmap_init_zone_device() (the struct
 * pages). Built against the base and the series kernels alike: it uses
 * only what both export, and kretprobes for the phases.
 *
 * Loaded with run=1, it runs each case of "cases" warmup + reps times (five
 * times the reps below 1 GiB) and
 * prints one line per repetition:
 *   @@SPEED case=NAME rep=N map_ns=.. add_ns=.. init_ns=.. unmap_ns=..
 * Repetitions below "warmup" are printed with rep=-1 (not counted).
 * Loaded with run=0 it only keeps the probes, whose totals (over every
 * memremap_pages() meanwhile, ndctl's included) are module parameters:
 *   /sys/module/memmap_speed/parameters/{add,init,map,unmap}_ns
 *
 * Cases ("cases=" comma separated):
 *   mem-SIZE       MEMORY_DEVICE_GENERIC on a free physical range, memmap
 *                  in RAM (map=mem), SIZE like 2M, 128M, 1G, 16G
 *   compound-SIZE  the same with 2 MiB compound pages (vmemmap_shift)
 *   altmap-SIZE    the same with the memmap in the range itself (map=dev);
 *                  the range starts at altmap_addr, which the caller must
 *                  own (the bench: an NVDIMM region without namespaces)
 * This is a benchmark for a test machine, not a test: it maps what it is
 * told to.
 */
#include <linux/kprobes.h>
#include <linux/ktime.h>
#include <linux/memremap.h>
#include <linux/module.h>
#include <linux/mm.h>
#include <linux/ioport.h>
#include <linux/slab.h>
#include <linux/string.h>

static bool run;
module_param(run, bool, 0444);
static char *cases = "mem-2M,mem-128M,mem-1G,mem-16G,compound-16G";
module_param(cases, charp, 0444);
static int reps = 5;
module_param(reps, int, 0444);
static int warmup = 1;
module_param(warmup, int, 0444);
static unsigned long altmap_addr;
module_param(altmap_addr, ulong, 0444);

/* Totals of the probed functions' wall time, in ns. */
static unsigned long add_ns, init_ns, map_ns, unmap_ns;
module_param(add_ns, ulong, 0444);
module_param(init_ns, ulong, 0444);
module_param(map_ns, ulong, 0444);
module_param(unmap_ns, ulong, 0444);

struct speed_probe {
	struct kretprobe krp;
	unsigned long *total;
};

static int speed_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	*(u64 *)ri->data = ktime_get_ns();
	return 0;
}

static int speed_ret(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct speed_probe *p = container_of(get_kretprobe(ri), struct speed_probe, krp);

	/* memremap_pages() callers are serialised enough for a benchmark. */
	WRITE_ONCE(*p->total, *p->total + ktime_get_ns() - *(u64 *)ri->data);
	return 0;
}

#define SPEED_PROBE(fn, sum) {						\
	.krp = { .kp.symbol_name = fn, .entry_handler = speed_entry,	\
		 .handler = speed_ret, .data_size = sizeof(u64),	\
		 .maxactive = 8 },					\
	.total = &sum,							\
}

static struct speed_probe probes[] = {
	SPEED_PROBE("__add_pages", add_ns),
	SPEED_PROBE("memmap_init_zone_device", init_ns),
	SPEED_PROBE("memremap_pages", map_ns),
	SPEED_PROBE("memunmap_pages", unmap_ns),
};

static void speed_page_free(struct page *page)
{
}

static const struct dev_pagemap_ops speed_ops = {
	.page_free = speed_page_free,
};

static int speed_one(const char *name, int rep, const char *kind, u64 size)
{
	unsigned long memmap_pfns = DIV_ROUND_UP(PHYS_PFN(size) * sizeof(struct page),
						 PAGE_SIZE);
	struct resource *res = NULL;
	struct dev_pagemap *pgmap;
	u64 t0, t1, t2, add, init;
	void *addr;
	int err = 0;

	pgmap = kzalloc(sizeof(*pgmap), GFP_KERNEL);
	if (!pgmap)
		return -ENOMEM;
	pgmap->type = MEMORY_DEVICE_GENERIC;
	pgmap->ops = &speed_ops;
	pgmap->nr_range = 1;
	if (!strcmp(kind, "altmap")) {
		if (!altmap_addr) {
			err = -EINVAL;
			goto out;
		}
		pgmap->range.start = altmap_addr;
		memcpy(&pgmap->altmap, &(struct vmem_altmap) {
			.base_pfn = PHYS_PFN(altmap_addr),
			.end_pfn = PHYS_PFN(altmap_addr + size) - 1,
			.free = 2 * memmap_pfns,
		}, sizeof(pgmap->altmap));
		pgmap->flags = PGMAP_ALTMAP_VALID;
	} else {
		res = request_free_mem_region(&iomem_resource, size, "memmap_speed");
		if (IS_ERR(res)) {
			err = PTR_ERR(res);
			res = NULL;
			goto out;
		}
		pgmap->range.start = res->start;
	}
	pgmap->range.end = pgmap->range.start + size - 1;
	if (!strcmp(kind, "compound"))
		pgmap->vmemmap_shift = PMD_SHIFT - PAGE_SHIFT;

	add = READ_ONCE(add_ns);
	init = READ_ONCE(init_ns);
	t0 = ktime_get_ns();
	addr = memremap_pages(pgmap, numa_mem_id());
	t1 = ktime_get_ns();
	if (IS_ERR(addr)) {
		err = PTR_ERR(addr);
		goto out;
	}
	add = READ_ONCE(add_ns) - add;
	init = READ_ONCE(init_ns) - init;
	memunmap_pages(pgmap);
	t2 = ktime_get_ns();
	pr_info("@@SPEED case=%s rep=%d map_ns=%llu add_ns=%llu init_ns=%llu unmap_ns=%llu\n",
		name, rep, t1 - t0, add, init, t2 - t1);
out:
	if (res)
		release_mem_region(res->start, resource_size(res));
	kfree(pgmap);
	return err;
}

/* One case of "cases": KIND-SIZE, warmup + reps times. */
static int speed_case(const char *name)
{
	const char *sep = strchr(name, '-');
	char kind[16];
	u64 size;
	int i, n, err;

	if (!sep || sep - name >= sizeof(kind))
		return -EINVAL;
	strscpy(kind, name, sep - name + 1);
	if (strcmp(kind, "mem") && strcmp(kind, "compound") && strcmp(kind, "altmap"))
		return -EINVAL;
	size = memparse(sep + 1, NULL);
	if (!size || !IS_ALIGNED(size, PMD_SIZE))
		return -EINVAL;
	/*
	 * Calls on small ranges take a few jiffies, and where they fall
	 * between ticks shows: five times the repetitions there.
	 */
	n = size < SZ_1G ? 5 * reps : reps;
	for (i = 0; i < warmup + n; i++) {
		err = speed_one(name, i < warmup ? -1 : i - warmup, kind, size);
		if (err)
			return err;
		cond_resched();
	}
	return 0;
}

static int __init speed_init(void)
{
	int i, err;

	for (i = 0; i < ARRAY_SIZE(probes); i++) {
		err = register_kretprobe(&probes[i].krp);
		if (err) {
			pr_err("memmap_speed: cannot probe %s: %d\n",
			       probes[i].krp.kp.symbol_name, err);
			while (--i >= 0)
				unregister_kretprobe(&probes[i].krp);
			return err;
		}
	}
	if (run) {
		char *list = kstrdup(cases, GFP_KERNEL), *p = list, *name;

		if (!list)
			err = -ENOMEM;
		while (list && (name = strsep(&p, ","))) {
			err = speed_case(name);
			if (err)
				pr_err("@@SPEED case=%s error=%d\n", name, err);
		}
		kfree(list);
		pr_info("@@SPEED done\n");
	}
	return 0;
}

static void __exit speed_exit(void)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(probes); i++)
		unregister_kretprobe(&probes[i].krp);
}

module_init(speed_init);
module_exit(speed_exit);
MODULE_DESCRIPTION("Time memremap_pages() and its phases (bench only)");
MODULE_LICENSE("GPL");
