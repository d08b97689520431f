/* server/request.h — what a client asked for, read from the raw request target
 * ("/api/search?q=flood&page=2"): the route, and its parameters decoded and checked against
 * the route's table (names, kinds, bounds). Everything the network sends is refused here
 * with a status and a one-line reason before a handler sees it. No libmicrohttpd and no
 * store: the unit tests and fuzz/fuzz_http.c drive it directly. */
#ifndef READOUT_SERVER_REQUEST_H
#define READOUT_SERVER_REQUEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Limits of a request: its target (longer is 414), its parameters, one text value. */
enum { REQUEST_MAX_TARGET = 4096, REQUEST_MAX_PARAMS = 24, REQUEST_MAX_TEXT = 200 };

/* The JSON API, one route each (docs/api.md); api.c has a handler per route. */
typedef enum api_route {
	API_INFO,
	API_SEARCH,
	API_DOCUMENT,
	API_PEOPLE,
	API_PERSON,
	API_EVENTS,
	API_FORMULATIONS,
	API_FORMULATION,
	API_CASCADE,
	API_REUSE,
	API_ROUTES
} api_route;

typedef struct request_param {
	const char *name;  /* as the route's table spells it */
	const char *value; /* decoded, checked; a level is its canonical name */
} request_param;

typedef struct request {
	bool api;                /* an API route, else a static file */
	api_route route;         /* when api */
	const char *asset;       /* when not api: the file's name in web/ ("index.html" for "/") */
	request_param params[REQUEST_MAX_PARAMS];
	size_t nparams;
	char error[320];         /* the reason for a refusal */
	char store[2 * REQUEST_MAX_TARGET + 16]; /* the decoded path, names and values, each with its NUL */
	size_t used;
} request;

/* Reads a request target (the path and query of the request line, as sent, len bytes) into
 * r. Returns 0, or the HTTP status of a refusal with the reason in r->error: 400 (bad
 * encoding, a NUL or control byte, invalid UTF-8, a path with "." or ".." segments, an
 * unknown, repeated or out-of-bounds parameter), 404 (no such API route) or 414 (a target
 * over REQUEST_MAX_TARGET). Static paths are not looked up here: r->asset is a name to find
 * among the embedded files, with no way out of them. */
int request_parse(request *r, const char *target, size_t len);

/* The value of a parameter, or NULL when not given (an empty value counts as not given). */
const char *request_get(const request *r, const char *name);

/* A count parameter's value, or def when not given (request_parse checked its bounds). */
long request_count(const request *r, const char *name, long def);

/* The values of a parameter that may repeat, in order: up to max into out; returns how many. */
size_t request_values(const request *r, const char *name, const char **out, size_t max);

/* What an API request asks, as a key for the answers' cache: the route and its parameters,
 * by name (repeated ones in their order), so "level=County&q=x" and "q=x&level=county" are one
 * question. Returns the key's length, or 0 when it does not fit cap. */
size_t request_key(char *out, size_t cap, const request *r);

/* The route's name ("search"), for messages and the API's index. */
const char *request_route_name(api_route route);

/* Whether the method is served: GET and HEAD (HEAD without a body). */
bool request_method_allowed(const char *method);

/* Whether a Host header may reach a server listening on loopback at port: 127.0.0.1, [::1]
 * or localhost, with that port (or none). Other names are refused, so that a web page
 * elsewhere cannot rebind its own name to this machine and read the answers (DNS
 * rebinding). */
bool request_host_allowed(const char *host, unsigned port);

#endif
