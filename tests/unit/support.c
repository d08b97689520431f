/* support.c — shared unit-test helpers (see support.h). One lexicon and one extractor per test
 * program: loading the lexicon is the slow part and every test only reads it. */
#include "support.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static readout_lexicon *lex;
static readout_extractor *ex;
static readout_buf json = READOUT_BUF_INIT;

int support_setup(void **state)
{
	if (readout_lexicon_load(&lex, NULL)) {
		fprintf(stderr, "support: built-in lexicon: %s\n", readout_error_message());
		return -1;
	}
	if (readout_extractor_new(&ex, lex, NULL)) {
		readout_lexicon_free(lex);
		lex = NULL;
		return -1;
	}
	return 0;
}

int support_teardown(void **state)
{
	readout_extractor_free(ex);
	readout_lexicon_free(lex);
	readout_buf_dispose(&json);
	ex = NULL;
	lex = NULL;
	return 0;
}

const readout_lexicon *support_lexicon(void)
{
	assert_non_null(lex);
	return lex;
}

const readout_record *support_extract(const char *text)
{
	assert_non_null(ex);
	const readout_record *rec = NULL;
	int rc = readout_extract(&rec, ex, text, strlen(text));
	if (rc)
		fail_msg("readout_extract: %d %s", rc, readout_error_message());
	assert_non_null(rec);
	return rec;
}

void support_assert_str(const char *actual, const char *expected, const char *file, int line)
{
	if (actual && expected && strcmp(actual, expected) == 0)
		return;
	if (!actual && !expected)
		return;
	print_error("ERROR: got %s%s%s, expected %s%s%s\n", actual ? "\"" : "", actual ? actual : "null",
	            actual ? "\"" : "", expected ? "\"" : "", expected ? expected : "null", expected ? "\"" : "");
	_fail(file, line);
}

const char *support_json(const readout_record *rec, const char *id)
{
	readout_buf_clear(&json);
	assert_int_equal(readout_record_write_json(&json, id, rec, 0), 0);
	return json.data;
}

const readout_person *support_person(const readout_record *rec, const char *name)
{
	for (size_t i = 0; i < rec->npeople; i++)
		if (strcmp(rec->people[i].name, name) == 0)
			return &rec->people[i];
	return NULL;
}

bool support_has_title(const readout_person *p, const char *title)
{
	return p && support_values_have(p->titles, p->ntitles, title);
}

bool support_values_have(const readout_value *v, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].text && strcmp(v[i].text, name) == 0)
			return true;
	return false;
}

const readout_formulation *support_formulation(const readout_record *rec, const char *form)
{
	for (size_t i = 0; i < rec->nformulations; i++)
		for (size_t k = 0; k < rec->formulations[i].nforms; k++)
			if (strcasecmp(rec->formulations[i].forms[k], form) == 0)
				return &rec->formulations[i];
	return NULL;
}

const char *support_span_text(readout_span s)
{
	static char out[1024];
	size_t len;
	const char *text = readout_extractor_text(ex, &len);
	assert_true(s.start <= s.end && s.end <= len);
	size_t n = s.end - s.start < sizeof out - 1 ? s.end - s.start : sizeof out - 1;
	memcpy(out, text + s.start, n);
	out[n] = '\0';
	return out;
}

char *support_tempdir(void)
{
	const char *tmp = getenv("TMPDIR");
	char tmpl[4096];
	snprintf(tmpl, sizeof tmpl, "%s/readout-test-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	char *dir = mkdtemp(tmpl);
	assert_non_null(dir);
	char *copy = strdup(dir);
	assert_non_null(copy);
	return copy;
}

void support_write(const char *dir, const char *name, const void *data, size_t len)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f)
		fail_msg("cannot write %s", path);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void remove_tree(const char *path)
{
	DIR *d = opendir(path);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d))) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			char sub[4096];
			snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
			remove_tree(sub);
		}
		closedir(d);
		rmdir(path);
		return;
	}
	unlink(path);
}

void support_rmdir(char *dir)
{
	if (!dir)
		return;
	remove_tree(dir);
	free(dir);
}
