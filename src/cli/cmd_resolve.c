/* cmd_resolve.c — `readout resolve`: who is who decided again over a stored database, with the
 * user's corrections (readout_store_resolve); a thin layer over the library. */
#include "cli/cli.h"
#include "readout/readout.h"
#include "readout/store.h"

#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *f)
{
	fprintf(f,
	        "usage: readout resolve [options]\n"
	        "\n"
	        "Decides again which mentions are one person, over everything the database holds,\n"
	        "in one transaction (docs/schema.md, \"Who is who\"). With --overrides, the file's\n"
	        "corrections replace those the database keeps first; later ingests apply them too.\n"
	        "\n"
	        "The file is tab-separated: '#' comments, a header line, then one row a correction:\n"
	        "  spelling <TAB> Lu Wei <TAB> Lü Wei          a text's \"Lu Wei\" is the person Lü Wei\n"
	        "  merge    <TAB> Han Jun <TAB> Jilin <TAB> Anhui  Han Jun's persons of both are one\n"
	        "  split    <TAB> Wang Yong <TAB> Qinghai       Wang Yong of Qinghai is a person apart\n"
	        "A place is \"central\", a provincial-level unit or Province/Prefecture (Hubei/Wuhan).\n"
	        "\n"
	        "options:\n"
	        "      --db LOCATION      SQLite file (default readout.db) or postgresql://... URI\n"
	        "      --overrides FILE   the corrections to keep and apply (a bad row: nothing changes)\n"
	        "      --clear            drop the corrections the database keeps\n"
	        "      --rebuild          read every stored record again first: posts, name keys and\n"
	        "                         persons as this readout and its data make them (after a\n"
	        "                         change to data/posts.tsv, or to undo a spelling correction)\n"
	        "      --data DIR         read the lexicons from DIR instead of the built-in copy\n"
	        "  -q, --quiet            no summary line\n"
	        "  -h, --help             this help\n"
	        "\n"
	        "Exit status: 0 done, 1 the file or the database could not be used, 2 usage error.\n");
}

int cmd_resolve(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'D'}, {"overrides", required_argument, NULL, 'O'},
		{"clear", no_argument, NULL, 'C'}, {"rebuild", no_argument, NULL, 'R'},
		{"data", required_argument, NULL, 'd'}, {"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	const char *location = "readout.db", *data_dir = NULL, *path = NULL;
	int rebuild = 0, clear = 0, quiet = 0, opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'D': location = optarg; break;
		case 'O': path = optarg; break;
		case 'C': clear = 1; break;
		case 'R': rebuild = 1; break;
		case 'd': data_dir = optarg; break;
		case 'q': quiet = 1; break;
		case 'h': help(stdout); return 0;
		default: help(stderr); return EXIT_USAGE;
		}
	}
	if (optind != argc) {
		fprintf(stderr, "readout: resolve takes no arguments (got '%s')\n", argv[optind]);
		return EXIT_USAGE;
	}
	if (path && clear) {
		fprintf(stderr, "readout: resolve: --overrides and --clear together say two things\n");
		return EXIT_USAGE;
	}
	readout_lexicon *lex;
	if (readout_lexicon_load(&lex, data_dir)) {
		cli_error("lexicon", readout_error_message());
		return EXIT_SOME_FAILED;
	}
	readout_overrides *ov = NULL;
	if (path && readout_overrides_load(&ov, path, lex)) {
		cli_error(NULL, readout_error_message());
		readout_lexicon_free(lex);
		return EXIT_SOME_FAILED;
	}
	if (clear && readout_overrides_empty(&ov)) {
		cli_error(NULL, readout_error_message());
		readout_lexicon_free(lex);
		return EXIT_SOME_FAILED;
	}
	char shown[1024];
	cli_location(shown, sizeof shown, location);
	readout_store_options so = READOUT_STORE_OPTIONS_INIT;
	so.create = 0;
	readout_store *st = NULL;
	readout_resolve_report r;
	int status = EXIT_ALL_READ;
	if (readout_store_open(&st, location, lex, &so) || readout_store_resolve(st, ov, rebuild, &r)) {
		cli_error(shown, readout_error_message());
		status = EXIT_SOME_FAILED;
	} else if (!quiet) {
		char docs[64] = "";
		if (rebuild)
			snprintf(docs, sizeof docs, "%" PRId64 " documents read again; ", r.documents);
		fprintf(stderr,
		        "readout: %s%" PRId64 " names decided again, %" PRId64 " facets moved; %" PRId64 " persons before, %" PRId64
		        " after; %" PRId64 " corrections kept, in %s\n",
		        docs, r.names, r.moved, r.persons_before, r.persons_after, r.overrides, shown);
	}
	readout_store_close(st);
	readout_overrides_free(ov);
	readout_lexicon_free(lex);
	return status;
}
