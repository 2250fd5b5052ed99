// SPDX-License-Identifier: GPL-2.0
/*
 * failnth N FILE TEXT        write TEXT to FILE (a sysfs "bind" file, say)
 * failnth N --load KO [ARGS] load the module KO with parameters ARGS
 *
 * ...with the N-th allocation this task makes from then on failing: the
 * task's fail-nth counter of fault injection (Documentation/fault-injection/
 * fault-injection.rst). FILE is opened, and KO read, before the counter is
 * set, so only what the write or finit_module() itself allocates counts.
 * The counter is not inherited: whatever the kernel does for the operation
 * in this task (a driver's probe, a module's init) is what gets failed.
 *
 * Exit status:
 *   0  the operation succeeded and never reached the N-th allocation
 *   1  the N-th allocation failed and the operation returned an error
 *   2  the N-th allocation failed but the operation succeeded anyway
 *   3  the operation failed without reaching the N-th allocation
 *   4  usage or set-up error
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static int fail_fd;

static void arm(unsigned int n)
{
	char buf[16];
	int len = snprintf(buf, sizeof(buf), "%u", n);

	if (write(fail_fd, buf, len) != len) {
		perror("failnth: /proc/thread-self/fail-nth");
		exit(4);
	}
}

/* Whether the armed allocation was reached (the counter reads 0 then). */
static int reached(void)
{
	char buf[16] = "";

	if (pread(fail_fd, buf, sizeof(buf) - 1, 0) < 0) {
		perror("failnth: read fail-nth");
		exit(4);
	}
	return atoi(buf) == 0;
}

int main(int argc, char **argv)
{
	int fd, err = 0, hit;
	unsigned int n;

	if (argc < 4) {
		fprintf(stderr, "usage: failnth N FILE TEXT | failnth N --load KO [ARGS]\n");
		return 4;
	}
	n = strtoul(argv[1], NULL, 0);
	fail_fd = open("/proc/thread-self/fail-nth", O_RDWR);
	if (fail_fd < 0 || !n) {
		perror("failnth: /proc/thread-self/fail-nth (CONFIG_FAULT_INJECTION?)");
		return 4;
	}
	if (!strcmp(argv[2], "--load")) {
		fd = open(argv[3], O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			perror(argv[3]);
			return 4;
		}
		arm(n);
		if (syscall(SYS_finit_module, fd, argc > 4 ? argv[4] : "", 0))
			err = errno;
	} else {
		size_t len = strlen(argv[3]);

		fd = open(argv[2], O_WRONLY | O_CLOEXEC);
		if (fd < 0) {
			perror(argv[2]);
			return 4;
		}
		arm(n);
		if (write(fd, argv[3], len) != (ssize_t)len)
			err = errno;
	}
	hit = reached();
	arm(0);
	printf("%s: %s\n", hit ? "failed allocation" : "not reached",
	       err ? strerror(err) : "succeeded");
	if (hit)
		return err ? 1 : 2;
	return err ? 3 : 0;
}
