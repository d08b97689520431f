/* cli/cli.h — the command-line front end: a thin layer over the public API. */
#ifndef READOUT_CLI_H
#define READOUT_CLI_H

#include <stdio.h>

/* Exit statuses shared by all commands. */
enum { EXIT_ALL_READ = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

int cmd_extract(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_resolve(int argc, char **argv);
/* people, person, events, formulations, cascade, search, sql: argv[0] names which */
int cmd_query(int argc, char **argv);
int cmd_reuse(int argc, char **argv);
/* reuse-ngrams, reuse-pairs, reuse-candidates, reuse-route, reuse-align: argv[0] names which */
int cmd_reuse_stage(int argc, char **argv);
int cmd_serve(int argc, char **argv);

/* Notes a failed write to stdout (errno err): main reports it once, at exit, with status 1. */
void cli_stdout_failed(int err);

/* Prints "readout: <what>: <reason>" on stderr. */
void cli_error(const char *what, const char *reason);

struct readout_record;
/* A "readout: <origin>: warning: ..." line for each warning of a record (repaired bytes, a
 * work budget reached). */
void cli_warnings(const char *origin, const struct readout_record *rec);

/* A database location fit for messages: a URI's password replaced by "***". Returns out. */
const char *cli_location(char *out, size_t cap, const char *location);

/* Parses a positive integer option value; returns 0 and prints a usage error on failure. */
int cli_parse_size(const char *opt, const char *value, size_t *out);
/* --max-bytes: a size under 4 GB (spans are 32-bit offsets). */
int cli_parse_max_bytes(const char *value, size_t *out);

/* The same for a count of at most a billion, into an unsigned. */
int cli_parse_count(const char *opt, const char *value, unsigned *out);

#endif
