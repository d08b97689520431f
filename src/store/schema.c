/* schema.c — the store's one schema: its tables, indexes and views written once for both
 * backends, with each word the two dialects say differently as a {token} (the dialect table
 * below is the only place they differ), and the numbered migrations that bring a database
 * made by an earlier readout up to it. Documented for users in docs/schema.md ("Versions and
 * migrations" says how to add one). No SQL runs here: migrate.c runs it. */
#include "store/schema.h"
#include "store/db.h"
#include "store/fts_words.h"
#include "util/error.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* FTS5 merges a level's segments once it has this many (its default is 4): ingest writes
 * every indexed word about a third fewer times, and a search looks in at most 7 segments per
 * level instead of 3. It writes out its pending terms once they take 4 MB, not 1 MB: fewer,
 * larger segments to merge (indexing 100,000 documents: 8.0 -> 7.3 s, 5 MB more memory). */
#define FTS_SETTINGS                                                                               \
	"INSERT INTO documents_fts(documents_fts, rank) VALUES('automerge', 8);\n"                    \
	"INSERT INTO documents_fts(documents_fts, rank) VALUES('hashsize', 4194304);\n"

/* An event's presiders or speakers (stored names in listing order, comma-separated), from
 * roles. group_concat takes no ORDER BY before SQLite 3.44: names ordered in a subquery. */
#define NAMES_SQLITE(ROLE)                                                                         \
	"(SELECT group_concat(name, ', ') FROM (SELECT p.name AS name FROM roles r JOIN persons p ON p.id = r.person_id" \
	" WHERE r.event_id = events.id AND r.role = '" ROLE "' ORDER BY r.position))"
#define NAMES_PG(ROLE)                                                                             \
	"(SELECT string_agg(p.name, ', ' ORDER BY r.position) FROM roles r JOIN persons p ON p.id = r.person_id" \
	" WHERE r.event_id = events.id AND r.role = '" ROLE "')"

/* The dialects: every difference between the SQLite and the PostgreSQL text of the schema and
 * its migrations. */
static const struct {
	const char *token, *sqlite, *pg;
} dialect[] = {
	/* a table's own id: SQLite's rowid; PostgreSQL's from a sequence */
	{"id", "INTEGER PRIMARY KEY", "BIGSERIAL PRIMARY KEY"},
	/* a key that is another table's id */
	{"id_key", "INTEGER PRIMARY KEY", "BIGINT PRIMARY KEY"},
	/* an id or a count that may pass 2^31 (SQLite's integers are all 64-bit) */
	{"big", "INTEGER", "BIGINT"},
	/* SQLite: tables read and written by their key are stored in its b-tree, without a rowid
	 * and a second index of the key */
	{"keyed", " WITHOUT ROWID", ""},
	{"view", "CREATE VIEW IF NOT EXISTS", "CREATE OR REPLACE VIEW"},
	{"now", "(strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
	 "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"},
	/* full-text search: FTS5 beside the table (tokenizer: store/fts_words.h), or a generated
	 * tsvector column with a GIN index */
	{"text_search_column", "",
	 ",\n  text_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(text, ''))) STORED"},
	{"text_search_index",
	 "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(text, content='documents', content_rowid='id',"
	 " tokenize='" FTS_WORDS_TOKENIZER "');\n" FTS_SETTINGS,
	 "CREATE INDEX IF NOT EXISTS documents_tsv ON documents USING gin(text_tsv);\n"},
	/* SQLite databases made before readout_words: the index made again with it */
	{"text_search_remade",
	 "DROP TABLE documents_fts;\n"
	 "CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='id',"
	 " tokenize='" FTS_WORDS_TOKENIZER "');\n" FTS_SETTINGS
	 "INSERT INTO documents_fts(documents_fts) VALUES('rebuild');\n",
	 ""},
	/* PostgreSQL names a table's constraints after it: a table made under another name and
	 * renamed keeps them, unless renamed too */
	{"roles_v10_renamed", "",
	 "ALTER TABLE roles RENAME CONSTRAINT roles_v10_pkey TO roles_pkey;\n"
	 "ALTER TABLE roles RENAME CONSTRAINT roles_v10_event_id_fkey TO roles_event_id_fkey;\n"
	 "ALTER TABLE roles RENAME CONSTRAINT roles_v10_person_id_fkey TO roles_person_id_fkey;\n"
	 "ALTER TABLE roles RENAME CONSTRAINT roles_v10_role_check TO roles_role_check;\n"},
	{"presided_names", NAMES_SQLITE("presided"), NAMES_PG("presided")},
	{"spoke_names", NAMES_SQLITE("spoke"), NAMES_PG("spoke")},
};

int schema__expand(char **out, int kind, const char *tmpl)
{
	*out = NULL;
	size_t cap = strlen(tmpl) + 1;
	for (const char *p = strchr(tmpl, '{'); p; p = strchr(p + 1, '{'))
		cap += 512; /* no dialect word is longer */
	char *s = malloc(cap), *w = s;
	if (!s)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (const char *p = tmpl; *p;) {
		if (*p != '{') {
			*w++ = *p++;
			continue;
		}
		const char *end = strchr(p, '}');
		size_t i = 0, n = end ? (size_t)(end - p - 1) : 0;
		while (i < sizeof dialect / sizeof *dialect && !(strlen(dialect[i].token) == n && !memcmp(dialect[i].token, p + 1, n)))
			i++;
		assert(i < sizeof dialect / sizeof *dialect); /* the templates are the store's own */
		const char *word = kind == DB_SQLITE ? dialect[i].sqlite : dialect[i].pg;
		assert(strlen(word) < 512);
		memcpy(w, word, strlen(word));
		w += strlen(word);
		p = end + 1;
	}
	*w = '\0';
	*out = s;
	return 0;
}

/* The tables of posts and who is who, and of text reuse: in the latest schema and made as
 * they are by the migrations that brought them. */

/* person_titles by document: a career's documents and the moves of reconcile.c read a
 * person's titles through their documents (new documents have the largest ids, so ingest
 * appends to this index; one by person would be written all over on every batch). Version 9
 * indexed the document alone; since 11 the person, post and date too, so that reconciliation
 * (which posts a facet holds, whether a document names two holders of a post, a document's
 * posts for a mention of no facet) reads the index and not the rows: an ingest of 100,000
 * documents spent 3 of its 57 CPU seconds fetching those rows. */
#define TITLES_BY_DOC_V9 "CREATE INDEX IF NOT EXISTS person_titles_doc ON person_titles(doc_id);\n"
#define TITLES_BY_DOC "CREATE INDEX IF NOT EXISTS person_titles_doc_person ON person_titles(doc_id, person_id, post_id, date);\n"

/* person_titles by person and post, newest last: a career's latest documents of each post are
 * the end of the post's range (query.c), with doc_id so that the post's distinct documents in
 * date order come from the index alone. Keyed by person, not by arrival, so every batch writes
 * it all over: one of the indexes a bulk load defers (reconciliation then reads the titles by
 * document, as before it). */
#define TITLES_BY_PERSON "CREATE INDEX IF NOT EXISTS person_titles_person_post ON person_titles(person_id, post_id, date, doc_id);\n"

/* Posts and who is who (src/extract/posts.c, src/extract/identity.c; docs/schema.md, "Who is
 * who"): each post a title names, a person's career by post, the facets resolution groups
 * into persons, and the user's overrides of it. A person is no longer a name in a region, so
 * persons(name_key, region) is an index, not a key. The --post filter matches lower(name).
 * Without the index of person_titles by document, which each version makes its own way. */
#define PEOPLE_TABLES                                                                              \
	"CREATE TABLE IF NOT EXISTS posts(\n"                                                         \
	"  id {id}, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, rank TEXT NOT NULL, body TEXT,\n"    \
	"  organization TEXT, level TEXT, place TEXT, province TEXT, side TEXT,\n"                     \
	"  concurrent {big} NOT NULL DEFAULT 0, former {big} NOT NULL DEFAULT 0);\n"                   \
	"CREATE INDEX IF NOT EXISTS posts_name ON posts(lower(name), level, place);\n"                 \
	"CREATE TABLE IF NOT EXISTS person_facets(\n"                                                 \
	"  person_id {big} NOT NULL REFERENCES persons(id), facet TEXT NOT NULL,\n"                    \
	"  first_date TEXT, last_date TEXT, dated {big} NOT NULL DEFAULT 0, documents {big} NOT NULL DEFAULT 0,\n" \
	"  PRIMARY KEY(person_id, facet)){keyed};\n"                                                  \
	"CREATE TABLE IF NOT EXISTS person_careers(\n"                                                \
	"  person_id {big} NOT NULL REFERENCES persons(id), post_id {big} NOT NULL REFERENCES posts(id),\n" \
	"  first_date TEXT, last_date TEXT, documents {big} NOT NULL,\n"                              \
	"  PRIMARY KEY(person_id, post_id)){keyed};\n"                                                \
	"CREATE INDEX IF NOT EXISTS person_careers_post ON person_careers(post_id);\n"                 \
	"CREATE TABLE IF NOT EXISTS person_overrides(\n"                                              \
	"  ord {big} PRIMARY KEY, action TEXT NOT NULL, name_key TEXT NOT NULL, name TEXT NOT NULL,\n" \
	"  a TEXT, b TEXT, source TEXT);\n"                                                            \
	"CREATE INDEX IF NOT EXISTS persons_name_key ON persons(name_key);\n"                         \
	"{view} v_unmapped_titles AS\n"                                                               \
	"  SELECT title, count(*) AS mentions, count(DISTINCT person_id) AS persons,\n"                \
	"         count(DISTINCT doc_id) AS documents, min(date) AS first_date, max(date) AS last_date\n" \
	"  FROM person_titles WHERE post_id IS NULL GROUP BY title;\n"                                 \
	"{view} v_person_careers AS\n"                                                                \
	"  SELECT p.id AS person_id, p.name, p.region, q.id AS post_id, q.name AS post, q.rank, q.body, q.organization,\n" \
	"         q.level, q.place, q.province, q.side, q.concurrent, q.former, c.first_date, c.last_date, c.documents\n" \
	"  FROM persons p JOIN person_careers c ON c.person_id = p.id JOIN posts q ON q.id = c.post_id;\n"

/* Text reuse (src/reuse, `readout reuse`; docs/schema.md, "Text reuse"): the documents already
 * aligned and each run's settings, the pairs of documents that share passages and those
 * passages, near-duplicate clusters of documents and of the events they report, and the
 * references aligned against the corpus. */
#define REUSE_TABLES                                                                               \
	"CREATE TABLE IF NOT EXISTS reuse_runs(\n"                                                    \
	"  id {id}, kind TEXT NOT NULL, settings TEXT NOT NULL, started_at TEXT NOT NULL,\n"          \
	"  seconds DOUBLE PRECISION, documents {big}, new_documents {big}, candidate_pairs {big},\n"   \
	"  pairs {big}, passages {big});\n"                                                           \
	"CREATE TABLE IF NOT EXISTS reuse_docs(\n"                                                    \
	"  doc_id {id_key} REFERENCES documents(id) ON DELETE CASCADE,\n"                             \
	"  words {big} NOT NULL, run_id {big} NOT NULL);\n"                                           \
	"CREATE TABLE IF NOT EXISTS reuse_pairs(\n"                                                   \
	"  source_doc {big} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"                   \
	"  target_doc {big} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"                   \
	"  direction TEXT NOT NULL CHECK(direction IN ('date','level','none')),\n"                    \
	"  passages {big} NOT NULL, source_words {big} NOT NULL, target_words {big} NOT NULL,\n"      \
	"  source_share DOUBLE PRECISION NOT NULL, target_share DOUBLE PRECISION NOT NULL,\n"         \
	"  score {big} NOT NULL, matches {big} NOT NULL, run_id {big} NOT NULL,\n"                    \
	"  PRIMARY KEY(source_doc, target_doc));\n"                                                   \
	"CREATE INDEX IF NOT EXISTS reuse_pairs_target ON reuse_pairs(target_doc);\n"                 \
	"CREATE TABLE IF NOT EXISTS reuse_passages(\n"                                                \
	"  source_doc {big} NOT NULL, target_doc {big} NOT NULL, ord {big} NOT NULL,\n"               \
	"  source_start {big} NOT NULL, source_end {big} NOT NULL,\n"                                 \
	"  target_start {big} NOT NULL, target_end {big} NOT NULL,\n"                                 \
	"  source_words {big} NOT NULL, target_words {big} NOT NULL,\n"                               \
	"  score {big} NOT NULL, matches {big} NOT NULL,\n"                                           \
	"  PRIMARY KEY(source_doc, target_doc, ord),\n"                                               \
	"  FOREIGN KEY(source_doc, target_doc) REFERENCES reuse_pairs(source_doc, target_doc) ON DELETE CASCADE);\n" \
	"CREATE TABLE IF NOT EXISTS reuse_clusters(\n"                                                \
	"  doc_id {id_key} REFERENCES documents(id) ON DELETE CASCADE,\n"                             \
	"  cluster_id {big} NOT NULL, documents {big} NOT NULL);\n"                                   \
	"CREATE INDEX IF NOT EXISTS reuse_clusters_cluster ON reuse_clusters(cluster_id);\n"          \
	"CREATE TABLE IF NOT EXISTS event_clusters(\n"                                                \
	"  event_id {id_key} REFERENCES events(id) ON DELETE CASCADE,\n"                              \
	"  cluster_id {big} NOT NULL);\n"                                                             \
	"CREATE TABLE IF NOT EXISTS reuse_references(\n"                                              \
	"  id {id}, name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, date TEXT, level TEXT,\n"          \
	"  words {big} NOT NULL, text TEXT NOT NULL, added_at TEXT NOT NULL);\n"                      \
	"CREATE TABLE IF NOT EXISTS reuse_reference_docs(\n"                                          \
	"  reference_id {big} NOT NULL REFERENCES reuse_references(id) ON DELETE CASCADE,\n"          \
	"  doc_id {big} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"                       \
	"  words {big} NOT NULL, taken {big} NOT NULL, share DOUBLE PRECISION NOT NULL,\n"            \
	"  passages {big} NOT NULL, days_after {big},\n"                                              \
	"  PRIMARY KEY(reference_id, doc_id));\n"                                                     \
	"CREATE TABLE IF NOT EXISTS reuse_reference_passages(\n"                                      \
	"  reference_id {big} NOT NULL, doc_id {big} NOT NULL, ord {big} NOT NULL,\n"                 \
	"  reference_start {big} NOT NULL, reference_end {big} NOT NULL,\n"                           \
	"  doc_start {big} NOT NULL, doc_end {big} NOT NULL,\n"                                       \
	"  reference_words {big} NOT NULL, doc_words {big} NOT NULL,\n"                               \
	"  score {big} NOT NULL, matches {big} NOT NULL,\n"                                           \
	"  PRIMARY KEY(reference_id, doc_id, ord),\n"                                                 \
	"  FOREIGN KEY(reference_id, doc_id) REFERENCES reuse_reference_docs(reference_id, doc_id) ON DELETE CASCADE);\n" \
	"{view} v_event_clusters AS\n"                                                                \
	"  SELECT e.id AS event_id, coalesce(c.cluster_id, e.id) AS cluster\n"                        \
	"  FROM events e LEFT JOIN event_clusters c ON c.event_id = e.id;\n"                          \
	"{view} v_reuse_pairs AS\n"                                                                   \
	"  SELECT s.ext_id AS source, t.ext_id AS target, coalesce(s.published, s.date) AS source_date,\n" \
	"         coalesce(t.published, t.date) AS target_date, s.level AS source_level, t.level AS target_level,\n" \
	"         p.direction, p.passages, p.source_share, p.target_share, p.score, p.source_doc, p.target_doc\n" \
	"  FROM reuse_pairs p JOIN documents s ON s.id = p.source_doc JOIN documents t ON t.id = p.target_doc;\n"

/* Who presided, spoke and attended each event, keyed by its place in the event's lists (a
 * person named twice in one list is there twice). Key columns first: SQLite 3.40's
 * integrity_check misreads a WITHOUT ROWID table's other columns when they come before the
 * key's. roles_person_date gives a person's events newest first with their roles and places
 * in the lists from the index alone: a profile reads the latest events of a leader with
 * hundreds of thousands without sorting them all. */
#define ROLES_TABLE(NAME)                                                                          \
	"CREATE TABLE IF NOT EXISTS " NAME "(\n"                                                      \
	"  event_id {big} NOT NULL REFERENCES events(id) ON DELETE CASCADE,\n"                        \
	"  role TEXT NOT NULL CHECK(role IN ('presided','spoke','attended')),\n"                      \
	"  position INTEGER NOT NULL,\n"                                                              \
	"  person_id {big} NOT NULL REFERENCES persons(id),\n"                                        \
	"  date TEXT,\n"                                                                              \
	"  PRIMARY KEY(event_id, role, position)){keyed};\n"
#define ROLES_INDEX "CREATE INDEX IF NOT EXISTS roles_person_date ON roles(person_id, date, event_id, role, position);\n"

#define V_EVENT_ROLES                                                                              \
	"{view} v_event_roles AS\n"                                                                   \
	"  SELECT e.id AS event_id, d.ext_id AS document, e.ord AS event_order, e.date, e.host, e.place, e.level,\n" \
	"         e.type, e.subject, r.role, r.position, p.id AS person_id, p.name AS person\n"       \
	"  FROM events e JOIN documents d ON d.id = e.doc_id JOIN roles r ON r.event_id = e.id\n"     \
	"  JOIN persons p ON p.id = r.person_id;\n"

/* A person's posts with their first and last dates and documents, kept at ingest: a leader
 * named in most documents has hundreds of thousands of person_titles rows, and a profile
 * reads one row per post instead. */
#define PERSON_POSTS                                                                               \
	"CREATE TABLE IF NOT EXISTS person_posts(\n"                                                  \
	"  person_id {big} NOT NULL REFERENCES persons(id),\n"                                        \
	"  title TEXT NOT NULL, first_date TEXT, last_date TEXT, documents {big} NOT NULL,\n"         \
	"  PRIMARY KEY(person_id, title)){keyed};\n"

#define FORMULATION_MONTHS_INDEX "CREATE INDEX IF NOT EXISTS formulation_months_month ON formulation_months(month, uses);\n"

/* Uses per formulation and month ('YYYY-MM', '' = undated, '*' = all time) with their first
 * and last dates, kept at ingest: timelines and first appearances without reading every use. */
#define FORMULATION_MONTHS                                                                         \
	"CREATE TABLE IF NOT EXISTS formulation_months(\n"                                            \
	"  formulation_id {big} NOT NULL REFERENCES formulations(id),\n"                              \
	"  month TEXT NOT NULL, uses {big} NOT NULL, documents {big} NOT NULL,\n"                     \
	"  first_date TEXT, last_date TEXT,\n"                                                        \
	"  PRIMARY KEY(formulation_id, month)){keyed};\n"                                             \
	FORMULATION_MONTHS_INDEX

/* Uses per formulation and level, and per formulation, place and level, with their first and
 * last dates, kept at ingest like formulation_months: `formulations --part levels|places`
 * without reading every use and its document's main event (ord 0), whose level (NULL as
 * 'unknown'), province and place (the use's) they are. A key column cannot be NULL, so a NULL
 * province or place is '' with its bit in nulls (1 province, 2 place): a '' of the data stays
 * itself. */
#define FORMULATION_GROUPS                                                                         \
	"CREATE TABLE IF NOT EXISTS formulation_levels(\n"                                            \
	"  formulation_id {big} NOT NULL REFERENCES formulations(id),\n"                              \
	"  level TEXT NOT NULL, uses {big} NOT NULL, documents {big} NOT NULL,\n"                     \
	"  first_date TEXT, last_date TEXT,\n"                                                        \
	"  PRIMARY KEY(formulation_id, level)){keyed};\n"                                             \
	"CREATE TABLE IF NOT EXISTS formulation_places(\n"                                            \
	"  formulation_id {big} NOT NULL REFERENCES formulations(id),\n"                              \
	"  province TEXT NOT NULL, place TEXT NOT NULL, level TEXT NOT NULL, nulls INTEGER NOT NULL,\n" \
	"  uses {big} NOT NULL, documents {big} NOT NULL, first_date TEXT, last_date TEXT,\n"         \
	"  PRIMARY KEY(formulation_id, province, place, level, nulls)){keyed};\n"

/* Places are matched case-blind: lower(place) = lower($n). documents_id_ext_url gives an
 * event list its documents' ids and urls without reading the documents' rows, which hold
 * whole texts and records (SQLite: one page or more per document, and url after them). */
#define DOCUMENTS_INDEXES                                                                          \
	"CREATE INDEX IF NOT EXISTS documents_place_ci ON documents(lower(place));\n"                  \
	"CREATE INDEX IF NOT EXISTS documents_province_ci ON documents(lower(province));\n"

/* Subjects are few: filters find the matching ones by skipping through events_subject_level,
 * whose level and date also answer the cascade without reading the table. */
#define EVENTS_INDEXES                                                                             \
	"CREATE INDEX IF NOT EXISTS events_subject_level ON events(subject, level, date);\n"          \
	"CREATE INDEX IF NOT EXISTS events_place_ci ON events(lower(place));\n"                        \
	"CREATE INDEX IF NOT EXISTS events_province_ci ON events(lower(province));\n"

#define EVENTS_DATE_INDEX "CREATE INDEX IF NOT EXISTS events_date ON events(date);\n"
#define EVENTS_LEVEL_DATE_INDEX "CREATE INDEX IF NOT EXISTS events_level_date ON events(level, date);\n"
#define FORMULATION_USES_DATE_INDEX "CREATE INDEX IF NOT EXISTS formulation_uses_date ON formulation_uses(date);\n"

/* Who presided and spoke (stored names, listing order, comma-separated) and how many attended,
 * as in roles: an event list reads them from its rows instead of looking up names for every
 * row. */
#define EVENT_ROLES_FILL                                                                           \
	"UPDATE events SET presided = {presided_names}, spoke = {spoke_names},\n"                     \
	"  attended = (SELECT count(*) FROM roles r WHERE r.event_id = events.id AND r.role = 'attended')"

const char *const schema_latest =
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS documents(\n"
	"  id {id},\n"
	"  ext_id TEXT NOT NULL,\n"
	"  hash TEXT NOT NULL UNIQUE,\n"
	"  origin TEXT, published TEXT, date TEXT, place TEXT, province TEXT, level TEXT,\n"
	"  text TEXT,\n"
	"  record TEXT NOT NULL,\n"
	"  ingested_at TEXT NOT NULL DEFAULT {now},\n"
	/* what the input said of a document besides its text: the JSON Lines members other than
	 * "id" and "text" as one JSON object, and its "url", which answers cite */
	"  url TEXT, meta TEXT{text_search_column});\n"
	"CREATE INDEX IF NOT EXISTS documents_date ON documents(date);\n"
	"CREATE INDEX IF NOT EXISTS documents_ext ON documents(ext_id);\n"
	DOCUMENTS_INDEXES
	"CREATE INDEX IF NOT EXISTS documents_id_ext_url ON documents(id, ext_id, url);\n"
	"{text_search_index}"
	"CREATE TABLE IF NOT EXISTS events(\n"
	"  id {id},\n"
	"  doc_id {big} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  ord INTEGER NOT NULL,\n"
	"  date TEXT, date_partial TEXT, host TEXT, place TEXT, province TEXT, level TEXT,\n"
	"  type TEXT, format TEXT, size TEXT, duration TEXT, subject TEXT,\n"
	"  span_start INTEGER, span_end INTEGER,\n"
	"  presided TEXT, spoke TEXT, attended INTEGER);\n"
	EVENTS_DATE_INDEX
	"CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);\n"
	EVENTS_LEVEL_DATE_INDEX
	EVENTS_INDEXES
	"CREATE TABLE IF NOT EXISTS persons(\n"
	"  id {id},\n"
	"  name TEXT NOT NULL, name_key TEXT NOT NULL, region TEXT,\n"
	"  mentions INTEGER NOT NULL DEFAULT 0, documents INTEGER NOT NULL DEFAULT 0,\n"
	"  first_date TEXT, last_date TEXT);\n"
	"CREATE TABLE IF NOT EXISTS person_docs(\n"
	"  person_id {big} NOT NULL REFERENCES persons(id),\n"
	"  doc_id {big} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  name TEXT NOT NULL, mentions INTEGER NOT NULL, date TEXT, facet TEXT,\n"
	"  PRIMARY KEY(person_id, doc_id)){keyed};\n"
	"CREATE INDEX IF NOT EXISTS person_docs_doc ON person_docs(doc_id);\n"
	"CREATE TABLE IF NOT EXISTS person_titles(\n"
	"  person_id {big} NOT NULL REFERENCES persons(id),\n"
	"  doc_id {big} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  title TEXT NOT NULL, date TEXT, span_start INTEGER, span_end INTEGER, post_id {big});\n"
	PERSON_POSTS
	PEOPLE_TABLES
	TITLES_BY_DOC
	TITLES_BY_PERSON
	ROLES_TABLE("roles")
	ROLES_INDEX
	"CREATE TABLE IF NOT EXISTS formulations(\n"
	"  id {id},\n"
	"  key TEXT NOT NULL UNIQUE,\n"
	"  zh TEXT, pinyin TEXT, label TEXT NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS formulation_uses(\n"
	"  formulation_id {big} NOT NULL REFERENCES formulations(id),\n"
	"  doc_id {big} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  count INTEGER NOT NULL, forms TEXT NOT NULL, date TEXT, place TEXT,\n"
	"  PRIMARY KEY(formulation_id, doc_id)){keyed};\n"
	FORMULATION_USES_DATE_INDEX
	FORMULATION_MONTHS
	FORMULATION_GROUPS
	V_EVENT_ROLES
	"{view} v_person_titles AS\n"
	"  SELECT p.id AS person_id, p.name, p.region, t.title, min(t.date) AS first_date,\n"
	"         max(t.date) AS last_date, count(DISTINCT t.doc_id) AS documents\n"
	"  FROM persons p JOIN person_titles t ON t.person_id = p.id GROUP BY p.id, p.name, p.region, t.title;\n"
	"{view} v_formulation_month AS\n"
	"  SELECT f.id AS formulation_id, f.zh, f.label, substr(u.date, 1, 7) AS month,\n"
	"         sum(u.count) AS uses, count(*) AS documents\n"
	"  FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id\n"
	"  GROUP BY f.id, f.zh, f.label, substr(u.date, 1, 7);\n"
	REUSE_TABLES;

const char *const schema_versions_table =
	"CREATE TABLE IF NOT EXISTS schema_migrations(\n"
	"  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT {now},\n"
	"  how TEXT NOT NULL CHECK(how IN ('created', 'applied', 'recognised')));\n";

/* The steps from each version to the next. Version 1 is the first store's schema (2026-11-22);
 * versions 2 to 9 are the layouts later readouts made before the steps were numbered (each
 * brought the databases it opened for writing up to its own), and step k makes what version
 * k's readout made for a new database. Never edit a step a release has run: add one. */
const schema_migration schema_steps[] = {
	{2, "indexes for filters and profiles, person_posts, formulation_months",
	 DOCUMENTS_INDEXES "CREATE INDEX IF NOT EXISTS documents_id_ext ON documents(id, ext_id);\n" EVENTS_INDEXES
	 "CREATE INDEX IF NOT EXISTS roles_event_role ON roles(event_id, role, position, person_id);\n"
	 "DROP INDEX IF EXISTS events_subject;\nDROP INDEX IF EXISTS roles_person;\n"
	 PERSON_POSTS
	 "INSERT INTO person_posts(person_id, title, first_date, last_date, documents)\n"
	 "  SELECT person_id, title, min(date), max(date), count(DISTINCT doc_id)\n"
	 "  FROM person_titles GROUP BY person_id, title;\n"
	 FORMULATION_MONTHS
	 "INSERT INTO formulation_months(formulation_id, month, uses, documents, first_date, last_date)\n"
	 "  SELECT formulation_id, coalesce(substr(date, 1, 7), ''), sum(count), count(*), min(date), max(date)\n"
	 "  FROM formulation_uses GROUP BY formulation_id, coalesce(substr(date, 1, 7), '');\n"
	 "INSERT INTO formulation_months(formulation_id, month, uses, documents, first_date, last_date)\n"
	 "  SELECT formulation_id, '*', sum(count), count(*), min(date), max(date)\n"
	 "  FROM formulation_uses GROUP BY formulation_id;\n",
	 false},
	{3, "roles.date, a person's events newest first from roles_person_date",
	 "ALTER TABLE roles ADD COLUMN date TEXT;\n"
	 "UPDATE roles SET date = (SELECT e.date FROM events e WHERE e.id = roles.event_id);\n"
	 ROLES_INDEX
	 "DROP INDEX IF EXISTS roles_person_role;\nDROP INDEX IF EXISTS events_id_date;\n",
	 false},
	{4, "events.presided, spoke and attended",
	 "ALTER TABLE events ADD COLUMN presided TEXT;\n"
	 "ALTER TABLE events ADD COLUMN spoke TEXT;\n"
	 "ALTER TABLE events ADD COLUMN attended INTEGER;\n" EVENT_ROLES_FILL ";\n",
	 false},
	/* The tokenizer came a day after the settings, without a step of its own: databases made
	 * in between (never released) are version 5 and keep unicode61. */
	{5, "the full-text index without stop words, merging 8 segments; person_titles loses its index by person",
	 "{text_search_remade}DROP INDEX IF EXISTS person_titles_person;\n", false},
	{6, "documents.url and documents.meta",
	 "ALTER TABLE documents ADD COLUMN url TEXT;\n"
	 "ALTER TABLE documents ADD COLUMN meta TEXT;\n",
	 false},
	{7, "text reuse", REUSE_TABLES, false},
	{8, "documents_id_ext_url supersedes documents_id_ext",
	 "CREATE INDEX IF NOT EXISTS documents_id_ext_url ON documents(id, ext_id, url);\n"
	 "DROP INDEX IF EXISTS documents_id_ext;\n",
	 false},
	/* the people are then made again from the stored records (rebuild.c) */
	{9, "posts, facets, careers and overrides; people resolved again",
	 "ALTER TABLE person_docs ADD COLUMN facet TEXT;\n"
	 "ALTER TABLE person_titles ADD COLUMN post_id {big};\n"
	 "DROP INDEX IF EXISTS persons_key_region;\nDROP INDEX IF EXISTS persons_key;\n"
	 PEOPLE_TABLES TITLES_BY_DOC_V9,
	 true},
	/* The two backends' schemas had drifted: PostgreSQL (and SQLite databases made before
	 * version 3) keyed roles by (event, person, role), so a person named twice in one list
	 * lost a row there and not elsewhere; PostgreSQL kept an index of person_titles by title
	 * that no query reads. The table is made again as the schema says, on every backend. */
	{10, "roles keyed by (event, role, position) on every backend; no person_titles_title",
	 "DROP VIEW IF EXISTS v_event_roles;\n"
	 ROLES_TABLE("roles_v10")
	 "INSERT INTO roles_v10(event_id, role, position, person_id, date)\n"
	 "  SELECT event_id, role, position, person_id, date FROM roles;\n"
	 "DROP TABLE roles;\n"
	 "ALTER TABLE roles_v10 RENAME TO roles;\n{roles_v10_renamed}"
	 ROLES_INDEX V_EVENT_ROLES
	 "DROP INDEX IF EXISTS person_titles_title;\n",
	 false},
	{11, "person_titles indexed by document, person, post and date",
	 TITLES_BY_DOC "DROP INDEX IF EXISTS person_titles_doc;\n", false},
	{12, "formulation_levels and formulation_places, filled from the uses",
	 FORMULATION_GROUPS
	 "INSERT INTO formulation_levels(formulation_id, level, uses, documents, first_date, last_date)\n"
	 "  SELECT u.formulation_id, coalesce(e.level, 'unknown'), sum(u.count), count(*), min(u.date), max(u.date)\n"
	 "  FROM formulation_uses u LEFT JOIN events e ON e.doc_id = u.doc_id AND e.ord = 0\n"
	 "  GROUP BY u.formulation_id, coalesce(e.level, 'unknown');\n"
	 "INSERT INTO formulation_places(formulation_id, province, place, level, nulls, uses, documents, first_date,"
	 " last_date)\n"
	 "  SELECT u.formulation_id, coalesce(e.province, ''), coalesce(u.place, ''), coalesce(e.level, 'unknown'),\n"
	 "         CASE WHEN e.province IS NULL THEN 1 ELSE 0 END + CASE WHEN u.place IS NULL THEN 2 ELSE 0 END,\n"
	 "         sum(u.count), count(*), min(u.date), max(u.date)\n"
	 "  FROM formulation_uses u LEFT JOIN events e ON e.doc_id = u.doc_id AND e.ord = 0\n"
	 "  GROUP BY u.formulation_id, coalesce(e.province, ''), coalesce(u.place, ''), coalesce(e.level, 'unknown'),\n"
	 "           CASE WHEN e.province IS NULL THEN 1 ELSE 0 END + CASE WHEN u.place IS NULL THEN 2 ELSE 0 END;\n",
	 false},
	{13, "person_titles indexed by person, post, date and document", TITLES_BY_PERSON, false},
};
const size_t schema_nsteps = sizeof schema_steps / sizeof *schema_steps;

/* The indexes only queries need (ingest and reconciliation do without them: SQLite may read a
 * person's titles through person_titles_person_post when it is there), keyed by something other
 * than arrival (dates, places, persons, a month's uses), so every batch rewrites pages all over
 * them. A bulk ingest makes them once at the end (bulk.c).
 * documents_date is not among them: a career's query names it (INDEXED BY). */
const char *const schema_query_indexes =
	DOCUMENTS_INDEXES EVENTS_DATE_INDEX EVENTS_LEVEL_DATE_INDEX EVENTS_INDEXES FORMULATION_USES_DATE_INDEX
	FORMULATION_MONTHS_INDEX ROLES_INDEX TITLES_BY_PERSON;

/* The events of the documents whose people reconcile.c moved (its table readout_moved). */
const char *const schema_refill_event_roles =
	EVENT_ROLES_FILL " WHERE id IN (SELECT e.id FROM events e JOIN readout_moved d ON e.doc_id = d.doc_id);\n";
