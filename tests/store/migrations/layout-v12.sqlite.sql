-- The schema readout ac0c82008550914b0b76dd5aba9f8703dcf07bbd made for a new sqlite database (version 12; layout_of.sh).
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id INTEGER PRIMARY KEY,
  ext_id TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  origin TEXT, published TEXT, date TEXT, place TEXT, province TEXT, level TEXT,
  text TEXT,
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  url TEXT, meta TEXT);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_ext ON documents(ext_id);
CREATE INDEX IF NOT EXISTS documents_place_ci ON documents(lower(place));
CREATE INDEX IF NOT EXISTS documents_province_ci ON documents(lower(province));
CREATE INDEX IF NOT EXISTS documents_id_ext_url ON documents(id, ext_id, url);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(text, content='documents', content_rowid='id', tokenize='readout_words');
INSERT INTO documents_fts(documents_fts, rank) VALUES('automerge', 8);
INSERT INTO documents_fts(documents_fts, rank) VALUES('hashsize', 4194304);
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  date TEXT, date_partial TEXT, host TEXT, place TEXT, province TEXT, level TEXT,
  type TEXT, format TEXT, size TEXT, duration TEXT, subject TEXT,
  span_start INTEGER, span_end INTEGER,
  presided TEXT, spoke TEXT, attended INTEGER);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_level_date ON events(level, date);
CREATE INDEX IF NOT EXISTS events_subject_level ON events(subject, level, date);
CREATE INDEX IF NOT EXISTS events_place_ci ON events(lower(place));
CREATE INDEX IF NOT EXISTS events_province_ci ON events(lower(province));
CREATE TABLE IF NOT EXISTS persons(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL, name_key TEXT NOT NULL, region TEXT,
  mentions INTEGER NOT NULL DEFAULT 0, documents INTEGER NOT NULL DEFAULT 0,
  first_date TEXT, last_date TEXT);
CREATE TABLE IF NOT EXISTS person_docs(
  person_id INTEGER NOT NULL REFERENCES persons(id),
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL, mentions INTEGER NOT NULL, date TEXT, facet TEXT,
  PRIMARY KEY(person_id, doc_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_docs_doc ON person_docs(doc_id);
CREATE TABLE IF NOT EXISTS person_titles(
  person_id INTEGER NOT NULL REFERENCES persons(id),
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  title TEXT NOT NULL, date TEXT, span_start INTEGER, span_end INTEGER, post_id INTEGER);
CREATE TABLE IF NOT EXISTS person_posts(
  person_id INTEGER NOT NULL REFERENCES persons(id),
  title TEXT NOT NULL, first_date TEXT, last_date TEXT, documents INTEGER NOT NULL,
  PRIMARY KEY(person_id, title)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS posts(
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, rank TEXT NOT NULL, body TEXT,
  organization TEXT, level TEXT, place TEXT, province TEXT, side TEXT,
  concurrent INTEGER NOT NULL DEFAULT 0, former INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS posts_name ON posts(lower(name), level, place);
CREATE TABLE IF NOT EXISTS person_facets(
  person_id INTEGER NOT NULL REFERENCES persons(id), facet TEXT NOT NULL,
  first_date TEXT, last_date TEXT, dated INTEGER NOT NULL DEFAULT 0, documents INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(person_id, facet)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS person_careers(
  person_id INTEGER NOT NULL REFERENCES persons(id), post_id INTEGER NOT NULL REFERENCES posts(id),
  first_date TEXT, last_date TEXT, documents INTEGER NOT NULL,
  PRIMARY KEY(person_id, post_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_careers_post ON person_careers(post_id);
CREATE TABLE IF NOT EXISTS person_overrides(
  ord INTEGER PRIMARY KEY, action TEXT NOT NULL, name_key TEXT NOT NULL, name TEXT NOT NULL,
  a TEXT, b TEXT, source TEXT);
CREATE INDEX IF NOT EXISTS persons_name_key ON persons(name_key);
CREATE VIEW IF NOT EXISTS v_unmapped_titles AS
  SELECT title, count(*) AS mentions, count(DISTINCT person_id) AS persons,
         count(DISTINCT doc_id) AS documents, min(date) AS first_date, max(date) AS last_date
  FROM person_titles WHERE post_id IS NULL GROUP BY title;
CREATE VIEW IF NOT EXISTS v_person_careers AS
  SELECT p.id AS person_id, p.name, p.region, q.id AS post_id, q.name AS post, q.rank, q.body, q.organization,
         q.level, q.place, q.province, q.side, q.concurrent, q.former, c.first_date, c.last_date, c.documents
  FROM persons p JOIN person_careers c ON c.person_id = p.id JOIN posts q ON q.id = c.post_id;
CREATE INDEX IF NOT EXISTS person_titles_doc_person ON person_titles(doc_id, person_id, post_id, date);
CREATE TABLE IF NOT EXISTS roles(
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK(role IN ('presided','spoke','attended')),
  position INTEGER NOT NULL,
  person_id INTEGER NOT NULL REFERENCES persons(id),
  date TEXT,
  PRIMARY KEY(event_id, role, position)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS roles_person_date ON roles(person_id, date, event_id, role, position);
CREATE TABLE IF NOT EXISTS formulations(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  zh TEXT, pinyin TEXT, label TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS formulation_uses(
  formulation_id INTEGER NOT NULL REFERENCES formulations(id),
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  count INTEGER NOT NULL, forms TEXT NOT NULL, date TEXT, place TEXT,
  PRIMARY KEY(formulation_id, doc_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS formulation_uses_date ON formulation_uses(date);
CREATE TABLE IF NOT EXISTS formulation_months(
  formulation_id INTEGER NOT NULL REFERENCES formulations(id),
  month TEXT NOT NULL, uses INTEGER NOT NULL, documents INTEGER NOT NULL,
  first_date TEXT, last_date TEXT,
  PRIMARY KEY(formulation_id, month)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS formulation_months_month ON formulation_months(month, uses);
CREATE TABLE IF NOT EXISTS formulation_levels(
  formulation_id INTEGER NOT NULL REFERENCES formulations(id),
  level TEXT NOT NULL, uses INTEGER NOT NULL, documents INTEGER NOT NULL,
  first_date TEXT, last_date TEXT,
  PRIMARY KEY(formulation_id, level)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS formulation_places(
  formulation_id INTEGER NOT NULL REFERENCES formulations(id),
  province TEXT NOT NULL, place TEXT NOT NULL, level TEXT NOT NULL, nulls INTEGER NOT NULL,
  uses INTEGER NOT NULL, documents INTEGER NOT NULL, first_date TEXT, last_date TEXT,
  PRIMARY KEY(formulation_id, province, place, level, nulls)) WITHOUT ROWID;
CREATE VIEW IF NOT EXISTS v_event_roles AS
  SELECT e.id AS event_id, d.ext_id AS document, e.ord AS event_order, e.date, e.host, e.place, e.level,
         e.type, e.subject, r.role, r.position, p.id AS person_id, p.name AS person
  FROM events e JOIN documents d ON d.id = e.doc_id JOIN roles r ON r.event_id = e.id
  JOIN persons p ON p.id = r.person_id;
CREATE VIEW IF NOT EXISTS v_person_titles AS
  SELECT p.id AS person_id, p.name, p.region, t.title, min(t.date) AS first_date,
         max(t.date) AS last_date, count(DISTINCT t.doc_id) AS documents
  FROM persons p JOIN person_titles t ON t.person_id = p.id GROUP BY p.id, p.name, p.region, t.title;
CREATE VIEW IF NOT EXISTS v_formulation_month AS
  SELECT f.id AS formulation_id, f.zh, f.label, substr(u.date, 1, 7) AS month,
         sum(u.count) AS uses, count(*) AS documents
  FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id
  GROUP BY f.id, f.zh, f.label, substr(u.date, 1, 7);
CREATE TABLE IF NOT EXISTS reuse_runs(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, settings TEXT NOT NULL, started_at TEXT NOT NULL,
  seconds DOUBLE PRECISION, documents INTEGER, new_documents INTEGER, candidate_pairs INTEGER,
  pairs INTEGER, passages INTEGER);
CREATE TABLE IF NOT EXISTS reuse_docs(
  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  words INTEGER NOT NULL, run_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS reuse_pairs(
  source_doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  target_doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  direction TEXT NOT NULL CHECK(direction IN ('date','level','none')),
  passages INTEGER NOT NULL, source_words INTEGER NOT NULL, target_words INTEGER NOT NULL,
  source_share DOUBLE PRECISION NOT NULL, target_share DOUBLE PRECISION NOT NULL,
  score INTEGER NOT NULL, matches INTEGER NOT NULL, run_id INTEGER NOT NULL,
  PRIMARY KEY(source_doc, target_doc));
CREATE INDEX IF NOT EXISTS reuse_pairs_target ON reuse_pairs(target_doc);
CREATE TABLE IF NOT EXISTS reuse_passages(
  source_doc INTEGER NOT NULL, target_doc INTEGER NOT NULL, ord INTEGER NOT NULL,
  source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
  target_start INTEGER NOT NULL, target_end INTEGER NOT NULL,
  source_words INTEGER NOT NULL, target_words INTEGER NOT NULL,
  score INTEGER NOT NULL, matches INTEGER NOT NULL,
  PRIMARY KEY(source_doc, target_doc, ord),
  FOREIGN KEY(source_doc, target_doc) REFERENCES reuse_pairs(source_doc, target_doc) ON DELETE CASCADE);
CREATE TABLE IF NOT EXISTS reuse_clusters(
  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  cluster_id INTEGER NOT NULL, documents INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS reuse_clusters_cluster ON reuse_clusters(cluster_id);
CREATE TABLE IF NOT EXISTS event_clusters(
  event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  cluster_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS reuse_references(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, date TEXT, level TEXT,
  words INTEGER NOT NULL, text TEXT NOT NULL, added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reuse_reference_docs(
  reference_id INTEGER NOT NULL REFERENCES reuse_references(id) ON DELETE CASCADE,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  words INTEGER NOT NULL, taken INTEGER NOT NULL, share DOUBLE PRECISION NOT NULL,
  passages INTEGER NOT NULL, days_after INTEGER,
  PRIMARY KEY(reference_id, doc_id));
CREATE TABLE IF NOT EXISTS reuse_reference_passages(
  reference_id INTEGER NOT NULL, doc_id INTEGER NOT NULL, ord INTEGER NOT NULL,
  reference_start INTEGER NOT NULL, reference_end INTEGER NOT NULL,
  doc_start INTEGER NOT NULL, doc_end INTEGER NOT NULL,
  reference_words INTEGER NOT NULL, doc_words INTEGER NOT NULL,
  score INTEGER NOT NULL, matches INTEGER NOT NULL,
  PRIMARY KEY(reference_id, doc_id, ord),
  FOREIGN KEY(reference_id, doc_id) REFERENCES reuse_reference_docs(reference_id, doc_id) ON DELETE CASCADE);
CREATE VIEW IF NOT EXISTS v_event_clusters AS
  SELECT e.id AS event_id, coalesce(c.cluster_id, e.id) AS cluster
  FROM events e LEFT JOIN event_clusters c ON c.event_id = e.id;
CREATE VIEW IF NOT EXISTS v_reuse_pairs AS
  SELECT s.ext_id AS source, t.ext_id AS target, coalesce(s.published, s.date) AS source_date,
         coalesce(t.published, t.date) AS target_date, s.level AS source_level, t.level AS target_level,
         p.direction, p.passages, p.source_share, p.target_share, p.score, p.source_doc, p.target_doc
  FROM reuse_pairs p JOIN documents s ON s.id = p.source_doc JOIN documents t ON t.id = p.target_doc;
CREATE TABLE IF NOT EXISTS schema_migrations(
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  how TEXT NOT NULL CHECK(how IN ('created', 'applied', 'recognised')));
INSERT INTO meta(key, value) VALUES('schema', '2');
INSERT INTO schema_migrations(version, name, how) VALUES(1, 'the first store', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(2, 'indexes for filters and profiles, person_posts, formulation_months', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(3, 'roles.date, a person''s events newest first from roles_person_date', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(4, 'events.presided, spoke and attended', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(5, 'the full-text index without stop words, merging 8 segments; person_titles loses its index by person', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(6, 'documents.url and documents.meta', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(7, 'text reuse', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(8, 'documents_id_ext_url supersedes documents_id_ext', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(9, 'posts, facets, careers and overrides; people resolved again', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(10, 'roles keyed by (event, role, position) on every backend; no person_titles_title', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(11, 'person_titles indexed by document, person, post and date', 'created');
INSERT INTO schema_migrations(version, name, how) VALUES(12, 'formulation_levels and formulation_places, filled from the uses', 'created');
