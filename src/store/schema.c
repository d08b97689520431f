/* schema.c — the store's tables, indexes and analyst views, per backend. Documented for users
 * in docs/schema.md; keep the two in step. Version 1. */
#include "store/schema.h"
#include "store/fts_words.h"

/* Added after the first version-1 schema; also in the upgrade scripts at the end. */

/* Places are matched case-blind: lower(place) = lower($n). documents_id_ext_url gives an
 * event list its documents' ids and urls without reading the documents' rows, which hold
 * whole texts and records (SQLite: one page or more per document, and url after them). It
 * supersedes documents_id_ext (ids only). */
#define DOCUMENTS_INDEXES                                                                          \
	"CREATE INDEX IF NOT EXISTS documents_place_ci ON documents(lower(place));\n"                  \
	"CREATE INDEX IF NOT EXISTS documents_province_ci ON documents(lower(province));\n"            \
	"CREATE INDEX IF NOT EXISTS documents_id_ext_url ON documents(id, ext_id, url);\n"

/* An event's presiders and speakers in listing order, and a person's events newest first with
 * their roles and places in the lists, from the indexes alone: a profile reads the latest
 * events of a leader with hundreds of thousands without sorting them all (roles_person_date
 * supersedes roles_person_role and roles_person). In SQLite databases made since roles became
 * WITHOUT ROWID, the primary key is the first. */
#define ROLES_EVENT_INDEX                                                                          \
	"CREATE INDEX IF NOT EXISTS roles_event_role ON roles(event_id, role, position, person_id);\n"
#define ROLES_PERSON_INDEX                                                                         \
	"CREATE INDEX IF NOT EXISTS roles_person_date ON roles(person_id, date, event_id, role, position);\n"
#define ROLES_INDEX ROLES_EVENT_INDEX ROLES_PERSON_INDEX

/* Who presided and spoke (stored names, listing order, comma-separated) and how many
 * attended, as in roles: an event list reads them from its rows instead of looking up names
 * for every row. */
#define EVENT_ROLE_COLUMNS "  presided TEXT, spoke TEXT, attended INTEGER"

/* For databases made before those columns: added, then filled from roles. */
#define ADD_EVENT_ROLE_COLUMNS                                                                     \
	"ALTER TABLE events ADD COLUMN presided TEXT;\n"                                               \
	"ALTER TABLE events ADD COLUMN spoke TEXT;\n"                                                  \
	"ALTER TABLE events ADD COLUMN attended INTEGER;\n"

/* What the input said of a document besides its text: the JSON Lines members other than "id"
 * and "text" as one JSON object, and its "url", which answers cite. */
#define DOCUMENT_SOURCE_COLUMNS "  url TEXT, meta TEXT"

/* For databases made before those columns. */
#define ADD_DOCUMENT_SOURCE_COLUMNS                                                                \
	"ALTER TABLE documents ADD COLUMN url TEXT;\n"                                                \
	"ALTER TABLE documents ADD COLUMN meta TEXT;\n"

/* FTS5 merges a level's segments once it has this many (its default is 4): ingest writes
 * every indexed word about a third fewer times, and a search looks in at most 7 segments per
 * level instead of 3. It writes out its pending terms once they take 4 MB, not 1 MB: fewer,
 * larger segments to merge (indexing 100,000 documents: 8.0 -> 7.3 s, 5 MB more memory). */
#define FTS_SETTINGS                                                                               \
	"INSERT INTO documents_fts(documents_fts, rank) VALUES('automerge', 8);\n"                    \
	"INSERT INTO documents_fts(documents_fts, rank) VALUES('hashsize', 4194304);\n"

/* Subjects are few: filters find the matching ones by skipping through events_subject_level,
 * whose level and date also answer the cascade without reading the table. */
#define EVENTS_INDEXES                                                                             \
	"CREATE INDEX IF NOT EXISTS events_subject_level ON events(subject, level, date);\n"          \
	"CREATE INDEX IF NOT EXISTS events_place_ci ON events(lower(place));\n"                        \
	"CREATE INDEX IF NOT EXISTS events_province_ci ON events(lower(province));\n"

/* A person's posts with their first and last dates and documents, kept at ingest: a leader
 * named in most documents has hundreds of thousands of person_titles rows, and a profile
 * reads one row per post instead. */
#define PERSON_POSTS(INT, LAYOUT)                                                                  \
	"CREATE TABLE IF NOT EXISTS person_posts(\n"                                                  \
	"  person_id " INT " NOT NULL REFERENCES persons(id),\n"                                      \
	"  title TEXT NOT NULL, first_date TEXT, last_date TEXT, documents " INT " NOT NULL,\n"       \
	"  PRIMARY KEY(person_id, title))" LAYOUT ";\n"

/* Fills person_posts from person_titles, once, when an upgrade has just made it. */
#define PERSON_POSTS_FILL                                                                          \
	"INSERT INTO person_posts(person_id, title, first_date, last_date, documents)\n"               \
	"  SELECT person_id, title, min(date), max(date), count(DISTINCT doc_id)\n"                    \
	"  FROM person_titles GROUP BY person_id, title;\n"

/* Uses per formulation and month ('YYYY-MM', '' = undated, '*' = all time) with their first
 * and last dates, kept at ingest: timelines and first appearances without reading every use. */
#define FORMULATION_MONTHS(INT, LAYOUT)                                                            \
	"CREATE TABLE IF NOT EXISTS formulation_months(\n"                                            \
	"  formulation_id " INT " NOT NULL REFERENCES formulations(id),\n"                            \
	"  month TEXT NOT NULL, uses " INT " NOT NULL, documents " INT " NOT NULL,\n"                 \
	"  first_date TEXT, last_date TEXT,\n"                                                        \
	"  PRIMARY KEY(formulation_id, month))" LAYOUT ";\n"                                                    \
	"CREATE INDEX IF NOT EXISTS formulation_months_month ON formulation_months(month, uses);\n"

/* Fills formulation_months from the uses, once, when an upgrade has just made it. */
#define FORMULATION_MONTHS_FILL                                                                    \
	"INSERT INTO formulation_months(formulation_id, month, uses, documents, first_date, last_date)\n" \
	"  SELECT formulation_id, coalesce(substr(date, 1, 7), ''), sum(count), count(*), min(date), max(date)\n" \
	"  FROM formulation_uses GROUP BY formulation_id, coalesce(substr(date, 1, 7), '');\n"            \
	"INSERT INTO formulation_months(formulation_id, month, uses, documents, first_date, last_date)\n" \
	"  SELECT formulation_id, '*', sum(count), count(*), min(date), max(date)\n"                   \
	"  FROM formulation_uses GROUP BY formulation_id;\n"

/* Posts and who is who (src/extract/posts.c, src/extract/identity.c; docs/schema.md, "Who is
 * who"): each post a title names, a person's career by post, the facets resolution groups
 * into persons, and the user's overrides of it. A person is no longer a name in a region, so
 * persons(name_key, region) is an index, not a key. The --post filter matches lower(name).
 * person_titles by document: a career's documents and the moves of reconcile.c read a
 * person's titles through their documents (new documents have the largest ids, so ingest
 * appends to this index; one by person would be written all over on every batch). */
#define PEOPLE_TABLES(ID, INT, LAYOUT, VIEW)                                                       \
	"CREATE TABLE IF NOT EXISTS posts(\n"                                                        \
	"  id " ID ", key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, rank TEXT NOT NULL, body TEXT,\n"   \
	"  organization TEXT, level TEXT, place TEXT, province TEXT, side TEXT,\n"                     \
	"  concurrent " INT " NOT NULL DEFAULT 0, former " INT " NOT NULL DEFAULT 0);\n"                \
	"CREATE INDEX IF NOT EXISTS posts_name ON posts(lower(name), level, place);\n"                 \
	"CREATE TABLE IF NOT EXISTS person_facets(\n"                                                 \
	"  person_id " INT " NOT NULL REFERENCES persons(id), facet TEXT NOT NULL,\n"                   \
	"  first_date TEXT, last_date TEXT, dated " INT " NOT NULL DEFAULT 0, documents " INT " NOT NULL DEFAULT 0,\n" \
	"  PRIMARY KEY(person_id, facet))" LAYOUT ";\n"                                                \
	"CREATE TABLE IF NOT EXISTS person_careers(\n"                                                \
	"  person_id " INT " NOT NULL REFERENCES persons(id), post_id " INT " NOT NULL REFERENCES posts(id),\n" \
	"  first_date TEXT, last_date TEXT, documents " INT " NOT NULL,\n"                            \
	"  PRIMARY KEY(person_id, post_id))" LAYOUT ";\n"                                               \
	"CREATE INDEX IF NOT EXISTS person_careers_post ON person_careers(post_id);\n"                 \
	"CREATE TABLE IF NOT EXISTS person_overrides(\n"                                              \
	"  ord " INT " PRIMARY KEY, action TEXT NOT NULL, name_key TEXT NOT NULL, name TEXT NOT NULL,\n" \
	"  a TEXT, b TEXT, source TEXT);\n"                                                            \
	"CREATE INDEX IF NOT EXISTS persons_name_key ON persons(name_key);\n"                         \
	"CREATE INDEX IF NOT EXISTS person_titles_doc ON person_titles(doc_id);\n"                    \
	VIEW " v_unmapped_titles AS\n"                                                               \
	"  SELECT title, count(*) AS mentions, count(DISTINCT person_id) AS persons,\n"                \
	"         count(DISTINCT doc_id) AS documents, min(date) AS first_date, max(date) AS last_date\n" \
	"  FROM person_titles WHERE post_id IS NULL GROUP BY title;\n"                                 \
	VIEW " v_person_careers AS\n"                                                                \
	"  SELECT p.id AS person_id, p.name, p.region, q.id AS post_id, q.name AS post, q.rank, q.body, q.organization,\n" \
	"         q.level, q.place, q.province, q.side, q.concurrent, q.former, c.first_date, c.last_date, c.documents\n" \
	"  FROM persons p JOIN person_careers c ON c.person_id = p.id JOIN posts q ON q.id = c.post_id;\n"
#define PEOPLE_TABLES_SQLITE PEOPLE_TABLES("INTEGER PRIMARY KEY", "INTEGER", " WITHOUT ROWID", "CREATE VIEW IF NOT EXISTS")
#define PEOPLE_TABLES_PG PEOPLE_TABLES("BIGSERIAL PRIMARY KEY", "BIGINT", "", "CREATE OR REPLACE VIEW")

/* For databases made before posts and facets: the columns, without the old key of persons.
 * Their people are then rebuilt from the stored records (store/rebuild.c). */
#define ADD_PEOPLE_COLUMNS                                                                         \
	"ALTER TABLE person_docs ADD COLUMN facet TEXT;\n"                                            \
	"ALTER TABLE person_titles ADD COLUMN post_id INTEGER;\n"                                     \
	"DROP INDEX IF EXISTS persons_key_region;\n"

/* Text reuse (src/reuse, `readout reuse`; docs/schema.md, "Text reuse"): the documents already
 * aligned and each run's settings, the pairs of documents that share passages and those
 * passages, near-duplicate clusters of documents and of the events they report, and the
 * references aligned against the corpus. Made by every version-1 schema and upgrade. */
#define REUSE_TABLES(ID, KEY, INT, VIEW)                                                           \
	"CREATE TABLE IF NOT EXISTS reuse_runs(\n"                                                    \
	"  id " ID ", kind TEXT NOT NULL, settings TEXT NOT NULL, started_at TEXT NOT NULL,\n"        \
	"  seconds DOUBLE PRECISION, documents " INT ", new_documents " INT ", candidate_pairs " INT ",\n" \
	"  pairs " INT ", passages " INT ");\n"                                                      \
	"CREATE TABLE IF NOT EXISTS reuse_docs(\n"                                                    \
	"  doc_id " KEY " REFERENCES documents(id) ON DELETE CASCADE,\n"                              \
	"  words " INT " NOT NULL, run_id " INT " NOT NULL);\n"                                       \
	"CREATE TABLE IF NOT EXISTS reuse_pairs(\n"                                                   \
	"  source_doc " INT " NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"                 \
	"  target_doc " INT " NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"                 \
	"  direction TEXT NOT NULL CHECK(direction IN ('date','level','none')),\n"                    \
	"  passages " INT " NOT NULL, source_words " INT " NOT NULL, target_words " INT " NOT NULL,\n" \
	"  source_share DOUBLE PRECISION NOT NULL, target_share DOUBLE PRECISION NOT NULL,\n"         \
	"  score " INT " NOT NULL, matches " INT " NOT NULL, run_id " INT " NOT NULL,\n"              \
	"  PRIMARY KEY(source_doc, target_doc));\n"                                                   \
	"CREATE INDEX IF NOT EXISTS reuse_pairs_target ON reuse_pairs(target_doc);\n"                 \
	"CREATE TABLE IF NOT EXISTS reuse_passages(\n"                                                \
	"  source_doc " INT " NOT NULL, target_doc " INT " NOT NULL, ord " INT " NOT NULL,\n"        \
	"  source_start " INT " NOT NULL, source_end " INT " NOT NULL,\n"                             \
	"  target_start " INT " NOT NULL, target_end " INT " NOT NULL,\n"                             \
	"  source_words " INT " NOT NULL, target_words " INT " NOT NULL,\n"                           \
	"  score " INT " NOT NULL, matches " INT " NOT NULL,\n"                                       \
	"  PRIMARY KEY(source_doc, target_doc, ord),\n"                                               \
	"  FOREIGN KEY(source_doc, target_doc) REFERENCES reuse_pairs(source_doc, target_doc) ON DELETE CASCADE);\n" \
	"CREATE TABLE IF NOT EXISTS reuse_clusters(\n"                                                \
	"  doc_id " KEY " REFERENCES documents(id) ON DELETE CASCADE,\n"                              \
	"  cluster_id " INT " NOT NULL, documents " INT " NOT NULL);\n"                               \
	"CREATE INDEX IF NOT EXISTS reuse_clusters_cluster ON reuse_clusters(cluster_id);\n"          \
	"CREATE TABLE IF NOT EXISTS event_clusters(\n"                                                \
	"  event_id " KEY " REFERENCES events(id) ON DELETE CASCADE,\n"                               \
	"  cluster_id " INT " NOT NULL);\n"                                                           \
	"CREATE TABLE IF NOT EXISTS reuse_references(\n"                                              \
	"  id " ID ", name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, date TEXT, level TEXT,\n"        \
	"  words " INT " NOT NULL, text TEXT NOT NULL, added_at TEXT NOT NULL);\n"                    \
	"CREATE TABLE IF NOT EXISTS reuse_reference_docs(\n"                                          \
	"  reference_id " INT " NOT NULL REFERENCES reuse_references(id) ON DELETE CASCADE,\n"        \
	"  doc_id " INT " NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"                     \
	"  words " INT " NOT NULL, taken " INT " NOT NULL, share DOUBLE PRECISION NOT NULL,\n"        \
	"  passages " INT " NOT NULL, days_after " INT ",\n"                                         \
	"  PRIMARY KEY(reference_id, doc_id));\n"                                                     \
	"CREATE TABLE IF NOT EXISTS reuse_reference_passages(\n"                                      \
	"  reference_id " INT " NOT NULL, doc_id " INT " NOT NULL, ord " INT " NOT NULL,\n"           \
	"  reference_start " INT " NOT NULL, reference_end " INT " NOT NULL,\n"                       \
	"  doc_start " INT " NOT NULL, doc_end " INT " NOT NULL,\n"                                   \
	"  reference_words " INT " NOT NULL, doc_words " INT " NOT NULL,\n"                           \
	"  score " INT " NOT NULL, matches " INT " NOT NULL,\n"                                       \
	"  PRIMARY KEY(reference_id, doc_id, ord),\n"                                                 \
	"  FOREIGN KEY(reference_id, doc_id) REFERENCES reuse_reference_docs(reference_id, doc_id) ON DELETE CASCADE);\n" \
	VIEW " v_event_clusters AS\n"                                                                 \
	"  SELECT e.id AS event_id, coalesce(c.cluster_id, e.id) AS cluster\n"                        \
	"  FROM events e LEFT JOIN event_clusters c ON c.event_id = e.id;\n"                          \
	VIEW " v_reuse_pairs AS\n"                                                                    \
	"  SELECT s.ext_id AS source, t.ext_id AS target, coalesce(s.published, s.date) AS source_date,\n" \
	"         coalesce(t.published, t.date) AS target_date, s.level AS source_level, t.level AS target_level,\n" \
	"         p.direction, p.passages, p.source_share, p.target_share, p.score, p.source_doc, p.target_doc\n" \
	"  FROM reuse_pairs p JOIN documents s ON s.id = p.source_doc JOIN documents t ON t.id = p.target_doc;\n"
#define REUSE_TABLES_SQLITE REUSE_TABLES("INTEGER PRIMARY KEY", "INTEGER PRIMARY KEY", "INTEGER", "CREATE VIEW IF NOT EXISTS")
#define REUSE_TABLES_PG REUSE_TABLES("BIGSERIAL PRIMARY KEY", "BIGINT PRIMARY KEY", "BIGINT", "CREATE OR REPLACE VIEW")

const char *const schema_sqlite =
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS documents(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  ext_id TEXT NOT NULL,\n"
	"  hash TEXT NOT NULL UNIQUE,\n"
	"  origin TEXT,\n"
	"  published TEXT,\n"
	"  date TEXT,\n"
	"  place TEXT,\n"
	"  province TEXT,\n"
	"  level TEXT,\n"
	"  text TEXT,\n"
	"  record TEXT NOT NULL,\n"
	"  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),\n"
	DOCUMENT_SOURCE_COLUMNS ");\n"
	"CREATE INDEX IF NOT EXISTS documents_date ON documents(date);\n"
	"CREATE INDEX IF NOT EXISTS documents_ext ON documents(ext_id);\n"
	DOCUMENTS_INDEXES
	"CREATE TABLE IF NOT EXISTS events(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  ord INTEGER NOT NULL,\n"
	"  date TEXT, date_partial TEXT, host TEXT, place TEXT, province TEXT, level TEXT,\n"
	"  type TEXT, format TEXT, size TEXT, duration TEXT, subject TEXT,\n"
	"  span_start INTEGER, span_end INTEGER,\n"
	EVENT_ROLE_COLUMNS ");\n"
	"CREATE INDEX IF NOT EXISTS events_date ON events(date);\n"
	"CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);\n"
	"CREATE INDEX IF NOT EXISTS events_level_date ON events(level, date);\n"
	EVENTS_INDEXES
	"CREATE TABLE IF NOT EXISTS persons(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  name TEXT NOT NULL,\n"
	"  name_key TEXT NOT NULL,\n"
	"  region TEXT,\n"
	"  mentions INTEGER NOT NULL DEFAULT 0,\n"
	"  documents INTEGER NOT NULL DEFAULT 0,\n"
	"  first_date TEXT, last_date TEXT);\n"
	"CREATE TABLE IF NOT EXISTS person_docs(\n"
	"  person_id INTEGER NOT NULL REFERENCES persons(id),\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  name TEXT NOT NULL, mentions INTEGER NOT NULL, date TEXT, facet TEXT,\n"
	"  PRIMARY KEY(person_id, doc_id)) WITHOUT ROWID;\n"
	"CREATE INDEX IF NOT EXISTS person_docs_doc ON person_docs(doc_id);\n"
	"CREATE TABLE IF NOT EXISTS person_titles(\n"
	"  person_id INTEGER NOT NULL REFERENCES persons(id),\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  title TEXT NOT NULL, date TEXT, span_start INTEGER, span_end INTEGER, post_id INTEGER);\n"
	PERSON_POSTS("INTEGER", " WITHOUT ROWID")
	PEOPLE_TABLES_SQLITE
	/* key columns first: SQLite 3.40's integrity_check misreads a WITHOUT ROWID table's other
	 * columns when they come before the key's */
	"CREATE TABLE IF NOT EXISTS roles(\n"
	"  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,\n"
	"  role TEXT NOT NULL CHECK(role IN ('presided','spoke','attended')),\n"
	"  position INTEGER NOT NULL,\n"
	"  person_id INTEGER NOT NULL REFERENCES persons(id),\n"
	"  date TEXT,\n"
	"  PRIMARY KEY(event_id, role, position)) WITHOUT ROWID;\n"
	ROLES_PERSON_INDEX
	"CREATE TABLE IF NOT EXISTS formulations(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  key TEXT NOT NULL UNIQUE,\n"
	"  zh TEXT, pinyin TEXT, label TEXT NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS formulation_uses(\n"
	"  formulation_id INTEGER NOT NULL REFERENCES formulations(id),\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  count INTEGER NOT NULL, forms TEXT NOT NULL, date TEXT, place TEXT,\n"
	"  PRIMARY KEY(formulation_id, doc_id)) WITHOUT ROWID;\n"
	"CREATE INDEX IF NOT EXISTS formulation_uses_date ON formulation_uses(date);\n"
	FORMULATION_MONTHS("INTEGER", " WITHOUT ROWID")
	/* tokenize: see store/fts_words.h; databases made before it keep unicode61 */
	"CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(text, content='documents', content_rowid='id',"
	" tokenize='" FTS_WORDS_TOKENIZER "');\n"
	FTS_SETTINGS
	"CREATE VIEW IF NOT EXISTS v_event_roles AS\n"
	"  SELECT e.id AS event_id, d.ext_id AS document, e.ord AS event_order, e.date, e.host, e.place, e.level,\n"
	"         e.type, e.subject, r.role, r.position, p.id AS person_id, p.name AS person\n"
	"  FROM events e JOIN documents d ON d.id = e.doc_id JOIN roles r ON r.event_id = e.id\n"
	"  JOIN persons p ON p.id = r.person_id;\n"
	"CREATE VIEW IF NOT EXISTS v_person_titles AS\n"
	"  SELECT p.id AS person_id, p.name, p.region, t.title, min(t.date) AS first_date,\n"
	"         max(t.date) AS last_date, count(DISTINCT t.doc_id) AS documents\n"
	"  FROM persons p JOIN person_titles t ON t.person_id = p.id GROUP BY p.id, p.name, p.region, t.title;\n"
	"CREATE VIEW IF NOT EXISTS v_formulation_month AS\n"
	"  SELECT f.id AS formulation_id, f.zh, f.label, substr(u.date, 1, 7) AS month,\n"
	"         sum(u.count) AS uses, count(*) AS documents\n"
	"  FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id\n"
	"  GROUP BY f.id, f.zh, f.label, substr(u.date, 1, 7);\n"
	REUSE_TABLES_SQLITE;

const char *const schema_pg =
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS documents(\n"
	"  id BIGSERIAL PRIMARY KEY,\n"
	"  ext_id TEXT NOT NULL,\n"
	"  hash TEXT NOT NULL UNIQUE,\n"
	"  origin TEXT, published TEXT, date TEXT, place TEXT, province TEXT, level TEXT,\n"
	"  text TEXT,\n"
	"  record TEXT NOT NULL,\n"
	"  ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),\n"
	DOCUMENT_SOURCE_COLUMNS ",\n"
	"  text_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(text, ''))) STORED);\n"
	"CREATE INDEX IF NOT EXISTS documents_date ON documents(date);\n"
	"CREATE INDEX IF NOT EXISTS documents_ext ON documents(ext_id);\n"
	DOCUMENTS_INDEXES
	"CREATE INDEX IF NOT EXISTS documents_tsv ON documents USING gin(text_tsv);\n"
	"CREATE TABLE IF NOT EXISTS events(\n"
	"  id BIGSERIAL PRIMARY KEY,\n"
	"  doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  ord INTEGER NOT NULL,\n"
	"  date TEXT, date_partial TEXT, host TEXT, place TEXT, province TEXT, level TEXT,\n"
	"  type TEXT, format TEXT, size TEXT, duration TEXT, subject TEXT,\n"
	"  span_start INTEGER, span_end INTEGER,\n"
	EVENT_ROLE_COLUMNS ");\n"
	"CREATE INDEX IF NOT EXISTS events_date ON events(date);\n"
	"CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);\n"
	"CREATE INDEX IF NOT EXISTS events_level_date ON events(level, date);\n"
	EVENTS_INDEXES
	"CREATE TABLE IF NOT EXISTS persons(\n"
	"  id BIGSERIAL PRIMARY KEY,\n"
	"  name TEXT NOT NULL, name_key TEXT NOT NULL, region TEXT,\n"
	"  mentions INTEGER NOT NULL DEFAULT 0, documents INTEGER NOT NULL DEFAULT 0,\n"
	"  first_date TEXT, last_date TEXT);\n"
	"CREATE TABLE IF NOT EXISTS person_docs(\n"
	"  person_id BIGINT NOT NULL REFERENCES persons(id),\n"
	"  doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  name TEXT NOT NULL, mentions INTEGER NOT NULL, date TEXT, facet TEXT,\n"
	"  PRIMARY KEY(person_id, doc_id));\n"
	"CREATE INDEX IF NOT EXISTS person_docs_doc ON person_docs(doc_id);\n"
	"CREATE TABLE IF NOT EXISTS person_titles(\n"
	"  person_id BIGINT NOT NULL REFERENCES persons(id),\n"
	"  doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  title TEXT NOT NULL, date TEXT, span_start INTEGER, span_end INTEGER, post_id BIGINT);\n"
	"CREATE INDEX IF NOT EXISTS person_titles_title ON person_titles(title);\n"
	PERSON_POSTS("BIGINT", "")
	PEOPLE_TABLES_PG
	"CREATE TABLE IF NOT EXISTS roles(\n"
	"  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,\n"
	"  person_id BIGINT NOT NULL REFERENCES persons(id),\n"
	"  role TEXT NOT NULL CHECK(role IN ('presided','spoke','attended')),\n"
	"  position INTEGER NOT NULL,\n"
	"  date TEXT,\n"
	"  PRIMARY KEY(event_id, person_id, role));\n"
	ROLES_INDEX
	"CREATE TABLE IF NOT EXISTS formulations(\n"
	"  id BIGSERIAL PRIMARY KEY,\n"
	"  key TEXT NOT NULL UNIQUE,\n"
	"  zh TEXT, pinyin TEXT, label TEXT NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS formulation_uses(\n"
	"  formulation_id BIGINT NOT NULL REFERENCES formulations(id),\n"
	"  doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  count INTEGER NOT NULL, forms TEXT NOT NULL, date TEXT, place TEXT,\n"
	"  PRIMARY KEY(formulation_id, doc_id));\n"
	"CREATE INDEX IF NOT EXISTS formulation_uses_date ON formulation_uses(date);\n"
	FORMULATION_MONTHS("BIGINT", "")
	"CREATE OR REPLACE VIEW v_event_roles AS\n"
	"  SELECT e.id AS event_id, d.ext_id AS document, e.ord AS event_order, e.date, e.host, e.place, e.level,\n"
	"         e.type, e.subject, r.role, r.position, p.id AS person_id, p.name AS person\n"
	"  FROM events e JOIN documents d ON d.id = e.doc_id JOIN roles r ON r.event_id = e.id\n"
	"  JOIN persons p ON p.id = r.person_id;\n"
	"CREATE OR REPLACE VIEW v_person_titles AS\n"
	"  SELECT p.id AS person_id, p.name, p.region, t.title, min(t.date) AS first_date,\n"
	"         max(t.date) AS last_date, count(DISTINCT t.doc_id) AS documents\n"
	"  FROM persons p JOIN person_titles t ON t.person_id = p.id GROUP BY p.id, p.name, p.region, t.title;\n"
	"CREATE OR REPLACE VIEW v_formulation_month AS\n"
	"  SELECT f.id AS formulation_id, f.zh, f.label, substr(u.date, 1, 7) AS month,\n"
	"         sum(u.count) AS uses, count(*) AS documents\n"
	"  FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id\n"
	"  GROUP BY f.id, f.zh, f.label, substr(u.date, 1, 7);\n"
	REUSE_TABLES_PG;

#define SUPERSEDED_INDEXES                                                                         \
	"DROP INDEX IF EXISTS events_subject;\nDROP INDEX IF EXISTS roles_person;\n"                   \
	"DROP INDEX IF EXISTS roles_person_role;\nDROP INDEX IF EXISTS events_id_date;\n"              \
	"DROP INDEX IF EXISTS person_titles_person;\nDROP INDEX IF EXISTS documents_id_ext;\n"

/* A version-1 database made before these objects existed gets them at its next writable open
 * (store.c); the indexes they supersede go. */
const char *const schema_upgrade_sqlite =
	DOCUMENTS_INDEXES EVENTS_INDEXES ROLES_PERSON_INDEX PERSON_POSTS("INTEGER", "") FORMULATION_MONTHS("INTEGER", "")
	SUPERSEDED_INDEXES REUSE_TABLES_SQLITE;
const char *const schema_upgrade_pg =
	DOCUMENTS_INDEXES EVENTS_INDEXES ROLES_INDEX PERSON_POSTS("BIGINT", "") FORMULATION_MONTHS("BIGINT", "")
	SUPERSEDED_INDEXES REUSE_TABLES_PG;
const char *const schema_fill_months = FORMULATION_MONTHS_FILL;
const char *const schema_fill_posts = PERSON_POSTS_FILL;
const char *const schema_upgrade_sqlite_roles = ROLES_EVENT_INDEX;
/* An event's presided, spoke and attended columns, from its roles. */
/* group_concat takes no ORDER BY before SQLite 3.44: names ordered in a subquery */
#define EVENT_ROLE_NAMES_SQLITE                                                                    \
	"UPDATE events SET\n"                                                                        \
	"  presided = (SELECT group_concat(name, ', ') FROM (SELECT p.name AS name FROM roles r JOIN persons p ON p.id = r.person_id\n" \
	"              WHERE r.event_id = events.id AND r.role = 'presided' ORDER BY r.position)),\n" \
	"  spoke = (SELECT group_concat(name, ', ') FROM (SELECT p.name AS name FROM roles r JOIN persons p ON p.id = r.person_id\n" \
	"           WHERE r.event_id = events.id AND r.role = 'spoke' ORDER BY r.position)),\n"       \
	"  attended = (SELECT count(*) FROM roles r WHERE r.event_id = events.id AND r.role = 'attended')"
#define EVENT_ROLE_NAMES_PG                                                                        \
	"UPDATE events SET\n"                                                                        \
	"  presided = (SELECT string_agg(p.name, ', ' ORDER BY r.position) FROM roles r JOIN persons p ON p.id = r.person_id\n" \
	"              WHERE r.event_id = events.id AND r.role = 'presided'),\n"                      \
	"  spoke = (SELECT string_agg(p.name, ', ' ORDER BY r.position) FROM roles r JOIN persons p ON p.id = r.person_id\n" \
	"           WHERE r.event_id = events.id AND r.role = 'spoke'),\n"                            \
	"  attended = (SELECT count(*) FROM roles r WHERE r.event_id = events.id AND r.role = 'attended')"
/* the events of the documents whose people reconcile.c moved (its table readout_moved) */
#define MOVED_EVENTS " WHERE id IN (SELECT e.id FROM events e JOIN readout_moved d ON e.doc_id = d.doc_id);\n"
const char *const schema_add_event_roles_sqlite = ADD_EVENT_ROLE_COLUMNS EVENT_ROLE_NAMES_SQLITE ";\n";
const char *const schema_add_event_roles_pg = ADD_EVENT_ROLE_COLUMNS EVENT_ROLE_NAMES_PG ";\n";
const char *const schema_refill_event_roles_sqlite = EVENT_ROLE_NAMES_SQLITE MOVED_EVENTS;
const char *const schema_refill_event_roles_pg = EVENT_ROLE_NAMES_PG MOVED_EVENTS;
const char *const schema_add_document_source = ADD_DOCUMENT_SOURCE_COLUMNS;
const char *const schema_add_role_dates =
	"ALTER TABLE roles ADD COLUMN date TEXT;\n"
	"UPDATE roles SET date = (SELECT e.date FROM events e WHERE e.id = roles.event_id);\n";

const char *const schema_fts_settings = FTS_SETTINGS;
const char *const schema_upgrade_people_sqlite = ADD_PEOPLE_COLUMNS PEOPLE_TABLES("INTEGER PRIMARY KEY", "INTEGER", "", "CREATE VIEW IF NOT EXISTS");
const char *const schema_upgrade_people_pg = ADD_PEOPLE_COLUMNS PEOPLE_TABLES_PG;
