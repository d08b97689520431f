/* fuzz_jsonl.c — libFuzzer target: the JSON Lines reader (readout_source_open_stream over
 * fmemopen) on arbitrary bytes. Every line must come back as a document or as one error, and
 * reading must go on to the end. A small max_bytes exercises the "too big" paths. Each line
 * also goes through the fast path (io/jsonl.c) alone, in a buffer of its exact size, and what
 * it decodes must be what jansson decodes. */
#include "io/jsonl.h"
#include "readout/readout.h"

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* where the document bytes are summed, so the reads cannot be optimized away */
static volatile size_t sink;

static int same(const char *a, size_t na, const char *b, size_t nb)
{
	return na == nb && (na == 0 || memcmp(a, b, na) == 0);
}

/* The fast path on one line, checked against jansson wherever jansson accepts the line. */
static void check_fast_path(const uint8_t *line, size_t len)
{
	char *exact = malloc(len ? len : 1); /* no spare bytes: ASan sees any read past the end */
	if (!exact)
		return;
	memcpy(exact, line, len);
	readout_buf id = READOUT_BUF_INIT, text = READOUT_BUF_INIT, meta = READOUT_BUF_INIT;
	int has_id = 0;
	if (jsonl_fast_doc(exact, len, &id, &text, &meta, &has_id)) {
		json_error_t err;
		json_t *j = json_loadb(exact, len, JSON_REJECT_DUPLICATES, &err);
		/* where jansson refuses the line (invalid UTF-8 passed through, a duplicate of another
		 * key, a huge number) the two paths may disagree on acceptance, not on content */
		if (j) {
			json_t *t = json_object_get(j, "text"), *i = json_object_get(j, "id");
			if (!json_is_string(t) || !same(text.data, text.len, json_string_value(t), json_string_length(t)))
				abort();
			if (json_is_string(i) && (!has_id || !same(id.data, id.len, json_string_value(i), json_string_length(i))))
				abort();
			/* meta: the other members, the same values as jansson's */
			json_object_del(j, "text");
			json_object_del(j, "id");
			json_t *m = meta.len ? json_loadb(meta.data, meta.len, JSON_REJECT_DUPLICATES, &err) : json_object();
			if (!m || !json_equal(m, j) || (meta.len == 0) != (json_object_size(j) == 0))
				abort();
			json_decref(m);
			json_decref(j);
		}
	}
	readout_buf_dispose(&id);
	readout_buf_dispose(&text);
	readout_buf_dispose(&meta);
	free(exact);
}

/* A document's fields must be readable in full: ASan checks the reads summed here. */
static void touch_doc(const readout_doc *doc, size_t max_bytes)
{
	if (!doc->id || !doc->origin || !doc->text || doc->len == 0 || doc->len > max_bytes)
		abort();
	sink += strlen(doc->id) + strlen(doc->origin);
	for (size_t i = 0; i < doc->len; i++)
		sink += (unsigned char)doc->text[i];
	for (size_t i = 0; doc->json_line && i < doc->json_len; i++)
		sink += (unsigned char)doc->json_line[i];
	for (size_t i = 0; doc->meta && i < doc->meta_len; i++)
		sink += (unsigned char)doc->meta[i];
}

/* Reads every document of the stream; each call must consume input, so there can be no more
 * results than bytes. */
static void read_stream(FILE *f, int format, size_t size)
{
	readout_source_options opts = READOUT_SOURCE_OPTIONS_INIT;
	opts.max_bytes = 256;
	readout_source *src;
	if (readout_source_open_stream(&src, f, "fuzz.jsonl", format, &opts) != 0)
		return;
	readout_doc doc;
	size_t results = 0;
	int rc;
	while ((rc = readout_source_next(src, &doc)) != 0) {
		if (rc > 0)
			touch_doc(&doc, opts.max_bytes);
		else if (!doc.origin)
			abort();
		if (++results > size + 1)
			abort();
	}
	readout_source_free(src);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0; /* fmemopen refuses an empty buffer */
	/* fmemopen wants a writable buffer even for reading */
	char *copy = malloc(size);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	FILE *f = fmemopen(copy, size, "r");
	if (f) {
		/* the first byte picks the format, so the sniffing and text paths are fuzzed too:
		 * '{' JSON Lines, a blank sniffs (AUTO), any other byte one of the three by value */
		int format = data[0] == '{' ? READOUT_INPUT_JSONL
		             : (data[0] == ' ' || data[0] == '\n' || data[0] == '\t' || data[0] == '\r') ? READOUT_INPUT_AUTO
		             : (int)(data[0] % 3);
		read_stream(f, format, size);
		fclose(f);
	}
	free(copy);
	for (size_t a = 0; a < size;) {
		const uint8_t *nl = memchr(data + a, '\n', size - a);
		size_t b = nl ? (size_t)(nl - data) : size;
		check_fast_path(data + a, b - a);
		a = b + 1;
	}
	return 0;
}
