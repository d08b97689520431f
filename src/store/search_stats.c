/* search_stats.c — the counts and document sets searches keep (store/search_stats.h). */
#include "store/search_stats.h"
#include "store/cursor.h"
#include "store/store_impl.h"
#include "util/error.h"

#include <stdlib.h>
#include <string.h>

/* Phrases counted before the counts are forgotten, and the memory of the sets per store
 * (each server worker has one): a set of 100,000 documents takes 12.5 KB, so 32 MB holds
 * 2,600 of them, or 260 at a million; a common phrase past that is left to FTS5. */
enum { SEARCH_DOCS_MEMO = 100000 };
#define SEARCH_SETS_BYTES ((size_t)32 << 20)

void search_stats_init(search_stats *s)
{
	memset(s, 0, sizeof *s);
	memo_init(&s->docs);
	memo_init(&s->sets);
	s->rows = s->max_id = -1;
}

static void forget(search_stats *s)
{
	memo_clear(&s->docs);
	memo_clear(&s->sets);
	for (size_t i = 0; i < s->nsets; i++)
		free(s->bits[i]);
	s->nsets = 0;
	s->rows = s->max_id = -1;
}

void search_stats_dispose(search_stats *s)
{
	forget(s);
	free(s->bits);
	memo_dispose(&s->docs);
	memo_dispose(&s->sets);
}

int store__search_fresh(readout_store *st)
{
	search_stats *s = &st->search;
	if (!st->db->readonly)
		return 0;
	char version[sizeof s->version];
	int rc = readout_store_version(version, sizeof version, st);
	if (rc)
		return rc;
	if (strcmp(version, s->version) || s->docs.map.count >= SEARCH_DOCS_MEMO) {
		forget(s);
		memcpy(s->version, version, sizeof version);
	}
	return 0;
}

int store__phrase_docs(int64_t *out, readout_store *st, const char *phrase)
{
	bool keep = st->db->readonly;
	uint32_t n;
	if (keep && memo_get(&st->search.docs, phrase, &n)) {
		*out = n;
		return 0;
	}
	const char *params[] = {phrase};
	int rc = store__count(out, st, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH $1", params, 1);
	if (!rc && keep && *out <= UINT32_MAX)
		rc = memo_put(&st->search.docs, phrase, (uint32_t)*out);
	return rc;
}

int store__search_rows(int64_t *indexed, int64_t *max_id, readout_store *st)
{
	search_stats *s = &st->search;
	if (!st->db->readonly || s->rows < 0) {
		int rc = store__count(&s->rows, st, "SELECT count(*) FROM documents_fts_docsize", NULL, 0);
		if (!rc)
			rc = store__count(&s->max_id, st, "SELECT max(id) FROM documents_fts_docsize", NULL, 0);
		if (rc) {
			s->rows = s->max_id = -1;
			return rc;
		}
	}
	*indexed = s->rows;
	*max_id = s->max_id;
	return 0;
}

static int set_bit(void *ctx, db_stmt *q)
{
	const search_stats *s = ((void **)ctx)[0];
	uint8_t *bits = ((void **)ctx)[1];
	int64_t id = db_col_int(q, 0);
	if (id >= 0 && id <= s->max_id) /* a document stored since max_id was read is not in it */
		bits[id >> 3] |= (uint8_t)(1u << (id & 7));
	return 0;
}

int store__phrase_set(const uint8_t **out, readout_store *st, const char *phrase)
{
	*out = NULL;
	search_stats *s = &st->search;
	if (!st->db->readonly || s->max_id < 0)
		return 0;
	uint32_t i;
	if (memo_get(&s->sets, phrase, &i)) {
		*out = s->bits[i];
		return 0;
	}
	size_t bytes = (size_t)s->max_id / 8 + 1;
	if ((s->nsets + 1) * bytes > SEARCH_SETS_BYTES)
		return 0;
	if (s->nsets == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 16;
		uint8_t **b = realloc(s->bits, cap * sizeof *b);
		if (!b)
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		s->bits = b;
		s->cap = cap;
	}
	uint8_t *bits = calloc(bytes, 1);
	if (!bits)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	const char *params[] = {phrase};
	cursor_spec spec = {.sql = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH $1", .params = params,
	                    .nparams = 1};
	int rc = cursor__scan(st, &spec, set_bit, (void *[]){s, bits});
	if (!rc && !(rc = memo_put(&s->sets, phrase, (uint32_t)s->nsets))) {
		s->bits[s->nsets++] = bits;
		*out = bits;
		return 0;
	}
	free(bits);
	return rc;
}
