/* fuzz_fixture.c — see fuzz_fixture.h. */
#define _GNU_SOURCE /* mkdtemp */
#include "fuzz_fixture.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const texts[] = {
	"Xinhua, March 13, 2024 -- On March 12, the Standing Committee of the Songlin Municipal Party "
	"Committee held a meeting. Gu Wenbo, Secretary of the Songlin Municipal Party Committee, presided over "
	"the meeting and delivered a speech. Tang Lihua and Fang Zhiyuan attended. The meeting stressed the "
	"\xe2\x80\x9ctwo establishments\xe2\x80\x9d and the spirit of the 20th National Congress.\n",
	"2023-05-07 On May 6, the Hebei Provincial Party Committee held a study session in Shijiazhuang. Ni "
	"Yuefeng, Secretary of the Hebei Provincial Party Committee, presided. Wang Zhengpu, Governor of Hebei "
	"Province, spoke. More than 300 people attended the video conference.\n",
	"On October 24, 2022, the Fengyuan County Party Committee held an expanded meeting. Xu Haoran presided "
	"over the meeting. Li Qiang attended. The meeting called for \"common prosperity\".\n",
	"Premier Li Qiang presided over a State Council executive meeting on January 5, 2024. Ding Xuexiang, "
	"Vice Premier of the State Council, attended.\n",
};

static char folder[4096], db_path[4200];

static void remove_tree(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char p[8192];
		snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
		if (unlink(p) != 0)
			remove_tree(p);
	}
	closedir(d);
	rmdir(dir);
}

static void cleanup(void)
{
	if (folder[0])
		remove_tree(folder);
}

const char *fuzz_fixture_dir(void)
{
	if (folder[0])
		return folder;
	const char *tmp = getenv("TMPDIR");
	snprintf(folder, sizeof folder, "%s/readout-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(folder))
		abort();
	atexit(cleanup);
	return folder;
}

const char *fuzz_fixture_db(void)
{
	if (db_path[0])
		return db_path;
	snprintf(db_path, sizeof db_path, "%s/fixture.db", fuzz_fixture_dir());
	readout_lexicon *lex;
	readout_extractor *ex;
	readout_store *st;
	if (readout_lexicon_load(&lex, NULL) || readout_extractor_new(&ex, lex, NULL) ||
	    readout_store_open(&st, db_path, lex, NULL) || readout_store_begin(st))
		abort();
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		const readout_record *rec;
		char id[16];
		snprintf(id, sizeof id, "f%zu", i);
		int added;
		readout_store_doc doc = {id, id, texts[i], strlen(texts[i]), NULL, NULL, NULL, 0};
		if (readout_extract(&rec, ex, texts[i], strlen(texts[i])))
			abort();
		doc.record = rec;
		if (readout_store_add(st, &doc, &added) || !added)
			abort();
	}
	if (readout_store_commit(st))
		abort();
	readout_store_close(st);
	readout_extractor_free(ex);
	readout_lexicon_free(lex);
	return db_path;
}

readout_store *fuzz_fixture_open(const char *path)
{
	readout_store_options o = READOUT_STORE_OPTIONS_INIT;
	o.readonly = 1;
	o.create = 0;
	o.query_seconds = 1;
	o.max_rows = 1000;
	o.max_answer_bytes = 1u << 20;
	readout_store *st;
	return readout_store_open(&st, path, NULL, &o) == 0 ? st : NULL;
}

static readout_store *reader;
static readout_store_counts counts_made;
static struct stat file_made;

static void close_reader(void)
{
	readout_store_close(reader);
}

readout_store *fuzz_fixture_reader(void)
{
	if (!reader) {
		const char *path = fuzz_fixture_db();
		if (!(reader = fuzz_fixture_open(path)) || readout_store_counts_get(&counts_made, reader) ||
		    stat(path, &file_made))
			abort();
		atexit(close_reader);
	}
	return reader;
}

void fuzz_fixture_unchanged(void)
{
	readout_store_counts now;
	struct stat file_now;
	if (readout_store_counts_get(&now, fuzz_fixture_reader()) || memcmp(&now, &counts_made, sizeof now) != 0 ||
	    stat(fuzz_fixture_db(), &file_now) || file_now.st_size != file_made.st_size ||
	    file_now.st_mtime != file_made.st_mtime)
		abort();
}

char *fuzz_fixture_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (s) {
		memcpy(s, data, size);
		s[size] = '\0';
	}
	return s;
}

size_t fuzz_fixture_drain(int rc, readout_cursor *c)
{
	if (rc > 0 || (rc < 0 && (c || !readout_error_message()[0])) || (rc == 0 && !c))
		abort();
	if (rc)
		return 0;
	size_t ncols = readout_cursor_ncols(c), rows = 0;
	const readout_column *cols = readout_cursor_columns(c);
	for (size_t i = 0; i < ncols; i++)
		if (!cols[i].name || !readout_type_name(cols[i].type))
			abort();
	while ((rc = readout_cursor_next(c)) == 1) {
		const readout_cell *row = readout_cursor_row(c);
		for (size_t i = 0; i < ncols; i++) {
			if (row[i].type != READOUT_TYPE_NULL && cols[i].type != READOUT_TYPE_NULL && row[i].type != cols[i].type)
				abort();
			if (row[i].type == READOUT_TYPE_TEXT)
				(void)strlen(row[i].s);
			if (row[i].type == READOUT_TYPE_DATE && (strlen(row[i].s) != 10 || row[i].s[4] != '-'))
				abort();
		}
		rows++;
	}
	if (rc > 0 || (rc < 0 && !readout_error_message()[0]))
		abort();
	readout_cursor_free(c);
	return rows;
}
