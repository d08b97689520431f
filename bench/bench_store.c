/* bench_store.c — the store's figures: ingest throughput split into extraction and storing,
 * peak memory and database size (`bench_store ingest`), and the answer time of the analyst
 * queries on an existing database, cold and warm, in process and through the CLI
 * (`bench_store queries`). Prints figures, asserts nothing about time. Uses only the public
 * API (include/readout/), like any other client of the library. */
#define _GNU_SOURCE
#include "readout/ingest.h"
#include "readout/readout.h"
#include "readout/store.h"
#include "bench_clock.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MB (1024.0 * 1024.0)

static double peak_rss_mb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_maxrss * 1024.0 / MB; /* Linux: kilobytes */
}

static double file_mb(const char *path, const char *suffix)
{
	char p[4096];
	snprintf(p, sizeof p, "%s%s", path, suffix);
	struct stat st;
	return stat(p, &st) == 0 ? (double)st.st_size / MB : 0;
}

static void tsv_append(const char *tsv, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void tsv_append(const char *tsv, const char *fmt, ...)
{
	if (!tsv)
		return;
	FILE *f = fopen(tsv, "a");
	if (!f) {
		fprintf(stderr, "bench_store: %s: %s\n", tsv, strerror(errno));
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	fclose(f);
}

/* ---- ingest ---- */

/* What the benchmark counts beside the library's figures (readout/ingest.h, the protocol of
 * `readout ingest`). */
typedef struct ingest {
	unsigned long long docs, text_bytes;
} ingest;

static void bench_failure(void *user, const char *origin, const char *message)
{
	(void)user;
	fprintf(stderr, "bench_store: %s: %s\n", origin, message);
}

static void bench_record(void *user, const readout_store_doc *doc)
{
	ingest *g = user;
	g->docs++;
	g->text_bytes += doc->len;
}

static int cmd_ingest(int argc, char **argv)
{
	static const struct option lo[] = {{"db", required_argument, NULL, 'D'}, {"threads", required_argument, NULL, 't'},
	                                   {"batch", required_argument, NULL, 'b'}, {"data", required_argument, NULL, 'd'},
	                                   {"tsv", required_argument, NULL, 'T'}, {"label", required_argument, NULL, 'l'},
	                                   {NULL, 0, NULL, 0}};
	const char *db = NULL, *data = NULL, *tsv = NULL, *label = "ingest";
	unsigned threads = 1;
	size_t batch = READOUT_BATCH_DOCS;
	int opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (opt) {
		case 'D': db = optarg; break;
		case 't': threads = (unsigned)strtoul(optarg, NULL, 10); break;
		case 'b': batch = strtoul(optarg, NULL, 10); break;
		case 'd': data = optarg; break;
		case 'T': tsv = optarg; break;
		case 'l': label = optarg; break;
		default: return 2;
		}
	}
	if (!db || optind >= argc) {
		fprintf(stderr, "usage: bench_store ingest --db PATH [--threads N] [--batch N] [--data DIR] [--tsv FILE] CORPUS...\n");
		return 2;
	}
	readout_lexicon *lex;
	if (readout_lexicon_load(&lex, data)) {
		fprintf(stderr, "bench_store: lexicon: %s\n", readout_error_message());
		return 1;
	}
	ingest g = {0};
	readout_store *st;
	double t0 = now(), c0 = cpu_seconds();
	if (readout_store_open(&st, db, lex, NULL)) {
		fprintf(stderr, "bench_store: %s: %s\n", db, readout_error_message());
		readout_lexicon_free(lex);
		return 1;
	}
	readout_source *src;
	readout_pipeline_options popts = READOUT_PIPELINE_OPTIONS_INIT;
	popts.threads = threads;
	readout_ingest_options iopts = READOUT_INGEST_OPTIONS_INIT;
	iopts.batch_docs = batch;
	iopts.on_failure = bench_failure;
	iopts.on_record = bench_record;
	iopts.user = &g;
	readout_ingest_stats s = {0};
	int rc = readout_source_open(&src, (const char *const *)argv + optind, (size_t)(argc - optind), NULL);
	if (!rc) {
		if ((rc = readout_ingest_run(st, src, lex, &popts, &iopts, &s)))
			fprintf(stderr, "bench_store: store: %s\n", readout_error_message());
		readout_source_free(src);
	}
	double s0 = now();
	readout_store_close(st); /* the last WAL checkpoint is part of storing */
	double store_s = s.store_seconds + (now() - s0), store_cpu = s.store_cpu_seconds;
	double wall = now() - t0, cpu = cpu_seconds() - c0;
	readout_lexicon_free(lex);
	double mb = (double)g.text_bytes / MB, dbmb = file_mb(db, "") + file_mb(db, "-wal");
	double extract_s = wall - store_s;
	printf("%-10s %8s %9s %8s %8s %9s %9s %9s %11s %9s %8s %9s\n", "measure", "threads", "docs", "MB", "wall_s", "MB/s",
	       "docs/s", "cpu_s", "cpu_MB/s", "store_s", "peak_MB", "db_MB");
	printf("%-10s %8u %9llu %8.1f %8.2f %9.2f %9.0f %9.2f %11.2f %9.2f %8.1f %9.1f\n", label, threads, g.docs, mb, wall,
	       wall > 0 ? mb / wall : 0, wall > 0 ? (double)g.docs / wall : 0, cpu, cpu > 0 ? mb / cpu : 0, store_s,
	       peak_rss_mb(), dbmb);
	printf("  split (wall): reading+extracting %.2f s (%.2f MB/s), storing %.2f s (%.2f MB/s, %.0f docs/s; cpu %.2f s)\n",
	       extract_s, extract_s > 0 ? mb / extract_s : 0, store_s, store_s > 0 ? mb / store_s : 0,
	       store_s > 0 ? (double)g.docs / store_s : 0, store_cpu);
	if (threads > 1)
		printf("  (with %u threads extraction overlaps storing; the split counts only the storing thread)\n", threads);
	tsv_append(tsv, "%s\t%u\t%llu\t%.1f\t%.3f\t%.3f\t%.3f\t%.1f\t%.1f\n", label, threads, g.docs, mb, wall, cpu, store_s,
	           peak_rss_mb(), dbmb);
	return rc || s.failed ? 1 : 0;
}

/* ---- queries ---- */

typedef struct qspec {
	const char *label;
	const char *cli[10];           /* the CLI arguments after `readout` (NULL-terminated) */
	const char *format;            /* the CLI's --format, csv when NULL: table shows every part */
} qspec;

static readout_store *open_ro(const char *db)
{
	readout_store *st;
	readout_store_options o = READOUT_STORE_OPTIONS_INIT;
	o.readonly = 1;
	o.create = 0;
	if (readout_store_open(&st, db, NULL, &o)) {
		fprintf(stderr, "bench_store: %s: %s\n", db, readout_error_message());
		return NULL;
	}
	return st;
}

/* One answer to a statement, first row first column, for choosing query arguments. */
static char *sql_value(const char *db, const char *sql)
{
	readout_store *st = open_ro(db);
	if (!st)
		return NULL;
	readout_cursor *c = NULL;
	char num[32];
	char *v = NULL;
	if (readout_store_sql(&c, st, sql) == 0 && readout_cursor_next(c) == 1) {
		const readout_cell *cell = readout_cursor_row(c);
		if (cell->type == READOUT_TYPE_INTEGER)
			snprintf(num, sizeof num, "%lld", (long long)cell->i);
		v = cell->type == READOUT_TYPE_INTEGER ? strdup(num)
		    : cell->type == READOUT_TYPE_TEXT || cell->type == READOUT_TYPE_DATE ? strdup(cell->s) : NULL;
	} else if (!c)
		fprintf(stderr, "bench_store: %s: %s\n", sql, readout_error_message());
	readout_cursor_free(c);
	readout_store_close(st);
	return v;
}

/* Drops the database's pages from the page cache (this file only), so the next run is cold. */
static void evict(const char *db)
{
	static const char *const suffixes[] = {"", "-wal", "-shm"};
	for (size_t i = 0; i < 3; i++) {
		char p[4096];
		snprintf(p, sizeof p, "%s%s", db, suffixes[i]);
		int fd = open(p, O_RDONLY);
		if (fd < 0)
			continue;
		fdatasync(fd);
		posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
		close(fd);
	}
}

/* Reads every row of a question's answer; adds them to *rows. */
static int drain(size_t *rows, int rc, readout_cursor *c)
{
	if (!rc)
		while ((rc = readout_cursor_next(c)) == 1)
			++*rows;
	readout_cursor_free(c);
	return rc;
}

/* The answer to one command, every row read, as the CLI asks for it (a person: the persons of
 * the name, then each part of each one's profile, with the CLI's default limits). */
static int answer(size_t *rows, readout_store *st, const char *cmd, const char *arg, const readout_query *rq)
{
	readout_cursor *c = NULL;
	if (!strcmp(cmd, "person")) {
		readout_answer *who = NULL;
		int rc = readout_store_person(&c, st, arg);
		if (!rc)
			rc = readout_answer_read(&who, c);
		readout_cursor_free(c);
		for (size_t i = 0; !rc && i < who->nrows; i++) {
			int64_t id = readout_answer_cell(who, i, 0)->i;
			rc = readout_store_person_titles(&c, st, id), rc = drain(rows, rc, c);
			if (!rc)
				rc = readout_store_person_events(&c, st, id, READOUT_PERSON_EVENTS), rc = drain(rows, rc, c);
			if (!rc)
				rc = readout_store_person_colisted(&c, st, id, READOUT_COLISTED), rc = drain(rows, rc, c);
			if (!rc)
				rc = readout_store_person_order(&c, st, id), rc = drain(rows, rc, c);
		}
		*rows += who ? who->nrows : 0;
		readout_answer_free(who);
		return rc;
	}
	int rc = -1;
	if (!strcmp(cmd, "people")) rc = readout_store_people(&c, st, rq), rc = drain(rows, rc, c);
	else if (!strcmp(cmd, "events")) rc = readout_store_events(&c, st, rq), rc = drain(rows, rc, c);
	else if (!strcmp(cmd, "formulations")) {
		rc = readout_store_formulation_periods(&c, st, rq), rc = drain(rows, rc, c);
		if (!rc)
			rc = readout_store_formulation_spans(&c, st, rq), rc = drain(rows, rc, c);
	} else if (!strcmp(cmd, "cascade")) {
		rc = readout_store_cascade_levels(&c, st, rq->subject), rc = drain(rows, rc, c);
		if (!rc)
			rc = readout_store_cascade_events(&c, st, rq->subject, READOUT_CASCADE_EVENTS), rc = drain(rows, rc, c);
	} else if (!strcmp(cmd, "search"))
		rc = readout_store_search(&c, st, arg, rq), rc = drain(rows, rc, c);
	return rc;
}

/* Runs the query through the library, as the CLI does after parsing: open, answer, close. */
static int run_lib(const char *db, const qspec *q, size_t *rows)
{
	readout_store *st = open_ro(db);
	if (!st)
		return -1;
	readout_query rq;
	memset(&rq, 0, sizeof rq);
	const char *cmd = q->cli[0], *arg = NULL;
	for (size_t i = 1; q->cli[i]; i++) {
		const char *a = q->cli[i];
		const char *v = q->cli[i + 1];
		if (a[0] != '-') {
			arg = a;
			continue;
		}
		i++;
		if (!strcmp(a, "--place")) rq.place = v;
		else if (!strcmp(a, "--level")) rq.level = v;
		else if (!strcmp(a, "--from")) rq.from = v;
		else if (!strcmp(a, "--to")) rq.to = v;
		else if (!strcmp(a, "--subject")) rq.subject = v;
		else if (!strcmp(a, "--by")) rq.by = v;
		else if (!strcmp(a, "--title")) rq.title = v;
		else if (!strcmp(a, "--limit")) rq.limit = strtoul(v, NULL, 10);
	}
	*rows = 0;
	int rc = answer(rows, st, cmd, arg, &rq);
	if (rc)
		fprintf(stderr, "bench_store: %s: %s\n", q->label, readout_error_message());
	readout_store_close(st);
	return rc;
}

/* Runs `readout CMD ... --db DB --format csv > /dev/null` (or q->format) and waits; *cpu_ms is
 * the child's user + system time. */
static int run_cli(const char *readout, const char *db, const qspec *q, double *cpu_ms)
{
	const char *argv[20];
	size_t n = 0;
	argv[n++] = readout;
	for (size_t i = 0; q->cli[i]; i++)
		argv[n++] = q->cli[i];
	argv[n++] = "--db";
	argv[n++] = db;
	argv[n++] = "--format";
	argv[n++] = q->format ? q->format : "csv";
	argv[n] = NULL;
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd >= 0)
			dup2(fd, STDOUT_FILENO);
		execv(readout, (char *const *)argv);
		_exit(127);
	}
	int status;
	struct rusage ru;
	while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
		;
	*cpu_ms = ((double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec) * 1e3 +
	          ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) / 1e3;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static int cmd_queries(int argc, char **argv)
{
	static const struct option lo[] = {{"db", required_argument, NULL, 'D'}, {"readout", required_argument, NULL, 'r'},
	                                   {"runs", required_argument, NULL, 'n'}, {"tsv", required_argument, NULL, 'T'},
	                                   {"label", required_argument, NULL, 'l'}, {NULL, 0, NULL, 0}};
	const char *db = NULL, *readout = NULL, *tsv = NULL, *label = "queries";
	int runs = 5, opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (opt) {
		case 'D': db = optarg; break;
		case 'r': readout = optarg; break;
		case 'n': runs = atoi(optarg); break;
		case 'T': tsv = optarg; break;
		case 'l': label = optarg; break;
		default: return 2;
		}
	}
	if (!db || runs < 1 || runs > 64) {
		fprintf(stderr, "usage: bench_store queries --db PATH [--readout BIN] [--runs N] [--tsv FILE]\n");
		return 2;
	}
	/* The arguments come from the data, so the same program serves any corpus. */
	/* the most-named person; a name only one person has, in the fewest documents; a city and a county
	 * of median frequency; the busiest month */
	char *freq = sql_value(db, "SELECT name FROM persons ORDER BY documents DESC, id LIMIT 1");
	char *rare = sql_value(db, "SELECT min(name) FROM persons GROUP BY name_key HAVING count(*) = 1 "
	                           "ORDER BY max(documents), name_key LIMIT 1 OFFSET 10");
	char *place = sql_value(db, "SELECT place FROM (SELECT place, count(*) AS n FROM events WHERE place IS NOT NULL AND "
	                            "level = 'prefectural' GROUP BY place) ORDER BY n, place LIMIT 1 OFFSET "
	                            "(SELECT count(DISTINCT place) / 2 FROM events WHERE level = 'prefectural')");
	char *ppl_place = sql_value(db, "SELECT place FROM (SELECT place, count(*) AS n FROM documents WHERE place IS NOT NULL AND "
	                                "level = 'county' GROUP BY place) ORDER BY n, place LIMIT 1 OFFSET "
	                                "(SELECT count(DISTINCT place) / 2 FROM documents WHERE level = 'county')");
	char *month = sql_value(db, "SELECT substr(date, 1, 7) FROM events WHERE date IS NOT NULL "
	                            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
	if (!freq || !rare || !place || !ppl_place || !month) {
		fprintf(stderr, "bench_store: %s: too few people, places or dates to choose query arguments\n", db);
		return 1;
	}
	char from[16], to[16];
	snprintf(from, sizeof from, "%s-01", month);
	snprintf(to, sizeof to, "%s-31", month);
	/* a campaign of a few percent of events; a word in about 1% of documents, and a common one */
	const char *subject = "Central Economic Work Conference", *word = "grassland", *common = "flood";
	const qspec qs[] = {
		{"person (frequent name)", {"person", freq, NULL}, "table"},
		{"person (rare name)", {"person", rare, NULL}, "table"},
		{"events --level county --from --to", {"events", "--level", "county", "--from", from, "--to", to, NULL}, "csv"},
		{"events --place", {"events", "--place", place, NULL}, "csv"},
		{"events --subject", {"events", "--subject", subject, NULL}, "csv"},
		{"events --subject --limit 100", {"events", "--subject", subject, "--limit", "100", NULL}, "csv"},
		{"people --place", {"people", "--place", ppl_place, NULL}, "csv"},
		{"formulations --by month", {"formulations", "--by", "month", NULL}, "table"},
		{"formulations --by month --limit 100", {"formulations", "--by", "month", "--limit", "100", NULL}, "table"},
		{"cascade --subject", {"cascade", "--subject", subject, NULL}, "table"},
		{"search WORD", {"search", word, NULL}, "csv"},
		{"search COMMON-WORD", {"search", common, NULL}, "csv"},
	};
	printf("arguments: frequent name '%s', rare name '%s', events --place '%s', people --place '%s',\n"
	       "  --from %s --to %s, --subject '%s', search '%s' and '%s'\n",
	       freq, rare, place, ppl_place, from, to, subject, word, common);
	printf("%-36s %7s %9s %9s %8s %9s %9s %8s   (ms; warm = median of %d, cpu = user+sys)\n", "query", "rows",
	       "lib_cold", "lib_warm", "lib_cpu", "cli_cold", "cli_warm", "cli_cpu", runs);
	int bad = 0;
	for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
		const qspec *q = &qs[i];
		double lib[64], libc[64], cli[64], clic[64], lib_cold, cli_cold = 0, t, c, cpu;
		size_t rows = 0;
		evict(db);
		t = now();
		if (run_lib(db, q, &rows)) {
			bad = 1;
			continue;
		}
		lib_cold = (now() - t) * 1e3;
		for (int r = 0; r < runs; r++) {
			t = now();
			c = cpu_seconds();
			run_lib(db, q, &rows);
			lib[r] = (now() - t) * 1e3;
			libc[r] = (cpu_seconds() - c) * 1e3;
		}
		qsort(lib, (size_t)runs, sizeof *lib, cmp_double);
		qsort(libc, (size_t)runs, sizeof *libc, cmp_double);
		double cli_med = 0, cli_cpu = 0;
		if (readout) {
			evict(db);
			t = now();
			if (run_cli(readout, db, q, &cpu) != 0)
				bad = 1;
			cli_cold = (now() - t) * 1e3;
			for (int r = 0; r < runs; r++) {
				t = now();
				run_cli(readout, db, q, &clic[r]);
				cli[r] = (now() - t) * 1e3;
			}
			qsort(cli, (size_t)runs, sizeof *cli, cmp_double);
			qsort(clic, (size_t)runs, sizeof *clic, cmp_double);
			cli_med = cli[runs / 2];
			cli_cpu = clic[runs / 2];
		}
		printf("%-36s %7zu %9.1f %9.1f %8.1f %9.1f %9.1f %8.1f\n", q->label, rows, lib_cold, lib[runs / 2], libc[runs / 2],
		       cli_cold, cli_med, cli_cpu);
		fflush(stdout);
		tsv_append(tsv, "%s\t%s\t%zu\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", label, q->label, rows, lib_cold,
		           lib[runs / 2], libc[runs / 2], cli_cold, cli_med, cli_cpu);
	}
	free(freq);
	free(rare);
	free(place);
	free(ppl_place);
	free(month);
	return bad;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "ingest"))
		return cmd_ingest(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "queries"))
		return cmd_queries(argc - 1, argv + 1);
	fprintf(stderr,
	        "usage: bench_store ingest --db PATH [--threads N] [--batch N] [--data DIR] [--tsv FILE] CORPUS...\n"
	        "       bench_store queries --db PATH [--readout BIN] [--runs N] [--tsv FILE]\n"
	        "\n"
	        "ingest: extracts and stores CORPUS as `readout ingest` does, and prints MB/s, docs/s,\n"
	        "the time spent storing, peak RSS and the database size. queries: times the analyst\n"
	        "queries (cold after evicting the database from the page cache, then the median of N\n"
	        "warm runs) through the library and, with --readout, through the CLI.\n");
	return 2;
}
