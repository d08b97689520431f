/* request.c — the request target read and checked: percent-decoding, the routes and the
 * table of every parameter each takes, with its kind and bounds (docs/api.md lists the same).
 * A refusal carries a status and one line naming the parameter and the reason. Depends on the
 * public API (the levels) and utf8proc only. */
#include "server/request.h"

#include "readout/query.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

typedef enum param_kind {
	P_TEXT,   /* UTF-8 without control characters, at most max bytes */
	P_DATE,   /* a calendar date, YYYY-MM-DD */
	P_LEVEL,  /* one of the administrative levels (any case) */
	P_PERIOD, /* month or week */
	P_SPLIT,  /* level */
	P_COUNT,  /* a whole number from min to max */
	P_ID      /* a positive 64-bit id */
} param_kind;

typedef struct param_spec {
	const char *name;
	param_kind kind;
	long min, max;  /* P_COUNT: the range; P_TEXT: max bytes */
	bool required;
	unsigned repeat; /* how many times it may be given (0: once) */
} param_spec;

#define TEXT(n, bytes) {n, P_TEXT, 0, bytes, false, 0}
#define DATES {"from", P_DATE, 0, 0, false, 0}, {"to", P_DATE, 0, 0, false, 0}
#define LEVEL {"level", P_LEVEL, 0, 0, false, 0}
#define PERIOD {"by", P_PERIOD, 0, 0, false, 0}
#define COUNT(n, lo, hi) {n, P_COUNT, lo, hi, false, 0}
#define PLACE TEXT("place", 100)
#define END {NULL, P_TEXT, 0, 0, false, 0}

static const param_spec no_params[] = {END};
static const param_spec search_params[] = {
	TEXT("q", REQUEST_MAX_TEXT), DATES, PLACE, LEVEL, TEXT("type", 100), TEXT("subject", REQUEST_MAX_TEXT),
	TEXT("person", 100), TEXT("formulation", REQUEST_MAX_TEXT), COUNT("page", 1, 1000), COUNT("per_page", 1, 100), END};
static const param_spec document_params[] = {{"id", P_TEXT, 0, 255, true, 0}, END};
static const param_spec people_params[] = {PLACE, TEXT("title", 100), LEVEL, COUNT("limit", 1, 500), END};
static const param_spec person_params[] = {{"name", P_TEXT, 0, 100, true, 0}, {"id", P_ID, 0, 0, false, 0},
                                           COUNT("events", 1, 1000), COUNT("colisted", 1, 100), END};
static const param_spec events_params[] = {DATES, LEVEL, PLACE, TEXT("type", 100), TEXT("subject", REQUEST_MAX_TEXT),
                                           PERIOD, COUNT("limit", 1, 2000), END};
static const param_spec formulations_params[] = {DATES, PLACE, LEVEL, TEXT("formulation", REQUEST_MAX_TEXT),
                                                 COUNT("limit", 1, 500), END};
static const param_spec formulation_params[] = {{"f", P_TEXT, 0, REQUEST_MAX_TEXT, true, 8}, PERIOD, DATES, PLACE,
                                                LEVEL, {"split", P_SPLIT, 0, 0, false, 0}, END};
static const param_spec cascade_params[] = {{"subject", P_TEXT, 0, REQUEST_MAX_TEXT, true, 0},
                                            COUNT("per_level", 1, 2000), END};
static const param_spec reuse_params[] = {TEXT("doc", 255), COUNT("limit", 1, 500), END};

static const struct {
	const char *name;
	const param_spec *params;
} routes[API_ROUTES] = {
	[API_INFO] = {"info", no_params},
	[API_SEARCH] = {"search", search_params},
	[API_DOCUMENT] = {"document", document_params},
	[API_PEOPLE] = {"people", people_params},
	[API_PERSON] = {"person", person_params},
	[API_EVENTS] = {"events", events_params},
	[API_FORMULATIONS] = {"formulations", formulations_params},
	[API_FORMULATION] = {"formulation", formulation_params},
	[API_CASCADE] = {"cascade", cascade_params},
	[API_REUSE] = {"reuse", reuse_params},
};

const char *request_route_name(api_route route)
{
	return route < API_ROUTES ? routes[route].name : NULL;
}

/* Sets the reason and returns status. */
static int refuse(request *r, int status, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int refuse(request *r, int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->error, sizeof r->error, fmt, ap);
	va_end(ap);
	return status;
}

static int hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Decodes s[0..len) into r's store (+ as a space when plus); NULL with the reason in r when an
 * escape is malformed or the result holds a NUL or control byte or is not UTF-8. what names
 * the piece in messages. */
static const char *decode(request *r, const char *s, size_t len, bool plus, const char *what)
{
	/* a piece decodes to at most its length and a NUL; the pieces come from one target */
	if (r->used + len + 1 > sizeof r->store) {
		refuse(r, 400, "%s: the request target decodes to more than %zu bytes", what, sizeof r->store);
		return NULL;
	}
	char *out = r->store + r->used, *o = out;
	for (size_t i = 0; i < len; i++) {
		int c = (unsigned char)s[i];
		if (c == '%') {
			int hi = i + 1 < len ? hex((unsigned char)s[i + 1]) : -1;
			int lo = i + 2 < len ? hex((unsigned char)s[i + 2]) : -1;
			if (hi < 0 || lo < 0) {
				refuse(r, 400, "%s: '%%' must be followed by two hex digits", what);
				return NULL;
			}
			c = hi * 16 + lo;
			i += 2;
		} else if (c == '+' && plus) {
			c = ' ';
		}
		if (c < 0x20 || c == 0x7f) {
			refuse(r, 400, "%s: holds a control character (byte %d)", what, c);
			return NULL;
		}
		*o++ = (char)c;
	}
	*o = '\0';
	/* valid UTF-8, every code point */
	for (const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)out; *p;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
		if (n <= 0) {
			refuse(r, 400, "%s: not valid UTF-8", what);
			return NULL;
		}
		p += n;
	}
	r->used += (size_t)(o - out) + 1;
	return out;
}

/* A whole number of at most 18 digits (no sign, no spaces); false otherwise. */
static bool whole_number(const char *s, int64_t *out)
{
	size_t n = strlen(s);
	if (n == 0 || n > 18 || strspn(s, "0123456789") != n)
		return false;
	*out = (int64_t)strtoll(s, NULL, 10);
	return true;
}

static bool calendar_date(const char *s)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || strspn(s, "0123456789") != 4 || strspn(s + 5, "0123456789") != 2 ||
	    strspn(s + 8, "0123456789") != 2)
		return false;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	if (y < 1000 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return false;
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(m == 2 && d == 29 && !leap);
}

/* Checks value against spec; the value kept may be a canonical spelling. */
static int check_value(request *r, const param_spec *spec, const char **value)
{
	const char *v = *value;
	int64_t n;
	switch (spec->kind) {
	case P_TEXT:
		if ((long)strlen(v) > spec->max)
			return refuse(r, 400, "parameter '%s' is longer than %ld bytes", spec->name, spec->max);
		return 0;
	case P_DATE:
		return calendar_date(v) ? 0 : refuse(r, 400, "parameter '%s' must be a date, YYYY-MM-DD", spec->name);
	case P_LEVEL: {
		int i = readout_level_find(v);
		if (i < 0) {
			char list[128];
			size_t o = 0;
			for (size_t k = 0; readout_level_name(k); k++)
				o += (size_t)snprintf(list + o, sizeof list - o, "%s%s", k ? ", " : "", readout_level_name(k));
			return refuse(r, 400, "parameter 'level' must be one of %s", list);
		}
		*value = readout_level_name((size_t)i);
		return 0;
	}
	case P_PERIOD:
		if (!strcasecmp(v, "month") || !strcasecmp(v, "week")) {
			*value = !strcasecmp(v, "month") ? "month" : "week";
			return 0;
		}
		return refuse(r, 400, "parameter '%s' must be month or week", spec->name);
	case P_SPLIT:
		if (!strcasecmp(v, "level")) {
			*value = "level";
			return 0;
		}
		return refuse(r, 400, "parameter '%s' must be level", spec->name);
	case P_COUNT:
		if (!whole_number(v, &n) || n < spec->min || n > spec->max)
			return refuse(r, 400, "parameter '%s' must be a whole number from %ld to %ld", spec->name, spec->min,
			              spec->max);
		return 0;
	case P_ID:
		if (!whole_number(v, &n) || n < 1)
			return refuse(r, 400, "parameter '%s' must be a positive whole number", spec->name);
		return 0;
	}
	return refuse(r, 400, "parameter '%s' is of no known kind", spec->name);
}

/* "a, b, c" of a route's parameter names. */
static const char *names_of(char *out, size_t cap, const param_spec *specs)
{
	size_t o = 0;
	out[0] = '\0';
	for (size_t i = 0; specs[i].name && o < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s%s", i ? ", " : "", specs[i].name);
	return specs[0].name ? out : "none";
}

static size_t given(const request *r, const char *name)
{
	size_t n = 0;
	for (size_t i = 0; i < r->nparams; i++)
		n += strcmp(r->params[i].name, name) == 0;
	return n;
}

/* The query string of an API route, name=value pairs separated by '&'. */
static int parse_query(request *r, const char *q, size_t len)
{
	const param_spec *specs = routes[r->route].params;
	const char *end = q + len;
	while (q < end) {
		const char *amp = memchr(q, '&', (size_t)(end - q));
		const char *stop = amp ? amp : end;
		const char *eq = memchr(q, '=', (size_t)(stop - q));
		const char *vstart = eq ? eq + 1 : stop;
		if (stop == q) { /* "a=1&&b=2": an empty pair */
			q = stop + 1;
			continue;
		}
		const char *name = decode(r, q, (size_t)((eq ? eq : stop) - q), true, "a parameter name");
		if (!name)
			return 400;
		const param_spec *spec = NULL;
		for (size_t i = 0; specs[i].name && !spec; i++)
			if (!strcmp(specs[i].name, name))
				spec = &specs[i];
		if (!spec) {
			char list[256];
			return refuse(r, 400, "unknown parameter '%.64s' (the %s route takes: %s)", name, routes[r->route].name,
			              names_of(list, sizeof list, specs));
		}
		const char *value = decode(r, vstart, (size_t)(stop - vstart), true, spec->name);
		if (!value)
			return 400;
		q = amp ? amp + 1 : end;
		if (!value[0]) /* a form's empty field: not given */
			continue;
		if (given(r, spec->name) >= (spec->repeat ? spec->repeat : 1))
			return spec->repeat ? refuse(r, 400, "parameter '%s' may be given at most %u times", spec->name, spec->repeat)
			                    : refuse(r, 400, "parameter '%s' is given more than once", spec->name);
		int rc = check_value(r, spec, &value);
		if (rc)
			return rc;
		if (r->nparams == REQUEST_MAX_PARAMS)
			return refuse(r, 400, "more than %d parameters", REQUEST_MAX_PARAMS);
		r->params[r->nparams++] = (request_param){spec->name, value};
	}
	for (size_t i = 0; specs[i].name; i++)
		if (specs[i].required && !given(r, specs[i].name))
			return refuse(r, 400, "parameter '%s' is required", specs[i].name);
	return 0;
}

int request_parse(request *r, const char *target, size_t len)
{
	memset(r, 0, sizeof *r);
	if (len > REQUEST_MAX_TARGET)
		return refuse(r, 414, "the request target is longer than %d bytes", REQUEST_MAX_TARGET);
	if (len == 0 || target[0] != '/')
		return refuse(r, 400, "the request target must start with '/'");
	if (memchr(target, '#', len))
		return refuse(r, 400, "the request target holds a '#'");
	const char *qmark = memchr(target, '?', len);
	size_t plen = qmark ? (size_t)(qmark - target) : len;
	const char *path = decode(r, target, plen, false, "the path");
	if (!path)
		return 400;
	/* no way up or sideways: no "." or ".." segment, no backslash (some file systems' '/') */
	for (const char *seg = path; seg; seg = strchr(seg + 1, '/')) {
		const char *s = seg + 1;
		size_t n = strcspn(s, "/");
		if ((n == 1 && s[0] == '.') || (n == 2 && s[0] == '.' && s[1] == '.'))
			return refuse(r, 400, "the path has a '.' or '..' segment");
	}
	if (strchr(path, '\\'))
		return refuse(r, 400, "the path holds a backslash");
	if (strncmp(path, "/api/", 5) != 0) {
		r->asset = path[1] ? path + 1 : "index.html";
		return 0; /* a static file: any query string is ignored, as files take none */
	}
	r->api = true;
	r->route = API_ROUTES;
	for (size_t i = 0; i < API_ROUTES; i++)
		if (!strcmp(path + 5, routes[i].name))
			r->route = (api_route)i;
	if (r->route == API_ROUTES) {
		char list[256];
		size_t o = 0;
		for (size_t i = 0; i < API_ROUTES; i++)
			o += (size_t)snprintf(list + o, sizeof list - o, "%s%s", i ? ", " : "", routes[i].name);
		return refuse(r, 404, "no API route '%.64s' (routes: %s)", path + 5, list);
	}
	return parse_query(r, qmark ? qmark + 1 : target + len, qmark ? len - plen - 1 : 0);
}

const char *request_get(const request *r, const char *name)
{
	for (size_t i = 0; i < r->nparams; i++)
		if (!strcmp(r->params[i].name, name))
			return r->params[i].value;
	return NULL;
}

long request_count(const request *r, const char *name, long def)
{
	const char *v = request_get(r, name);
	return v ? strtol(v, NULL, 10) : def;
}

size_t request_values(const request *r, const char *name, const char **out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < r->nparams && n < max; i++)
		if (!strcmp(r->params[i].name, name))
			out[n++] = r->params[i].value;
	return n;
}

size_t request_key(char *out, size_t cap, const request *r)
{
	size_t order[REQUEST_MAX_PARAMS];
	for (size_t i = 0; i < r->nparams; i++) { /* insertion sort by name: stable */
		size_t j = i;
		while (j > 0 && strcmp(r->params[order[j - 1]].name, r->params[i].name) > 0) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = i;
	}
	int n = snprintf(out, cap, "%s", routes[r->route].name);
	size_t o = n < 0 ? cap : (size_t)n;
	for (size_t i = 0; i < r->nparams && o < cap; i++) {
		const request_param *p = &r->params[order[i]];
		/* values hold no control character: a newline separates them */
		n = snprintf(out + o, cap - o, "\n%s=%s", p->name, p->value);
		o = n < 0 ? cap : o + (size_t)n;
	}
	return o < cap ? o : 0;
}

bool request_method_allowed(const char *method)
{
	return method && (!strcmp(method, "GET") || !strcmp(method, "HEAD"));
}

bool request_host_allowed(const char *host, unsigned port)
{
	static const char *const names[] = {"127.0.0.1", "localhost", "[::1]"};
	if (!host)
		return false;
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		size_t n = strlen(names[i]);
		if (strncasecmp(host, names[i], n) != 0)
			continue;
		const char *rest = host + n;
		if (!*rest)
			return true;
		char want[16];
		snprintf(want, sizeof want, ":%u", port);
		if (!strcmp(rest, want))
			return true;
	}
	return false;
}
