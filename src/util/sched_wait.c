/* sched_wait.c — the run-queue wait of the calling thread, read from /proc. */
#include "util/sched_wait.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

bool sched_wait_parse(const char *line, double *out)
{
	*out = 0;
	char *end;
	errno = 0;
	strtoull(line, &end, 10); /* time on a CPU */
	if (end == line || *end != ' ' || errno)
		return false;
	const char *wait = end + 1;
	unsigned long long ns = strtoull(wait, &end, 10);
	if (end == wait || (*end != ' ' && *end != '\n' && *end) || errno)
		return false;
	*out = (double)ns / 1e9;
	return true;
}

bool sched_wait_seconds(double *out)
{
	*out = 0;
	int fd = open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	char line[128];
	ssize_t n = read(fd, line, sizeof line - 1);
	close(fd);
	if (n <= 0)
		return false;
	line[n] = '\0';
	return sched_wait_parse(line, out);
}
