/* readout/error.h — error codes and the per-thread message slot.
 * Every library function that can fail returns 0 or one of these negative codes and leaves a
 * one-line message in a slot owned by the calling thread. The library never prints. */
#ifndef READOUT_ERROR_H
#define READOUT_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

enum readout_error_code {
	READOUT_OK = 0,
	READOUT_ENOTFOUND = -1, /* a file, row or key that does not exist */
	READOUT_EINVALID = -2,  /* input that cannot be used: malformed, binary, empty */
	READOUT_ETOOBIG = -3,   /* input over a configured cap */
	READOUT_ENOMEM = -4,    /* allocation failed */
	READOUT_EIO = -5,       /* the operating system refused a read or write */
	READOUT_EBUSY = -6,     /* a resource is locked by someone else */
	READOUT_ECANCELLED = -7 /* the caller asked a run to stop */
};

/* The message of the last error raised on this thread; "" if none. Borrowed: valid until the
 * next library call on this thread. */
const char *readout_error_message(void);

/* A short constant name for a code ("not found", "invalid input", ...). */
const char *readout_error_name(int code);

#ifdef __cplusplus
}
#endif
#endif
