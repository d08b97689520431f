-- The schema readout beac1e6 made for a new sqlite database (version 2; layout_of.sh).
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id INTEGER PRIMARY KEY,
  ext_id TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  origin TEXT,
  published TEXT,
  date TEXT,
  place TEXT,
  province TEXT,
  level TEXT,
  text TEXT,
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_ext ON documents(ext_id);
CREATE INDEX IF NOT EXISTS documents_place_ci ON documents(lower(place));
CREATE INDEX IF NOT EXISTS documents_province_ci ON documents(lower(province));
CREATE INDEX IF NOT EXISTS documents_id_ext ON documents(id, ext_id);
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  date TEXT, date_partial TEXT, host TEXT, place TEXT, province TEXT, level TEXT,
  type TEXT, format TEXT, size TEXT, duration TEXT, subject TEXT,
  span_start INTEGER, span_end INTEGER);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_level_date ON events(level, date);
CREATE INDEX IF NOT EXISTS events_subject_level ON events(subject, level, date);
CREATE INDEX IF NOT EXISTS events_place_ci ON events(lower(place));
CREATE INDEX IF NOT EXISTS events_province_ci ON events(lower(province));
CREATE TABLE IF NOT EXISTS persons(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  region TEXT,
  mentions INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0,
  first_date TEXT, last_date TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS persons_key_region ON persons(name_key, coalesce(region, ''));
CREATE TABLE IF NOT EXISTS person_docs(
  person_id INTEGER NOT NULL REFERENCES persons(id),
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL, mentions INTEGER NOT NULL, date TEXT,
  PRIMARY KEY(person_id, doc_id));
CREATE INDEX IF NOT EXISTS person_docs_doc ON person_docs(doc_id);
CREATE TABLE IF NOT EXISTS person_titles(
  person_id INTEGER NOT NULL REFERENCES persons(id),
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  title TEXT NOT NULL, date TEXT, span_start INTEGER, span_end INTEGER);
CREATE INDEX IF NOT EXISTS person_titles_person ON person_titles(person_id, date);
CREATE INDEX IF NOT EXISTS person_titles_title ON person_titles(title);
CREATE TABLE IF NOT EXISTS person_posts(
  person_id INTEGER NOT NULL REFERENCES persons(id),
  title TEXT NOT NULL, first_date TEXT, last_date TEXT, documents INTEGER NOT NULL,
  PRIMARY KEY(person_id, title));
CREATE TABLE IF NOT EXISTS roles(
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id),
  role TEXT NOT NULL CHECK(role IN ('presided','spoke','attended')),
  position INTEGER NOT NULL,
  PRIMARY KEY(event_id, person_id, role));
CREATE INDEX IF NOT EXISTS roles_event_role ON roles(event_id, role, position, person_id);
CREATE INDEX IF NOT EXISTS roles_person_role ON roles(person_id, role, position, event_id);
CREATE TABLE IF NOT EXISTS formulations(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  zh TEXT, pinyin TEXT, label TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS formulation_uses(
  formulation_id INTEGER NOT NULL REFERENCES formulations(id),
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  count INTEGER NOT NULL, forms TEXT NOT NULL, date TEXT, place TEXT,
  PRIMARY KEY(formulation_id, doc_id));
CREATE INDEX IF NOT EXISTS formulation_uses_date ON formulation_uses(date);
CREATE TABLE IF NOT EXISTS formulation_months(
  formulation_id INTEGER NOT NULL REFERENCES formulations(id),
  month TEXT NOT NULL, uses INTEGER NOT NULL, documents INTEGER NOT NULL,
  first_date TEXT, last_date TEXT,
  PRIMARY KEY(formulation_id, month));
CREATE INDEX IF NOT EXISTS formulation_months_month ON formulation_months(month, uses);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(text, content='documents', content_rowid='id');
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
INSERT INTO meta(key, value) VALUES('schema', '1');
