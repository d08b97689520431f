/* cmd_query.c — the query commands: people, person, events, formulations, cascade, search,
 * sql. They share options and output; each is a row of the table below, and a command whose
 * answer has several parts (a person's profile) prints one part per table: all of them, each
 * under a heading, in the aligned format for people, and the one --part names (else the
 * first) in CSV, JSON Lines and JSON, so that every output loads as one table. */
#include "cli/cli.h"
#include "cli/table.h"
#include "readout/readout.h"
#include "readout/store.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { A_PLACE = 1 << 0, A_TITLE = 1 << 1, A_LEVEL = 1 << 2, A_TYPE = 1 << 3, A_SUBJECT = 1 << 4,
       A_FROM = 1 << 5, A_TO = 1 << 6, A_BY = 1 << 7, A_LIMIT = 1 << 8, A_PART = 1 << 9, A_PERSON = 1 << 10,
       A_FORMULATION = 1 << 11, A_DAY0 = 1 << 12, A_CHANGES = 1 << 13, A_POST = 1 << 14 };

typedef struct query_cmd {
	const char *name;
	const char *args;         /* positional argument, or NULL */
	bool many;                /* args: any number of them (else exactly one) */
	unsigned opts;            /* A_* options it takes */
	const char *summary;
	const char *limit_help;   /* what --limit counts */
	const char *const *parts; /* NULL-terminated, the default first; NULL: one part */
} query_cmd;

static const char *const person_parts[] = {"summary", "career", "titles", "events", "colisted", "order",
                                           "career-documents", NULL};
static const char *const formulation_parts[] = {"periods", "spans", "levels", "places", NULL};
static const char *const cascade_parts[] = {"levels", "events", NULL};
static const char *const rank_parts[] = {"meetings", "people", NULL};

static const query_cmd cmds[] = {
	{"people", NULL, false, A_POST | A_PLACE | A_TITLE | A_LEVEL | A_LIMIT,
	 "people with their latest title and post, documents and dates; --post, --level and --place\n"
	 "select the people who held such a post (all three: one post that is all three)",
	 "at most N rows", NULL},
	{"person", "NAME", false, A_PART | A_LIMIT,
	 "a profile: the persons of a name (summary), their posts over time (career), titles as\n"
	 "written, events and roles, who is listed beside them (colisted), their listing order,\n"
	 "and the documents of each post (career-documents)",
	 "the latest N events (default 200), the N most co-listed\n"
	 "                         people (default 20), the latest N documents of each post\n"
	 "                         (default 20); 0: all", person_parts},
	{"events", NULL, false, A_FROM | A_TO | A_LEVEL | A_PLACE | A_TYPE | A_SUBJECT | A_LIMIT,
	 "events with roles and their documents' urls", "at most N rows", NULL},
	{"formulations", "[NAME...]", true, A_FROM | A_TO | A_BY | A_PLACE | A_LEVEL | A_FORMULATION | A_LIMIT | A_PART,
	 "every use of formulations, quoted or not: per period from the first to the last, zeros\n"
	 "included (periods); first and last use (spans); per level (levels) and place (places).\n"
	 "NAME: a formulation's label, Chinese or pinyin, else the formulations containing it",
	 "the N most used formulations, each whole", formulation_parts},
	{"cascade", NULL, false, A_SUBJECT | A_DAY0 | A_LEVEL | A_LIMIT | A_PART,
	 "how the relays of a central meeting moved down the hierarchy: the meeting's sessions, the\n"
	 "events before it opened, the relays of each level with their first, median and last day\n"
	 "after day 0 (the meeting's close), the undated ones and the totals (levels); every event\n"
	 "with its documents (events)",
	 "events: the first N relays of each level (default 20; all with\n"
	 "                         --level); 0: all", cascade_parts},
	{"rank", "BODY", false, A_PLACE | A_FROM | A_TO | A_CHANGES | A_PART,
	 "protocol order: the people a body's readouts list at each of its meetings, in the order\n"
	 "listed (presiders, then those attending), and what changed since the meeting before (up,\n"
	 "down, new, returned, dropped) (meetings); each person's course: meetings, first, latest and\n"
	 "best rank, moves (people). BODY: the host of the meetings, as stored (case-blind)",
	 NULL, rank_parts},
	{"search", "QUERY", false, A_FROM | A_TO | A_LEVEL | A_PLACE | A_TYPE | A_SUBJECT | A_PERSON | A_FORMULATION | A_LIMIT,
	 "full-text search with ranked snippets; filters narrow it to documents of those dates, places\n"
	 "and levels, with such events, naming the person or using the formulation (QUERY \"\" lists\n"
	 "them all, newest first)",
	 "at most N documents (default 20)", NULL},
	{"sql", "SELECT...", false, 0, "one read-only SQL statement (see docs/schema.md)", NULL, NULL},
};

static const query_cmd *find(const char *name)
{
	for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++)
		if (!strcmp(cmds[i].name, name))
			return &cmds[i];
	return NULL;
}

/* "a, b or c" of a NULL-terminated list, or of the levels when list is NULL. */
static const char *choices(char *out, size_t cap, const char *const *list)
{
	size_t n = 0, o = 0;
	while (list ? list[n] != NULL : readout_level_name(n) != NULL)
		n++;
	out[0] = '\0';
	for (size_t i = 0; i < n && o < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s%s", i == 0 ? "" : i + 1 < n ? ", " : " or ",
		                      list ? list[i] : readout_level_name(i));
	return out;
}

static void help(FILE *f, const query_cmd *c)
{
	char list[160];
	fprintf(f, "usage: readout %s [options]%s%s\n\n%s\n\noptions:\n", c->name, c->args ? " " : "",
	        c->args ? c->args : "", c->summary);
	fprintf(f, "      --db LOCATION      SQLite file (default readout.db) or postgresql://... URI\n");
	fprintf(f, "  -f, --format FMT       table (default on a terminal), csv (default otherwise), jsonl, json\n");
	if (c->opts & A_PART)
		fprintf(f, "      --part P           %s: one part (the table format\n"
		           "                         shows every part unless given; the others the first)\n",
		        choices(list, sizeof list, c->parts));
	if (c->opts & A_POST) fprintf(f, "      --post P           a post's name exactly (case-blind): \"provincial party secretary\"\n");
	if (c->opts & A_PLACE)
		fprintf(f, "      --place P          %s\n", c->opts & A_POST ? "a post's place or province (case-blind)"
		                                                          : "a stored place, province or region (case-blind)");
	if (c->opts & A_TITLE) fprintf(f, "      --title T          titles containing T\n");
	if (c->opts & A_LEVEL)
		fprintf(f, "      --level L          %s%s\n", c->opts & A_POST ? "a post's: " : "", choices(list, sizeof list, NULL));
	if (c->opts & A_TYPE) fprintf(f, "      --type T           event types containing T (seminar, standing committee ...)\n");
	if (c->opts & A_SUBJECT) fprintf(f, "      --subject S        subjects containing S (\"20th National Congress\" ...)\n");
	if (c->opts & A_CHANGES) fprintf(f, "      --changes          only the rows where something changed\n");
	if (c->opts & A_DAY0) fprintf(f, "      --day0 DATE        day 0, YYYY-MM-DD (default: the meeting's close in\n"
	                                 "                         data/meetings.tsv, else the last day of its sessions\n"
	                                 "                         in the data)\n");
	if (c->opts & A_FROM) fprintf(f, "      --from DATE        on or after YYYY-MM-DD\n");
	if (c->opts & A_TO) fprintf(f, "      --to DATE          on or before YYYY-MM-DD\n");
	if (c->opts & A_PERSON) fprintf(f, "      --person NAME      documents naming a person of that name\n");
	if (c->opts & A_FORMULATION) fprintf(f, "      --formulation F    formulations whose label or Chinese contains F\n");
	if (c->opts & A_BY) fprintf(f, "      --by PERIOD        month (default), week (ISO 8601) or year\n");
	if (c->opts & A_LIMIT) fprintf(f, "      --limit N          %s\n", c->limit_help);
	fprintf(f, "      --timeout SECONDS  stop a query that runs longer (default 60)\n");
	fprintf(f, "      --max-rows N       stop an answer of more rows, with an error (default 1000000)\n");
	fprintf(f, "  -h, --help             this help\n\nIn JSON Lines and JSON, numbers are numbers and NULL is null. Exit status: 0 answered,\n"
	           "1 error (no database, bad query, no such person or place, a limit reached), 2 usage error.\n");
}

static int valid_date(const char *s)
{
	return strlen(s) == 10 && s[4] == '-' && s[7] == '-';
}

/* What the command was asked, parsed. */
typedef struct request {
	const query_cmd *cmd;
	readout_query q;
	const char *arg;  /* NAME, QUERY or SQL */
	const char *part; /* NULL: the format's default */
	const char *day0; /* cascade --day0 */
	bool changes;     /* rank --changes */
	bool limit_given;
	int format;
} request;

/* A command's run: the store, and the first error (reported once). */
typedef struct run {
	const request *rq;
	readout_store *st;
	int failed; /* 1 once an error is reported */
} run;

/* Reports rc (a library error, or TABLE_WRITE_FAILED, which main reports) once. */
static int report(run *r, int rc, const char *part)
{
	if (rc && rc != TABLE_WRITE_FAILED && !r->failed) {
		char what[64];
		snprintf(what, sizeof what, "%s%s%s", r->rq->cmd->name, part ? " --part " : "", part ? part : "");
		cli_error(what, readout_error_message());
	}
	if (rc)
		r->failed = 1;
	return rc;
}

/* Prints what a cap inside a question left out, on stderr: never silently. */
static void note_cut(run *r, readout_cursor *c, const char *part, int64_t person)
{
	readout_cut cut = readout_cursor_cut(c);
	if (!cut.total)
		return;
	char who[48] = "", of[48] = "";
	if (person)
		snprintf(who, sizeof who, " of person %" PRId64, person);
	if (cut.total > 0)
		snprintf(of, sizeof of, " of %" PRId64, cut.total);
	if (!strcmp(part, "colisted"))
		fprintf(stderr, "readout: note: %s%s: counted over the latest %" PRId64 "%s roles at events\n", part, who,
		        cut.kept, of);
	else if (!strcmp(part, "career-documents"))
		fprintf(stderr, "readout: note: %s%s: the latest %" PRId64 " documents of each post, and some posts have more "
		                "(--limit N, or 0 for all)\n", part, who, cut.kept);
	else if (!strcmp(r->rq->cmd->name, "rank"))
		fprintf(stderr, "readout: note: %" PRId64 " of the body's %" PRId64 " meetings are dated and ranked; the "
		                "undated cannot be placed in time\n", cut.kept, cut.total);
	else if (!strcmp(r->rq->cmd->name, "cascade"))
		fprintf(stderr, "readout: note: %s: %" PRId64 " of %" PRId64 " relays and earlier events listed, the first "
		                "of each level (--limit N per level, or 0 for all)\n", part, cut.kept, cut.total);
	else /* a person's events: their roles at events, one row each */
		fprintf(stderr, "readout: note: %s%s: the latest %" PRId64 "%s roles (--limit N, or 0 for all)\n", part, who,
		        cut.kept, of);
}

/* Prints one cursor's rows into t, then frees it. */
static int print_cursor(run *r, table_out *t, readout_cursor *c, const char *part, int64_t person)
{
	if (part)
		note_cut(r, c, part, person);
	int rc = table_add(t, c);
	readout_cursor_free(c);
	return rc;
}

/* One part of a person's profile for every person of the name (ids), as one table. */
static int person_part(run *r, table_out *t, const char *part, const readout_answer *who)
{
	const request *rq = r->rq;
	int rc = 0;
	for (size_t i = 0; i < who->nrows && !rc; i++) {
		int64_t id = readout_answer_cell(who, i, 0)->i;
		readout_cursor *c = NULL;
		if (!strcmp(part, "titles"))
			rc = readout_store_person_titles(&c, r->st, id);
		else if (!strcmp(part, "career"))
			rc = readout_store_person_career(&c, r->st, id);
		else if (!strcmp(part, "career-documents"))
			rc = readout_store_person_career_documents(&c, r->st, id,
			                                           rq->limit_given ? rq->q.limit : READOUT_CAREER_DOCUMENTS);
		else if (!strcmp(part, "events"))
			rc = readout_store_person_events(&c, r->st, id, rq->limit_given ? rq->q.limit : READOUT_PERSON_EVENTS);
		else if (!strcmp(part, "colisted"))
			rc = readout_store_person_colisted(&c, r->st, id, rq->limit_given ? rq->q.limit : READOUT_COLISTED);
		else
			rc = readout_store_person_order(&c, r->st, id);
		if (!rc)
			rc = print_cursor(r, t, c, part, id);
	}
	return rc;
}

/* The answer to one part of the command, as one table. who: the persons of the name. */
static int print_part(run *r, const char *part, const readout_answer *who, bool first)
{
	const request *rq = r->rq;
	const char *name = rq->cmd->name;
	table_out t;
	bool several = rq->cmd->parts && rq->format == FMT_TABLE && !rq->part;
	if (several && !first)
		fputc('\n', stdout);
	table_begin(&t, stdout, rq->format, several ? part : NULL);
	readout_cursor *c = NULL;
	int rc;
	if (!strcmp(name, "person")) {
		if (!strcmp(part, "summary")) {
			if (!(rc = readout_store_person(&c, r->st, rq->arg)))
				rc = print_cursor(r, &t, c, NULL, 0);
		} else {
			rc = person_part(r, &t, part, who);
		}
	} else {
		if (!strcmp(name, "people")) rc = readout_store_people(&c, r->st, &rq->q);
		else if (!strcmp(name, "events")) rc = readout_store_events(&c, r->st, &rq->q);
		else if (!strcmp(name, "formulations")) {
			if (!strcmp(part, "periods")) rc = readout_store_formulation_periods(&c, r->st, &rq->q);
			else if (!strcmp(part, "spans")) rc = readout_store_formulation_spans(&c, r->st, &rq->q);
			else if (!strcmp(part, "levels")) rc = readout_store_formulation_levels(&c, r->st, &rq->q);
			else rc = readout_store_formulation_places(&c, r->st, &rq->q);
		} else if (!strcmp(name, "cascade")) {
			readout_cascade_query cq = {.subject = rq->q.subject, .day0 = rq->day0, .level = rq->q.level};
			if (!strcmp(part, "levels"))
				rc = readout_store_cascade_summary(&c, r->st, &cq);
			else {
				cq.per_level = rq->limit_given ? rq->q.limit : rq->q.level ? 0 : READOUT_CASCADE_EVENTS;
				rc = readout_store_cascade_list(&c, r->st, &cq);
			}
		} else if (!strcmp(name, "rank")) {
			readout_rank_query kq = {.body = rq->arg, .place = rq->q.place, .from = rq->q.from, .to = rq->q.to,
			                         .changes_only = rq->changes};
			rc = !strcmp(part, "people") ? readout_store_rank_people(&c, r->st, &kq) : readout_store_rank(&c, r->st, &kq);
		} else if (!strcmp(name, "search")) rc = readout_store_search(&c, r->st, rq->arg, &rq->q);
		else rc = readout_store_sql(&c, r->st, rq->arg);
		if (!rc)
			rc = print_cursor(r, &t, c, rq->cmd->parts ? part : name, 0);
	}
	/* the rows printed before an error are finished as a table too */
	int end = table_end(&t);
	return report(r, rc ? rc : end, rq->cmd->parts ? part : NULL);
}

/* A cascade whose day 0 is not the meeting's close (no session of the meeting stored, no
 * --day0) says so on stderr before its answer: its days count from a relay. */
static void note_day0(run *r)
{
	const request *rq = r->rq;
	readout_cascade_query cq = {.subject = rq->q.subject, .day0 = rq->day0};
	readout_cursor *c;
	readout_answer *a = NULL;
	if (readout_store_cascade_summary(&c, r->st, &cq))
		return; /* the answer's own question reports the error */
	int rc = readout_answer_read(&a, c);
	readout_cursor_free(c);
	int day0 = a ? readout_answer_column(a, "day0") : -1, from = a ? readout_answer_column(a, "day0_from") : -1;
	if (!rc && a->nrows && day0 >= 0 && from >= 0) {
		const readout_cell *d = readout_answer_cell(a, 0, (size_t)day0), *f = readout_answer_cell(a, 0, (size_t)from);
		if (f->type == READOUT_TYPE_NULL)
			fprintf(stderr, "readout: note: cascade: no dated event, so no day 0 and no days\n");
		else if (strcmp(f->s, "meeting") != 0 && strcmp(f->s, "given") != 0 && strcmp(f->s, "calendar") != 0)
			fprintf(stderr, "readout: note: cascade: no session of the meeting itself is stored: day 0 is the %s "
			                "(%s), not the meeting's close; give it with --day0 YYYY-MM-DD\n", f->s, d->s);
	}
	readout_answer_free(a);
}

static int answer(run *r)
{
	const request *rq = r->rq;
	const query_cmd *c = rq->cmd;
	readout_answer *who = NULL;
	int rc = 0;
	if (!strcmp(c->name, "person")) {
		/* the persons of the name first: every other part is asked per person */
		readout_cursor *cur;
		if ((rc = readout_store_person(&cur, r->st, rq->arg)) == 0) {
			rc = readout_answer_read(&who, cur);
			readout_cursor_free(cur);
		}
		if (rc)
			return report(r, rc, NULL);
	}
	if (!strcmp(c->name, "cascade"))
		note_day0(r);
	if (!c->parts)
		rc = print_part(r, c->name, who, true);
	else if (rq->part || rq->format != FMT_TABLE)
		rc = print_part(r, rq->part ? rq->part : c->parts[0], who, true);
	else
		for (size_t i = 0; c->parts[i] && !rc; i++)
			rc = print_part(r, c->parts[i], who, i == 0);
	readout_answer_free(who);
	return rc;
}

/* The value of a choice option, or a usage error naming the allowed ones. */
static bool one_of(const char *opt, const char *value, const char *const *list)
{
	char allowed[160];
	for (size_t i = 0; list ? list[i] != NULL : readout_level_name(i) != NULL; i++)
		if (list ? !strcmp(list[i], value) : readout_level_find(value) == (int)i)
			return true;
	fprintf(stderr, "readout: %s: '%s' is not %s\n", opt, value, choices(allowed, sizeof allowed, list));
	return false;
}

/* Parses argv into rq; 0, or the exit status of a usage error or of --help. */
static int parse(request *rq, readout_store_options *so, const char **location, int argc, char **argv, bool *done)
{
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'D'}, {"format", required_argument, NULL, 'f'},
		{"place", required_argument, NULL, 'P'}, {"title", required_argument, NULL, 'T'},
		{"level", required_argument, NULL, 'L'}, {"type", required_argument, NULL, 'Y'},
		{"subject", required_argument, NULL, 'S'}, {"from", required_argument, NULL, 'F'},
		{"to", required_argument, NULL, 'O'}, {"by", required_argument, NULL, 'B'},
		{"limit", required_argument, NULL, 'N'}, {"part", required_argument, NULL, 'A'},
		{"post", required_argument, NULL, 'Q'},
		{"timeout", required_argument, NULL, 'M'}, {"max-rows", required_argument, NULL, 'R'},
		{"day0", required_argument, NULL, 'Z'}, {"changes", no_argument, NULL, 'C'},
		{"person", required_argument, NULL, 'W'}, {"formulation", required_argument, NULL, 'U'},
		{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	static const char *const periods[] = {"month", "week", "year", NULL};
	const query_cmd *c = rq->cmd;
	unsigned given = 0;
	size_t v = 0;
	int opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "f:h", longopts, NULL)) != -1) {
		unsigned bit = 0;
		switch (opt) {
		case 'D': *location = optarg; break;
		case 'f':
			if ((rq->format = table_format_parse(optarg)) < 0) {
				fprintf(stderr, "readout: --format: '%s' is not table, csv, jsonl or json\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'P': rq->q.place = optarg, bit = A_PLACE; break;
		case 'Q': rq->q.post = optarg, bit = A_POST; break;
		case 'T': rq->q.title = optarg, bit = A_TITLE; break;
		case 'L':
			if (!one_of("--level", optarg, NULL))
				return EXIT_USAGE;
			rq->q.level = optarg, bit = A_LEVEL;
			break;
		case 'Y': rq->q.type = optarg, bit = A_TYPE; break;
		case 'Z': rq->day0 = optarg, bit = A_DAY0; break;
		case 'C': rq->changes = true, bit = A_CHANGES; break;
		case 'S': rq->q.subject = optarg, bit = A_SUBJECT; break;
		case 'F': rq->q.from = optarg, bit = A_FROM; break;
		case 'O': rq->q.to = optarg, bit = A_TO; break;
		case 'W': rq->q.person = optarg, bit = A_PERSON; break;
		case 'U': rq->q.formulation = optarg, bit = A_FORMULATION; break;
		case 'B':
			if (!one_of("--by", optarg, periods))
				return EXIT_USAGE;
			rq->q.by = optarg, bit = A_BY;
			break;
		case 'A':
			if (c->parts && !one_of("--part", optarg, c->parts))
				return EXIT_USAGE;
			rq->part = optarg, bit = A_PART;
			break;
		case 'N':
			if (strcmp(optarg, "0") != 0 && !cli_parse_size("--limit", optarg, &rq->q.limit))
				return EXIT_USAGE;
			if (!strcmp(optarg, "0"))
				rq->q.limit = 0;
			rq->limit_given = true, bit = A_LIMIT;
			break;
		case 'M':
			if (!cli_parse_size("--timeout", optarg, &v))
				return EXIT_USAGE;
			so->query_seconds = v > UINT_MAX ? UINT_MAX : (unsigned)v;
			break;
		case 'R':
			if (!cli_parse_size("--max-rows", optarg, &so->max_rows))
				return EXIT_USAGE;
			break;
		case 'h': help(stdout, c); return *done = true, 0;
		default: help(stderr, c); return EXIT_USAGE;
		}
		given |= bit;
	}
	if (given & ~c->opts) {
		fprintf(stderr, "readout: %s does not take that option (see readout %s --help)\n", c->name, c->name);
		return EXIT_USAGE;
	}
	if ((rq->q.from && !valid_date(rq->q.from)) || (rq->q.to && !valid_date(rq->q.to))) {
		fprintf(stderr, "readout: --from and --to take dates as YYYY-MM-DD\n");
		return EXIT_USAGE;
	}
	if (rq->day0 && !valid_date(rq->day0)) {
		fprintf(stderr, "readout: --day0 takes a date as YYYY-MM-DD\n");
		return EXIT_USAGE;
	}
	if (c->many) {
		rq->q.names = (const char *const *)argv + optind;
		rq->q.nnames = (size_t)(argc - optind);
	} else if (c->args) {
		if (optind != argc - 1) {
			fprintf(stderr, "readout: %s needs one %s argument\n", c->name, c->args);
			return EXIT_USAGE;
		}
		rq->arg = argv[optind];
	} else if (optind != argc) {
		fprintf(stderr, "readout: %s takes no arguments (got '%s')\n", c->name, argv[optind]);
		return EXIT_USAGE;
	}
	if (!strcmp(c->name, "cascade") && !rq->q.subject) {
		fprintf(stderr, "readout: cascade needs --subject\n");
		return EXIT_USAGE;
	}
	return 0;
}

int cmd_query(int argc, char **argv)
{
	request rq = {.cmd = find(argv[0]), .format = isatty(STDOUT_FILENO) ? FMT_TABLE : FMT_CSV};
	readout_store_options so = READOUT_STORE_OPTIONS_INIT;
	const char *location = "readout.db";
	bool done = false;
	int status = parse(&rq, &so, &location, argc, argv, &done);
	if (status || done)
		return status;
	so.readonly = 1;
	so.create = 0;
	run r = {&rq, NULL, 0};
	/* from the lexicon, a cascade reads the calendar of central meetings (data/meetings.tsv),
	 * and a cascade and a ranking the ways one body is written (data/org_aliases.tsv) */
	readout_lexicon *lex = NULL;
	if ((!strcmp(rq.cmd->name, "cascade") || !strcmp(rq.cmd->name, "rank")) && readout_lexicon_load(&lex, NULL)) {
		cli_error("lexicon", readout_error_message());
		return EXIT_SOME_FAILED;
	}
	if (readout_store_open(&r.st, location, lex, &so)) {
		char shown[1024];
		cli_error(cli_location(shown, sizeof shown, location), readout_error_message());
		readout_lexicon_free(lex);
		return EXIT_SOME_FAILED;
	}
	answer(&r);
	readout_store_close(r.st);
	readout_lexicon_free(lex);
	return r.failed ? EXIT_SOME_FAILED : 0;
}
