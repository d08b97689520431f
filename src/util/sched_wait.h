/* util/sched_wait.h — how long the calling thread has waited for a CPU while it was ready to
 * run (Linux's /proc/thread-self/schedstat). A batch's age takes it off, so a busy machine
 * does not pass for a slow input. libc only. */
#ifndef READOUT_UTIL_SCHED_WAIT_H
#define READOUT_UTIL_SCHED_WAIT_H

#include <stdbool.h>

/* Seconds the calling thread has spent runnable but not running since it started, into *out;
 * false (and *out 0) where the system does not say (not Linux, no /proc, schedstats off). */
bool sched_wait_seconds(double *out);

/* The wait in a schedstat line ("<on cpu ns> <waiting ns> <slices>"), in seconds; false for a
 * line not of that form. */
bool sched_wait_parse(const char *line, double *out);

#endif
