/* overrides.c — reading a user's corrections of who is who. The file is TSV like data/: '#'
 * comments, a header line, then rows "action <TAB> name <TAB> first <TAB> second":
 *   spelling  <as written>  <the person's name>       "Lu Wei" in a text is Lü Wei
 *   merge     <name>        <place>  <place>          the name's persons of both places are one
 *   split     <name>        <place>                   the name's person of this place is apart
 * A place is "central", a provincial-level unit, or "Province/Prefecture"; a row that is not
 * one of these is refused with its line, and nothing of the file is used. */
#include "extract/overrides.h"
#include "lexicon/lexicon_impl.h"
#include "text/namekey.h"
#include "util/error.h"
#include "util/grow.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { KEY_MAX = 256, LINE_MAX_BYTES = 4096 };

readout_overrides *overrides_new(void)
{
	readout_overrides *ov = calloc(1, sizeof *ov);
	if (ov)
		arena_init(&ov->strings, 0);
	return ov;
}

void readout_overrides_free(readout_overrides *ov)
{
	if (!ov)
		return;
	free(ov->v);
	strmap_dispose(&ov->spelling);
	strmap_dispose(&ov->by_name);
	arena_dispose(&ov->strings);
	free(ov);
}

int readout_overrides_empty(readout_overrides **out)
{
	*out = overrides_new();
	return *out ? 0 : readout_error__set(READOUT_ENOMEM, "out of memory");
}

size_t readout_overrides_count(const readout_overrides *ov)
{
	return ov ? ov->n : 0;
}

const char *overrides_action_name(int action)
{
	return action == OV_SPELLING ? "spelling" : action == OV_MERGE ? "merge" : action == OV_SPLIT ? "split" : NULL;
}

const char *overrides_key(const readout_overrides *ov, const char *key)
{
	uint32_t i;
	if (ov && strmap_get(&ov->spelling, key, strlen(key), &i))
		return ov->v[i].b;
	return key;
}

int overrides_add(readout_overrides *ov, int action, const char *name, const char *a, const char *b, size_t line)
{
	char key[KEY_MAX], target[KEY_MAX];
	name_key(key, sizeof key, name);
	bool ok = true;
	override_entry e = {action, arena_strdup_opt(&ov->strings, name, &ok), arena_strdup_opt(&ov->strings, key, &ok),
	                    arena_strdup_opt(&ov->strings, a, &ok), arena_strdup_opt(&ov->strings, b, &ok), line};
	if (action == OV_SPELLING) {
		/* the person's own spelling may be one too: the key it finally resolves as */
		name_key(target, sizeof target, a);
		const char *final = overrides_key(ov, target);
		if (strcmp(final, key) == 0 && strcmp(target, key) != 0)
			return readout_error__set(READOUT_EINVALID, "the spelling '%s' would lead back to itself", name);
		e.b = arena_strdup_opt(&ov->strings, final, &ok);
	}
	if (!ok || !grow_array((void **)&ov->v, &ov->cap, ov->n + 1, sizeof *ov->v, 16))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	size_t idx = ov->n++;
	ov->v[idx] = e;
	int rc = 0;
	if (action == OV_SPELLING) {
		rc = strmap_put(&ov->spelling, e.name_key, strlen(e.name_key), (uint32_t)idx);
		/* earlier spellings that led to this one's key now lead further */
		for (size_t i = 0; i < idx && !rc; i++)
			if (ov->v[i].action == OV_SPELLING && strcmp(ov->v[i].b, e.name_key) == 0)
				ov->v[i].b = e.b;
	} else {
		uint32_t first;
		if (!strmap_get(&ov->by_name, e.name_key, strlen(e.name_key), &first))
			rc = strmap_put(&ov->by_name, e.name_key, strlen(e.name_key), (uint32_t)idx);
	}
	return rc ? readout_error__set(READOUT_ENOMEM, "out of memory") : 0;
}

size_t overrides_for(const readout_overrides *ov, const char *key, identity_override *out, size_t max)
{
	uint32_t first;
	if (!ov || !strmap_get(&ov->by_name, key, strlen(key), &first))
		return 0;
	size_t n = 0;
	for (size_t i = first; i < ov->n; i++) {
		const override_entry *e = &ov->v[i];
		if (e->action == OV_SPELLING || strcmp(e->name_key, key) != 0)
			continue;
		if (n < max)
			out[n] = (identity_override){e->action == OV_MERGE ? IDENTITY_MERGE : IDENTITY_SPLIT, e->a, e->b};
		n++;
	}
	return n;
}

/* ---- the file ---- */

/* A provincial-level unit or a prefecture-level one, found case-blind; -1 if none. */
static int find_place(const readout_lexicon *lex, const char *name, bool provincial)
{
	for (size_t i = 0; i < lex->nplaces; i++) {
		int lvl = lex->places[i].level;
		bool is_prov = lvl == PL_PROVINCE || lvl == PL_MUNICIPALITY || lvl == PL_AUTONOMOUS || lvl == PL_SAR;
		if (is_prov == provincial && (provincial || lvl == PL_PREFECTURE) && strcasecmp(lex->places[i].name, name) == 0)
			return (int)i;
	}
	return -1;
}

/* The standard form of a place ("central", "Hubei", "Hubei/Wuhan") into out, or a message. */
static int canonical_place(char *out, size_t cap, const readout_lexicon *lex, const char *place, char *why, size_t wcap)
{
	if (strcasecmp(place, "central") == 0) {
		snprintf(out, cap, "central");
		return 0;
	}
	char region[KEY_MAX];
	snprintf(region, sizeof region, "%s", place);
	char *slash = strchr(region, '/');
	if (slash)
		*slash++ = '\0';
	int prov = find_place(lex, region, true);
	if (prov < 0) {
		snprintf(why, wcap, "'%s' is not \"central\" or a provincial-level unit of data/places.tsv", region);
		return READOUT_EINVALID;
	}
	if (!slash) {
		snprintf(out, cap, "%s", lex->places[prov].name);
		return 0;
	}
	int area = find_place(lex, slash, false);
	if (area < 0 || lex_province_of(lex, area) != prov) {
		snprintf(why, wcap, "'%s' is not a prefecture-level unit of %s", slash, lex->places[prov].name);
		return READOUT_EINVALID;
	}
	snprintf(out, cap, "%s/%s", lex->places[prov].name, lex->places[area].name);
	return 0;
}

static char *trim(char *s)
{
	while (*s == ' ')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

/* One row (fields split in place) into ov, or a message in why. */
static int read_row(readout_overrides *ov, const readout_lexicon *lex, char **f, size_t nf, size_t line, char *why,
                    size_t wcap)
{
	static const struct { const char *name; int action; size_t fields; } actions[] = {
		{"spelling", OV_SPELLING, 3}, {"merge", OV_MERGE, 4}, {"split", OV_SPLIT, 3}};
	size_t k = 0;
	while (k < 3 && strcasecmp(f[0], actions[k].name) != 0)
		k++;
	if (k == 3) {
		snprintf(why, wcap, "unknown action '%s' (spelling, merge or split)", f[0]);
		return READOUT_EINVALID;
	}
	if (nf < actions[k].fields || (nf > actions[k].fields && *f[actions[k].fields])) {
		snprintf(why, wcap, "%s takes %zu columns after the action", actions[k].name, actions[k].fields - 1);
		return READOUT_EINVALID;
	}
	char key[KEY_MAX];
	name_key(key, sizeof key, f[1]);
	if (!key[0]) {
		snprintf(why, wcap, "no name");
		return READOUT_EINVALID;
	}
	int rc;
	if (actions[k].action == OV_SPELLING) {
		name_key(key, sizeof key, f[2]);
		if (!key[0]) {
			snprintf(why, wcap, "no person's name after the spelling");
			return READOUT_EINVALID;
		}
		rc = overrides_add(ov, OV_SPELLING, f[1], f[2], NULL, line);
		if (rc == READOUT_EINVALID)
			snprintf(why, wcap, "%s", readout_error_message());
		return rc;
	}
	char a[KEY_MAX], b[KEY_MAX] = "";
	if ((rc = canonical_place(a, sizeof a, lex, f[2], why, wcap)) ||
	    (actions[k].action == OV_MERGE && (rc = canonical_place(b, sizeof b, lex, f[3], why, wcap))))
		return rc;
	if (actions[k].action == OV_MERGE && strcmp(a, b) == 0) {
		snprintf(why, wcap, "merge names one place twice (%s)", a);
		return READOUT_EINVALID;
	}
	return overrides_add(ov, actions[k].action, f[1], a, actions[k].action == OV_MERGE ? b : NULL, line);
}

int readout_overrides_load(readout_overrides **out, const char *path, const readout_lexicon *lex)
{
	*out = NULL;
	FILE *in = fopen(path, "r");
	if (!in)
		return readout_error__set(errno == ENOENT ? READOUT_ENOTFOUND : READOUT_EIO, "%s: %s", path, strerror(errno));
	readout_overrides *ov = overrides_new();
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	bool header = false;
	int rc = ov ? 0 : readout_error__set(READOUT_ENOMEM, "out of memory");
	ssize_t len;
	while (!rc && (len = getline(&line, &cap, in)) >= 0) {
		lineno++;
		if (len > LINE_MAX_BYTES) {
			rc = readout_error__set(READOUT_EINVALID, "%s:%zu: a line of more than %d bytes", path, lineno, LINE_MAX_BYTES);
			break;
		}
		if (memchr(line, '\0', (size_t)len)) {
			rc = readout_error__set(READOUT_EINVALID, "%s:%zu: a NUL byte", path, lineno);
			break;
		}
		line[strcspn(line, "\r\n")] = '\0';
		char *s = trim(line);
		if (!*s || *s == '#')
			continue;
		if (!header) { /* the first row names the columns */
			header = true;
			if (strncasecmp(s, "action", 6) != 0)
				rc = readout_error__set(READOUT_EINVALID, "%s:%zu: expected the header \"action<TAB>name<TAB>first<TAB>second\"",
				                        path, lineno);
			continue;
		}
		char *f[6];
		size_t nf = 0;
		for (char *p = s; nf < 6;) {
			char *tab = strchr(p, '\t');
			if (tab)
				*tab = '\0';
			f[nf++] = trim(p);
			if (!tab)
				break;
			p = tab + 1;
		}
		char why[512];
		int r = read_row(ov, lex, f, nf, lineno, why, sizeof why);
		if (r == READOUT_EINVALID)
			rc = readout_error__set(READOUT_EINVALID, "%s:%zu: %s", path, lineno, why);
		else if (r)
			rc = r;
	}
	if (!rc && ferror(in))
		rc = readout_error__set(READOUT_EIO, "%s: read error", path);
	free(line);
	fclose(in);
	if (rc) {
		readout_overrides_free(ov);
		return rc;
	}
	*out = ov;
	return 0;
}
