/* bench_complexity.c — extraction time on pathological documents at n and 8n bytes: repeated
 * names, names in one sentence, distinct names, titles, roles, quotes, one huge sentence, a
 * huge token, punctuation lines. Linear work takes about 8 times as long on the larger one;
 * quadratic work 64 times; with --store, storing each record counts too. Prints both CPU times
 * and instruction counts (where perf events are allowed) and their ratios; with --check F
 * exits 1 when a ratio is over F, instructions' if counted, else time's (the complexity tests
 * run it so). Public API only. */
#define _GNU_SOURCE
#include "readout/readout.h"
#include "readout/store.h"

#include <getopt.h>
#include <linux/perf_event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* A document of about len bytes: a readout's opening line, then the case's filler. */
typedef void (*gen_fn)(readout_buf *out, size_t len);

static const char opening[] = "Xinhua, March 13, 2024 -- Chen Miner, Secretary of the Chongqing Municipal Party "
                              "Committee, presided over a meeting of the Standing Committee in Chongqing.\n";

static void fill_repeat(readout_buf *out, size_t len, const char *unit)
{
	size_t ul = strlen(unit);
	while (out->len + ul <= len)
		readout_buf_append(out, unit, ul);
}

/* The i-th of many distinct words of five letters a-p: never a lexicon word. */
static void distinct_word(char *w, size_t i, char first)
{
	for (int k = 0; k < 5; k++)
		w[k] = (char)((k == 0 ? first : 'a') + ((i >> (4 * k)) & 15));
	w[5] = '\0';
}

static const char *const surnames[] = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
                                       "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "Guo", "Ma"};
static const char *const syllables[] = {"wei", "ming", "jun", "hua", "ping", "lei", "gang", "qiang", "yong",
                                        "jie", "tao", "bin", "hui", "xin", "fang", "yan", "jing", "na",
                                        "hong", "bo", "peng", "chao", "dong", "feng", "hai", "kai", "long",
                                        "qing", "rui", "song"};
#define NSUR (sizeof surnames / sizeof *surnames)
#define NSYL (sizeof syllables / sizeof *syllables)

static void gen_xi(readout_buf *out, size_t len) { fill_repeat(out, len, "Xi "); }
static void gen_li_qiang(readout_buf *out, size_t len) { fill_repeat(out, len, "Li Qiang, "); }
static void gen_presided(readout_buf *out, size_t len) { fill_repeat(out, len, "Xi Jinping presided over "); }
static void gen_attended(readout_buf *out, size_t len) { fill_repeat(out, len, "Li Qiang attended. "); }
static void gen_such_as(readout_buf *out, size_t len) { fill_repeat(out, len, "members such as Li Qiang, "); }
static void gen_ministers(readout_buf *out, size_t len) { fill_repeat(out, len, "Minister Wang Yi, Minister Wang Yi and "); }
static void gen_titles(readout_buf *out, size_t len) { fill_repeat(out, len, "Chen Miner, Secretary of the Party Committee, "); }
static void gen_sentence(readout_buf *out, size_t len) { fill_repeat(out, len, "the meeting was held and "); }
static void gen_punct_line(readout_buf *out, size_t len) { fill_repeat(out, len, "="); }
static void gen_punct_mixed(readout_buf *out, size_t len) { fill_repeat(out, len, "=-"); }
static void gen_quotes(readout_buf *out, size_t len) { fill_repeat(out, len, "\"a b\" "); }
static void gen_dates(readout_buf *out, size_t len) { fill_repeat(out, len, "On March 13, 2024, "); }

static void gen_token(readout_buf *out, size_t len)
{
	while (out->len < len)
		readout_buf_putc(out, 'a');
}

static void gen_token_utf8(readout_buf *out, size_t len)
{
	while (out->len + 2 <= len)
		readout_buf_puts(out, "\xc3\xa9"); /* é */
}

static void gen_headlines(readout_buf *out, size_t len) { fill_repeat(out, len, "Xi Jinping\n"); }
static void gen_cjk(readout_buf *out, size_t len) { fill_repeat(out, len, "\xe4\xb8\xad\xe5\x9b\xbd"); /* 中国 */ }
static void gen_brackets(readout_buf *out, size_t len) { fill_repeat(out, len, "(Reporter Xi Jinping "); }

static void gen_distinct_names(readout_buf *out, size_t len)
{
	for (size_t i = 0; out->len < len; i++) {
		size_t s = i % NSUR, g1 = (i / NSUR) % NSYL, g2 = (i / NSUR / NSYL) % NSYL;
		char given[16];
		snprintf(given, sizeof given, "%s%s", syllables[g1], syllables[g2]);
		given[0] = (char)(given[0] - 32);
		readout_buf_printf(out, "%s %s, ", surnames[s], given);
	}
}

static void gen_distinct_titles(readout_buf *out, size_t len)
{
	char w[6];
	for (size_t i = 0; out->len < len; i++) {
		distinct_word(w, i, 'A');
		readout_buf_printf(out, "Chen Miner, Secretary of the %s Committee, ", w);
	}
}

/* a sentence each: the titles of one person are not bounded by a sentence's segments */
static void gen_title_sentences(readout_buf *out, size_t len)
{
	char w[6];
	for (size_t i = 0; out->len < len; i++) {
		distinct_word(w, i, 'A');
		readout_buf_printf(out, "Chen Miner, Secretary of the %s Committee, spoke. ", w);
	}
}

/* the same with surname-only references: "Premier Li" titles are checked against the others */
static void gen_shorthand_titles(readout_buf *out, size_t len)
{
	char w[6];
	readout_buf_puts(out, "Li Qiang spoke. ");
	for (size_t i = 0; out->len < len; i++) {
		distinct_word(w, i, 'A');
		readout_buf_printf(out, "%s Premier Li said. ", w);
	}
}

/* many dates, then many sentences that each look for a date */
static void gen_dated_sentences(readout_buf *out, size_t len)
{
	for (int i = 0; i < 300 && out->len < len; i++)
		readout_buf_printf(out, "On March %d, 2024, ", i % 28 + 1);
	fill_repeat(out, len, "It rained. ");
}

static void gen_distinct_quotes(readout_buf *out, size_t len)
{
	char w[6];
	for (size_t i = 0; out->len < len; i++) {
		distinct_word(w, i, 'a');
		readout_buf_printf(out, "\"two %s\" ", w);
	}
}

static const struct {
	const char *name, *what;
	gen_fn gen;
} cases[] = {
	{"xi", "\"Xi \" repeated: one name, one sentence", gen_xi},
	{"li_qiang", "\"Li Qiang, \" repeated", gen_li_qiang},
	{"distinct_names", "distinct full names, comma-separated", gen_distinct_names},
	{"presided", "\"Xi Jinping presided over \" repeated: cues and names", gen_presided},
	{"attended", "\"Li Qiang attended. \": a sentence each", gen_attended},
	{"such_as", "\"members such as Li Qiang, \" repeated", gen_such_as},
	{"ministers", "\"Minister Wang Yi, Minister Wang Yi and \" repeated", gen_ministers},
	{"titles", "one title repeated after one name", gen_titles},
	{"distinct_titles", "distinct titles after one name", gen_distinct_titles},
	{"title_sentences", "distinct titles of one person, a sentence each", gen_title_sentences},
	{"shorthand_titles", "distinct titles before a surname-only reference", gen_shorthand_titles},
	{"dated_sentences", "300 dates, then short sentences", gen_dated_sentences},
	{"distinct_quotes", "distinct quoted formulations", gen_distinct_quotes},
	{"quotes", "one short quotation repeated", gen_quotes},
	{"dates", "\"On March 13, 2024, \" repeated", gen_dates},
	{"sentence", "one huge sentence of common words", gen_sentence},
	{"token", "one huge token", gen_token},
	{"token_utf8", "one huge token of a non-ASCII letter", gen_token_utf8},
	{"headlines", "\"Xi Jinping\" lines", gen_headlines},
	{"cjk", "Chinese characters", gen_cjk},
	{"brackets", "unclosed brackets with a credit word and a name", gen_brackets},
	{"punct_line", "a line of \"=\"", gen_punct_line},
	{"punct_mixed", "a line of \"=-\"", gen_punct_mixed},
};
#define NCASES (sizeof cases / sizeof *cases)

static int wanted(size_t c, const char *const *only, size_t nonly)
{
	for (size_t i = 0; i < nonly; i++)
		if (!strcmp(only[i], cases[c].name))
			return 1;
	return nonly == 0;
}

static void make_doc(readout_buf *doc, size_t c, size_t len)
{
	readout_buf_clear(doc);
	readout_buf_puts(doc, opening);
	cases[c].gen(doc, len);
}

/* --write: the documents themselves, to look at or to extract with the CLI */
static int write_cases(const char *dir, size_t n, const char *const *only, size_t nonly)
{
	readout_buf doc = READOUT_BUF_INIT;
	int rc = 0;
	for (size_t c = 0; c < NCASES; c++) {
		if (!wanted(c, only, nonly))
			continue;
		make_doc(&doc, c, n);
		char path[4096];
		snprintf(path, sizeof path, "%s/%s.txt", dir, cases[c].name);
		FILE *f = fopen(path, "wb");
		if (!f || fwrite(doc.data, 1, doc.len, f) != doc.len || fclose(f) != 0) {
			fprintf(stderr, "bench_complexity: %s: cannot write\n", path);
			rc = 1;
		}
	}
	readout_buf_dispose(&doc);
	return rc;
}

static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Instructions retired by this thread in user space, from the kernel's counter: the work
 * itself, whatever the machine's load and caches. -1 where perf events are not allowed. */
static int open_instruction_counter(void)
{
	struct perf_event_attr pe;
	memset(&pe, 0, sizeof pe);
	pe.type = PERF_TYPE_HARDWARE;
	pe.size = sizeof pe;
	pe.config = PERF_COUNT_HW_INSTRUCTIONS;
	pe.exclude_kernel = 1;
	pe.exclude_hv = 1;
	return (int)syscall(SYS_perf_event_open, &pe, 0, -1, -1, 0);
}

static double instructions(int fd)
{
	long long v = 0;
	if (fd < 0 || read(fd, &v, sizeof v) != (ssize_t)sizeof v)
		return -1;
	return (double)v;
}

typedef struct cost {
	double seconds;      /* CPU seconds */
	double instructions; /* -1 when not counted */
} cost;

/* What one measurement does: extract (and write the JSON), and with a database, store. */
typedef struct work {
	readout_extractor *ex;
	const readout_lexicon *lex;
	readout_buf json;
	const char *db;       /* --store: a new SQLite file for each run, or NULL */
	int counter;
} work;

/* A new empty database at w->db (not measured). */
static int fresh_store(const work *w, readout_store **st)
{
	static const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		char path[4200];
		snprintf(path, sizeof path, "%s%s", w->db, suffixes[i]);
		unlink(path);
	}
	return readout_store_open(st, w->db, w->lex, NULL);
}

/* Stores the record as one batch; 0 or the store's error. */
static int store_record(readout_store *st, const readout_buf *doc, const readout_record *rec)
{
	readout_store_doc d = {"bench", "bench", doc->data, doc->len, NULL, rec, NULL, 0};
	int added, rc;
	if ((rc = readout_store_begin(st)) || (rc = readout_store_add(st, &d, &added)))
		return rc;
	return readout_store_commit(st);
}

/* The cheapest of runs extractions of the document (with its JSON, and with a database its
 * storing); rc is the first error. */
static cost measure(work *w, const readout_buf *doc, int runs, int *rc)
{
	cost best = {-1, -1};
	for (int r = 0; r < runs; r++) {
		const readout_record *rec;
		readout_store *st = NULL;
		if (w->db && (*rc = fresh_store(w, &st)))
			return best;
		double i0 = instructions(w->counter), t0 = cpu_now();
		*rc = readout_extract(&rec, w->ex, doc->data, doc->len);
		if (*rc == 0) {
			readout_buf_clear(&w->json);
			readout_record_write_json(&w->json, "bench", rec, 0);
			if (st)
				*rc = store_record(st, doc, rec);
		}
		double t = cpu_now() - t0, i = instructions(w->counter) - i0;
		readout_store_close(st);
		if (*rc)
			return best;
		if (best.seconds < 0 || t < best.seconds)
			best.seconds = t;
		if (i0 >= 0 && (best.instructions < 0 || i < best.instructions))
			best.instructions = i;
	}
	return best;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: bench_complexity [--bytes N] [--runs R] [--check FACTOR] [--case NAME]... [--list]\n"
	           "                        [--write DIR] [--store DB]\n"
	           "  times extraction of each pathological case at N bytes (default 131072) and 8N;\n"
	           "  --check: exit 1 when a case's 8N time is over FACTOR times its N time\n"
	           "  --write: write each case's N-byte document to DIR/NAME.txt instead\n"
	           "  --store: also store each record into a new SQLite database DB (one batch)\n");
}

int main(int argc, char **argv)
{
	size_t n = 128 * 1024;
	int runs = 3;
	double check = 0;
	const char *only[NCASES], *write_dir = NULL, *store_db = NULL;
	size_t nonly = 0;
	static const struct option longopts[] = {{"bytes", required_argument, 0, 'b'},
	                                         {"runs", required_argument, 0, 'r'},
	                                         {"check", required_argument, 0, 'c'},
	                                         {"case", required_argument, 0, 'k'},
	                                         {"list", no_argument, 0, 'l'},
	                                         {"write", required_argument, 0, 'w'},
	                                         {"store", required_argument, 0, 's'},
	                                         {"help", no_argument, 0, 'h'},
	                                         {0, 0, 0, 0}};
	int opt;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'b': n = strtoull(optarg, NULL, 10); break;
		case 'r': runs = atoi(optarg); break;
		case 'c': check = atof(optarg); break;
		case 'k':
			if (nonly < NCASES)
				only[nonly++] = optarg;
			break;
		case 'l':
			for (size_t i = 0; i < NCASES; i++)
				printf("%-16s %s\n", cases[i].name, cases[i].what);
			return 0;
		case 'w': write_dir = optarg; break;
		case 's': store_db = optarg; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (n < 1024 || runs < 1) {
		usage(stderr);
		return 2;
	}
	if (write_dir)
		return write_cases(write_dir, n, only, nonly);
	readout_lexicon *lex;
	readout_extractor *ex;
	readout_extract_options eo = READOUT_EXTRACT_OPTIONS_INIT;
	eo.max_bytes = 64 * n; /* the cases, not the default cap, are what is measured */
	if (readout_lexicon_load(&lex, NULL) || readout_extractor_new(&ex, lex, &eo)) {
		fprintf(stderr, "bench_complexity: %s\n", readout_error_message());
		return 1;
	}
	readout_buf doc = READOUT_BUF_INIT;
	work w = {ex, lex, READOUT_BUF_INIT, store_db, open_instruction_counter()};
	int failed = 0, counter = w.counter;
	if (store_db)
		printf("(extraction and storing into %s)\n", store_db);
	/* the check uses instructions where they are counted: they do not depend on the load */
	printf("%-16s %9s %9s %9s %9s %7s", "case", "n bytes", "n ms", "8n bytes", "8n ms", "ratio");
	printf(counter >= 0 ? " %10s %10s %7s\n" : "\n", "n Minstr", "8n Minstr", "ratio");
	for (size_t c = 0; c < NCASES; c++) {
		if (!wanted(c, only, nonly))
			continue;
		cost k[2];
		size_t bytes[2];
		int rc = 0;
		for (int i = 0; i < 2 && rc == 0; i++) {
			make_doc(&doc, c, i ? 8 * n : n);
			bytes[i] = doc.len;
			k[i] = measure(&w, &doc, runs, &rc);
		}
		if (rc) {
			printf("%-16s failed: %s\n", cases[c].name, readout_error_message());
			failed = 1;
			continue;
		}
		/* below a millisecond the clock's resolution, not the work, makes the ratio */
		double ratio = k[1].seconds / (k[0].seconds > 1e-3 ? k[0].seconds : 1e-3);
		double iratio = k[0].instructions > 0 ? k[1].instructions / k[0].instructions : -1;
		int over = check > 0 && (iratio > 0 ? iratio : ratio) > check;
		printf("%-16s %9zu %9.2f %9zu %9.2f %7.1f", cases[c].name, bytes[0], k[0].seconds * 1e3, bytes[1],
		       k[1].seconds * 1e3, ratio);
		if (iratio > 0)
			printf(" %10.1f %10.1f %7.1f", k[0].instructions / 1e6, k[1].instructions / 1e6, iratio);
		printf("%s\n", over ? "  OVER" : "");
		fflush(stdout);
		failed |= over;
	}
	if (counter < 0)
		printf("(instructions not counted: perf events are not allowed here; the check uses CPU time)\n");
	else
		close(counter);
	readout_buf_dispose(&doc);
	readout_buf_dispose(&w.json);
	readout_extractor_free(ex);
	readout_lexicon_free(lex);
	if (failed && check > 0)
		fprintf(stderr, "bench_complexity: a case grew faster than %gx from n to 8n bytes, or failed\n", check);
	return failed;
}
