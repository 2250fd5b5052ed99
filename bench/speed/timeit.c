// SPDX-License-Identifier: GPL-2.0
/*
 * timeit CMD [ARGS...]: run CMD and print "elapsed_ns=N" (CLOCK_MONOTONIC)
 * on stderr; exit with CMD's status. busybox has no clock finer than 1 s
 * for scripts, and ndctl's enable/disable-namespace take milliseconds.
 */
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	long long t0;
	int status;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: timeit CMD [ARGS...]\n");
		return 2;
	}
	t0 = now_ns();
	pid = fork();
	if (pid < 0) {
		perror("timeit: fork");
		return 2;
	}
	if (!pid) {
		execvp(argv[1], argv + 1);
		perror("timeit: exec");
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0) {
		perror("timeit: waitpid");
		return 2;
	}
	fprintf(stderr, "elapsed_ns=%lld\n", now_ns() - t0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}
