/* main.c — readout's command table. Each command lives in its own cmd_<name>.c. */
#include "cli/cli.h"
#include "readout/readout.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} command;

static const command commands[] = {
	{"extract", cmd_extract, "extract events, people and formulations from readouts as JSON"},
	{"ingest", cmd_ingest, "extract and store readouts in a database (SQLite or PostgreSQL)"},
	{"resolve", cmd_resolve, "decide who is who again over a database, with corrections from a file"},
	{"people", cmd_query, "people with their latest title, documents and dates"},
	{"person", cmd_query, "one person's profile: titles over time, events, co-listed people"},
	{"events", cmd_query, "events with roles, filtered by date, level, place, type, subject"},
	{"formulations", cmd_query, "formulation uses over time, first and last appearance"},
	{"cascade", cmd_query, "how the relays of a central meeting moved down the hierarchy"},
	{"rank", cmd_query, "protocol order: how a body's readouts list its leaders over time"},
	{"search", cmd_query, "full-text search with ranked snippets"},
	{"sql", cmd_query, "one read-only SQL statement against the database"},
	{"reuse", cmd_reuse, "passages documents repeat from each other or from reference texts"},
	{"serve", cmd_serve, "a web UI and JSON API for exploring a database, in a browser"},
	{"reuse-ngrams", cmd_reuse_stage, "reuse's first stage as a JSON Lines filter (map: n-grams)"},
	{"reuse-pairs", cmd_reuse_stage, "reuse's second stage (reduce: pairs sharing an n-gram)"},
	{"reuse-candidates", cmd_reuse_stage, "reuse's third stage (reduce: candidate pairs)"},
	{"reuse-route", cmd_reuse_stage, "reuse's fourth stage (map: documents to their pairs)"},
	{"reuse-align", cmd_reuse_stage, "reuse's last stage (reduce: passages of each pair)"},
};

void cli_error(const char *what, const char *reason)
{
	if (what && *what)
		fprintf(stderr, "readout: %s: %s\n", what, reason);
	else
		fprintf(stderr, "readout: %s\n", reason);
}

void cli_warnings(const char *origin, const readout_record *rec)
{
	char msg[1200];
	if (rec->repaired_bytes) {
		snprintf(msg, sizeof msg, "warning: %zu invalid UTF-8 bytes replaced by '?'", rec->repaired_bytes);
		cli_error(origin, msg);
	}
	for (size_t i = 0; i < rec->nwarnings; i++) {
		snprintf(msg, sizeof msg, "warning: %s", rec->warnings[i]);
		cli_error(origin, msg);
	}
}

const char *cli_location(char *out, size_t cap, const char *location)
{
	/* scheme://user:password@host...: keep everything but the password */
	const char *scheme = strstr(location, "://");
	const char *at = scheme ? strchr(scheme + 3, '@') : NULL;
	const char *colon = at ? memchr(scheme + 3, ':', (size_t)(at - scheme - 3)) : NULL;
	if (!colon || strchr(scheme + 3, '/') < at)
		snprintf(out, cap, "%s", location);
	else
		snprintf(out, cap, "%.*s***%s", (int)(colon + 1 - location), location, at);
	/* ...?password=secret&... */
	for (char *p = strstr(out, "password="); p; p = strstr(p, "password=")) {
		p += 9;
		size_t n = strcspn(p, "&");
		if (n && n >= 3) {
			memcpy(p, "***", 3);
			memmove(p + 3, p + n, strlen(p + n) + 1);
		} else if (n) {
			memset(p, '*', n);
		}
	}
	return out;
}

int cli_parse_size(const char *opt, const char *value, size_t *out)
{
	if (!value || !*value) {
		fprintf(stderr, "readout: %s needs a value\n", opt);
		return 0;
	}
	errno = 0;
	char *end;
	unsigned long long v = strtoull(value, &end, 10);
	unsigned long long mult = 1;
	if (*end == 'k' || *end == 'K') mult = 1024, end++;
	else if (*end == 'M' || *end == 'm') mult = 1024 * 1024, end++;
	else if (*end == 'G' || *end == 'g') mult = 1024ull * 1024 * 1024, end++;
	if (errno == ERANGE || (!errno && !*end && v > SIZE_MAX / mult)) {
		/* 17179869184G wrapped to 0, which turned a limit off or refused everything */
		fprintf(stderr, "readout: %s: '%s' is too large\n", opt, value);
		return 0;
	}
	if (errno || *end || v == 0 || value[0] == '-') {
		fprintf(stderr, "readout: %s: '%s' is not a positive number\n", opt, value);
		return 0;
	}
	*out = (size_t)(v * mult);
	return 1;
}

int cli_parse_max_bytes(const char *value, size_t *out)
{
	if (!cli_parse_size("--max-bytes", value, out))
		return 0;
	if (*out > UINT32_MAX) {
		fprintf(stderr, "readout: --max-bytes: must be under 4G (spans are 32-bit offsets)\n");
		return 0;
	}
	return 1;
}

int cli_parse_count(const char *opt, const char *value, unsigned *out)
{
	size_t n;
	if (!cli_parse_size(opt, value, &n))
		return 0;
	if (n > 1000000000) {
		fprintf(stderr, "readout: %s: '%s' is too large\n", opt, value);
		return 0;
	}
	*out = (unsigned)n;
	return 1;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: readout <command> [options] [arguments]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'readout <command> --help' describes a command's options.\n");
}

/* "unknown command", with the nearest commands when some are near, else the list. */
static void unknown_command(const char *name)
{
	enum { N = sizeof commands / sizeof *commands };
	const char *names[N];
	size_t near[3];
	for (size_t i = 0; i < N; i++)
		names[i] = commands[i].name;
	size_t n = readout_nearest(near, 3, name, names, N);
	if (!n) {
		fprintf(stderr, "readout: unknown command '%s'\n", name);
		usage(stderr);
		return;
	}
	fprintf(stderr, "readout: unknown command '%s'; did you mean", name);
	for (size_t i = 0; i < n; i++)
		fprintf(stderr, "%s '%s'", i == 0 ? "" : i + 1 < n ? "," : " or", names[near[i]]);
	fprintf(stderr, "? ('readout --help' lists them all)\n");
}

/* The first error writing stdout (its errno), reported once at exit. */
static int stdout_errno;

void cli_stdout_failed(int err)
{
	if (!stdout_errno)
		stdout_errno = err ? err : EIO;
}

/* Flushes and closes stdout: a full disk or a closed pipe shows up here at the latest (a
 * small answer sits in stdio's buffer until then). Returns 0, or 1 after reporting the error. */
static int finish_stdout(void)
{
	if (fflush(stdout) != 0)
		cli_stdout_failed(errno);
	if (ferror(stdout))
		cli_stdout_failed(EIO);
	if (fclose(stdout) != 0)
		cli_stdout_failed(errno);
	if (!stdout_errno)
		return 0;
	cli_error("stdout", strerror(stdout_errno));
	return 1;
}

static int run(const command *c, int argc, char **argv)
{
	int rc = c->run(argc, argv);
	/* what could not be written was not answered, whatever the command thought */
	if (finish_stdout() && rc != EXIT_USAGE)
		rc = EXIT_SOME_FAILED;
	return rc;
}

int main(int argc, char **argv)
{
	/* a reader that went away is an error to report (EPIPE), not a silent death */
	signal(SIGPIPE, SIG_IGN);
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("readout %s\n", READOUT_VERSION);
		return 0;
	}
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (!strcmp(argv[1], commands[i].name))
			return run(&commands[i], argc - 1, argv + 1);
	unknown_command(argv[1]);
	return EXIT_USAGE;
}
