/* readout/buf.h — a growable byte buffer with a hard cap.
 * Every growing buffer in readout has a cap, so hostile input meets READOUT_ETOOBIG rather than
 * an out-of-memory kill. */
#ifndef READOUT_BUF_H
#define READOUT_BUF_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct readout_buf {
	char *data;   /* NUL-terminated when len > 0 or after any append */
	size_t len;
	size_t cap;
	size_t limit; /* maximum len; 0 means SIZE_MAX / 2 */
} readout_buf;

#define READOUT_BUF_INIT {NULL, 0, 0, 0}

/* Makes room for extra more bytes. 0, READOUT_ETOOBIG or READOUT_ENOMEM. */
int readout_buf_reserve(readout_buf *buf, size_t extra);
int readout_buf_append(readout_buf *buf, const void *data, size_t len);
int readout_buf_puts(readout_buf *buf, const char *s);
int readout_buf_putc(readout_buf *buf, char c);
int readout_buf_printf(readout_buf *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Empties the buffer, keeping its memory. */
void readout_buf_clear(readout_buf *buf);
/* Frees the memory; the buffer may be reused after. Accepts NULL. */
void readout_buf_dispose(readout_buf *buf);

#ifdef __cplusplus
}
#endif
#endif
