/* extractor.c — runs the modules over one document: repair, tokens, word classes, people,
 * titles, events, formulations. Owns the per-document arena and token arrays. */
#include "extract/doc.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct readout_extractor {
	const readout_lexicon *lex;
	readout_extract_options opts;
	arena a;
	tokens t;
	char *text;
	size_t text_cap, text_len;
	int32_t *mention_at;
	size_t mention_cap;
	phrase_hit *hits;
	size_t hits_cap;
	uint32_t *scratch;
	size_t scratch_cap;
	readout_record rec;
};

int readout_extractor_new(readout_extractor **out, const readout_lexicon *lex, const readout_extract_options *opts)
{
	*out = NULL;
	readout_extractor *ex = calloc(1, sizeof *ex);
	if (!ex)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	readout_extract_options def = READOUT_EXTRACT_OPTIONS_INIT;
	ex->opts = opts ? *opts : def;
	ex->lex = lex;
	arena_init(&ex->a, ex->opts.max_memory);
	*out = ex;
	return 0;
}

void readout_extractor_free(readout_extractor *ex)
{
	if (!ex)
		return;
	arena_dispose(&ex->a);
	tokens_dispose(&ex->t);
	free(ex->text);
	free(ex->mention_at);
	free(ex->hits);
	free(ex->scratch);
	free(ex);
}

const char *readout_extractor_text(const readout_extractor *ex, size_t *len)
{
	*len = ex->text_len;
	return ex->text;
}

static int reserve(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return 0;
	size_t ncap = *cap ? *cap : 4096;
	while (ncap < need)
		ncap *= 2;
	void *np = realloc(*p, ncap * elem);
	if (!np)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	*p = np;
	*cap = ncap;
	return 0;
}

static void find_phrases(readout_extractor *ex)
{
	for (size_t s = 0; s < ex->t.ns; s++)
		lex_find_phrases(ex->lex, ex->t.v, ex->t.s[s].first, ex->t.s[s].last, ex->hits);
}

/* The steps of work that grows faster than the text a document may take (doc_spend). */
static size_t work_budget(const readout_extract_options *o, size_t len)
{
	size_t per_kb = o->work_per_kb ? o->work_per_kb : 256;
	size_t floor = 100000, kb = len / 1024 + 1;
	return kb > (SIZE_MAX - floor) / per_kb ? SIZE_MAX : floor + per_kb * kb;
}

/* A warning in the record for each kind of work the budget or a cap left out. */
static int budget_warnings(doc *d)
{
	static const struct { uint32_t bit; const char *text; } left_out[] = {
		{DOC_BUDGET_TITLES, "work budget reached (work_per_kb): later titles of people left out"},
		{DOC_CAP_EVENTS, "more than 16 events in the document: the later ones left out"},
		{DOC_CAP_ROLES, "more than 128 people in one role of an event: the later ones left out"},
		{DOC_CAP_DATES, "more than 256 dates in the document: the later ones not read"},
		{DOC_CAP_PLACES, "more than 256 place names: the later ones not weighed for the event's place"},
		{DOC_CAP_SEGMENTS, "a sentence of more than 256 parts: titles in the rest of it not read"},
		{DOC_CAP_LISTS, "a list of more than 64 names or 8 posts waiting: later ones get no shared post"},
		{DOC_CAP_FORMS, "a formulation written more than 16 ways: the later forms not listed"},
	};
	size_t n = sizeof left_out / sizeof *left_out;
	if (!d->budget_out)
		return 0;
	d->rec->warnings = arena_alloc(d->a, n * sizeof *d->rec->warnings);
	if (!d->rec->warnings)
		return READOUT_ENOMEM;
	for (size_t i = 0; i < n; i++)
		if (d->budget_out & left_out[i].bit)
			d->rec->warnings[d->rec->nwarnings++] = left_out[i].text;
	return 0;
}

int readout_extract(const readout_record **out, readout_extractor *ex, const char *text, size_t len)
{
	*out = NULL;
	readout_error__clear();
	if (len > ex->opts.max_bytes)
		return readout_error__set(READOUT_ETOOBIG, "document of %zu bytes is over the limit of %zu", len, ex->opts.max_bytes);
	if (len >= UINT32_MAX) /* spans are 32-bit offsets */
		return readout_error__set(READOUT_ETOOBIG, "document of %zu bytes is over the limit of 4 GB", len);
	if (memchr(text, '\0', len))
		return readout_error__set(READOUT_EINVALID, "binary data (NUL bytes), not text");
	int rc = reserve((void **)&ex->text, &ex->text_cap, len + 1, 1);
	if (rc)
		return rc;
	memcpy(ex->text, text, len);
	ex->text[len] = '\0';
	ex->text_len = len;
	arena_reset(&ex->a);
	memset(&ex->rec, 0, sizeof ex->rec);
	readout_store_hash(ex->rec.hash, text, len);
	ex->rec.repaired_bytes = utf8_repair(ex->text, len);
	/* Each token costs per_token bytes outside the arena. Up to the arena's cap they may take
	 * whatever the text needs (a line of 30,000 "=" is 30,000 tokens); beyond it, one token per
	 * two bytes, ten times English prose, so a huge hostile document fails cleanly. */
	size_t per_token = sizeof(token) + sizeof *ex->hits + sizeof *ex->mention_at + 4 * sizeof *ex->scratch;
	size_t max_tokens = ex->opts.max_memory / per_token;
	if (max_tokens < len / 2 + 16)
		max_tokens = len / 2 + 16;
	if ((rc = tokens_build_looked_up(&ex->t, ex->text, len, max_tokens, &ex->lex->lookup))) {
		if (rc == READOUT_ETOOBIG)
			readout_error__set(rc, "more than %zu tokens (words and punctuation marks) in %zu bytes: over the "
			                   "per-document memory limit", max_tokens, len);
		return rc;
	}
	lex_classify_tokens(ex->lex, ex->text, ex->t.v, ex->t.n); /* the tokens the tokenizer left */
	if ((rc = reserve((void **)&ex->mention_at, &ex->mention_cap, ex->t.n + 1, sizeof *ex->mention_at)))
		return rc;
	for (size_t i = 0; i <= ex->t.n; i++)
		ex->mention_at[i] = -1;
	if ((rc = reserve((void **)&ex->hits, &ex->hits_cap, ex->t.n + 1, sizeof *ex->hits)))
		return rc;
	find_phrases(ex);
	/* outside the arena, whose cap then bounds what the modules keep, as it always has */
	if ((rc = reserve((void **)&ex->scratch, &ex->scratch_cap, 4 * (ex->t.n + 1), sizeof *ex->scratch)))
		return rc;
	doc d = {ex->lex, ex->text, len, &ex->t, &ex->a, ex->mention_at, NULL, 0, 0, NULL, 0, 0, &ex->rec, ex->hits,
	         ex->scratch, work_budget(&ex->opts, len), 0, NULL, 0, 0};
	if ((rc = people_find(&d)) || (rc = orgs_find(&d)) || (rc = titles_assign(&d)) || (rc = events_extract(&d)) ||
	    (rc = formulations_extract(&d)) || (rc = people_finish(&d)) || (rc = budget_warnings(&d))) {
		if (rc == READOUT_ENOMEM && !readout_error_message()[0])
			readout_error__set(rc, "document needs more memory than allowed");
		return rc;
	}
	*out = &ex->rec;
	return 0;
}
