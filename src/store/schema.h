/* store/schema.h — the store's one schema and its numbered migrations, as templates for either
 * backend (internal; schema.c). */
#ifndef READOUT_STORE_SCHEMA_H
#define READOUT_STORE_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

/* The version schema_latest makes: the last step's. */
#define SCHEMA_LATEST 13
/* The oldest version whose tables and indexes the queries read as they are: a reader of an
 * older database (which it may not upgrade) answers what it can without them (st->stale). */
#define SCHEMA_QUERIES_NEED 9

/* Expands tmpl's {tokens} into the words of backend kind (enum db_kind): *out, the caller's to
 * free. 0 or READOUT_ENOMEM. */
int schema__expand(char **out, int kind, const char *tmpl);

/* The latest schema, for a new database. */
extern const char *const schema_latest;
/* schema_migrations: the record of each version's step, with its time and how it came. */
extern const char *const schema_versions_table;

typedef struct schema_migration {
	int version;         /* the version it brings a database to */
	const char *name;    /* what it does, as recorded in schema_migrations */
	const char *sql;     /* a template */
	bool rebuild_people; /* then the people are resolved again from the stored records */
} schema_migration;

/* The steps to versions 2 .. SCHEMA_LATEST, in order. */
extern const schema_migration schema_steps[];
extern const size_t schema_nsteps;

/* The indexes only queries read, which a bulk ingest makes at its end (bulk.c): CREATE INDEX IF
 * NOT EXISTS statements, one a line. */
extern const char *const schema_query_indexes;

/* Fills events' presided, spoke and attended again for the documents in readout_moved. */
extern const char *const schema_refill_event_roles;

#endif
