/* cmd_serve.c — `readout serve`: options, then the web UI (src/server) until SIGINT or
 * SIGTERM. The server listens on loopback unless --bind says otherwise. */
#include "cli/cli.h"
#include "server/serve.h"

#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void help(FILE *f)
{
	fprintf(f,
	        "usage: readout serve [options]\n\n"
	        "Serves a web UI for exploring a database (search, documents, people, events, formulations,\n"
	        "cascades, reuse) and the JSON API it uses (docs/api.md). It opens the database read-only and\n"
	        "prints its URL; Ctrl-C stops it.\n\n"
	        "options:\n"
	        "      --db LOCATION      SQLite file (default readout.db) or postgresql://... URI\n"
	        "      --port N           the port (default %d; 0: any free port)\n"
	        "      --bind ADDR        the address to listen on (default 127.0.0.1, this machine only);\n"
	        "                         another address lets anyone who reaches it read the database\n"
	        "      --threads N        workers, each with its own database connection (default: the CPUs)\n"
	        "      --timeout SECONDS  stop a question that runs longer (default 10)\n"
	        "      --max-rows N       stop an answer of more rows, with an error (default 100000)\n"
	        "      --cache MB         keep answers of up to MB megabytes while the database does not\n"
	        "                         change (default 64; 0: none)\n"
	        "      --log              a line per request on stderr\n"
	        "  -h, --help             this help\n\n"
	        "Exit status: 0 stopped by a signal, 1 the database or address could not be used, 2 usage error.\n",
	        SERVE_DEFAULT_PORT);
}

static int parse(serve_options *o, int argc, char **argv, int *done)
{
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'D'},      {"port", required_argument, NULL, 'p'},
		{"bind", required_argument, NULL, 'b'},    {"threads", required_argument, NULL, 't'},
		{"timeout", required_argument, NULL, 'M'}, {"max-rows", required_argument, NULL, 'R'},
		{"log", no_argument, NULL, 'l'},           {"cache", required_argument, NULL, 'c'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	size_t v;
	unsigned n;
	int opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'D': o->db = optarg; break;
		case 'b': o->bind = optarg; break;
		case 'p':
			if (!strcmp(optarg, "0")) {
				o->port = 0;
				break;
			}
			if (!cli_parse_count("--port", optarg, &n))
				return EXIT_USAGE;
			if (n > 65535) {
				fprintf(stderr, "readout: --port: '%s' is not a port (0 to 65535)\n", optarg);
				return EXIT_USAGE;
			}
			o->port = n;
			break;
		case 't':
			if (!cli_parse_count("--threads", optarg, &n))
				return EXIT_USAGE;
			if (n > 256) {
				fprintf(stderr, "readout: --threads: '%s' is more than 256\n", optarg);
				return EXIT_USAGE;
			}
			o->threads = n;
			break;
		case 'M':
			if (!cli_parse_size("--timeout", optarg, &v))
				return EXIT_USAGE;
			o->query_seconds = v > UINT_MAX ? UINT_MAX : (unsigned)v;
			break;
		case 'R':
			if (!cli_parse_size("--max-rows", optarg, &o->max_rows))
				return EXIT_USAGE;
			break;
		case 'l': o->log = 1; break;
		case 'c':
			if (!strcmp(optarg, "0")) {
				o->cache_bytes = 0;
				break;
			}
			if (!cli_parse_count("--cache", optarg, &n))
				return EXIT_USAGE;
			if (n > 1 << 20) {
				fprintf(stderr, "readout: --cache: '%s' MB is more than a terabyte\n", optarg);
				return EXIT_USAGE;
			}
			o->cache_bytes = (size_t)n << 20;
			break;
		case 'h': help(stdout); return *done = 1, 0;
		default: help(stderr); return EXIT_USAGE;
		}
	}
	if (optind != argc) {
		fprintf(stderr, "readout: serve takes no arguments (got '%s')\n", argv[optind]);
		return EXIT_USAGE;
	}
	return 0;
}

int cmd_serve(int argc, char **argv)
{
	serve_options o = SERVE_OPTIONS_INIT;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	o.threads = cpus < 1 ? 1 : cpus > 64 ? 64 : (unsigned)cpus;
	int done = 0, status = parse(&o, argc, argv, &done);
	if (status || done)
		return status;
	/* the workers start with these signals blocked, so that this thread alone takes them */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	server *s;
	char err[1024], shown[1024];
	int rc = serve_start(&s, &o, err, sizeof err);
	if (rc) {
		cli_error(rc == SERVE_ESTORE ? cli_location(shown, sizeof shown, o.db) : "serve", err);
		return EXIT_SOME_FAILED;
	}
	if (strcmp(o.bind, "127.0.0.1") != 0 && strcmp(o.bind, "::1") != 0 && strcmp(o.bind, "localhost") != 0)
		fprintf(stderr, "readout: note: listening on %s: whoever can reach it can read the database\n", o.bind);
	printf("readout: serving %s at %s (Ctrl-C stops)\n", cli_location(shown, sizeof shown, o.db), serve_url(s));
	fflush(stdout);
	int sig;
	sigwait(&stop, &sig);
	serve_stop(s);
	return 0;
}
