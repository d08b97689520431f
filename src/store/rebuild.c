/* rebuild.c — the people of a store made again from its stored records: every person,
 * appearance, title, post, facet, career and role is dropped and each document's record
 * (documents.record, the extraction as JSON) goes through people.c and the events' people
 * again, in the order documents were stored. An upgrade from a database made before posts and
 * facets does this once; readout_store_resolve's rebuild after a change of data/posts.tsv or
 * of the name key. Documents, events and formulations are not touched. Runs inside the
 * caller's transaction: its rows are written every REBUILD_DOCS documents, so memory stays
 * that of a batch. */
#include "store/store_impl.h"
#include "util/error.h"
#include "util/grow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { REBUILD_PAGE = 256, REBUILD_DOCS = 5000 };

/* One stored document, as read for the rebuild. */
typedef struct stored_doc {
	int64_t id;
	char *record, *date, *province;
} stored_doc;

static void free_page(stored_doc *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].record);
		free(v[i].date);
		free(v[i].province);
	}
}

static char *dup_col(db_stmt *q, int i, bool *ok)
{
	const char *v = db_col_text(q, i);
	if (!v)
		return NULL;
	char *d = strdup(v);
	*ok &= d != NULL;
	return d;
}

/* The next page of documents after id `after` into page; *n of them. */
static int read_page(readout_store *st, int64_t after, stored_doc *page, size_t *n)
{
	*n = 0;
	db_stmt *q = NULL;
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT id, record, date, province FROM documents WHERE id > $1 ORDER BY id LIMIT %d",
	         REBUILD_PAGE);
	int rc = db_prepare(st->db, &q, sql);
	if (rc || (rc = db_bind_int(q, 1, after)))
		goto done;
	while ((rc = db_step(q)) == 1) {
		bool ok = true;
		stored_doc *d = &page[(*n)++];
		*d = (stored_doc){db_col_int(q, 0), dup_col(q, 1, &ok), dup_col(q, 2, &ok), dup_col(q, 3, &ok)};
		if (!ok) {
			rc = readout_error__set(READOUT_ENOMEM, "out of memory");
			break;
		}
	}
done:
	db_finalize(q);
	return rc < 0 ? rc : 0;
}

/* The stored events of document doc, by ord, into ids (n of the record's). */
static int event_ids_of(readout_store *st, int64_t doc, int64_t *ids, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ids[i] = 0;
	db_stmt *q = NULL;
	int rc = db_prepare(st->db, &q, "SELECT id, ord FROM events WHERE doc_id = $1");
	if (rc || (rc = db_bind_int(q, 1, doc)))
		goto done;
	while ((rc = db_step(q)) == 1) {
		int64_t ord = db_col_int(q, 1);
		if (ord >= 0 && (uint64_t)ord < n)
			ids[ord] = db_col_int(q, 0);
	}
done:
	db_finalize(q);
	return rc < 0 ? rc : 0;
}

static int rebuild_document(readout_store *st, const stored_doc *d)
{
	if (!d->record)
		return 0; /* an extraction readout never stored: nothing to read people from */
	readout_parsed *parsed = NULL;
	int rc = readout_record_parse(&parsed, d->record, strlen(d->record));
	if (rc)
		return readout_error__set(rc, "document %lld: its stored record does not read: %s", (long long)d->id,
		                          readout_error_message());
	const readout_record *rec = &parsed->record;
	readout_store_doc doc = {parsed->id, NULL, NULL, 0, NULL, rec, NULL, 0};
	int64_t *ids = calloc(rec->npeople + 1, sizeof *ids);
	const char **stored = calloc(rec->npeople + 1, sizeof *stored);
	int64_t *events = calloc(rec->nevents + 1, sizeof *events);
	if (!ids || !stored || !events)
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	if (!rc)
		rc = event_ids_of(st, d->id, events, rec->nevents);
	add_ctx c = {st, &doc, d->id, store__clean_date(d->date), d->province, NULL, ids, stored, events};
	tally_next_doc(&st->sums);
	tally_mark(&st->sums);
	rows_mark(&st->rows);
	if (!rc && !(rc = store__add_people(&c)))
		rc = store__add_events(&c);
	free(ids);
	free(stored);
	free(events);
	readout_parsed_free(parsed);
	return rc;
}

int store__rebuild_people(readout_store *st, int64_t *documents)
{
	static const char *const clear[] = {
		"DELETE FROM roles", "DELETE FROM person_titles", "DELETE FROM person_docs", "DELETE FROM person_posts",
		"DELETE FROM person_careers", "DELETE FROM person_facets", "DELETE FROM persons", "DELETE FROM posts",
		"UPDATE events SET presided = NULL, spoke = NULL, attended = 0",
	};
	int rc = 0;
	for (size_t i = 0; i < sizeof clear / sizeof *clear && !rc; i++)
		rc = db_exec(st->db, clear[i]);
	tally_clear(&st->sums);
	tally_clear(&st->post_ids);
	rows_clear(&st->rows);
	names_clear(&st->names);
	store__people_clear(st);
	stored_doc page[REBUILD_PAGE];
	size_t n = 0, since = 0;
	int64_t after = 0, done = 0;
	while (!rc && !(rc = read_page(st, after, page, &n)) && n) {
		for (size_t i = 0; i < n && !rc; i++) {
			rc = rebuild_document(st, &page[i]);
			after = page[i].id;
			done++;
			if (!rc && (++since >= REBUILD_DOCS || readout_store_batch_memory(st) >= READOUT_BATCH_MEMORY)) {
				rc = store__flush_people(st);
				since = 0;
			}
		}
		free_page(page, n);
		n = 0;
	}
	free_page(page, n);
	if (!rc)
		rc = store__flush_people(st);
	if (documents)
		*documents = done;
	return rc;
}
