// SPDX-License-Identifier: GPL-2.0
/*
 * subsections: the bench's window into the memory map of the guest. It is
 * part of the bench, not of the series, and loaded only in the rig.
 *
 * debugfs subsections/map: write "START END" (physical addresses); a read
 * then gives one line per memory section that overlaps [START, END):
 *
 *   <first address of the section> <flags> <one character per sub-section>
 *
 * flags: P present, M has a memmap, O online, E early (boot), D tainted by
 * ZONE_DEVICE, '-' for a clear bit. A sub-section is
 *   'M'  marked in the section's sub-section map: it has a memmap,
 *   'e'  not marked, in an early section: the boot memmap covers it anyway,
 *   '.'  without a memmap.
 * User space cannot see this: /proc/kpageflags says NOPAGE for pfns without
 * a memmap and for ZONE_DEVICE pfns alike.
 *
 * debugfs subsections/walk: write "START END SECONDS": a kernel thread
 * looks up every pfn of [START, END) with pfn_to_online_page(), and reads
 * the flags and zone of the pages it returns, over and over for SECONDS
 * seconds. Reading the file waits for the thread and prints how many
 * pfns it looked up.
 */
#include <linux/debugfs.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/kthread.h>
#include <linux/memory_hotplug.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/seq_file.h>

static DEFINE_MUTEX(lock);
static phys_addr_t map_start, map_end;
static struct dentry *dir;

static char subsection_char(struct mem_section *ms, unsigned long pfn)
{
	struct mem_section_usage *usage;
	char c = '.';

	rcu_read_lock_sched();
	usage = READ_ONCE(ms->usage);
	if (valid_section(ms) && usage &&
	    test_bit(subsection_map_index(pfn), usage->subsection_map))
		c = 'M';
	else if (valid_section(ms) && early_section(ms))
		c = 'e';
	rcu_read_unlock_sched();
	return c;
}

static int map_show(struct seq_file *m, void *v)
{
	unsigned long pfn, nr, first, last;

	mutex_lock(&lock);
	if (map_end <= map_start)
		goto out;
	first = pfn_to_section_nr(PHYS_PFN(map_start));
	last = pfn_to_section_nr(PHYS_PFN(map_end - 1));
	for (nr = first; nr <= last && nr < NR_MEM_SECTIONS; nr++) {
		struct mem_section *ms = __nr_to_section(nr);
		unsigned long flags = ms ? READ_ONCE(ms->section_mem_map) : 0;

		seq_printf(m, "%#014llx %c%c%c%c%c ", PFN_PHYS(section_nr_to_pfn(nr)),
			   flags & SECTION_MARKED_PRESENT ? 'P' : '-',
			   flags & SECTION_HAS_MEM_MAP ? 'M' : '-',
			   flags & SECTION_IS_ONLINE ? 'O' : '-',
			   flags & SECTION_IS_EARLY ? 'E' : '-',
			   flags & SECTION_TAINT_ZONE_DEVICE ? 'D' : '-');
		for (pfn = section_nr_to_pfn(nr); pfn < section_nr_to_pfn(nr + 1);
		     pfn += PAGES_PER_SUBSECTION)
			seq_putc(m, ms ? subsection_char(ms, pfn) : '.');
		seq_putc(m, '\n');
	}
out:
	mutex_unlock(&lock);
	return 0;
}

static int map_open(struct inode *inode, struct file *file)
{
	return single_open(file, map_show, NULL);
}

/* Copy what user space wrote into @buf, as a string. */
static int copy_words(char *buf, size_t size, const char __user *ubuf, size_t len)
{
	if (len >= size)
		return -EINVAL;
	if (copy_from_user(buf, ubuf, len))
		return -EFAULT;
	buf[len] = '\0';
	return 0;
}

static ssize_t map_write(struct file *file, const char __user *ubuf,
			 size_t len, loff_t *ppos)
{
	unsigned long long start, end;
	char buf[64];
	int err = copy_words(buf, sizeof(buf), ubuf, len);

	if (err)
		return err;
	if (sscanf(buf, "%llx %llx", &start, &end) != 2 || end <= start)
		return -EINVAL;
	mutex_lock(&lock);
	map_start = start;
	map_end = end;
	mutex_unlock(&lock);
	return len;
}

static const struct file_operations map_fops = {
	.owner = THIS_MODULE,
	.open = map_open,
	.read = seq_read,
	.write = map_write,
	.llseek = seq_lseek,
	.release = single_release,
};

struct walker {
	unsigned long start_pfn, end_pfn, until;
	unsigned long looked_up, online;
	struct completion done;
};

static struct walker *walker;

static int walk(void *data)
{
	struct walker *w = data;
	unsigned long pfn;

	while (time_before(jiffies, w->until)) {
		for (pfn = w->start_pfn; pfn < w->end_pfn; pfn++) {
			struct page *page = pfn_to_online_page(pfn);

			w->looked_up++;
			if (page) {
				w->online++;
				READ_ONCE(page->flags);
				page_zonenum(page);
			}
			if (!(pfn % 1024))
				cond_resched();
		}
		cond_resched();
	}
	complete(&w->done);
	return 0;
}

static ssize_t walk_write(struct file *file, const char __user *ubuf,
			  size_t len, loff_t *ppos)
{
	unsigned long long start, end;
	unsigned int seconds;
	struct task_struct *t;
	struct walker *w;
	char buf[80];
	int err = copy_words(buf, sizeof(buf), ubuf, len);

	if (err)
		return err;
	if (sscanf(buf, "%llx %llx %u", &start, &end, &seconds) != 3 ||
	    end <= start || !seconds)
		return -EINVAL;
	w = kzalloc(sizeof(*w), GFP_KERNEL);
	if (!w)
		return -ENOMEM;
	w->start_pfn = PHYS_PFN(start);
	w->end_pfn = PHYS_PFN(end);
	w->until = jiffies + seconds * HZ;
	init_completion(&w->done);
	mutex_lock(&lock);
	if (walker) {
		mutex_unlock(&lock);
		kfree(w);
		return -EBUSY;
	}
	t = kthread_run(walk, w, "subsections-walk");
	if (IS_ERR(t)) {
		mutex_unlock(&lock);
		kfree(w);
		return PTR_ERR(t);
	}
	walker = w;
	mutex_unlock(&lock);
	return len;
}

/* Wait for the walker to end (its completion can be taken once) and free it. */
static void walker_reap(char *buf, size_t size, int *n)
{
	if (!walker)
		return;
	wait_for_completion(&walker->done);
	if (buf)
		*n = scnprintf(buf, size, "pfns looked up %lu, online %lu\n",
			       walker->looked_up, walker->online);
	kfree(walker);
	walker = NULL;
}

static ssize_t walk_read(struct file *file, char __user *ubuf, size_t len,
			 loff_t *ppos)
{
	char buf[96];
	int n = 0;

	if (*ppos)
		return 0;
	mutex_lock(&lock);
	walker_reap(buf, sizeof(buf), &n);
	mutex_unlock(&lock);
	return simple_read_from_buffer(ubuf, len, ppos, buf, n);
}

static const struct file_operations walk_fops = {
	.owner = THIS_MODULE,
	.read = walk_read,
	.write = walk_write,
};

static int __init subsections_init(void)
{
	dir = debugfs_create_dir("subsections", NULL);
	debugfs_create_file("map", 0600, dir, NULL, &map_fops);
	debugfs_create_file("walk", 0600, dir, NULL, &walk_fops);
	return 0;
}

static void __exit subsections_exit(void)
{
	debugfs_remove_recursive(dir);
	mutex_lock(&lock);
	walker_reap(NULL, 0, NULL);
	mutex_unlock(&lock);
}

module_init(subsections_init);
module_exit(subsections_exit);
MODULE_DESCRIPTION("The bench's view of the sub-section map, and a pfn walker");
MODULE_LICENSE("GPL");
