/* cmd_extract.c — `readout extract`: documents in, one JSON object per document out. */
#include "cli/cli.h"
#include "readout/readout.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *f)
{
	fprintf(f,
	        "usage: readout extract [options] FILE|DIR|-...\n"
	        "\n"
	        "Extracts from each readout its events (date, host, place, level, presided, spoke,\n"
	        "attended, type, format, size, duration, subject), people with titles, and\n"
	        "formulations, each with the byte spans of the supporting text.\n"
	        "\n"
	        "Inputs: a text file (id = its name without extension); a folder (its *.txt files);\n"
	        "a .jsonl file (one {\"id\", \"text\", ...} object per line); '-' for stdin (JSON Lines\n"
	        "if it starts with '{', else one text document with id \"stdin\").\n"
	        "\n"
	        "options:\n"
	        "  -f, --format FMT       jsonl (default: one object per line) or json (indented)\n"
	        "  -t, --threads N        extract on N threads; output order stays the input order\n"
	        "      --max-bytes N      refuse documents larger than N bytes (default 16M; k/M/G)\n"
	        "      --work-per-kb N    steps of work that grows faster than the text (comparing a\n"
	        "                         person's titles) per KB; past it, a warning (default 256)\n"
	        "      --data DIR         read the lexicons from DIR instead of the built-in copy\n"
	        "      --stdin-format F   auto (default), text or jsonl\n"
	        "      --with-text        add each document's text as a \"text\" member, so the output\n"
	        "                         can be stored later: readout ingest --from-extracted\n"
	        "  -q, --quiet            no summary line on stderr\n"
	        "  -h, --help             this help\n"
	        "\n"
	        "Bad inputs are reported on stderr, one line each, and skipped.\n"
	        "Exit status: 0 all inputs read, 1 some could not be read, 2 usage error.\n");
}

typedef struct ctx {
	readout_buf out;
	int pretty;
	int with_text;
	size_t ok, failed;
} ctx;

static int sink(void *user, const readout_result *r)
{
	ctx *c = user;
	if (r->rc) {
		cli_error(r->doc->origin, r->message && *r->message ? r->message : readout_error_name(r->rc));
		c->failed++;
		return 0;
	}
	cli_warnings(r->doc->origin, r->record);
	readout_buf_clear(&c->out);
	readout_json_extras x = {r->doc->meta, r->doc->meta_len, c->with_text ? r->doc->text : NULL, r->doc->len};
	int rc = readout_record_write_json_with(&c->out, r->doc->id, r->record, c->pretty, &x);
	if (rc || readout_buf_putc(&c->out, '\n')) {
		cli_error(r->doc->origin, readout_error_message());
		c->failed++;
		return 0;
	}
	if (fwrite(c->out.data, 1, c->out.len, stdout) != c->out.len) {
		cli_stdout_failed(errno); /* reported at exit; the rest has nowhere to go */
		return -1;
	}
	c->ok++;
	return 0;
}

int cmd_extract(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"format", required_argument, NULL, 'f'}, {"threads", required_argument, NULL, 't'},
		{"max-bytes", required_argument, NULL, 'm'}, {"data", required_argument, NULL, 'd'},
		{"work-per-kb", required_argument, NULL, 'K'},
		{"stdin-format", required_argument, NULL, 's'}, {"quiet", no_argument, NULL, 'q'},
		{"with-text", no_argument, NULL, 'W'},
		{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	ctx c = {READOUT_BUF_INIT, 0, 0, 0, 0};
	readout_pipeline_options popts = READOUT_PIPELINE_OPTIONS_INIT;
	readout_source_options sopts = READOUT_SOURCE_OPTIONS_INIT;
	const char *data_dir = NULL;
	int quiet = 0, opt;
	size_t v = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "f:t:qh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'f':
			if (!strcmp(optarg, "json")) c.pretty = 1;
			else if (!strcmp(optarg, "jsonl")) c.pretty = 0;
			else {
				fprintf(stderr, "readout: --format: '%s' is not jsonl or json\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 't':
			if (!cli_parse_size("--threads", optarg, &v) || v > 256) {
				if (v > 256) fprintf(stderr, "readout: --threads: at most 256\n");
				return EXIT_USAGE;
			}
			popts.threads = (unsigned)v;
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
		case 's':
			if (!strcmp(optarg, "auto")) sopts.stdin_format = READOUT_INPUT_AUTO;
			else if (!strcmp(optarg, "text")) sopts.stdin_format = READOUT_INPUT_TEXT;
			else if (!strcmp(optarg, "jsonl")) sopts.stdin_format = READOUT_INPUT_JSONL;
			else {
				fprintf(stderr, "readout: --stdin-format: '%s' is not auto, text or jsonl\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'q': quiet = 1; break;
		case 'W': c.with_text = 1; break;
		case 'h': help(stdout); return 0;
		default: help(stderr); return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "readout: extract needs at least one FILE, DIR or '-'\n");
		help(stderr);
		return EXIT_USAGE;
	}
	readout_lexicon *lex;
	if (readout_lexicon_load(&lex, data_dir)) {
		cli_error("lexicon", readout_error_message());
		return EXIT_SOME_FAILED;
	}
	readout_source *src;
	if (readout_source_open(&src, (const char *const *)argv + optind, (size_t)(argc - optind), &sopts)) {
		cli_error(NULL, readout_error_message());
		readout_lexicon_free(lex);
		return EXIT_SOME_FAILED;
	}
	int rc = readout_pipeline_run(src, lex, &popts, sink, &c);
	if (rc && rc != -1) /* -1: the sink's write error, reported at exit */
		cli_error(NULL, readout_error_message());
	if (!quiet)
		fprintf(stderr, "readout: %zu documents extracted, %zu inputs failed\n", c.ok, c.failed);
	readout_buf_dispose(&c.out);
	readout_source_free(src);
	readout_lexicon_free(lex);
	return rc || c.failed ? EXIT_SOME_FAILED : EXIT_ALL_READ;
}
