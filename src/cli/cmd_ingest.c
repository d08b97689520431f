/* cmd_ingest.c — `readout ingest`: extract and store a corpus, batch by batch. Each batch is
 * one transaction and each document a savepoint inside it, so a bad document costs only
 * itself and a crash costs at most the batch in flight. */
#include "cli/cli.h"
#include "readout/readout.h"
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

enum { BATCH_SECONDS = 5 };

typedef struct ingest {
	readout_store *st;
	size_t batch, in_batch;
	size_t batch_bytes;            /* text in the open batch */
	struct timespec batch_start;
	size_t added, duplicate, failed; /* added and duplicate: committed */
	size_t batch_added, batch_duplicate; /* in the open batch, until its commit */
	size_t lost;                   /* stored in a batch whose commit (or rollback) failed */
	double bytes, total_bytes;
	struct timespec start, last_draw;
	int progress;
	int fatal;
} ingest;

static double seconds_since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void draw(ingest *g, int final)
{
	if (!g->progress)
		return;
	if (!final && seconds_since(&g->last_draw) < 0.1)
		return;
	clock_gettime(CLOCK_MONOTONIC, &g->last_draw);
	double el = seconds_since(&g->start);
	double mbs = el > 0 ? g->bytes / 1e6 / el : 0;
	char eta[32] = "";
	if (g->total_bytes > 0 && g->bytes > 0 && mbs > 0) {
		double left = (g->total_bytes - g->bytes) / 1e6 / mbs;
		if (left < 0)
			left = 0;
		snprintf(eta, sizeof eta, "  ETA %d:%02d", (int)left / 60, (int)left % 60);
	}
	char bar[31] = "";
	if (g->total_bytes > 0) {
		int filled = (int)(30 * (g->bytes / g->total_bytes));
		if (filled > 30)
			filled = 30;
		for (int i = 0; i < 30; i++)
			bar[i] = i < filled ? '#' : '.';
		bar[30] = '\0';
	}
	fprintf(stderr, "\r%s%s%s %zu docs  %.1f MB/s%s   ", g->total_bytes > 0 ? "[" : "", bar,
	        g->total_bytes > 0 ? "]" : "",
	        g->added + g->duplicate + g->batch_added + g->batch_duplicate + g->failed + g->lost, mbs, eta);
	if (final)
		fputc('\n', stderr);
}

/* The open batch's documents are lost (its transaction failed): they were never stored. */
static void batch_lost(ingest *g)
{
	g->lost += g->batch_added + g->batch_duplicate;
	g->batch_added = g->batch_duplicate = 0;
	g->fatal = 1;
}

static int commit_batch(ingest *g)
{
	if (!g->in_batch)
		return 0;
	g->in_batch = 0;
	g->batch_bytes = 0;
	if (readout_store_commit(g->st)) {
		cli_error("store", readout_error_message());
		batch_lost(g);
		return -1;
	}
	/* only now are they stored: a failed commit (a full disk, a killed server) adds nothing */
	g->added += g->batch_added;
	g->duplicate += g->batch_duplicate;
	g->batch_added = g->batch_duplicate = 0;
	return 0;
}

/* Stores one document inside the current batch, under a savepoint. */
static int store_one(ingest *g, const readout_store_doc *doc, const char *origin)
{
	if (!g->in_batch) {
		if (readout_store_begin(g->st)) {
			cli_error("store", readout_error_message());
			g->fatal = 1;
			return -1;
		}
	}
	if (!g->in_batch)
		clock_gettime(CLOCK_MONOTONIC, &g->batch_start);
	g->in_batch++;
	g->batch_bytes += doc->len;
	int added = 0;
	int rc = readout_store_savepoint(g->st);
	if (!rc)
		rc = readout_store_add(g->st, doc, &added);
	if (rc) {
		cli_error(origin, readout_error_message());
		g->failed++;
		if (readout_store_rollback_savepoint(g->st)) {
			cli_error("store", readout_error_message());
			batch_lost(g);
			return -1;
		}
	} else if (readout_store_release_savepoint(g->st)) {
		cli_error("store", readout_error_message());
		g->batch_added += added, g->batch_duplicate += !added;
		batch_lost(g);
		return -1;
	} else {
		g->batch_added += added, g->batch_duplicate += !added;
	}
	/* Bigger batches write each hot index page once for more documents (store.h); the text
	 * and memory caps bound what a batch holds, the time cap how long a slow stream (stdin)
	 * waits. */
	if (g->in_batch >= g->batch || g->batch_bytes >= READOUT_BATCH_TEXT ||
	    readout_store_batch_memory(g->st) >= READOUT_BATCH_MEMORY || seconds_since(&g->batch_start) >= BATCH_SECONDS)
		return commit_batch(g);
	return 0;
}

static int sink(void *user, const readout_result *r)
{
	ingest *g = user;
	g->bytes += (double)r->doc->len;
	if (r->rc) {
		cli_error(r->doc->origin, r->message && *r->message ? r->message : readout_error_name(r->rc));
		g->failed++;
	} else {
		cli_warnings(r->doc->origin, r->record);
		readout_store_doc doc = {r->doc->id, r->doc->origin, r->doc->text, r->doc->len, r->record->hash, r->record,
		                         r->doc->meta, r->doc->meta_len};
		if (store_one(g, &doc, r->doc->origin))
			return -1;
	}
	draw(g, 0);
	return 0;
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

/* --from-extracted: each JSON line is a record written by `readout extract`. */
static int ingest_extracted(ingest *g, char **paths, int n, size_t max_bytes)
{
	readout_buf line = READOUT_BUF_INIT;
	line.limit = max_bytes * 2 + 65536;
	for (int i = 0; i < n && !g->fatal; i++) {
		FILE *f = strcmp(paths[i], "-") ? fopen(paths[i], "rb") : stdin;
		if (!f) {
			cli_error(paths[i], "cannot open");
			g->failed++;
			continue;
		}
		char chunk[65536];
		size_t lineno = 0;
		int too_big = 0;
		readout_buf_clear(&line);
		while (!g->fatal && fgets(chunk, sizeof chunk, f)) {
			size_t l = strlen(chunk);
			int eol = l && chunk[l - 1] == '\n';
			if (!too_big && readout_buf_append(&line, chunk, eol ? l - 1 : l))
				too_big = 1;
			if (!eol && !feof(f))
				continue;
			lineno++;
			char origin[4200];
			snprintf(origin, sizeof origin, "%s:%zu", strcmp(paths[i], "-") ? paths[i] : "stdin", lineno);
			g->bytes += (double)line.len;
			if (too_big) {
				cli_error(origin, "line over the size limit");
				g->failed++;
			} else if (line.len && strspn(line.data, " \t\r") != line.len) {
				readout_parsed *p;
				if (readout_record_parse(&p, line.data, line.len)) {
					cli_error(origin, readout_error_message());
					g->failed++;
				} else if (!p->text) {
					/* without it the record's hash cannot be checked, and a record stored under
					 * a document's hash would keep that document out */
					cli_error(origin, "no \"text\": ingest reads records written by readout extract --with-text");
					g->failed++;
					readout_parsed_free(p);
				} else {
					readout_store_doc doc = {p->id, origin, p->text, p->len, p->record.hash, &p->record,
					                         p->meta, p->meta_len};
					store_one(g, &doc, origin);
					readout_parsed_free(p);
				}
			}
			too_big = 0;
			readout_buf_clear(&line);
			draw(g, 0);
		}
		if (f != stdin)
			fclose(f);
	}
	readout_buf_dispose(&line);
	return g->fatal ? -1 : 0;
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
	ingest g;
	memset(&g, 0, sizeof g);
	g.batch = READOUT_BATCH_DOCS;
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
			g.batch = v;
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
	if (readout_store_open(&g.st, location, lex, NULL) || (ov && readout_store_resolve(g.st, ov, 0, NULL))) {
		cli_error(shown, readout_error_message());
		readout_store_close(g.st);
		readout_overrides_free(ov);
		readout_lexicon_free(lex);
		return EXIT_SOME_FAILED;
	}
	readout_overrides_free(ov);
	g.progress = !quiet && isatty(STDERR_FILENO);
	g.total_bytes = input_bytes(argv + optind, argc - optind);
	clock_gettime(CLOCK_MONOTONIC, &g.start);
	int rc;
	if (from_extracted) {
		rc = ingest_extracted(&g, argv + optind, argc - optind, sopts.max_bytes);
	} else {
		readout_source *src;
		rc = readout_source_open(&src, (const char *const *)argv + optind, (size_t)(argc - optind), &sopts);
		if (rc)
			cli_error(NULL, readout_error_message());
		else {
			rc = readout_pipeline_run(src, lex, &popts, sink, &g);
			readout_source_free(src);
		}
	}
	if (!g.fatal)
		commit_batch(&g);
	if (g.in_batch) /* a fatal error mid-batch: closing rolls it back */
		batch_lost(&g);
	readout_store_close(g.st); /* SQLite: the last checkpoint, counted in the time below */
	draw(&g, 1);
	double el = seconds_since(&g.start);
	char lost[96] = "";
	if (g.lost)
		snprintf(lost, sizeof lost, ", %zu not stored (the batch the store failed on)", g.lost);
	fprintf(stderr, "readout: %zu documents added, %zu already stored, %zu failed%s; %.1f MB in %.2f s (%.1f MB/s) into %s\n",
	        g.added, g.duplicate, g.failed, lost, g.bytes / 1e6, el, el > 0 ? g.bytes / 1e6 / el : 0.0, shown);
	readout_lexicon_free(lex);
	return rc || g.fatal || g.failed ? EXIT_SOME_FAILED : EXIT_ALL_READ;
}
