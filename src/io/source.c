/* source.c — document input: text files, folders of *.txt, JSON Lines ({"id", "text"}),
 * stdin or a caller's open stream (sniffed: JSON Lines if it starts with '{'). Streams: one
 * document in memory at a time, JSON Lines read line by line with a cap. JSON parsing is
 * jansson's. */
#include "readout/source.h"
#include "readout/buf.h"
#include "io/jsonl.h"
#include "util/error.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct readout_source {
	readout_source_options opts;
	char **paths;
	size_t npaths, next_path;
	/* folder being listed */
	char **dir_files;
	size_t ndir, next_dir;
	char *dir_name;
	/* a caller's stream (readout_source_open_stream) not yet started; borrowed */
	FILE *stream;
	int stream_format;
	char *stream_name;
	/* JSON Lines stream being read */
	FILE *jl;
	int jl_borrowed;        /* stdin or the caller's stream: not ours to close */
	char *jl_name;
	size_t jl_line;
	char rb[65536];        /* read-ahead of the JSON Lines stream */
	size_t rb_pos, rb_len;
	readout_buf line;
	/* the current document */
	readout_buf text;
	readout_buf fast_id;   /* the JSON Lines fast path's decoded id */
	readout_buf meta;      /* the JSON line's other members, as an object */
	char origin[4200];
	char id[1024];
	json_t *json;
};

static readout_source *source_new(const readout_source_options *opts)
{
	readout_source *s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	readout_source_options def = READOUT_SOURCE_OPTIONS_INIT;
	s->opts = opts ? *opts : def;
	s->line.limit = s->opts.max_bytes + s->opts.max_bytes / 4 + 1024;
	s->text.limit = s->opts.max_bytes; /* a text of max_bytes is accepted, one byte more is not */
	s->fast_id.limit = 4096;
	return s;
}

int readout_source_open(readout_source **out, const char *const *paths, size_t npaths,
                        const readout_source_options *opts)
{
	*out = NULL;
	readout_source *s = source_new(opts);
	if (!s)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	s->paths = calloc(npaths + 1, sizeof *s->paths);
	if (!s->paths) {
		free(s);
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < npaths; i++) {
		s->paths[i] = strdup(paths[i]);
		if (!s->paths[i]) {
			s->npaths = i;
			readout_source_free(s);
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		}
	}
	s->npaths = npaths;
	*out = s;
	return 0;
}

int readout_source_open_stream(readout_source **out, FILE *f, const char *name, int format,
                               const readout_source_options *opts)
{
	*out = NULL;
	readout_source *s = source_new(opts);
	if (!s)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	s->stream_name = strdup(name ? name : "stream");
	if (!s->stream_name) {
		free(s);
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	}
	s->stream = f;
	s->stream_format = format;
	*out = s;
	return 0;
}

static void free_dir(readout_source *s)
{
	for (size_t i = 0; i < s->ndir; i++)
		free(s->dir_files[i]);
	free(s->dir_files);
	free(s->dir_name);
	s->dir_files = NULL;
	s->dir_name = NULL;
	s->ndir = s->next_dir = 0;
}

static void close_jl(readout_source *s)
{
	if (s->jl && !s->jl_borrowed)
		fclose(s->jl);
	s->jl = NULL;
	free(s->jl_name);
	s->jl_name = NULL;
}

void readout_source_free(readout_source *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->npaths; i++)
		free(s->paths[i]);
	free(s->paths);
	free_dir(s);
	close_jl(s);
	free(s->stream_name);
	readout_buf_dispose(&s->line);
	readout_buf_dispose(&s->text);
	readout_buf_dispose(&s->fast_id);
	readout_buf_dispose(&s->meta);
	if (s->json)
		json_decref(s->json);
	free(s);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void set_id_from_path(readout_source *s, const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	snprintf(s->id, sizeof s->id, "%s", base);
	char *dot = strrchr(s->id, '.');
	if (dot && dot != s->id)
		*dot = '\0';
}

static int open_dir(readout_source *s, const char *path)
{
	DIR *dir = opendir(path);
	if (!dir)
		return readout_error__set(READOUT_EIO, "cannot open folder: %s", strerror(errno));
	size_t cap = 0;
	struct dirent *e;
	int rc = 0;
	while ((e = readdir(dir))) {
		if (e->d_name[0] == '.' || !ends_with(e->d_name, ".txt"))
			continue;
		if (s->ndir == cap) {
			cap = cap ? cap * 2 : 64;
			char **nf = realloc(s->dir_files, cap * sizeof *nf);
			if (!nf) {
				rc = readout_error__set(READOUT_ENOMEM, "out of memory");
				break;
			}
			s->dir_files = nf;
		}
		size_t n = strlen(path) + strlen(e->d_name) + 2;
		char *full = malloc(n);
		if (!full) {
			rc = readout_error__set(READOUT_ENOMEM, "out of memory");
			break;
		}
		snprintf(full, n, "%s%s%s", path, ends_with(path, "/") ? "" : "/", e->d_name);
		s->dir_files[s->ndir++] = full;
	}
	closedir(dir);
	if (rc)
		return rc;
	if (s->ndir == 0)
		return readout_error__set(READOUT_EINVALID, "folder has no .txt files");
	qsort(s->dir_files, s->ndir, sizeof *s->dir_files, cmp_str);
	s->dir_name = strdup(path);
	return s->dir_name ? 0 : readout_error__set(READOUT_ENOMEM, "out of memory");
}

/* Reads the rest of f onto the end of s->text, refusing more than max_bytes in all. */
static int slurp(readout_source *s, FILE *f)
{
	char chunk[65536];
	for (;;) {
		size_t n = fread(chunk, 1, sizeof chunk, f);
		if (n && readout_buf_append(&s->text, chunk, n))
			return readout_error__set(READOUT_ETOOBIG, "over the limit of %zu bytes (--max-bytes)", s->opts.max_bytes);
		if (n < sizeof chunk)
			break;
	}
	if (ferror(f))
		return readout_error__set(READOUT_EIO, "read error: %s", strerror(errno));
	return 0;
}

static int check_text(readout_source *s)
{
	if (s->text.len == 0)
		return readout_error__set(READOUT_EINVALID, "empty file");
	if (memchr(s->text.data, '\0', s->text.len))
		return readout_error__set(READOUT_EINVALID, "binary file (NUL bytes), not text");
	return 0;
}

static int read_text_file(readout_source *s, const char *path, readout_doc *doc)
{
	snprintf(s->origin, sizeof s->origin, "%s", path);
	doc->origin = s->origin;
	FILE *f = fopen(path, "rb");
	if (!f)
		return readout_error__set(errno == ENOENT ? READOUT_ENOTFOUND : READOUT_EIO, "%s",
		                          errno == ENOENT ? "no such file" : strerror(errno));
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size > s->opts.max_bytes) {
		fclose(f);
		return readout_error__set(READOUT_ETOOBIG, "file is %lld bytes, over the limit of %zu (--max-bytes)",
		                          (long long)st.st_size, s->opts.max_bytes);
	}
	readout_buf_clear(&s->text);
	int rc = slurp(s, f);
	fclose(f);
	if (rc || (rc = check_text(s)))
		return rc;
	set_id_from_path(s, path);
	doc->id = s->id;
	doc->text = s->text.data;
	doc->len = s->text.len;
	return 1;
}

/* Reads one line into s->line (without the newline). 1 = line, 0 = end. A line over the cap
 * is consumed and reported as too big. */
static int read_line(readout_source *s)
{
	readout_buf_clear(&s->line);
	int too_big = 0, any = 0;
	/* fread + memchr rather than fgets: a NUL byte inside a line must not hide the rest */
	for (;;) {
		if (s->rb_pos == s->rb_len) {
			s->rb_len = fread(s->rb, 1, sizeof s->rb, s->jl);
			s->rb_pos = 0;
			if (!s->rb_len)
				break;
		}
		any = 1;
		const char *start = s->rb + s->rb_pos;
		size_t avail = s->rb_len - s->rb_pos;
		const char *nl = memchr(start, '\n', avail);
		size_t n = nl ? (size_t)(nl - start) : avail;
		if (!too_big && readout_buf_append(&s->line, start, n))
			too_big = 1;
		s->rb_pos += n + (nl ? 1 : 0);
		if (nl)
			break;
	}
	if (!any)
		return 0;
	s->jl_line++;
	if (too_big)
		return readout_error__set(READOUT_ETOOBIG, "line over the limit of %zu bytes", s->line.limit);
	return 1;
}

/* A line without an "id" is named by its file and line number. */
static void line_id(readout_source *s)
{
	const char *base = strrchr(s->jl_name, '/');
	snprintf(s->id, sizeof s->id, "%s:%zu", base ? base + 1 : s->jl_name, s->jl_line);
}

static int json_doc(readout_source *s, readout_doc *doc, const char *text, size_t len)
{
	if (len == 0)
		return readout_error__set(READOUT_EINVALID, "empty \"text\"");
	if (len > s->opts.max_bytes)
		return readout_error__set(READOUT_ETOOBIG, "text of %zu bytes is over the limit of %zu", len, s->opts.max_bytes);
	doc->id = s->id;
	doc->text = text;
	doc->len = len;
	doc->json_line = s->line.data;
	doc->json_len = s->line.len;
	doc->meta = s->meta.len ? s->meta.data : NULL;
	doc->meta_len = s->meta.len;
	return 1;
}

/* The parsed line's members besides "id" and "text", as a compact object in s->meta (left
 * empty when there are none). */
static int json_meta(readout_source *s)
{
	readout_buf_clear(&s->meta);
	if (json_object_size(s->json) <= (size_t)(json_object_get(s->json, "id") != NULL) + 1)
		return 0;
	json_t *rest = json_object();
	const char *k;
	json_t *v;
	int rc = rest ? 0 : READOUT_ENOMEM;
	json_object_foreach(s->json, k, v) {
		if (!rc && strcmp(k, "id") && strcmp(k, "text") && json_object_set(rest, k, v))
			rc = READOUT_ENOMEM;
	}
	char *dump = rc ? NULL : json_dumps(rest, JSON_COMPACT);
	if (!rc && (!dump || readout_buf_puts(&s->meta, dump)))
		rc = READOUT_ENOMEM;
	free(dump);
	json_decref(rest);
	return rc ? readout_error__set(rc, "out of memory") : 0;
}

static int next_json_line(readout_source *s, readout_doc *doc)
{
	for (;;) {
		int rc = read_line(s);
		snprintf(s->origin, sizeof s->origin, "%s:%zu", s->jl_name, s->jl_line);
		doc->origin = s->origin;
		if (rc == 0) {
			close_jl(s);
			return 0;
		}
		if (rc < 0)
			return rc;
		size_t i = 0;
		while (i < s->line.len && (s->line.data[i] == ' ' || s->line.data[i] == '\t' || s->line.data[i] == '\r'))
			i++;
		if (i == s->line.len)
			continue;
		int has_id;
		if (jsonl_fast_doc(s->line.data, s->line.len, &s->fast_id, &s->text, &s->meta, &has_id)) {
			if (has_id)
				snprintf(s->id, sizeof s->id, "%s", s->fast_id.data ? s->fast_id.data : "");
			else
				line_id(s);
			return json_doc(s, doc, s->text.data, s->text.len);
		}
		if (s->json)
			json_decref(s->json);
		json_error_t err;
		s->json = json_loadb(s->line.data, s->line.len, JSON_REJECT_DUPLICATES, &err);
		if (!s->json)
			return readout_error__set(READOUT_EINVALID, "malformed JSON: %s", err.text);
		json_t *text = json_object_get(s->json, "text");
		if (!json_is_object(s->json) || !json_is_string(text))
			return readout_error__set(READOUT_EINVALID, "JSON line has no \"text\" string");
		json_t *id = json_object_get(s->json, "id");
		if (json_is_string(id))
			snprintf(s->id, sizeof s->id, "%s", json_string_value(id));
		else if (json_is_integer(id))
			snprintf(s->id, sizeof s->id, "%lld", (long long)json_integer_value(id));
		else
			line_id(s);
		if ((rc = json_meta(s)))
			return rc;
		return json_doc(s, doc, json_string_value(text), json_string_length(text));
	}
}

static int open_jsonl(readout_source *s, const char *path, FILE *f, int borrowed)
{
	s->jl = f;
	s->jl_borrowed = borrowed;
	s->jl_line = 0;
	s->rb_pos = s->rb_len = 0;
	s->jl_name = strdup(path);
	return s->jl_name ? 0 : readout_error__set(READOUT_ENOMEM, "out of memory");
}

/* JSON Lines if the first non-blank byte is '{', else text; that byte is pushed back. The
 * blanks read on the way are kept in s->text (a text keeps its leading blanks, so spans stay
 * offsets into the input) and the line breaks among them counted (JSON line numbers stay
 * those of the stream). */
static int sniff_format(readout_source *s, FILE *f, size_t *lines)
{
	int c;
	*lines = 0;
	while ((c = getc(f)) == ' ' || c == '\n' || c == '\r' || c == '\t') {
		*lines += c == '\n';
		if (readout_buf_putc(&s->text, (char)c))
			break; /* blanks over the cap: a text, too big, as slurp will find */
	}
	if (c != EOF)
		ungetc(c, f);
	return c == '{' ? READOUT_INPUT_JSONL : READOUT_INPUT_TEXT;
}

/* Starts a borrowed stream (stdin or the caller's). JSON Lines: returns 0 and the main loop
 * reads its lines. Text: the whole stream is one document; returns 1 with it. */
static int start_stream(readout_source *s, FILE *f, const char *name, int fmt, readout_doc *doc)
{
	snprintf(s->origin, sizeof s->origin, "%s", name);
	doc->origin = s->origin;
	size_t skipped = 0;
	readout_buf_clear(&s->text);
	if (fmt == READOUT_INPUT_AUTO)
		fmt = sniff_format(s, f, &skipped);
	if (fmt == READOUT_INPUT_JSONL) {
		int rc = open_jsonl(s, name, f, 1);
		s->jl_line = skipped;
		return rc;
	}
	int rc = slurp(s, f);
	if (rc || (rc = check_text(s)))
		return rc;
	set_id_from_path(s, name);
	doc->id = s->id;
	doc->text = s->text.data;
	doc->len = s->text.len;
	return 1;
}

int readout_source_next(readout_source *s, readout_doc *doc)
{
	memset(doc, 0, sizeof *doc);
	for (;;) {
		if (s->jl) {
			int rc = next_json_line(s, doc);
			if (rc != 0)
				return rc;
			continue; /* that stream ended: on to the next path */
		}
		if (s->stream) {
			FILE *f = s->stream;
			s->stream = NULL; /* started once, whatever happens */
			int rc = start_stream(s, f, s->stream_name, s->stream_format, doc);
			if (rc != 0)
				return rc;
			continue;
		}
		if (s->dir_files) {
			if (s->next_dir < s->ndir)
				return read_text_file(s, s->dir_files[s->next_dir++], doc);
			free_dir(s);
		}
		if (s->next_path >= s->npaths)
			return 0;
		const char *path = s->paths[s->next_path++];
		snprintf(s->origin, sizeof s->origin, "%s", path);
		doc->origin = s->origin;
		if (strcmp(path, "-") == 0) {
			int rc = start_stream(s, stdin, "stdin", s->opts.stdin_format, doc);
			if (rc != 0)
				return rc;
			continue;
		}
		struct stat st;
		if (stat(path, &st) != 0)
			return readout_error__set(errno == ENOENT ? READOUT_ENOTFOUND : READOUT_EIO, "%s",
			                          errno == ENOENT ? "no such file or folder" : strerror(errno));
		if (S_ISDIR(st.st_mode)) {
			int rc = open_dir(s, path);
			if (rc) {
				free_dir(s);
				return rc;
			}
			continue;
		}
		if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson")) {
			FILE *f = fopen(path, "rb");
			if (!f)
				return readout_error__set(READOUT_EIO, "%s", strerror(errno));
			int rc = open_jsonl(s, path, f, 0);
			if (rc) {
				fclose(f);
				return rc;
			}
			continue;
		}
		return read_text_file(s, path, doc);
	}
}
