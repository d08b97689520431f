/* util/error.h — raising errors inside the library (internal). */
#ifndef READOUT_UTIL_ERROR_H
#define READOUT_UTIL_ERROR_H

#include "readout/error.h"

/* Formats the message into this thread's slot and returns code, so callers can write
 * `return readout_error__set(READOUT_EINVALID, "...")`. */
int readout_error__set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void readout_error__clear(void);

#endif
