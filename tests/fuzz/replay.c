/* replay.c — runs a libFuzzer target's LLVMFuzzerTestOneInput over every file of the folders
 * given, so ordinary builds (gcc too, no libFuzzer) replay the seed corpora and regression
 * seeds. Prints one line per file only with -v; exits non-zero if a folder cannot be read. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads a whole file into a fresh exact-size buffer, so ASan sees reads past its end. */
static uint8_t *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	uint8_t *buf = malloc(cap);
	size_t got;
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			uint8_t *nb = realloc(buf, cap *= 2);
			if (!nb)
				free(buf);
			buf = nb;
		}
	}
	fclose(f);
	if (!buf)
		return NULL;
	uint8_t *exact = malloc(n ? n : 1);
	if (exact)
		memcpy(exact, buf, n);
	free(buf);
	*len = n;
	return exact;
}

static int replay_dir(const char *dir, int verbose, size_t *count)
{
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "replay: cannot open %s\n", dir);
		return 1;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **nn = realloc(names, cap * sizeof *nn);
			if (!nn)
				abort();
			names = nn;
		}
		names[n] = strdup(e->d_name);
		if (!names[n++])
			abort();
	}
	closedir(d);
	/* sorted, so a failure is reported at the same file every run */
	qsort(names, n, sizeof *names, cmp_str);
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		size_t len = 0;
		uint8_t *data = read_all(path, &len);
		if (!data) {
			fprintf(stderr, "replay: cannot read %s\n", path);
			rc = 1;
		} else {
			if (verbose)
				fprintf(stderr, "replay: %s (%zu bytes)\n", path, len);
			LLVMFuzzerTestOneInput(data, len);
			free(data);
			(*count)++;
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	int verbose = 0, rc = 0;
	size_t count = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-v"))
			verbose = 1;
		else
			rc |= replay_dir(argv[i], verbose, &count);
	}
	if (count == 0) {
		fprintf(stderr, "replay: no inputs (usage: replay [-v] DIR...)\n");
		return 1;
	}
	printf("replay: %zu inputs, no crash\n", count);
	return rc;
}
