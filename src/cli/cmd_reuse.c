/* cmd_reuse.c — `readout reuse`: find the passages stored readouts repeat from each other or
 * from reference texts, store them, list them. A thin layer over readout/reuse.h. */
#include "cli/cli.h"
#include "cli/table.h"
#include "readout/readout.h"
#include "readout/reuse.h"
#include "readout/store.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void help(FILE *f)
{
	fprintf(f,
	        "usage: readout reuse [options]                    align what is new, store it\n"
	        "       readout reuse --reference [options] FILE...  how much documents take from texts\n"
	        "       readout reuse --export WHAT [options]      list stored results\n"
	        "\n"
	        "Finds the passages stored readouts repeat from each other: aligns every document not\n"
	        "aligned yet against every stored document, stores the pairs that share passages (the\n"
	        "earlier document is the source: by date, then central before provincial before local),\n"
	        "and groups near duplicates, and the events they report, into clusters. Machine-\n"
	        "translation variants (other words, dropped and inserted words, moved clauses) still\n"
	        "align; n-grams that many documents share are boilerplate and make no passage.\n"
	        "\n"
	        "options:\n"
	        "      --db LOCATION      SQLite file (default readout.db) or postgresql://... URI\n"
	        "  -t, --threads N        work on N threads (default 1)\n"
	        "      --ngram N          content words (stop words aside) per n-gram (default 4)\n"
	        "      --max-df N         an n-gram in more than N documents is boilerplate (default 100)\n"
	        "      --min-shared N     n-grams two documents must share to be aligned (default 2)\n"
	        "      --min-matches N    content words a passage must match (default 9)\n"
	        "      --near-duplicate X a pair covering at least X of both documents is one story\n"
	        "                         (default 0.8)\n"
	        "      --rebuild          forget the stored results (with --reference, those of the\n"
	        "                         references given) and align everything again\n"
	        "      --reference        the arguments are reference texts (files, folders, JSON Lines):\n"
	        "                         per stored document, the share of its words taken from each;\n"
	        "                         prints the documents that took from them\n"
	        "      --by WHAT          with --reference or --export aggregates: totals by place,\n"
	        "                         province, level or month\n"
	        "      --export WHAT      list stored results: passages, pairs, clusters, events,\n"
	        "                         references, shares, reference-passages, aggregates\n"
	        "      --doc ID           with --export: only rows involving document ID\n"
	        "      --limit N          with --export or --reference: at most N rows\n"
	        "  -f, --format FMT       table (default on a terminal), csv (default otherwise),\n"
	        "                         jsonl, json\n"
	        "      --data DIR         read the lexicons from DIR (references' dates and levels)\n"
	        "  -q, --quiet            no progress; only errors and the summary line\n"
	        "  -h, --help             this help\n"
	        "\n"
	        "Exit status: 0 done, 1 an error (no database, a bad input), 2 usage error.\n");
}

static const char *const lists[] = {"passages", "pairs", "clusters", "events", "references", "shares",
                                    "reference-passages", "aggregates"};

/* READOUT_REUSE_* of a list name, or 0. */
static int list_of(const char *name)
{
	for (size_t i = 0; i < sizeof lists / sizeof *lists; i++)
		if (!strcmp(lists[i], name))
			return (int)i + READOUT_REUSE_PASSAGES;
	return 0;
}

typedef struct progress {
	int on;
	struct timespec last;
} progress;

static void draw(void *user, const char *stage, size_t done, size_t total)
{
	progress *p = user;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	double since = (double)(now.tv_sec - p->last.tv_sec) + (double)(now.tv_nsec - p->last.tv_nsec) / 1e9;
	if (!p->on || (since < 0.1 && done != total))
		return;
	p->last = now;
	if (total)
		fprintf(stderr, "\r%-10s %zu / %zu   ", stage, done, total);
	else
		fprintf(stderr, "\r%-10s %zu        ", stage, done);
}

static int parse_share(const char *opt, const char *v, double *out)
{
	char *end;
	errno = 0;
	double x = strtod(v, &end);
	if (errno || *end || !(x > 0 && x <= 1)) {
		fprintf(stderr, "readout: %s: '%s' is not a share between 0 and 1\n", opt, v);
		return 0;
	}
	*out = x;
	return 1;
}


static void print_summary(const readout_reuse_summary *s, const char *shown, double seconds)
{
	fprintf(stderr,
	        "readout: %zu documents (%zu new, %zu without text) in %s: %zu candidate pairs aligned, %zu share "
	        "%zu passages; %zu n-grams, %zu boilerplate; %zu clusters of %zu documents, %zu events in them; "
	        "%.2f s (read %.2f, index %.2f, align %.2f, write %.2f)\n",
	        s->documents, s->new_documents, s->without_text, shown, s->candidate_pairs, s->pairs, s->passages,
	        s->ngrams, s->boilerplate, s->clusters, s->clustered_documents, s->clustered_events, seconds,
	        s->read_seconds, s->index_seconds, s->align_seconds, s->write_seconds);
}

/* The references named by paths, read and extracted (for their dates and levels). */
typedef struct refs {
	readout_reuse_reference *v;
	char **owned;   /* strings to free */
	size_t n, nowned;
	size_t failed;
} refs;

static char *keep_str(refs *r, const char *s)
{
	if (!s)
		return NULL;
	char *c = strdup(s);
	char **o = realloc(r->owned, (r->nowned + 1) * sizeof *o);
	if (!c || !o) {
		free(c);
		if (o)
			r->owned = o;
		return NULL;
	}
	r->owned = o;
	r->owned[r->nowned++] = c;
	return c;
}

static void refs_free(refs *r)
{
	for (size_t i = 0; i < r->nowned; i++)
		free(r->owned[i]);
	free(r->owned);
	free(r->v);
}

static int read_references(refs *r, char **paths, int n, const readout_lexicon *lex)
{
	readout_source *src;
	if (readout_source_open(&src, (const char *const *)paths, (size_t)n, NULL)) {
		cli_error(NULL, readout_error_message());
		return -1;
	}
	readout_extractor *ex;
	if (readout_extractor_new(&ex, lex, NULL)) {
		cli_error(NULL, readout_error_message());
		readout_source_free(src);
		return -1;
	}
	readout_doc d;
	int rc;
	while ((rc = readout_source_next(src, &d)) != 0) {
		if (rc < 0) {
			cli_error(d.origin, readout_error_message());
			r->failed++;
			continue;
		}
		const readout_record *rec;
		if (readout_extract(&rec, ex, d.text, d.len)) {
			cli_error(d.origin, readout_error_message());
			r->failed++;
			continue;
		}
		const readout_event *main_event = rec->nevents ? &rec->events[0] : NULL;
		readout_reuse_reference ref = {keep_str(r, d.id), keep_str(r, d.text), d.len,
		                               keep_str(r, rec->published ? rec->published
		                                                          : main_event ? main_event->date.text : NULL),
		                               keep_str(r, main_event ? main_event->level.text : NULL)};
		readout_reuse_reference *v = ref.name && ref.text ? realloc(r->v, (r->n + 1) * sizeof *v) : NULL;
		if (!v) {
			cli_error(d.origin, "out of memory");
			r->failed++;
			continue;
		}
		r->v = v;
		r->v[r->n++] = ref;
	}
	readout_extractor_free(ex);
	readout_source_free(src);
	return 0;
}

int cmd_reuse(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'D'}, {"threads", required_argument, NULL, 't'},
		{"ngram", required_argument, NULL, 'n'}, {"max-df", required_argument, NULL, 'x'},
		{"min-shared", required_argument, NULL, 's'}, {"min-matches", required_argument, NULL, 'm'},
		{"near-duplicate", required_argument, NULL, 'N'}, {"rebuild", no_argument, NULL, 'R'},
		{"reference", no_argument, NULL, 'r'}, {"by", required_argument, NULL, 'B'},
		{"export", required_argument, NULL, 'e'}, {"doc", required_argument, NULL, 'd'},
		{"limit", required_argument, NULL, 'l'}, {"format", required_argument, NULL, 'f'},
		{"data", required_argument, NULL, 'L'},
		{"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	const char *location = "readout.db", *data_dir = NULL;
	readout_reuse_options o = READOUT_REUSE_OPTIONS_INIT;
	readout_reuse_query q = {0};
	int reference = 0, quiet = 0, what = 0, opt;
	int format = isatty(STDOUT_FILENO) ? FMT_TABLE : FMT_CSV;
	unsigned threads = 1;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "t:f:qh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'D': location = optarg; break;
		case 't':
			if (!cli_parse_count("--threads", optarg, &threads) || threads > 256)
				return EXIT_USAGE;
			break;
		case 'n':
			if (!cli_parse_count("--ngram", optarg, &o.ngram) || o.ngram > 64) {
				if (o.ngram > 64)
					fprintf(stderr, "readout: --ngram: at most 64 words\n");
				return EXIT_USAGE;
			}
			break;
		case 'x':
			if (!cli_parse_count("--max-df", optarg, &o.max_df))
				return EXIT_USAGE;
			break;
		case 's':
			if (!cli_parse_count("--min-shared", optarg, &o.min_shared))
				return EXIT_USAGE;
			break;
		case 'm':
			if (!cli_parse_count("--min-matches", optarg, &o.min_matches))
				return EXIT_USAGE;
			break;
		case 'N':
			if (!parse_share("--near-duplicate", optarg, &o.near_duplicate))
				return EXIT_USAGE;
			break;
		case 'R': o.rebuild = 1; break;
		case 'r': reference = 1; break;
		case 'B': q.by = optarg; break;
		case 'e':
			if (!(what = list_of(optarg))) {
				fprintf(stderr, "readout: --export: '%s' is not one of passages, pairs, clusters, events, "
				                "references, shares, reference-passages, aggregates\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'd': q.doc = optarg; break;
		case 'l':
			if (!cli_parse_size("--limit", optarg, &q.limit))
				return EXIT_USAGE;
			break;
		case 'f':
			if ((format = table_format_parse(optarg)) < 0) {
				fprintf(stderr, "readout: --format: '%s' is not table, csv, jsonl or json\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'L': data_dir = optarg; break;
		case 'q': quiet = 1; break;
		case 'h': help(stdout); return 0;
		default: help(stderr); return EXIT_USAGE;
		}
	}
	o.threads = threads;
	if (reference && what) {
		fprintf(stderr, "readout: reuse takes --reference or --export, not both\n");
		return EXIT_USAGE;
	}
	if (reference && optind >= argc) {
		fprintf(stderr, "readout: reuse --reference needs at least one FILE\n");
		return EXIT_USAGE;
	}
	if (!reference && optind < argc) {
		fprintf(stderr, "readout: reuse takes no arguments (got '%s'; reference texts follow --reference)\n",
		        argv[optind]);
		return EXIT_USAGE;
	}
	if (q.by && !reference && what != READOUT_REUSE_AGGREGATES) {
		fprintf(stderr, "readout: --by goes with --reference or --export aggregates\n");
		return EXIT_USAGE;
	}
	if (what == READOUT_REUSE_AGGREGATES && !q.by) {
		fprintf(stderr, "readout: --export aggregates needs --by place, province, level or month\n");
		return EXIT_USAGE;
	}
	char shown[1024];
	cli_location(shown, sizeof shown, location);
	readout_store_options so = READOUT_STORE_OPTIONS_INIT;
	so.readonly = what != 0;
	so.create = 0;
	readout_store *st;
	if (readout_store_open(&st, location, NULL, &so)) {
		cli_error(shown, readout_error_message());
		return EXIT_SOME_FAILED;
	}
	progress pr = {!quiet && isatty(STDERR_FILENO), {0, 0}};
	o.progress = draw;
	o.progress_user = &pr;
	int status = 0;
	readout_reuse_summary sum;
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	readout_cursor *t = NULL;
	if (what) {
		if (readout_reuse_list(&t, st, what, &q)) {
			cli_error(shown, readout_error_message());
			status = EXIT_SOME_FAILED;
		}
	} else if (reference) {
		readout_lexicon *lex = NULL;
		refs r = {0};
		if (readout_lexicon_load(&lex, data_dir)) {
			cli_error("lexicon", readout_error_message());
			status = EXIT_SOME_FAILED;
		} else if (read_references(&r, argv + optind, argc - optind, lex) || !r.n) {
			if (!r.n)
				cli_error(NULL, "no reference text could be read");
			status = EXIT_SOME_FAILED;
		} else {
			int64_t *ids = calloc(r.n, sizeof *ids);
			int rc = ids ? readout_reuse_references(&sum, ids, st, r.v, r.n, &o) : READOUT_ENOMEM;
			if (pr.on)
				fputc('\n', stderr);
			if (rc) {
				cli_error(shown, readout_error_message());
				status = EXIT_SOME_FAILED;
			} else {
				q.references = ids;
				q.nreferences = r.n;
				if (readout_reuse_list(&t, st, q.by ? READOUT_REUSE_AGGREGATES : READOUT_REUSE_SHARES, &q)) {
					cli_error(shown, readout_error_message());
					status = EXIT_SOME_FAILED;
				}
				fprintf(stderr, "readout: %zu reference%s against %zu documents (%zu without text): %zu aligned "
				                "now, %zu of them take %zu passages; %.2f s\n",
				        r.n, r.n == 1 ? "" : "s", sum.documents, sum.without_text, sum.new_documents, sum.pairs,
				        sum.passages, sum.read_seconds + sum.index_seconds + sum.align_seconds + sum.write_seconds);
			}
			free(ids);
			if (r.failed)
				status = EXIT_SOME_FAILED;
		}
		refs_free(&r);
		readout_lexicon_free(lex);
	} else {
		int rc = readout_reuse_run(&sum, st, &o);
		if (pr.on)
			fputc('\n', stderr);
		struct timespec t1;
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (rc) {
			cli_error(shown, readout_error_message());
			status = EXIT_SOME_FAILED;
		} else {
			print_summary(&sum, shown, (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
		}
	}
	if (t) {
		table_out out;
		table_begin(&out, stdout, format, NULL);
		int rc = table_add(&out, t), end = table_end(&out);
		if (rc && rc != TABLE_WRITE_FAILED)
			cli_error(shown, readout_error_message());
		if (rc || end)
			status = EXIT_SOME_FAILED;
	}
	readout_cursor_free(t);
	readout_store_close(st);
	return status;
}
