/* cmd_query.c — the query commands: people, person, events, formulations, cascade, search,
 * sql. They share options and output; each is a row of the table below. */
#include "cli/cli.h"
#include "cli/table.h"
#include "readout/readout.h"
#include "readout/store.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { A_PLACE = 1 << 0, A_TITLE = 1 << 1, A_LEVEL = 1 << 2, A_TYPE = 1 << 3, A_SUBJECT = 1 << 4,
       A_FROM = 1 << 5, A_TO = 1 << 6, A_BY = 1 << 7, A_LIMIT = 1 << 8 };

typedef struct query_cmd {
	const char *name;
	const char *args;      /* positional argument, or NULL */
	unsigned opts;         /* A_* filters it takes */
	const char *summary;
} query_cmd;

static const query_cmd cmds[] = {
	{"people", NULL, A_PLACE | A_TITLE | A_LEVEL | A_LIMIT, "people with their latest title, documents and dates"},
	{"person", "NAME", 0, "a profile: titles over time, events and roles, who is listed beside them, listing order"},
	{"events", NULL, A_FROM | A_TO | A_LEVEL | A_PLACE | A_TYPE | A_SUBJECT | A_LIMIT, "events with roles"},
	{"formulations", NULL, A_FROM | A_TO | A_BY | A_PLACE | A_LIMIT, "formulation uses over time; first and last appearance"},
	{"cascade", NULL, A_SUBJECT, "how a campaign moved down the hierarchy: events by level and days after the first central one"},
	{"search", "QUERY", A_LIMIT, "full-text search with ranked snippets"},
	{"sql", "SELECT...", 0, "one read-only SQL statement (see docs/schema.md)"},
};

static const query_cmd *find(const char *name)
{
	for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++)
		if (!strcmp(cmds[i].name, name))
			return &cmds[i];
	return NULL;
}

static void help(FILE *f, const query_cmd *c)
{
	fprintf(f, "usage: readout %s [options]%s%s\n\n%s\n\noptions:\n", c->name, c->args ? " " : "",
	        c->args ? c->args : "", c->summary);
	fprintf(f, "      --db LOCATION      SQLite file (default readout.db) or postgresql://... URI\n");
	fprintf(f, "  -f, --format FMT       table (default on a terminal), csv (default otherwise), jsonl, json\n");
	if (c->opts & A_PLACE) fprintf(f, "      --place P          a place (city, province) by its standard name\n");
	if (c->opts & A_TITLE) fprintf(f, "      --title T          titles containing T\n");
	if (c->opts & A_LEVEL) fprintf(f, "      --level L          central, provincial, prefectural, county or other\n");
	if (c->opts & A_TYPE) fprintf(f, "      --type T           event types containing T (seminar, standing committee ...)\n");
	if (c->opts & A_SUBJECT) fprintf(f, "      --subject S        subjects containing S (\"20th National Congress\" ...)\n");
	if (c->opts & A_FROM) fprintf(f, "      --from DATE        on or after YYYY-MM-DD\n");
	if (c->opts & A_TO) fprintf(f, "      --to DATE          on or before YYYY-MM-DD\n");
	if (c->opts & A_BY) fprintf(f, "      --by PERIOD        month (default) or week\n");
	if (c->opts & A_LIMIT) fprintf(f, "      --limit N          at most N rows\n");
	fprintf(f, "      --timeout SECONDS  stop a query that runs longer (default 60)\n");
	fprintf(f, "      --max-rows N       stop an answer of more rows, with an error (default 1000000)\n");
	fprintf(f, "  -h, --help             this help\n\nExit status: 0 answered, 1 error (no database, bad query, a limit "
	           "reached), 2 usage error.\n");
}

enum { WRITE_FAILED = 1 }; /* stream_row's stop: stdout failed */

static int stream_row(void *user, size_t ncols, const char *const *names, const char *const *cells)
{
	if (table_stream_row(user, ncols, names, cells) == 0)
		return 0;
	cli_stdout_failed(errno);
	return WRITE_FAILED;
}

static int valid_date(const char *s)
{
	return strlen(s) == 10 && s[4] == '-' && s[7] == '-';
}

int cmd_query(int argc, char **argv)
{
	const query_cmd *c = find(argv[0]);
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'D'}, {"format", required_argument, NULL, 'f'},
		{"place", required_argument, NULL, 'P'}, {"title", required_argument, NULL, 'T'},
		{"level", required_argument, NULL, 'L'}, {"type", required_argument, NULL, 'Y'},
		{"subject", required_argument, NULL, 'S'}, {"from", required_argument, NULL, 'F'},
		{"to", required_argument, NULL, 'O'}, {"by", required_argument, NULL, 'B'},
		{"limit", required_argument, NULL, 'N'}, {"timeout", required_argument, NULL, 'M'},
		{"max-rows", required_argument, NULL, 'R'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	readout_store_options so = READOUT_STORE_OPTIONS_INIT;
	size_t v = 0;
	const char *location = "readout.db";
	int format = isatty(STDOUT_FILENO) ? FMT_TABLE : FMT_CSV;
	readout_query q;
	memset(&q, 0, sizeof q);
	unsigned given = 0;
	int opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "f:h", longopts, NULL)) != -1) {
		unsigned bit = 0;
		switch (opt) {
		case 'D': location = optarg; break;
		case 'f':
			if ((format = table_format_parse(optarg)) < 0) {
				fprintf(stderr, "readout: --format: '%s' is not table, csv, jsonl or json\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'P': q.place = optarg, bit = A_PLACE; break;
		case 'T': q.title = optarg, bit = A_TITLE; break;
		case 'L': q.level = optarg, bit = A_LEVEL; break;
		case 'Y': q.type = optarg, bit = A_TYPE; break;
		case 'S': q.subject = optarg, bit = A_SUBJECT; break;
		case 'F': q.from = optarg, bit = A_FROM; break;
		case 'O': q.to = optarg, bit = A_TO; break;
		case 'B': q.by = optarg, bit = A_BY; break;
		case 'N':
			if (!cli_parse_size("--limit", optarg, &q.limit))
				return EXIT_USAGE;
			bit = A_LIMIT;
			break;
		case 'M':
			if (!cli_parse_size("--timeout", optarg, &v))
				return EXIT_USAGE;
			so.query_seconds = v > UINT_MAX ? UINT_MAX : (unsigned)v;
			break;
		case 'R':
			if (!cli_parse_size("--max-rows", optarg, &so.max_rows))
				return EXIT_USAGE;
			break;
		case 'h': help(stdout, c); return 0;
		default: help(stderr, c); return EXIT_USAGE;
		}
		given |= bit;
	}
	if (given & ~c->opts) {
		fprintf(stderr, "readout: %s does not take that filter (see readout %s --help)\n", c->name, c->name);
		return EXIT_USAGE;
	}
	if ((q.from && !valid_date(q.from)) || (q.to && !valid_date(q.to))) {
		fprintf(stderr, "readout: --from and --to take dates as YYYY-MM-DD\n");
		return EXIT_USAGE;
	}
	const char *arg = NULL;
	if (c->args) {
		if (optind != argc - 1) {
			fprintf(stderr, "readout: %s needs one %s argument\n", c->name, c->args);
			return EXIT_USAGE;
		}
		arg = argv[optind];
	} else if (optind != argc) {
		fprintf(stderr, "readout: %s takes no arguments (got '%s')\n", c->name, argv[optind]);
		return EXIT_USAGE;
	}
	if (!strcmp(c->name, "cascade") && !q.subject) {
		fprintf(stderr, "readout: cascade needs --subject\n");
		return EXIT_USAGE;
	}
	so.readonly = 1;
	so.create = 0;
	readout_store *st;
	if (readout_store_open(&st, location, NULL, &so)) {
		char shown[1024];
		cli_error(cli_location(shown, sizeof shown, location), readout_error_message());
		return EXIT_SOME_FAILED;
	}
	readout_table *t = NULL;
	int rc;
	if (!strcmp(c->name, "people")) rc = readout_store_people(&t, st, &q);
	else if (!strcmp(c->name, "person")) rc = readout_store_person(&t, st, arg);
	else if (!strcmp(c->name, "events")) rc = readout_store_events(&t, st, &q);
	else if (!strcmp(c->name, "formulations")) rc = readout_store_formulations(&t, st, &q);
	else if (!strcmp(c->name, "cascade")) rc = readout_store_cascade(&t, st, q.subject);
	else if (!strcmp(c->name, "search")) rc = readout_store_search(&t, st, arg, q.limit);
	else if (format == FMT_TABLE) rc = readout_store_sql(&t, st, arg); /* widths need every row */
	else {
		/* the rest print each row as it comes: an answer of any size in flat memory */
		table_stream ts = {stdout, format, 0, 0};
		rc = readout_store_sql_rows(st, arg, stream_row, &ts);
		table_stream_end(&ts);
		if (rc == WRITE_FAILED)
			rc = 0; /* main reports the write error */
	}
	if (rc) {
		cli_error(c->name, readout_error_message());
	} else if (t) {
		table_print(stdout, t, format);
		if (fflush(stdout) != 0)
			cli_stdout_failed(errno);
	}
	readout_table_free(t);
	readout_store_close(st);
	return rc ? EXIT_SOME_FAILED : 0;
}
