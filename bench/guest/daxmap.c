// SPDX-License-Identifier: GPL-2.0
/*
 * daxmap DEVICE SIZE   map SIZE bytes of a device-dax character device
 *                      (/dev/daxN.M) shared, write a pattern into every
 *                      page through the mapping, read it back through a
 *                      second mapping, and unmap both.
 *
 * The faults go through the device's pgmap (dax_set_mapping()): a bound
 * device that lost it oopses here, and one whose two mappings disagree,
 * or whose pages share memory, reads back something else. SIZE must be a multiple of the
 * device's alignment. The device's memory is the test's: the guest made
 * the device for it.
 *
 * Exit status: 0 the pattern read back, 1 it did not, 2 mmap or usage error.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static uint64_t *map(int fd, size_t size)
{
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);

	if (p == MAP_FAILED) {
		perror("daxmap: mmap");
		exit(2);
	}
	return p;
}

int main(int argc, char **argv)
{
	size_t size, words, i, bad = 0;
	uint64_t *w, *r;
	int fd;

	if (argc != 3) {
		fprintf(stderr, "usage: daxmap DEVICE SIZE\n");
		return 2;
	}
	size = strtoull(argv[2], NULL, 0);
	fd = open(argv[1], O_RDWR | O_CLOEXEC);
	if (fd < 0 || !size) {
		perror(argv[1]);
		return 2;
	}
	words = size / sizeof(*w);
	w = map(fd, size);
	r = map(fd, size);
	for (i = 0; i < words; i++)
		w[i] = (uint64_t)i * 0x9e3779b97f4a7c15ULL;
	for (i = 0; i < words; i++)
		bad += r[i] != (uint64_t)i * 0x9e3779b97f4a7c15ULL;
	munmap(w, size);
	munmap(r, size);
	close(fd);
	printf("%zu bytes mapped twice, %zu of %zu words read back wrong\n",
	       size, bad, words);
	return bad ? 1 : 0;
}
