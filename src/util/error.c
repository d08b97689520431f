/* error.c — the per-thread error slot behind readout_error_message().
 * libc only. A thread-local slot (not a global) keeps worker threads from clobbering each
 * other's messages. */
#include "util/error.h"

#include <stdarg.h>
#include <stdio.h>

static _Thread_local char last_message[512];

int readout_error__set(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(last_message, sizeof last_message, fmt, ap);
	va_end(ap);
	return code;
}

void readout_error__clear(void)
{
	last_message[0] = '\0';
}

const char *readout_error_message(void)
{
	return last_message;
}

const char *readout_error_name(int code)
{
	switch (code) {
	case READOUT_OK: return "ok";
	case READOUT_ENOTFOUND: return "not found";
	case READOUT_EINVALID: return "invalid input";
	case READOUT_ETOOBIG: return "too big";
	case READOUT_ENOMEM: return "out of memory";
	case READOUT_EIO: return "i/o error";
	case READOUT_EBUSY: return "busy";
	case READOUT_ECANCELLED: return "cancelled";
	default: return "unknown error";
	}
}
