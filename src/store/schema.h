/* store/schema.h — schema text per backend (internal). */
#ifndef READOUT_STORE_SCHEMA_H
#define READOUT_STORE_SCHEMA_H

#define READOUT_SCHEMA_VERSION "1"

extern const char *const schema_sqlite;
extern const char *const schema_pg;
/* Objects added to schema version 1 after its first release, for older version-1 databases;
 * schema_fill_months and schema_fill_posts fill formulation_months and person_posts when the
 * upgrade has just made them. */
extern const char *const schema_upgrade_sqlite;
extern const char *const schema_upgrade_pg;
extern const char *const schema_fill_months;
extern const char *const schema_fill_posts;
/* roles' (event, role, position) index, for SQLite databases whose roles table has a rowid
 * (made before it became WITHOUT ROWID, keyed that way) */
extern const char *const schema_upgrade_sqlite_roles;
/* roles.date (the event's), for databases made before it: added, then filled from events */
extern const char *const schema_add_role_dates;
/* the same columns made again for the events of the documents reconcile.c moved people of */
extern const char *const schema_refill_event_roles_sqlite;
extern const char *const schema_refill_event_roles_pg;
/* documents.url and documents.meta, for databases made before them */
extern const char *const schema_add_document_source;
/* events.presided, spoke and attended, for databases made before them: added, then filled */
extern const char *const schema_add_event_roles_sqlite;
extern const char *const schema_add_event_roles_pg;
/* SQLite: the full-text index's settings, for databases made with FTS5's defaults */
extern const char *const schema_fts_settings;
/* Posts, facets, careers and overrides (the meta row 'people' = READOUT_PEOPLE_VERSION), for
 * databases made before them; their people are then rebuilt from the records. */
extern const char *const schema_upgrade_people_sqlite;
extern const char *const schema_upgrade_people_pg;
#define READOUT_PEOPLE_VERSION "2"


#endif
