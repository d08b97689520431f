/* fuzz_lexicon.c — libFuzzer target: the lexicon loader (readout_lexicon_load) on a folder of
 * data files, one of them (chosen by the input's first byte) the rest of the input, the others
 * small slices of the built-in data so a load takes little time. A folder must load, or be
 * refused with a message; a loaded lexicon must extract a readout. Built by
 * fuzz/CMakeLists.txt, replayed by tests/fuzz/replay.c. */
#include "fuzz_fixture.h"
#include "lexicon/embedded.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The files the seeds of fuzz/corpus/lexicon choose by their first byte (0 to 8) come first,
 * then every other built-in file: the loader needs them all, and a folder that missed one was
 * refused before the file fuzzed was read. */
static const char *const seeded[] = {"titles.tsv", "vocab.tsv", "surnames.tsv", "pinyin.tsv", "places.tsv",
                                     "formulations.tsv", "roles.tsv", "events.tsv", "not_names.tsv"};
enum { NSEEDED = sizeof seeded / sizeof *seeded, MAX_FILES = 64, SLICE_LINES = 60 };
static const char *files[MAX_FILES];
static size_t nfiles;

/* seeded, then the other built-in files */
static void list_files(void)
{
	for (size_t i = 0; i < NSEEDED; i++)
		files[nfiles++] = seeded[i];
	const char *name;
	for (size_t i = 0; (name = readout__embedded_file_name(i)) != NULL; i++) {
		bool seen = false;
		for (size_t k = 0; k < NSEEDED && !seen; k++)
			seen = !strcmp(seeded[k], name);
		if (!seen && nfiles < MAX_FILES)
			files[nfiles++] = name;
		else if (!seen)
			abort(); /* more data files than MAX_FILES: raise it */
	}
}

static const char doc[] = "On May 6, the Songlin Municipal Party Committee held a meeting in Hebei. Gu Wenbo, "
                          "Secretary of the Municipal Party Committee, presided. Li Qiang attended. The meeting "
                          "stressed the \"two establishments\".";

static void write_file(const char *dir, const char *name, const char *data, size_t n)
{
	char path[4400];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f || (n && fwrite(data, 1, n, f) != n) || fclose(f) != 0)
		abort();
}

/* data/<name> as built in, cut after its first SLICE_LINES lines */
static void write_slice(const char *dir, const char *name)
{
	size_t n;
	const char *data = readout__embedded_file(name, &n);
	if (!data)
		abort();
	size_t end = 0;
	for (int lines = 0; end < n && lines < SLICE_LINES; end++)
		lines += data[end] == '\n';
	write_file(dir, name, data, end);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	const char *dir = fuzz_fixture_dir();
	if (!ready) {
		list_files();
		for (size_t i = 0; i < nfiles; i++)
			write_slice(dir, files[i]);
		ready = 1;
	}
	if (size < 1)
		return 0;
	const char *name = files[data[0] % nfiles];
	write_file(dir, name, (const char *)data + 1, size - 1);
	readout_lexicon *lex;
	if (readout_lexicon_load(&lex, dir) == 0) {
		readout_extractor *ex;
		const readout_record *rec;
		if (readout_extractor_new(&ex, lex, NULL) == 0) {
			readout_buf out = READOUT_BUF_INIT;
			if (readout_extract(&rec, ex, doc, sizeof doc - 1) == 0)
				readout_record_write_json(&out, "fuzz", rec, 0);
			readout_buf_dispose(&out);
			readout_extractor_free(ex);
		}
		readout_lexicon_free(lex);
	} else if (!readout_error_message()[0]) {
		abort();
	}
	write_slice(dir, name);
	return 0;
}
