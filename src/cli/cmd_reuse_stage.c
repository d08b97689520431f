/* cmd_reuse_stage.c — `readout reuse-ngrams`, `reuse-pairs`, `reuse-candidates`,
 * `reuse-route` and `reuse-align`: the stages of `readout reuse` as JSON Lines filters, stdin
 * to stdout, for Hadoop Streaming and Spark's pipe (README, "Reuse"). argv[0] names the stage. */
#include "cli/cli.h"
#include "readout/readout.h"
#include "readout/reuse.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const struct stage {
	const char *name;
	int stage;
	const char *role, *side; /* what it does; its side-file option, or NULL */
} stages[] = {
	{"reuse-ngrams", READOUT_REUSE_STAGE_NGRAMS,
	 "map: documents (JSON Lines: {\"id\", \"text\"} with optional \"published\", \"date\", \"level\",\n"
	 "or `readout extract --with-text` output) -> a line per distinct n-gram of each document", NULL},
	{"reuse-pairs", READOUT_REUSE_STAGE_PAIRS,
	 "reduce (input sorted): per n-gram, a line per pair of documents sharing it, or one\n"
	 "boilerplate line when more than --max-df documents hold it", NULL},
	{"reuse-candidates", READOUT_REUSE_STAGE_CANDIDATES,
	 "reduce (input sorted): per pair, one candidate line with the positions of the n-grams\n"
	 "it shares, when there are --min-shared; boilerplate lines pass through", NULL},
	{"reuse-route", READOUT_REUSE_STAGE_ROUTE,
	 "map: documents and candidate lines -> each document once per candidate pair it is in\n"
	 "(named by --candidates), keyed by the pair; candidate lines pass through", "--candidates"},
	{"reuse-align", READOUT_REUSE_STAGE_ALIGN,
	 "reduce (input sorted): per pair, its passages, one line each, as\n"
	 "`readout reuse --export passages -f jsonl` lists them (boilerplate from --boilerplate)", "--boilerplate"},
};

static const struct stage *find(const char *name)
{
	for (size_t i = 0; i < sizeof stages / sizeof *stages; i++)
		if (!strcmp(stages[i].name, name))
			return &stages[i];
	return NULL;
}

static void help(FILE *f, const struct stage *s)
{
	fprintf(f, "usage: readout %s [options] [FILE...]\n\n%s.\n\nReads FILEs or stdin, writes stdout. ", s->name,
	        s->role);
	fprintf(f, "Every line written starts with its key: a byte-wise sort\n(LC_ALL=C sort) of the lines is the "
	           "shuffle between a map and a reduce.\n\noptions:\n");
	if (s->side && !strcmp(s->side, "--candidates"))
		fprintf(f, "      --candidates FILE  reuse-candidates output (repeat for its parts)\n");
	if (s->side && !strcmp(s->side, "--boilerplate"))
		fprintf(f, "      --boilerplate FILE reuse-candidates output, for its boilerplate lines (repeat)\n");
	fprintf(f, "      --ngram N          content words per n-gram (default 4)\n"
	           "      --max-df N         an n-gram in more than N documents is boilerplate (default 100)\n"
	           "      --min-shared N     n-grams a pair must share to be aligned (default 2)\n"
	           "      --min-matches N    content words a passage must match (default 9)\n"
	           "      --max-line N       refuse lines longer than N bytes (default 64M)\n"
	           "  -q, --quiet            no summary line on stderr\n"
	           "  -h, --help             this help\n\n"
	           "Every stage must be given the same --ngram, --max-df, --min-shared and --min-matches\n"
	           "as the others and as `readout reuse`. Bad lines are reported on stderr and skipped.\n"
	           "Exit status: 0 all lines used, 1 some could not be (or an error), 2 usage error.\n");
}

static void report_bad(void *user, const char *where, const char *why)
{
	(void)user;
	cli_error(where, why);
}


int cmd_reuse_stage(int argc, char **argv)
{
	const struct stage *s = find(argv[0]);
	static const struct option longopts[] = {
		{"candidates", required_argument, NULL, 'c'}, {"boilerplate", required_argument, NULL, 'b'},
		{"ngram", required_argument, NULL, 'n'}, {"max-df", required_argument, NULL, 'x'},
		{"min-shared", required_argument, NULL, 's'}, {"min-matches", required_argument, NULL, 'm'},
		{"max-line", required_argument, NULL, 'L'}, {"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	readout_reuse_stream_options o = READOUT_REUSE_STREAM_OPTIONS_INIT;
	const char **side = calloc((size_t)argc + 1, sizeof *side);
	size_t nside = 0;
	int quiet = 0, opt, status = EXIT_USAGE;
	if (!side) {
		cli_error(NULL, "out of memory");
		return EXIT_SOME_FAILED;
	}
	optind = 1;
	while ((opt = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'c':
		case 'b':
			if (!s->side || strcmp(s->side, opt == 'c' ? "--candidates" : "--boilerplate")) {
				fprintf(stderr, "readout: %s takes no %s\n", s->name, opt == 'c' ? "--candidates" : "--boilerplate");
				goto done;
			}
			side[nside++] = optarg;
			break;
		case 'n':
			if (!cli_parse_count("--ngram", optarg, &o.reuse.ngram))
				goto done;
			if (o.reuse.ngram > 64) {
				fprintf(stderr, "readout: --ngram: at most 64 words\n");
				goto done;
			}
			break;
		case 'x':
			if (!cli_parse_count("--max-df", optarg, &o.reuse.max_df))
				goto done;
			break;
		case 's':
			if (!cli_parse_count("--min-shared", optarg, &o.reuse.min_shared))
				goto done;
			break;
		case 'm':
			if (!cli_parse_count("--min-matches", optarg, &o.reuse.min_matches))
				goto done;
			break;
		case 'L':
			if (!cli_parse_size("--max-line", optarg, &o.max_line))
				goto done;
			break;
		case 'q': quiet = 1; break;
		case 'h':
			help(stdout, s);
			status = 0;
			goto done;
		default: help(stderr, s); goto done;
		}
	}
	if (s->side && !nside) {
		fprintf(stderr, "readout: %s needs %s FILE\n", s->name, s->side);
		goto done;
	}
	o.side_files = side;
	o.nside_files = nside;
	o.bad_line = report_bad;
	readout_reuse_stream_report total = {0}, r;
	status = 0;
	for (int i = optind; i == optind || i < argc; i++) {
		const char *path = i < argc ? argv[i] : "-";
		FILE *in = strcmp(path, "-") ? fopen(path, "rb") : stdin;
		if (!in) {
			cli_error(path, strerror(errno));
			status = EXIT_SOME_FAILED;
			continue;
		}
		int rc = readout_reuse_stream(&r, s->stage, in, strcmp(path, "-") ? path : "stdin", stdout, &o);
		if (in != stdin)
			fclose(in);
		total.lines_in += r.lines_in;
		total.lines_out += r.lines_out;
		total.bad_lines += r.bad_lines;
		if (rc) {
			cli_error(NULL, readout_error_message());
			status = EXIT_SOME_FAILED;
			break;
		}
	}
	if (total.bad_lines)
		status = EXIT_SOME_FAILED;
	if (!quiet)
		fprintf(stderr, "readout: %s: %zu lines in, %zu out, %zu bad\n", s->name, total.lines_in, total.lines_out,
		        total.bad_lines);
done:
	free(side);
	return status;
}
