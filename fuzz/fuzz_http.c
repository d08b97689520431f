/* fuzz_http.c — libFuzzer target: the server's request layer (src/server/request.c), which is
 * all a client's bytes meet before a handler. The input is a request target as sent; it must
 * be refused with a status and a reason, or give a route whose every parameter obeys its
 * table (UTF-8, no control byte, within its bounds, dates real) and a static name with no way
 * out of the asset folder. The same bytes are also tried as a Host header and a method.
 * Built by fuzz/CMakeLists.txt, replayed by tests/fuzz/replay.c. */
#include "readout/query.h"
#include "server/request.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void check_asset(const char *name)
{
	if (strchr(name, '\\'))
		abort();
	/* no "." or ".." segment anywhere */
	for (const char *seg = name; seg; seg = strchr(seg, '/') ? strchr(seg, '/') + 1 : NULL) {
		size_t n = strcspn(seg, "/");
		if ((n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.'))
			abort();
	}
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			abort();
}

static void check_param(const request_param *p)
{
	size_t n = strlen(p->value);
	if (n == 0 || n > 255)
		abort();
	for (const unsigned char *c = (const unsigned char *)p->value; *c; c++)
		if (*c < 0x20 || *c == 0x7f)
			abort();
	if (!strcmp(p->name, "from") || !strcmp(p->name, "to")) {
		if (n != 10 || p->value[4] != '-' || p->value[7] != '-')
			abort();
	} else if (!strcmp(p->name, "level")) {
		if (readout_level_find(p->value) < 0 || strcmp(readout_level_name((size_t)readout_level_find(p->value)), p->value))
			abort();
	} else if (!strcmp(p->name, "page") || !strcmp(p->name, "per_page") || !strcmp(p->name, "limit") ||
	           !strcmp(p->name, "events") || !strcmp(p->name, "colisted") || !strcmp(p->name, "per_level")) {
		long v = strtol(p->value, NULL, 10);
		if (v < 1 || v > 2000)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static request r;
	int status = request_parse(&r, (const char *)data, size);
	if (status) {
		if ((status != 400 && status != 404 && status != 414) || !r.error[0])
			abort();
	} else if (r.api) {
		if (r.route >= API_ROUTES || r.nparams > REQUEST_MAX_PARAMS)
			abort();
		for (size_t i = 0; i < r.nparams; i++)
			check_param(&r.params[i]);
		const char *fs[8];
		if (request_values(&r, "f", fs, 8) > 8)
			abort();
	} else {
		check_asset(r.asset);
	}
	/* the same bytes as a Host header and a method */
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (request_host_allowed(s, 8321) && strncmp(s, "127.0.0.1", 9) && strncasecmp(s, "localhost", 9) && strncmp(s, "[::1]", 5))
		abort();
	if (request_method_allowed(s) && strcmp(s, "GET") && strcmp(s, "HEAD"))
		abort();
	free(s);
	return 0;
}
