/* server/serve.h — `readout serve`: the web UI's files and its JSON API over HTTP
 * (libmicrohttpd), on a pool of worker threads, each with its own read-only store. The CLI
 * (src/cli/cmd_serve.c) parses the options and waits for a signal to stop. */
#ifndef READOUT_SERVER_SERVE_H
#define READOUT_SERVER_SERVE_H

#include <stddef.h>

typedef struct serve_options {
	const char *db;         /* SQLite path or PostgreSQL URI */
	const char *bind;       /* the address to listen on; loopback unless asked */
	unsigned port;          /* 0: a free port the system picks */
	unsigned threads;       /* workers, each with its own store (connection) */
	unsigned query_seconds; /* a question's time limit */
	size_t max_rows;        /* rows a question may read */
	int log;                /* a line per request on stderr */
	size_t cache_bytes;     /* answers kept while the database is unchanged (cache.h); 0: none */
} serve_options;

#define SERVE_DEFAULT_PORT 8321
#define SERVE_OPTIONS_INIT {"readout.db", "127.0.0.1", SERVE_DEFAULT_PORT, 2, 10, 100000, 0, 64u << 20}

typedef struct server server;

/* Opens a store per worker and starts listening. Returns 0 with *out running, or an error with
 * the reason in err: SERVE_ESTORE (the database cannot be opened) or SERVE_ELISTEN (the
 * address cannot be bound or is no address). */
enum { SERVE_ESTORE = -1, SERVE_ELISTEN = -2 };
int serve_start(server **out, const serve_options *o, char *err, size_t errcap);

/* The URL the UI is at ("http://127.0.0.1:8321/"). Borrowed from s. */
const char *serve_url(const server *s);

/* Stops listening, waits for the requests under way, closes the stores. Accepts NULL. */
void serve_stop(server *s);

#endif
