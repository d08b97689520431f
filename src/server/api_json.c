/* api_json.c — typed rows as JSON for the API, with jansson: numbers stay numbers, NULL stays
 * null, text that is not UTF-8 is repaired rather than refused. */
#include "server/api.h"

#include "readout/error.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

json_t *api_textn(const char *s, size_t len)
{
	if (!s)
		return json_null();
	json_t *v = json_stringn(s, len);
	if (v)
		return v;
	/* not UTF-8 (or a NUL inside): each bad byte becomes U+FFFD */
	char *fixed = malloc(len * 3 + 1);
	if (!fixed)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n > 0 && cp != 0) {
			memcpy(fixed + o, s + i, (size_t)n);
			o += (size_t)n;
			i += (size_t)n;
		} else {
			memcpy(fixed + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
		}
	}
	v = json_stringn(fixed, o);
	free(fixed);
	return v;
}

json_t *api_text(const char *s)
{
	return s ? api_textn(s, strlen(s)) : json_null();
}

json_t *api_cell(const readout_cell *c)
{
	switch (c->type) {
	case READOUT_TYPE_INTEGER: return json_integer((json_int_t)c->i);
	case READOUT_TYPE_REAL: return isfinite(c->r) ? json_real(c->r) : json_null();
	case READOUT_TYPE_TEXT:
	case READOUT_TYPE_DATE: return api_text(c->s);
	default: return json_null();
	}
}

int api_put(json_t *o, const char *key, json_t *v)
{
	return v && json_object_set_new(o, key, v) == 0;
}

json_t *api_row(const readout_column *cols, size_t ncols, const readout_cell *row)
{
	json_t *o = json_object();
	for (size_t i = 0; i < ncols && o; i++)
		if (!api_put(o, cols[i].name, api_cell(&row[i]))) {
			json_decref(o);
			o = NULL;
		}
	return o;
}

int api_rows(json_t **out, readout_cursor *c, size_t max, int *more)
{
	*out = NULL;
	if (more)
		*more = 0;
	size_t ncols = readout_cursor_ncols(c);
	const readout_column *cols = readout_cursor_columns(c);
	json_t *rows = json_array();
	if (!rows)
		return READOUT_ENOMEM;
	int rc;
	size_t n = 0;
	while ((rc = readout_cursor_next(c)) == 1) {
		if (max && n == max) {
			if (more)
				*more = 1;
			break;
		}
		if (json_array_append_new(rows, api_row(cols, ncols, readout_cursor_row(c))) != 0) {
			json_decref(rows);
			return READOUT_ENOMEM;
		}
		n++;
	}
	if (rc < 0) {
		json_decref(rows);
		return rc;
	}
	*out = rows;
	return 0;
}

json_t *api_cut(readout_cut cut)
{
	if (!cut.total)
		return json_null();
	return json_pack("{sIsI}", "kept", (json_int_t)cut.kept, "total", (json_int_t)cut.total);
}
