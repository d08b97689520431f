/* buf.c — capped growable buffer. libc only. */
#include "readout/buf.h"
#include "util/error.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int readout_buf_reserve(readout_buf *buf, size_t extra)
{
	size_t limit = buf->limit ? buf->limit : SIZE_MAX / 2;
	if (extra > limit || buf->len > limit - extra)
		return readout_error__set(READOUT_ETOOBIG, "buffer over its limit of %zu bytes", limit);
	size_t need = buf->len + extra + 1;
	if (need <= buf->cap)
		return 0;
	size_t cap = buf->cap ? buf->cap : 256;
	while (cap < need)
		cap *= 2;
	char *data = realloc(buf->data, cap);
	if (!data)
		return readout_error__set(READOUT_ENOMEM, "out of memory growing a buffer to %zu bytes", cap);
	buf->data = data;
	buf->cap = cap;
	return 0;
}

int readout_buf_append(readout_buf *buf, const void *data, size_t len)
{
	int rc = readout_buf_reserve(buf, len);
	if (rc)
		return rc;
	if (len)
		memcpy(buf->data + buf->len, data, len);
	buf->len += len;
	buf->data[buf->len] = '\0';
	return 0;
}

int readout_buf_puts(readout_buf *buf, const char *s)
{
	return readout_buf_append(buf, s, strlen(s));
}

int readout_buf_putc(readout_buf *buf, char c)
{
	/* the fast path must respect the cap too: the memory may be larger than the limit */
	if (buf->len + 1 < buf->cap && (!buf->limit || buf->len < buf->limit)) {
		buf->data[buf->len++] = c;
		buf->data[buf->len] = '\0';
		return 0;
	}
	return readout_buf_append(buf, &c, 1);
}

int readout_buf_printf(readout_buf *buf, const char *fmt, ...)
{
	char small[128];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return readout_error__set(READOUT_EINVALID, "bad format");
	if ((size_t)n < sizeof small)
		return readout_buf_append(buf, small, (size_t)n);
	int rc = readout_buf_reserve(buf, (size_t)n);
	if (rc)
		return rc;
	va_start(ap, fmt);
	vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	buf->len += (size_t)n;
	return 0;
}

void readout_buf_clear(readout_buf *buf)
{
	buf->len = 0;
	if (buf->data)
		buf->data[0] = '\0';
}

void readout_buf_dispose(readout_buf *buf)
{
	if (!buf)
		return;
	free(buf->data);
	buf->data = NULL;
	buf->len = buf->cap = 0;
}
