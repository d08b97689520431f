/* cmd_ingest.c — `readout ingest`: extract and store a corpus, batch by batch. Each batch is
 * one transaction and each document a savepoint inside it, so a bad document costs only
 * itself and a crash costs at most the batch in flight. */
#include "cli/cli.h"
#include "readout/readout.h"
#include "readout/ingest.h"
#include "readout/store.h"

#include <dirent.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void help(FILE *f)
{
	fprintf(f,
	        "usage: readout ingest [options] FILE|DIR|-...\n"
	        "\n"
	        "Extracts every readout and stores it with its extraction in a database. Documents\n"
	        "already stored (same content hash) are skipped, so ingesting again adds only what\n"
	        "is new. Inputs as for `readout extract`.\n"
	        "\n"
	        "options:\n"
	        "      --db LOCATION      SQLite file (default readout.db) or postgresql://... URI\n"
	        "      --from-extracted   inputs are `readout extract --with-text` JSON Lines output\n"
	        "  -t, --threads N        extract on N threads\n"
	        "      --batch N          documents per transaction (default 10000; a transaction also\n"
	        "                         ends after 64 MB of text, 32 MB of pending rows or 5 s)\n"
	        "      --max-bytes N      refuse documents larger than N bytes (default 16M)\n"
	        "      --work-per-kb N    steps of work that grows faster than the text (comparing a\n"
	        "                         person's titles) per KB; past it, a warning (default 256)\n"
	        "      --data DIR         read the lexicons from DIR instead of the built-in copy\n"
	        "      --overrides FILE   corrections of who is who (spelling, merge, split rows; see\n"
	        "                         `readout resolve --help`), kept in the database for later\n"
	        "                         ingests and applied to what it holds before this one\n"
	        "  -q, --quiet            no progress bar; only errors and the summary line\n"
	        "  -h, --help             this help\n"
	        "\n"
	        "Exit status: 0 all inputs read, 1 some could not be read or stored, 2 usage error.\n");
}

/* What the command shows while the library stores: a progress line on a terminal. */
typedef struct ingest {
	readout_ingest *run;          /* --from-extracted: the run the command feeds itself */
	double total_bytes;
	struct timespec start, last_draw;
	int progress;
} ingest;

static double seconds_since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void draw(ingest *g, const readout_ingest_stats *s, int final)
{
	if (!g->progress)
		return;
	if (!final && seconds_since(&g->last_draw) < 0.1)
		return;
	clock_gettime(CLOCK_MONOTONIC, &g->last_draw);
	double el = seconds_since(&g->start);
	double mbs = el > 0 ? (double)s->bytes / 1e6 / el : 0;
	char eta[32] = "";
	if (g->total_bytes > 0 && s->bytes > 0 && mbs > 0) {
		double left = (g->total_bytes - (double)s->bytes) / 1e6 / mbs;
		if (left < 0)
			left = 0;
		snprintf(eta, sizeof eta, "  ETA %d:%02d", (int)left / 60, (int)left % 60);
	}
	char bar[31] = "";
	if (g->total_bytes > 0) {
		int filled = (int)(30 * ((double)s->bytes / g->total_bytes));
		if (filled > 30)
			filled = 30;
		for (int i = 0; i < 30; i++)
			bar[i] = i < filled ? '#' : '.';
		bar[30] = '\0';
	}
	fprintf(stderr, "\r%s%s%s %zu docs  %.1f MB/s%s   ", g->total_bytes > 0 ? "[" : "", bar,
	        g->total_bytes > 0 ? "]" : "", s->added + s->duplicate + s->pending + s->failed + s->lost, mbs, eta);
	if (final)
		fputc('\n', stderr);
}

static void on_failure(void *user, const char *origin, const char *message)
{
	(void)user;
	cli_error(origin, message);
}

static void on_record(void *user, const readout_store_doc *doc)
{
	(void)user;
	cli_warnings(doc->origin, doc->record);
}

static void on_progress(void *user, const readout_ingest_stats *s)
{
	draw(user, s, 0);
}

/* Total input bytes, for the progress bar's ETA (0 when unknown, as for stdin). */
static double input_bytes(char **paths, int n)
{
	double total = 0;
	for (int i = 0; i < n; i++) {
		struct stat st;
		if (!strcmp(paths[i], "-"))
			return 0;
		if (stat(paths[i], &st) != 0)
			continue;
		if (S_ISREG(st.st_mode)) {
			total += (double)st.st_size;
			continue;
		}
		DIR *d = opendir(paths[i]);
		if (!d)
			continue;
		struct dirent *e;
		while ((e = readdir(d))) {
			size_t l = strlen(e->d_name);
			if (l < 5 || strcmp(e->d_name + l - 4, ".txt"))
				continue;
			char full[4096];
			snprintf(full, sizeof full, "%s/%s", paths[i], e->d_name);
			if (stat(full, &st) == 0)
				total += (double)st.st_size;
		}
		closedir(d);
	}
	return total;
}

/* --from-extracted: each JSON line is a record written by `readout extract`. Returns 0, or
 * the store's code once it failed. */
static int ingest_extracted(ingest *g, char **paths, int n, size_t max_bytes)
{
	readout_buf line = READOUT_BUF_INIT;
	line.limit = max_bytes * 2 + 65536;
	int rc = 0;
	for (int i = 0; i < n && !rc; i++) {
		FILE *f = strcmp(paths[i], "-") ? fopen(paths[i], "rb") : stdin;
		if (!f) {
			readout_ingest_refuse(g->run, paths[i], "cannot open", 0);
			continue;
		}
		char chunk[65536];
		size_t lineno = 0;
		int too_big = 0;
		readout_buf_clear(&line);
		while (!rc && fgets(chunk, sizeof chunk, f)) {
			size_t l = strlen(chunk);
			int eol = l && chunk[l - 1] == '\n';
			if (!too_big && readout_buf_append(&line, chunk, eol ? l - 1 : l))
				too_big = 1;
			if (!eol && !feof(f))
				continue;
			lineno++;
			char origin[4200];
			snprintf(origin, sizeof origin, "%s:%zu", strcmp(paths[i], "-") ? paths[i] : "stdin", lineno);
			if (too_big) {
				readout_ingest_refuse(g->run, origin, "line over the size limit", line.len);
			} else if (line.len && strspn(line.data, " \t\r") != line.len) {
				readout_parsed *p;
				if (readout_record_parse(&p, line.data, line.len)) {
					readout_ingest_refuse(g->run, origin, readout_error_message(), line.len);
				} else if (!p->text) {
					/* without it the record's hash cannot be checked, and a record stored under
					 * a document's hash would keep that document out */
					readout_ingest_refuse(g->run, origin,
					                      "no \"text\": ingest reads records written by readout extract --with-text", line.len);
					readout_parsed_free(p);
				} else {
					readout_store_doc doc = {p->id, origin, p->text, p->len, p->record.hash, &p->record,
					                         p->meta, p->meta_len};
					rc = readout_ingest_add(g->run, &doc);
					readout_parsed_free(p);
				}
			}
			too_big = 0;
			readout_buf_clear(&line);
			readout_ingest_stats s;
			readout_ingest_stats_get(g->run, &s);
			draw(g, &s, 0);
		}
		if (f != stdin)
			fclose(f);
	}
	readout_buf_dispose(&line);
	return rc;
}

int cmd_ingest(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'D'}, {"from-extracted", no_argument, NULL, 'E'},
		{"threads", required_argument, NULL, 't'}, {"batch", required_argument, NULL, 'b'},
		{"max-bytes", required_argument, NULL, 'm'}, {"data", required_argument, NULL, 'd'},
		{"work-per-kb", required_argument, NULL, 'K'}, {"overrides", required_argument, NULL, 'O'},
		{"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	const char *location = "readout.db", *data_dir = NULL, *overrides_path = NULL;
	int from_extracted = 0, quiet = 0, opt;
	size_t v = 0;
	readout_pipeline_options popts = READOUT_PIPELINE_OPTIONS_INIT;
	readout_source_options sopts = READOUT_SOURCE_OPTIONS_INIT;
	readout_ingest_options iopts = READOUT_INGEST_OPTIONS_INIT;
	ingest g;
	memset(&g, 0, sizeof g);
	optind = 1;
	while ((opt = getopt_long(argc, argv, "t:qh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'D': location = optarg; break;
		case 'E': from_extracted = 1; break;
		case 't':
			if (!cli_parse_size("--threads", optarg, &v) || v > 256)
				return EXIT_USAGE;
			popts.threads = (unsigned)v;
			break;
		case 'b':
			if (!cli_parse_size("--batch", optarg, &v))
				return EXIT_USAGE;
			iopts.batch_docs = v ? v : READOUT_BATCH_DOCS;
			break;
		case 'K':
			if (!cli_parse_size("--work-per-kb", optarg, &v))
				return EXIT_USAGE;
			popts.extract.work_per_kb = v;
			break;
		case 'm':
			if (!cli_parse_max_bytes(optarg, &v))
				return EXIT_USAGE;
			sopts.max_bytes = popts.extract.max_bytes = v;
			break;
		case 'd': data_dir = optarg; break;
		case 'O': overrides_path = optarg; break;
		case 'q': quiet = 1; break;
		case 'h': help(stdout); return 0;
		default: help(stderr); return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "readout: ingest needs at least one FILE, DIR or '-'\n");
		help(stderr);
		return EXIT_USAGE;
	}
	readout_lexicon *lex;
	if (readout_lexicon_load(&lex, data_dir)) {
		cli_error("lexicon", readout_error_message());
		return EXIT_SOME_FAILED;
	}
	/* the corrections before any document: a bad file stops the ingest before it starts */
	readout_overrides *ov = NULL;
	if (overrides_path && readout_overrides_load(&ov, overrides_path, lex)) {
		cli_error(NULL, readout_error_message());
		readout_lexicon_free(lex);
		return EXIT_SOME_FAILED;
	}
	char shown[1024];
	cli_location(shown, sizeof shown, location);
	readout_store *st = NULL;
	if (readout_store_open(&st, location, lex, NULL) || (ov && readout_store_resolve(st, ov, 0, NULL))) {
		cli_error(shown, readout_error_message());
		readout_store_close(st);
		readout_overrides_free(ov);
		readout_lexicon_free(lex);
		return EXIT_SOME_FAILED;
	}
	readout_overrides_free(ov);
	g.progress = !quiet && isatty(STDERR_FILENO);
	g.total_bytes = input_bytes(argv + optind, argc - optind);
	clock_gettime(CLOCK_MONOTONIC, &g.start);
	iopts.on_failure = on_failure;
	iopts.on_record = on_record;
	iopts.on_progress = on_progress;
	iopts.user = &g;
	readout_ingest_stats s = {0};
	int rc = 0, store_rc = 0;
	if (from_extracted) {
		if ((store_rc = readout_ingest_begin(&g.run, st, &iopts)) == 0) {
			store_rc = ingest_extracted(&g, argv + optind, argc - optind, sopts.max_bytes);
			if (store_rc)
				cli_error("store", readout_error_message());
			if ((rc = readout_ingest_end(g.run, &s)) && !store_rc)
				cli_error("store", readout_error_message());
			store_rc = store_rc ? store_rc : rc;
		}
	} else {
		readout_source *src;
		rc = readout_source_open(&src, (const char *const *)argv + optind, (size_t)(argc - optind), &sopts);
		if (rc) {
			cli_error(NULL, readout_error_message());
		} else {
			/* the run reports each failed input itself; what is left is the store's failure */
			if ((store_rc = readout_ingest_run(st, src, lex, &popts, &iopts, &s)))
				cli_error("store", readout_error_message());
			readout_source_free(src);
		}
	}
	readout_store_close(st); /* SQLite: the last checkpoint, counted in the time below */
	draw(&g, &s, 1);
	double el = seconds_since(&g.start);
	char lost[96] = "";
	if (s.lost)
		snprintf(lost, sizeof lost, ", %zu not stored (the batch the store failed on)", s.lost);
	fprintf(stderr, "readout: %zu documents added, %zu already stored, %zu failed%s; %.1f MB in %.2f s (%.1f MB/s) into %s\n",
	        s.added, s.duplicate, s.failed, lost, (double)s.bytes / 1e6, el, el > 0 ? (double)s.bytes / 1e6 / el : 0.0,
	        shown);
	readout_lexicon_free(lex);
	return rc || store_rc || s.failed || s.lost ? EXIT_SOME_FAILED : EXIT_ALL_READ;
}
