-- A database made by readout's schema version 9 (see dump_release.sh), as pg_dump
-- wrote it: schema and rows of samples/.
--
-- PostgreSQL database dump
--

\restrict Mk9YQCdiRCsY998FCB3UloJ55UkKg2uKBeQvG0Zc79a5i7KVpd56lEizdzYFcnU

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    id bigint NOT NULL,
    ext_id text NOT NULL,
    hash text NOT NULL,
    origin text,
    published text,
    date text,
    place text,
    province text,
    level text,
    text text,
    record text NOT NULL,
    ingested_at text DEFAULT to_char((now() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'::text) NOT NULL,
    url text,
    meta text,
    text_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, COALESCE(text, ''::text))) STORED
);


--
-- Name: documents_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.documents_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: documents_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.documents_id_seq OWNED BY public.documents.id;


--
-- Name: event_clusters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_clusters (
    event_id bigint NOT NULL,
    cluster_id bigint NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    id bigint NOT NULL,
    doc_id bigint NOT NULL,
    ord integer NOT NULL,
    date text,
    date_partial text,
    host text,
    place text,
    province text,
    level text,
    type text,
    format text,
    size text,
    duration text,
    subject text,
    span_start integer,
    span_end integer,
    presided text,
    spoke text,
    attended integer
);


--
-- Name: events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;


--
-- Name: formulation_months; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.formulation_months (
    formulation_id bigint NOT NULL,
    month text NOT NULL,
    uses bigint NOT NULL,
    documents bigint NOT NULL,
    first_date text,
    last_date text
);


--
-- Name: formulation_uses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.formulation_uses (
    formulation_id bigint NOT NULL,
    doc_id bigint NOT NULL,
    count integer NOT NULL,
    forms text NOT NULL,
    date text,
    place text
);


--
-- Name: formulations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.formulations (
    id bigint NOT NULL,
    key text NOT NULL,
    zh text,
    pinyin text,
    label text NOT NULL
);


--
-- Name: formulations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.formulations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: formulations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.formulations_id_seq OWNED BY public.formulations.id;


--
-- Name: meta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meta (
    key text NOT NULL,
    value text NOT NULL
);


--
-- Name: person_careers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_careers (
    person_id bigint NOT NULL,
    post_id bigint NOT NULL,
    first_date text,
    last_date text,
    documents bigint NOT NULL
);


--
-- Name: person_docs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_docs (
    person_id bigint NOT NULL,
    doc_id bigint NOT NULL,
    name text NOT NULL,
    mentions integer NOT NULL,
    date text,
    facet text
);


--
-- Name: person_facets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_facets (
    person_id bigint NOT NULL,
    facet text NOT NULL,
    first_date text,
    last_date text,
    dated bigint DEFAULT 0 NOT NULL,
    documents bigint DEFAULT 0 NOT NULL
);


--
-- Name: person_overrides; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_overrides (
    ord bigint NOT NULL,
    action text NOT NULL,
    name_key text NOT NULL,
    name text NOT NULL,
    a text,
    b text,
    source text
);


--
-- Name: person_posts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_posts (
    person_id bigint NOT NULL,
    title text NOT NULL,
    first_date text,
    last_date text,
    documents bigint NOT NULL
);


--
-- Name: person_titles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_titles (
    person_id bigint NOT NULL,
    doc_id bigint NOT NULL,
    title text NOT NULL,
    date text,
    span_start integer,
    span_end integer,
    post_id bigint
);


--
-- Name: persons; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.persons (
    id bigint NOT NULL,
    name text NOT NULL,
    name_key text NOT NULL,
    region text,
    mentions integer DEFAULT 0 NOT NULL,
    documents integer DEFAULT 0 NOT NULL,
    first_date text,
    last_date text
);


--
-- Name: persons_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.persons_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: persons_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.persons_id_seq OWNED BY public.persons.id;


--
-- Name: posts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.posts (
    id bigint NOT NULL,
    key text NOT NULL,
    name text NOT NULL,
    rank text NOT NULL,
    body text,
    organization text,
    level text,
    place text,
    province text,
    side text,
    concurrent bigint DEFAULT 0 NOT NULL,
    former bigint DEFAULT 0 NOT NULL
);


--
-- Name: posts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.posts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: posts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;


--
-- Name: reuse_clusters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reuse_clusters (
    doc_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    documents bigint NOT NULL
);


--
-- Name: reuse_docs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reuse_docs (
    doc_id bigint NOT NULL,
    words bigint NOT NULL,
    run_id bigint NOT NULL
);


--
-- Name: reuse_pairs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reuse_pairs (
    source_doc bigint NOT NULL,
    target_doc bigint NOT NULL,
    direction text NOT NULL,
    passages bigint NOT NULL,
    source_words bigint NOT NULL,
    target_words bigint NOT NULL,
    source_share double precision NOT NULL,
    target_share double precision NOT NULL,
    score bigint NOT NULL,
    matches bigint NOT NULL,
    run_id bigint NOT NULL,
    CONSTRAINT reuse_pairs_direction_check CHECK ((direction = ANY (ARRAY['date'::text, 'level'::text, 'none'::text])))
);


--
-- Name: reuse_passages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reuse_passages (
    source_doc bigint NOT NULL,
    target_doc bigint NOT NULL,
    ord bigint NOT NULL,
    source_start bigint NOT NULL,
    source_end bigint NOT NULL,
    target_start bigint NOT NULL,
    target_end bigint NOT NULL,
    source_words bigint NOT NULL,
    target_words bigint NOT NULL,
    score bigint NOT NULL,
    matches bigint NOT NULL
);


--
-- Name: reuse_reference_docs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reuse_reference_docs (
    reference_id bigint NOT NULL,
    doc_id bigint NOT NULL,
    words bigint NOT NULL,
    taken bigint NOT NULL,
    share double precision NOT NULL,
    passages bigint NOT NULL,
    days_after bigint
);


--
-- Name: reuse_reference_passages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reuse_reference_passages (
    reference_id bigint NOT NULL,
    doc_id bigint NOT NULL,
    ord bigint NOT NULL,
    reference_start bigint NOT NULL,
    reference_end bigint NOT NULL,
    doc_start bigint NOT NULL,
    doc_end bigint NOT NULL,
    reference_words bigint NOT NULL,
    doc_words bigint NOT NULL,
    score bigint NOT NULL,
    matches bigint NOT NULL
);


--
-- Name: reuse_references; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reuse_references (
    id bigint NOT NULL,
    name text NOT NULL,
    hash text NOT NULL,
    date text,
    level text,
    words bigint NOT NULL,
    text text NOT NULL,
    added_at text NOT NULL
);


--
-- Name: reuse_references_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.reuse_references_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reuse_references_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.reuse_references_id_seq OWNED BY public.reuse_references.id;


--
-- Name: reuse_runs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reuse_runs (
    id bigint NOT NULL,
    kind text NOT NULL,
    settings text NOT NULL,
    started_at text NOT NULL,
    seconds double precision,
    documents bigint,
    new_documents bigint,
    candidate_pairs bigint,
    pairs bigint,
    passages bigint
);


--
-- Name: reuse_runs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.reuse_runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reuse_runs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.reuse_runs_id_seq OWNED BY public.reuse_runs.id;


--
-- Name: roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.roles (
    event_id bigint NOT NULL,
    person_id bigint NOT NULL,
    role text NOT NULL,
    "position" integer NOT NULL,
    date text,
    CONSTRAINT roles_role_check CHECK ((role = ANY (ARRAY['presided'::text, 'spoke'::text, 'attended'::text])))
);


--
-- Name: v_event_clusters; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_event_clusters AS
 SELECT e.id AS event_id,
    COALESCE(c.cluster_id, e.id) AS cluster
   FROM (public.events e
     LEFT JOIN public.event_clusters c ON ((c.event_id = e.id)));


--
-- Name: v_event_roles; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_event_roles AS
 SELECT e.id AS event_id,
    d.ext_id AS document,
    e.ord AS event_order,
    e.date,
    e.host,
    e.place,
    e.level,
    e.type,
    e.subject,
    r.role,
    r."position",
    p.id AS person_id,
    p.name AS person
   FROM (((public.events e
     JOIN public.documents d ON ((d.id = e.doc_id)))
     JOIN public.roles r ON ((r.event_id = e.id)))
     JOIN public.persons p ON ((p.id = r.person_id)));


--
-- Name: v_formulation_month; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_formulation_month AS
 SELECT f.id AS formulation_id,
    f.zh,
    f.label,
    substr(u.date, 1, 7) AS month,
    sum(u.count) AS uses,
    count(*) AS documents
   FROM (public.formulations f
     JOIN public.formulation_uses u ON ((u.formulation_id = f.id)))
  GROUP BY f.id, f.zh, f.label, (substr(u.date, 1, 7));


--
-- Name: v_person_careers; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_person_careers AS
 SELECT p.id AS person_id,
    p.name,
    p.region,
    q.id AS post_id,
    q.name AS post,
    q.rank,
    q.body,
    q.organization,
    q.level,
    q.place,
    q.province,
    q.side,
    q.concurrent,
    q.former,
    c.first_date,
    c.last_date,
    c.documents
   FROM ((public.persons p
     JOIN public.person_careers c ON ((c.person_id = p.id)))
     JOIN public.posts q ON ((q.id = c.post_id)));


--
-- Name: v_person_titles; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_person_titles AS
 SELECT p.id AS person_id,
    p.name,
    p.region,
    t.title,
    min(t.date) AS first_date,
    max(t.date) AS last_date,
    count(DISTINCT t.doc_id) AS documents
   FROM (public.persons p
     JOIN public.person_titles t ON ((t.person_id = p.id)))
  GROUP BY p.id, p.name, p.region, t.title;


--
-- Name: v_reuse_pairs; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_reuse_pairs AS
 SELECT s.ext_id AS source,
    t.ext_id AS target,
    COALESCE(s.published, s.date) AS source_date,
    COALESCE(t.published, t.date) AS target_date,
    s.level AS source_level,
    t.level AS target_level,
    p.direction,
    p.passages,
    p.source_share,
    p.target_share,
    p.score,
    p.source_doc,
    p.target_doc
   FROM ((public.reuse_pairs p
     JOIN public.documents s ON ((s.id = p.source_doc)))
     JOIN public.documents t ON ((t.id = p.target_doc)));


--
-- Name: v_unmapped_titles; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_unmapped_titles AS
 SELECT person_titles.title,
    count(*) AS mentions,
    count(DISTINCT person_titles.person_id) AS persons,
    count(DISTINCT person_titles.doc_id) AS documents,
    min(person_titles.date) AS first_date,
    max(person_titles.date) AS last_date
   FROM public.person_titles
  WHERE (person_titles.post_id IS NULL)
  GROUP BY person_titles.title;


--
-- Name: documents id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents ALTER COLUMN id SET DEFAULT nextval('public.documents_id_seq'::regclass);


--
-- Name: events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN id SET DEFAULT nextval('public.events_id_seq'::regclass);


--
-- Name: formulations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.formulations ALTER COLUMN id SET DEFAULT nextval('public.formulations_id_seq'::regclass);


--
-- Name: persons id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.persons ALTER COLUMN id SET DEFAULT nextval('public.persons_id_seq'::regclass);


--
-- Name: posts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.posts ALTER COLUMN id SET DEFAULT nextval('public.posts_id_seq'::regclass);


--
-- Name: reuse_references id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_references ALTER COLUMN id SET DEFAULT nextval('public.reuse_references_id_seq'::regclass);


--
-- Name: reuse_runs id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_runs ALTER COLUMN id SET DEFAULT nextval('public.reuse_runs_id_seq'::regclass);


--
-- Data for Name: documents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.documents (id, ext_id, hash, origin, published, date, place, province, level, text, record, ingested_at, url, meta) VALUES (1, 's000', '6867d02dcf5a716814f70d314f2fc61b', '/work/wt-schema/tests/store/migrations/../../../samples/s000.txt', '2017-10-26', '2017-10-26', NULL, NULL, 'central', 'Information exchange

The State Encryption Administration conveys and studies the spirit of the 19th National Congress of the Communist Party of China and the First Plenary Session of the 19th Central Committee of the Communist Party of China

Date of issue: 2017-10-26 Source: State Password Administration
[Font: large in Small Print

On October 26, the State Encryption Administration organized a (enlarged) meeting of the Theory Center Group to collectively study the press release of the 19th National Congress of the Communist Party of China, the communiqu é of the first plenary session of the 19th Central Committee of the Communist Party of China, and the important speech of General Secretary Xi Jinping when the Standing Committee of the Political Bureau of the 19th Central Committee of the Communist Party of China met with Chinese and foreign journalists, The comrades present at the meeting talked about their experiences and experiences closely around the study of the spirit of the 19th National Congress and the First Plenary Session of the 19th Central Committee. The meeting was presided over by Comrade Li Zhaozong, and more than 40 people attended the meeting, including the leadership of the Bureau, members of the Director General''s Office, bureau level cadres, members of the Party Committee, and members of the Commission for Discipline Inspection.

It is believed that the 19th National Congress of the Communist Party of China (CPC) is a very important conference held at the decisive stage of building a moderately prosperous society in all respects and at a critical time when socialism with Chinese characteristics enters a new era. The wonderful report of General Secretary Xi Jinping, with lofty position, distinctive theme, rich connotation and profound thoughts, shines with the great glory of Marxist truth throughout, and is the political declaration and action program of our party to unite and lead the people of all ethnic groups to win the great victory of socialism with Chinese characteristics in the new era. The Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, which was clearly put forward in the report of the 19th National Congress of the Communist Party of China, is the third historic leap in the combination of Marxism Leninism and China''s reality. It is the guiding principle that our Party must adhere to for a long time and never waver. It will lead us from victory to new victory.

It is believed that a new central collective leadership was elected at the First Plenary Session of the 19th CPC Central Committee. The re-election of Comrade Xi Jinping as General Secretary of the Central Committee and Chairman of the Central Military Commission is the aspiration of the Party and the people. General Secretary Xi Jinping deserves to be a great and wise leader, a leading core of the whole Party, and the chief designer of reform, opening up and socialist modernization in the new era. Everyone unanimously expressed that they would firmly support the new central leadership, closely unite around the Party Central Committee with Comrade Xi Jinping at its core, and contribute wisdom to building a moderately prosperous society in all respects and winning the great victory of socialism with Chinese characteristics for a new era.

The meeting required that all units and Party organizations at all levels in the overall situation should take in-depth study and implementation of the spirit of the 19th National Congress of the Party as the primary political task, deeply understand the great significance and rich connotation of Xi Jinping''s thought on socialism with Chinese characteristics for a new era, more consciously integrate thoughts and actions into the spirit of the 19th National Congress, and earnestly achieve the "four always": always keep the right political direction, Take a clear stand to safeguard the authority of the Central Committee of the Party and the core position of General Secretary Xi Jinping, and resolutely keep abreast of the core, maintain the core, and serve the core; We should always keep in mind the glorious mission entrusted by history, never forget our original intention, forge ahead, and provide more high-quality and efficient services to the CPC Central Committee and General Secretary Xi Jinping; We should always maintain a state of energetic spirit, promote the continuous development of the party''s password cause, and provide strong support for accelerating the construction of an innovative country, safeguarding national security and fundamental interests; We should always give play to the leading role of the party building work, achieve the goal of political construction bureau, strengthening the bureau through reform, rejuvenating the bureau through science and technology, and governing the bureau according to regulations, comprehensively improve the political literacy and party spirit cultivation of cadres and workers, and create a loyal, clean and responsible password army.', '{"id":"s000","hash":"6867d02dcf5a716814f70d314f2fc61b","published":"2017-10-26","people":[{"name":"Xi Jinping","titles":["General Secretary of the Central Committee","Chairman of the Central Military Commission"],"title_spans":[[[2638,2680]],[[2685,2728]]],"spans":[[704,714],[1707,1717],[2058,2068],[2624,2634],[2794,2804],[3121,3131],[3613,3623],[3997,4007],[4316,4326]]},{"name":"Li Zhaozong","titles":[],"title_spans":[],"spans":[[1125,1136]]}],"events":[{"date":"2017-10-26","date_partial":null,"host":"State Encryption Administration","place":null,"level":"central","type":"theory study center group session","format":null,"size":"more than 40 people","duration":null,"subject":"19th National Congress","presided":["Li Zhaozong"],"spoke":[],"attended":[],"spans":{"event":[337,1083],"date":[[340,350]],"host":[[356,387]],"level":[[356,387]],"type":[[433,445]],"size":[[1142,1161]],"subject":[[493,515]],"presided":[[[1125,1136]]],"spoke":[],"attended":[]}}],"formulations":[{"label":"building a moderately prosperous society in all respects","zh":"全面建成小康社会","pinyin":"quan mian jian cheng xiao kang she hui","forms":["building a moderately prosperous society in all respects"],"cue":"lexicon","count":2,"spans":[[1523,1579],[3170,3226]]},{"label":"socialism with Chinese characteristics","zh":"中国特色社会主义","pinyin":"zhong guo te se she hui zhu yi","forms":["socialism with Chinese characteristics"],"cue":"lexicon","count":3,"spans":[[1608,1646],[1999,2037],[3260,3298]]},{"label":"new era","zh":"新时代","pinyin":"xin shi dai","forms":["new era"],"cue":"lexicon","count":4,"spans":[[1656,1663],[2045,2052],[2960,2967],[3305,3312]]},{"label":"Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era","zh":"习近平新时代中国特色社会主义思想","pinyin":"xi jin ping xin shi dai zhong guo te se she hui zhu yi si xiang","forms":["Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era","Xi Jinping''s thought on socialism with Chinese characteristics for a new era"],"cue":"lexicon","count":2,"spans":[[2058,2132],[3613,3689]]},{"label":"third historic leap","zh":"第三次历史性飞跃","pinyin":"di san ci li shi xing fei yue","forms":["third historic leap"],"cue":"numbered","count":1,"spans":[[2248,2267]]},{"label":"Marxism-Leninism","zh":"马克思列宁主义","pinyin":"ma ke si lie ning zhu yi","forms":["Marxism Leninism"],"cue":"lexicon","count":1,"spans":[[2290,2306]]},{"label":"primary political task","zh":"首要政治任务","pinyin":"shou yao zheng zhi ren wu","forms":["primary political task"],"cue":"lexicon","count":1,"spans":[[3524,3546]]},{"label":"four always","zh":"四个始终","pinyin":"si ge shi zhong","forms":["four always"],"cue":"quoted","count":1,"spans":[[3813,3824]]},{"label":"original aspiration","zh":"初心","pinyin":"chu xin","forms":["original intention"],"cue":"lexicon","count":1,"spans":[[4179,4197]]},{"label":"political building","zh":"政治建设","pinyin":"zheng zhi jian she","forms":["political construction"],"cue":"lexicon","count":1,"spans":[[4689,4711]]},{"label":"loyal, clean and responsible","zh":"忠诚干净担当","pinyin":"zhong cheng gan jing dan dang","forms":["loyal, clean and responsible"],"cue":"lexicon","count":1,"spans":[[4980,5008]]}]}', '2026-12-07T11:37:48Z', NULL, NULL);
INSERT INTO public.documents (id, ext_id, hash, origin, published, date, place, province, level, text, record, ingested_at, url, meta) VALUES (2, 's001', '68707a5b2e26e2d4b4116d976447be71', '/work/wt-schema/tests/store/migrations/../../../samples/s001.txt', NULL, NULL, NULL, NULL, 'central', 'On November 29, the Party Committee of the Ministry of National Security held a centralized rotation training demonstration class on studying and implementing the spirit of the 20th National Congress of the Communist Party of China in the form of a video conference to guide all national security police officers to comprehensively study, grasp and fully implement the spirit of the 20th National Congress of the Communist Party of China. Chen Yixin, Secretary-General of the Central Political and Legal Affairs Commission, Secretary and Minister of the Party Committee of the Ministry of National Security, attended the opening ceremony and delivered the first lecture.
The meeting emphasized that national security agencies must conscientiously study and grasp the great significance, spiritual essence, rich connotation and practical requirements of the spirit of the 20th National Congress of the Communist Party of China, pay attention to the "nine profound understandings" in comprehensive study, and pay attention to comprehensive grasping. Pay attention to the "seven focuses" and pay attention to the "four requirements" in comprehensive implementation, truly achieve the unity of learning, thinking and application, and the unity of knowledge, belief and action, resolutely defend " two to establish ", resolutely achieve " two to maintain ", and promote the high-quality development of national security work in the new era.
The meeting emphasized that national security agencies must learn from 13 aspects and make good use of the worldview and methodology of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era contained in the report of the 20th National Congress of the Communist Party of China: Adhering to lofty ideals is the spiritual pillar of national security work in the new era and the foundation for party members and cadres to settle down and live; upholding loyalty to the party is the new era. The political soul of modern national security work is the party’s first political requirement for party members and cadres; adhering to people’s supremacy is the fundamental stance of national security work in the new era and the party’s greatest confidence in governing and rejuvenating the country; adhering to serving the overall situation is the task requirement of national security work in the new era and an important manifestation of having the “greatest country” in mind; adhering to stability and progress is the general tone of national security work in the new era and an important principle of the party’s governance; adhering to integrity and innovation is the core of national security in the new era. The ideological principles of national security work are a rich development of the party''s ideological line; adhering to the systematic concept is the ideological method of national security work in the new era and an important compliance with the comprehensive implementation of the overall national security concept; adhering to problem orientation is the source of living water for national security work in the new era and the focus of effectively preventing and resolving risks and hidden dangers; adhering to legal thinking is the legalization requirement of national security work in the new era and a powerful weapon in the struggle; adhering to scientific and technological support is the new era The key to success in modern national security work is to enhance the potential of national security agencies'' combat capabilities; persisting in fighting and fighting well is the spiritual character of national security work in the new era and a fine revolutionary tradition that should be vigorously promoted on the national security front; persisting in thinking about the world is the pattern and realm of national security work in the new era and the world vision that leading cadres should establish; insisting on self-revolution is a strong guarantee for national security work in the new era and an important magic weapon for forging the national security iron army.
A five-day centralized rotational training demonstration class for national security agencies to study and implement the spirit of the 20th National Congress of the Communist Party of China. Leading cadres at division level and above of national security agencies across the country participated in the first batch of centralized rotational training.', '{"id":"s001","hash":"68707a5b2e26e2d4b4116d976447be71","published":null,"people":[{"name":"Chen Yixin","titles":["Secretary-General of the Central Political and Legal Affairs Commission","Secretary of the Party Committee of the Ministry of National Security","Minister of the Ministry of National Security"],"title_spans":[[[451,522]],[[524,533],[547,606]],[[538,546],[573,606]]],"spans":[[439,449]]},{"name":"Xi Jinping","titles":[],"title_spans":[],"spans":[[1572,1582]]}],"events":[{"date":null,"date_partial":"--11-29","host":"Party Committee of the Ministry of National Security","place":null,"level":"central","type":"training class","format":"video conference","size":null,"duration":"five days","subject":"20th National Congress","presided":[],"spoke":["Chen Yixin"],"attended":[],"spans":{"event":[0,438],"date":[[3,14]],"host":[[20,72]],"level":[[20,72]],"type":[[92,109]],"format":[[249,265]],"duration":[[4057,4065]],"subject":[[177,199]],"presided":[],"spoke":[[[439,449]]],"attended":[]}}],"formulations":[{"label":"nine profound understandings","zh":"九个深刻理解","pinyin":"jiu ge shen ke li jie","forms":["nine profound understandings"],"cue":"quoted","count":1,"spans":[[949,977]]},{"label":"seven focuses","zh":"七个聚焦","pinyin":"qi ge ju jiao","forms":["seven focuses"],"cue":"quoted","count":1,"spans":[[1070,1083]]},{"label":"four requirements","zh":"四个要求","pinyin":"si ge yao qiu","forms":["four requirements"],"cue":"quoted","count":1,"spans":[[1111,1128]]},{"label":"Two Establishments","zh":"两个确立","pinyin":"liang ge que li","forms":["two to establish"],"cue":"quoted","count":1,"spans":[[1293,1309]]},{"label":"two upholds","zh":"两个维护","pinyin":"liang ge wei hu","forms":["two to maintain"],"cue":"quoted","count":1,"spans":[[1334,1349]]},{"label":"high-quality development","zh":"高质量发展","pinyin":"gao zhi liang fa zhan","forms":["high-quality development"],"cue":"lexicon","count":1,"spans":[[1369,1393]]},{"label":"new era","zh":"新时代","pinyin":"xin shi dai","forms":["new era"],"cue":"lexicon","count":14,"spans":[[1427,1434],[1816,1823],[1935,1942],[2163,2170],[2351,2358],[2524,2531],[2665,2672],[2877,2884],[3089,3096],[3269,3276],[3372,3379],[3613,3620],[3820,3827],[3972,3979]]},{"label":"Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era","zh":"习近平新时代中国特色社会主义思想","pinyin":"xi jin ping xin shi dai zhong guo te se she hui zhu yi si xiang","forms":["Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era"],"cue":"lexicon","count":1,"spans":[[1572,1646]]},{"label":"putting the people first","zh":"人民至上","pinyin":"ren min zhi shang","forms":["people’s supremacy"],"cue":"lexicon","count":1,"spans":[[2083,2103]]},{"label":"greatest country","zh":null,"pinyin":null,"forms":["greatest country"],"cue":"quoted","count":1,"spans":[[2407,2423]]},{"label":"systems thinking","zh":"系统观念","pinyin":"xi tong guan nian","forms":["systematic concept"],"cue":"lexicon","count":1,"spans":[[2799,2817]]},{"label":"holistic approach to national security","zh":"总体国家安全观","pinyin":"zong ti guo jia an quan guan","forms":["overall national security concept"],"cue":"lexicon","count":1,"spans":[[2958,2991]]},{"label":"problem orientation","zh":"问题导向","pinyin":"wen ti dao xiang","forms":["problem orientation"],"cue":"lexicon","count":1,"spans":[[3005,3024]]},{"label":"Party''s self-reform","zh":"党的自我革命","pinyin":"dang de zi wo ge ming","forms":["self-revolution"],"cue":"lexicon","count":1,"spans":[[3900,3915]]}]}', '2026-12-07T11:37:48Z', NULL, NULL);
INSERT INTO public.documents (id, ext_id, hash, origin, published, date, place, province, level, text, record, ingested_at, url, meta) VALUES (3, 's002', '1ffa947d3e8a3f3b2a598b9935344161', '/work/wt-schema/tests/store/migrations/../../../samples/s002.txt', NULL, NULL, 'Jiaxing', 'Zhejiang', 'prefectural', 'The Organization Department of the Municipal Party Committee held an enlarged meeting of ministries and commissions to convey, study and implement the spirit of the 20th National Congress of the Communist Party of China



On the morning of October 25, the Organization Department of the Municipal Party Committee held an enlarged meeting of ministries and commissions to convey and study the spirit of the 20th National Congress of the Communist Party. Yan Hairong, Member of the Standing Committee of the Municipal Party Committee and Minister of Organization, presided over the meeting and delivered a speech.

The meeting pointed out that the 20th National Congress of the Communist Party of China is a historic event held at a critical moment when the entire party and the people of all ethnic groups are embarking on a new journey to build a socialist modernized country in an all-round way and marching towards the second centenary goal, which is related to the party and the country. Continuing the past and opening up the future is related to the future and destiny of socialism with Chinese characteristics, and it is related to the great rejuvenation of the Chinese nation. It has great political, theoretical, strategic and practical significance, and has achieved fruitful political, theoretical, strategic, institutional and practical results.

The meeting emphasized that the decisions, arrangements and achievements made by the 20th National Congress of the Communist Party of China will definitely play a very important role in building a modern socialist country in an all-round way, promoting the great rejuvenation of the Chinese nation in an all-round way, and winning new victories of socialism with Chinese characteristics. Guidance and assurance role. It is necessary to deeply understand that the theme of the conference is the general program for the development of the party and the country; to deeply understand the great significance of the past five years of work and the 10 years of great changes in the new era; to deeply understand the world outlook and methodology of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era; The mission and task of modernizing modernization to promote the great rejuvenation of the Chinese nation; profoundly understand the systematic deployment of promoting the construction of a modern socialist country; profoundly understand the important requirements of leading the great social revolution with great self-revolution; powerful call.

The meeting emphasized that studying, publicizing and implementing the spirit of the 20th National Congress of the Communist Party of China is the primary political task at present and in the future. The city’s organizational system must closely meet the 20th anniversary of the implementation of the “Eighth Eighth Strategy”, consciously take the lead in learning and implementing and strengthening the “double responsibility” on the surface, quickly set off a wave of learning, publicity and implementation, and promote the implementation of the spirit of the 20th National Congress in Jiaxing. Bloom and bear fruit. To master the learning. Solidly promote the leadership of ministries and commissions, the active learning of cadres, the centralized learning of leading cadres, and the extensive learning of party members and cadres, to ensure that it is conveyed to every branch and every party member, and to promote the spirit of the 20th National Congress of the Communist Party of China. To innovate forms to grasp publicity. Timely organize representatives of the 20th National Congress of the Communist Party of China, leading cadres at all levels, etc., to go to the grassroots, enter the grid, and enter colleges and universities to carry out special lectures. Make good use of carriers such as Nanhu · Chuxin Lecture Hall, innovate the form that the masses love to hear, and tell the stories of the 20th National Congress, the Party, and Jiaxing. To be fully implemented. Compare item by item the new judgments and formulations on party building and organizational work in the report to the 20th National Congress of the Communist Party of China, make a comprehensive inventory, make every effort to sprint this year’s work goals, conduct in-depth research on a series of major topics, and systematically plan and implement organizational work in the future. The spirit of the 20th National Congress of the Communist Party of China is carried through to the whole process of work and reflected in all aspects.

The meeting demanded that, as the organization department where the red boat sailed, it should earnestly take on the important responsibilities of the times, unremittingly select cadres, gather talents, and grasp the grassroots. , and strive to promote the high-quality development of organizational work. Highlight the political soul, promote party organizations at all levels and the majority of party members and cadres to deeply understand the decisive meaning of the “two establishments”, and resolutely achieve the “two maintenance”; Consciousness and firmness; fully implement the standard of good cadres in the new era, and build a high-quality cadre team worthy of the important task of national rejuvenation; always adhere to the clear orientation of focusing on the grassroots, and continuously enhance the political and organizational functions of the party organization; in-depth implementation of the strategy of strengthening the city with talents , and continuously cultivate outstanding talents with patriotic dedication and innovation.

The members of the executive meeting of the Organization Department of the Municipal Party Committee and all the cadres of the organs participated.', '{"id":"s002","hash":"1ffa947d3e8a3f3b2a598b9935344161","published":null,"people":[{"name":"Yan Hairong","titles":["Member of the Standing Committee of the Municipal Party Committee","Minister of Organization"],"title_spans":[[[467,532]],[[537,561]]],"spans":[[454,465]]},{"name":"Xi Jinping","titles":[],"title_spans":[],"spans":[[2102,2112]]}],"events":[{"date":null,"date_partial":"--10-25","host":"Organization Department of the Municipal Party Committee","place":"Jiaxing","level":"prefectural","type":"enlarged meeting","format":null,"size":null,"duration":null,"subject":"20th National Congress","presided":["Yan Hairong"],"spoke":["Yan Hairong"],"attended":[],"spans":{"event":[223,453],"date":[[241,251]],"host":[[257,313]],"place":[[3124,3131]],"level":[[257,313]],"type":[[322,338]],"subject":[[407,429]],"presided":[[[454,465]]],"spoke":[[[454,465]]],"attended":[]}}],"formulations":[{"label":"second centenary goal","zh":"第二个百年奋斗目标","pinyin":"di er ge bai nian fen dou mu biao","forms":["second centenary goal"],"cue":"numbered","count":1,"spans":[[922,943]]},{"label":"socialism with Chinese characteristics","zh":"中国特色社会主义","pinyin":"zhong guo te se she hui zhu yi","forms":["socialism with Chinese characteristics"],"cue":"lexicon","count":2,"spans":[[1078,1116],[1707,1745]]},{"label":"great rejuvenation of the Chinese nation","zh":"中华民族伟大复兴","pinyin":"zhong hua min zu wei da fu xing","forms":["great rejuvenation of the Chinese nation","national rejuvenation"],"cue":"lexicon","count":4,"spans":[[1143,1183],[1616,1656],[2243,2283],[5266,5287]]},{"label":"building a modern socialist country in all respects","zh":"全面建设社会主义现代化国家","pinyin":"quan mian jian she she hui zhu yi xian dai hua guo jia","forms":["building a modern socialist country in an all-round way"],"cue":"lexicon","count":1,"spans":[[1545,1600]]},{"label":"new era","zh":"新时代","pinyin":"xin shi dai","forms":["new era"],"cue":"lexicon","count":2,"spans":[[2035,2042],[5189,5196]]},{"label":"Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era","zh":"习近平新时代中国特色社会主义思想","pinyin":"xi jin ping xin shi dai zhong guo te se she hui zhu yi si xiang","forms":["Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era"],"cue":"lexicon","count":1,"spans":[[2102,2176]]},{"label":"Party''s self-reform","zh":"党的自我革命","pinyin":"dang de zi wo ge ming","forms":["self-revolution"],"cue":"lexicon","count":1,"spans":[[2493,2508]]},{"label":"primary political task","zh":"首要政治任务","pinyin":"shou yao zheng zhi ren wu","forms":["primary political task"],"cue":"lexicon","count":1,"spans":[[2673,2695]]},{"label":"Double Eight Strategy","zh":"八八战略","pinyin":"ba ba zhan lve","forms":["Eighth Eighth Strategy"],"cue":"quoted","count":1,"spans":[[2832,2854]]},{"label":"two responsibilities","zh":"两个责任","pinyin":"liang ge ze ren","forms":["double responsibility"],"cue":"quoted","count":1,"spans":[[2939,2960]]},{"label":"high-quality development","zh":"高质量发展","pinyin":"gao zhi liang fa zhan","forms":["high-quality development"],"cue":"lexicon","count":1,"spans":[[4819,4843]]},{"label":"Two Establishments","zh":"两个确立","pinyin":"liang ge que li","forms":["two establishments"],"cue":"quoted","count":1,"spans":[[5037,5055]]},{"label":"two upholds","zh":"两个维护","pinyin":"liang ge wei hu","forms":["two maintenance"],"cue":"quoted","count":1,"spans":[[5090,5105]]}]}', '2026-12-07T11:37:48Z', NULL, NULL);
INSERT INTO public.documents (id, ext_id, hash, origin, published, date, place, province, level, text, record, ingested_at, url, meta) VALUES (4, 's003', '01f448bcffd1a6a4d4e01fd077febc0d', '/work/wt-schema/tests/store/migrations/../../../samples/s003.txt', '2022-11-24', '2022-11-24', 'Heilongjiang', 'Heilongjiang', 'provincial', ' date 2022-11-24 Xu Qin emphasized at the opening ceremony of the seminar on studying and implementing the spirit of the 20th National Congress of the Communist Party of China for major leading cadres at the provincial management level

Comprehensive study and implementation of the spirit of the 20th National Congress of the Communist Party of China

Write a new chapter in Longjiang with new responsibilities and new actions

Hu Changsheng hosted Huang Jiansheng and Wang Zhijun attended

On November 24, a special seminar on studying and implementing the spirit of the 20th National Congress of the Communist Party of China was held at the Party School of the Provincial Party Committee for the main leading cadres at the provincial level. Xu Qin, Secretary of the Provincial Party Committee and Director of the Standing Committee of the Provincial People’s Congress, attended the opening ceremony and delivered a speech. He emphasized that it is necessary to comprehensively study, fully grasp, and fully implement the spirit of the 20th National Congress of the Communist Party of China, firmly support the “two establishments”, faithfully practice the “two maintenances”, and guide all tasks with Xi Jinping’s socialist ideology with Chinese characteristics in the new era. Strive to write a new chapter in the comprehensive construction of Longjiang, a modern socialist country.

Deputy Secretary of the Provincial Party Committee and Governor Hu Changsheng presided over the opening ceremony, Huang Jiansheng, Wang Zhijun and other provincial leaders attended.

Xu Qin pointed out that the 20th National Congress of the Communist Party of China is a milestone meeting in the history of the Party. It has pointed out the direction for the whole Party and the people of all ethnic groups in the country to comprehensively build a socialist modern country and comprehensively promote the great rejuvenation of the Chinese nation. It has established a guideline for action. Studying, propagating and implementing the spirit of the 20th National Congress of the Communist Party of China is the primary political task at present and in the future. It is related to the cause of the party and the country, the future and destiny of socialism with Chinese characteristics, the great rejuvenation of the Chinese nation, the revitalization of Northeast China and Heilongjiang. High-quality development. Leading cadres at all levels must learn one step first, learn one level deeper, deeply understand the historical logic, theoretical logic, and practical logic contained in the spirit of the 20th National Congress of the Communist Party of China, accurately grasp the core essentials, enrich the connotation, and practical requirements, and earnestly achieve what they have learned. Enlightenment, gain from learning, and success from learning, lead the province to study, publicize and implement the spirit of the 20th National Congress of the Communist Party of China to go deep and solid.

Xu Qin emphasized that it is necessary to learn the political character of being absolutely loyal to the core, and to resolutely safeguard the core of the Party Central Committee and the core position of the entire party as the greatest politics and the greatest overall situation of General Secretary Xi Jinping, and constantly improve political judgment, political comprehension, and political integrity. Execution ability, fully implement the spirit of the 20th National Congress of the Communist Party of China, and demonstrate loyalty and responsibility with the results of Longjiang revitalization and development. It is necessary to learn the firm consciousness armed with scientific theories, adhere to the “two combinations”, grasp the “six must adhere to”, deeply understand the world outlook and methodology of Xi Jinping’s socialist thought with Chinese characteristics in the new era, and use it more consciously to guide practice and promote work , Transform the party’s innovative theory into a powerful force to promote comprehensive revitalization. It is necessary to learn the forging strength to shoulder the mission and task, focus on the central task of the party, anchor the future development goals, solidly promote the “eight revitalization”, accelerate the construction of “six Longjiang”, and use the practice of Chinese-style modernization in Longjiang as a comprehensive Make greater contributions to building a powerful modern socialist country. It is necessary to learn the self-confidence and responsibility to promote the revival of a strong country, benchmark the various strategic deployments of the 20th National Congress of the Communist Party of China, give full play to our province’s advantages in science and education, industry, resources, ecology, and location, and accelerate the construction of a high-level scientific and technological innovation system. Modernize the industrial system, accelerate reform and opening up, resolutely shoulder the major political responsibility of maintaining the country’s “five major security”, accelerate development, demonstrate performance, and achieve new breakthroughs in serving the national strategy. We must learn the sobriety and persistence to be brave in self-revolution, lead the great social revolution with great self-revolution, adhere to the principle of strictness unwaveringly, make solid progress in comprehensively and strictly governing the party, persevere in upright discipline and anti-corruption, and strive to build a diligent and honest Longjiang. We must learn the spiritual motivation to unite and struggle together, keep in mind the “three musts”, be concerned about the “big country”, give full play to the party’s leadership and political advantages, unite and gather the strength of all parties, pool the wisdom of all parties, achieve great things with struggle, and strive for success with hard work. win the future.

This special seminar lasted for five days, and adopted a combination of online and offline methods, and the main leading cadres at the provincial management and department levels participated. (Reporter Li Guoyu photographed by Shao Guoliang)

(Editors in charge: Yu Yang, Li Zhongshuang)', '{"id":"s003","hash":"01f448bcffd1a6a4d4e01fd077febc0d","published":"2022-11-24","people":[{"name":"Xu Qin","titles":["Secretary of the Provincial Party Committee","Director of the Standing Committee of the Provincial People’s Congress"],"title_spans":[[[752,795]],[[800,872]]],"spans":[[17,23],[744,750],[1583,1589],[3006,3012]]},{"name":"Hu Changsheng","titles":["Deputy Secretary of the Provincial Party Committee","Governor"],"title_spans":[[[1400,1450]],[[1455,1463]]],"spans":[[429,442],[1464,1477]]},{"name":"Huang Jiansheng","titles":[],"title_spans":[],"spans":[[450,465],[1514,1529]]},{"name":"Wang Zhijun","titles":[],"title_spans":[],"spans":[[470,481],[1531,1542]]},{"name":"Xi Jinping","titles":["General Secretary"],"title_spans":[[[3290,3307]]],"spans":[[1214,1224],[3308,3318],[3836,3846]]}],"events":[{"date":"2022-11-24","date_partial":null,"host":null,"place":"Heilongjiang","level":"provincial","type":"seminar","format":"online and offline","size":null,"duration":"five days","subject":"20th National Congress","presided":["Hu Changsheng"],"spoke":["Xu Qin"],"attended":["Huang Jiansheng","Wang Zhijun"],"spans":{"event":[492,743],"date":[[495,506]],"place":[[376,385]],"level":[[1400,1450]],"type":[[510,525]],"format":[[6033,6066]],"duration":[[6008,6017]],"subject":[[573,595]],"presided":[[[429,442]]],"spoke":[[[17,23]]],"attended":[[[450,465]],[[470,481]]]}}],"formulations":[{"label":"Two Establishments","zh":"两个确立","pinyin":"liang ge que li","forms":["two establishments"],"cue":"quoted","count":1,"spans":[[1118,1136]]},{"label":"two upholds","zh":"两个维护","pinyin":"liang ge wei hu","forms":["two maintenances"],"cue":"quoted","count":1,"spans":[[1168,1184]]},{"label":"new era","zh":"新时代","pinyin":"xin shi dai","forms":["new era"],"cue":"lexicon","count":1,"spans":[[1284,1291]]},{"label":"building a modern socialist country in all respects","zh":"全面建设社会主义现代化国家","pinyin":"quan mian jian she she hui zhu yi xian dai hua guo jia","forms":["comprehensively build a socialist modern country"],"cue":"lexicon","count":1,"spans":[[1825,1873]]},{"label":"great rejuvenation of the Chinese nation","zh":"中华民族伟大复兴","pinyin":"zhong hua min zu wei da fu xing","forms":["great rejuvenation of the Chinese nation"],"cue":"lexicon","count":2,"spans":[[1906,1946],[2290,2330]]},{"label":"primary political task","zh":"首要政治任务","pinyin":"shou yao zheng zhi ren wu","forms":["primary political task"],"cue":"lexicon","count":1,"spans":[[2110,2132]]},{"label":"socialism with Chinese characteristics","zh":"中国特色社会主义","pinyin":"zhong guo te se she hui zhu yi","forms":["socialism with Chinese characteristics"],"cue":"lexicon","count":1,"spans":[[2246,2284]]},{"label":"comprehensive revitalization of Northeast China","zh":"东北全面振兴","pinyin":"dong bei quan mian zhen xing","forms":["revitalization of Northeast China"],"cue":"lexicon","count":1,"spans":[[2336,2369]]},{"label":"high-quality development","zh":"高质量发展","pinyin":"gao zhi liang fa zhan","forms":["High-quality development"],"cue":"lexicon","count":1,"spans":[[2388,2412]]},{"label":"capacity for political judgment","zh":"政治判断力","pinyin":"zheng zhi pan duan li","forms":["political judgment"],"cue":"lexicon","count":1,"spans":[[3343,3361]]},{"label":"capacity for political understanding","zh":"政治领悟力","pinyin":"zheng zhi ling wu li","forms":["political comprehension"],"cue":"lexicon","count":1,"spans":[[3363,3386]]},{"label":"two integrations","zh":"两个结合","pinyin":"liang ge jie he","forms":["two combinations"],"cue":"quoted","count":1,"spans":[[3724,3740]]},{"label":"six musts","zh":"六个必须坚持","pinyin":"liu ge bi xu jian chi","forms":["six must adhere to"],"cue":"quoted","count":1,"spans":[[3758,3776]]},{"label":"Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era","zh":"习近平新时代中国特色社会主义思想","pinyin":"xi jin ping xin shi dai zhong guo te se she hui zhu yi si xiang","forms":["Xi Jinping’s socialist thought with Chinese characteristics in the new era"],"cue":"lexicon","count":1,"spans":[[3836,3912]]},{"label":"eight revitalization","zh":null,"pinyin":null,"forms":["eight revitalization"],"cue":"quoted","count":1,"spans":[[4264,4284]]},{"label":"six Longjiangs","zh":"六个龙江","pinyin":"liu ge long jiang","forms":["six Longjiang"],"cue":"quoted","count":1,"spans":[[4323,4336]]},{"label":"Chinese modernization","zh":"中国式现代化","pinyin":"zhong guo shi xian dai hua","forms":["Chinese-style modernization"],"cue":"lexicon","count":1,"spans":[[4365,4392]]},{"label":"great modern socialist country","zh":"社会主义现代化强国","pinyin":"she hui zhu yi xian dai hua qiang guo","forms":["powerful modern socialist country"],"cue":"lexicon","count":1,"spans":[[4466,4499]]},{"label":"reform and opening up","zh":"改革开放","pinyin":"gai ge kai fang","forms":["reform and opening up"],"cue":"lexicon","count":1,"spans":[[4972,4993]]},{"label":"five major security","zh":"五大安全","pinyin":"wu da an quan","forms":["five major security"],"cue":"quoted","count":1,"spans":[[5084,5103]]},{"label":"Party''s self-reform","zh":"党的自我革命","pinyin":"dang de zi wo ge ming","forms":["self-revolution"],"cue":"lexicon","count":2,"spans":[[5279,5294],[5340,5355]]},{"label":"full and rigorous self-governance of the Party","zh":"全面从严治党","pinyin":"quan mian cong yan zhi dang","forms":["comprehensively and strictly governing the party"],"cue":"lexicon","count":1,"spans":[[5432,5480]]},{"label":"three musts","zh":"三个务必","pinyin":"san ge wu bi","forms":["three musts"],"cue":"quoted","count":1,"spans":[[5679,5690]]},{"label":"big country","zh":null,"pinyin":null,"forms":["big country"],"cue":"quoted","count":1,"spans":[[5721,5732]]}]}', '2026-12-07T11:37:48Z', NULL, NULL);
INSERT INTO public.documents (id, ext_id, hash, origin, published, date, place, province, level, text, record, ingested_at, url, meta) VALUES (5, 's004', 'ed4e57468caa5ae53645136e8fbe45cc', '/work/wt-schema/tests/store/migrations/../../../samples/s004.txt', '2022-10-24', '2022-10-24', 'Chongqing', 'Chongqing', 'provincial', ' date 2022-10-24 On October 24, the municipal party committee held a meeting of leading cadres in the city to convey the spirit of studying the 20th National Congress of the Communist Party of China, and arrange and deploy the city’s study, publicity and implementation work. Chen Miner, Secretary of the Municipal Party Committee, presided over the meeting and delivered a speech. He emphasized that it is necessary to unite more closely around the CPC Central Committee with Comrade Xi Jinping as the core, firmly support the “two establishments” and resolutely achieve “two maintenances”, and deeply understand and grasp the rich connotation and practice of the spirit of the 20th National Congress of the Communist Party of China. It is required to strengthen confidence, work with one heart and one mind, work hard and advance bravely, fully implement the spirit of the 20th National Congress of the Communist Party of China in Chongqing, and make contributions to building a modern socialist country in an all-round way and promoting the great rejuvenation of the Chinese nation in an all-round way.

Deputy Secretary of the Municipal Party Committee and Mayor Hu Henghua conveyed the spirit of the 20th Party Congress at the meeting. Zhang Xuan, Director of the Standing Committee of the Municipal People’s Congress, Wang Jiong, Chairman of the CPPCC, Li Mingqing, Deputy Secretary of the Municipal Party Committee and Secretary of the Political and Legal Committee, Member of the Standing Committee of the Municipal Party Committee, other municipal leaders and old comrades attended the meeting.

In his speech, Chen Miner pointed out that the 20th National Congress of the Communist Party of China is a very important meeting held at a critical moment when the whole party and the people of all ethnic groups are embarking on a new journey to build a modern socialist country in an all-round way and marching towards the goal of the second century of struggle. General Assembly. The report of the 20th National Congress of the Communist Party of China is a political manifesto aimed at raising the flag, a theoretical masterpiece of upholding integrity and innovation, an answer to the era of carrying forward the past and opening up the future, and a program of action that seeks truth and is pragmatic. The 1st Plenary Session of the 20th CPC Central Committee produced a new leadership of the Central Committee. Comrade Xi Jinping was appointed as General Secretary of the CPC Central Committee and Chairman of the Central Military Commission. A group of comrades who made great contributions to the cause of the Party and the country resigned from the leadership positions of the Party Central Committee. A group of leading cadres with both ability and political integrity, youthful strength and rich experience have entered the new Central Committee and the Central Leading Body. The election results fully reflect the common will of the whole party, fully reflect the common aspiration of hundreds of millions of people, and fully demonstrate that our party is vigorous, prosperous, and vigorous. On the way forward, under the strong leadership of the CPC Central Committee with Comrade Xi Jinping at its core, and under the scientific guidance of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, the entire Party and the people of all ethnic groups in the country will be inspired to forge ahead with determination and courage, and strive to write a new era. A more splendid chapter of socialism with Chinese characteristics of the times.

Chen Miner emphasized that in the new era, the complex situation, the severe struggle, and the arduous task of reform, development and stability faced by our party and the country are rare in the world and rare in history. The core position of the party has established the guiding position of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era. Only then can the party effectively solve the prominent contradictions and problems that affect the party’s long-term governance, the long-term stability of the country, and the happiness and well-being of the people, and fundamentally ensure the realization of the great rejuvenation of the Chinese nation. into an irreversible historical process. The “two establishments” are the major political achievements of the party in the new era, the decisive factor for the party and the country to achieve historic achievements and historic changes, and the greatest certainty to overcome all difficulties and obstacles and deal with all uncertainties. , maximum confidence, maximum guarantee. We must deeply comprehend the decisive significance of the “two establishments”, more consciously safeguard Comrade Xi Jinping as the core of the Party Central Committee and the core position of the whole party, and more consciously safeguard the authority and centralized and unified leadership of the Party Central Committee with Comrade Xi Jinping as the core, and fully implement the Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era is unswervingly consistent with the Party Central Committee with Comrade Xi Jinping at its core.

Chen Miner pointed out that the spiritual connotation of the 20th National Congress of the Communist Party of China is very rich. It is necessary to deeply understand and grasp the great significance of the past 5 years of work and the 10 years of great changes in the new era. And the people handed over a new excellent answer sheet. Deeply understand and grasp the world outlook and methodology of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, earnestly implement it in all aspects of practical work, and continuously improve the theoretical level of Marxism. In-depth understanding and grasp of the mission and task of promoting the great rejuvenation of the Chinese nation with Chinese-style modernization, solidly handle their own affairs, and strive to write a new chapter in Chongqing’s comprehensive construction of socialist modernization. Deeply understand and grasp the important requirements of leading the great social revolution with the great self-revolution, deeply promote the new great project of party building in the new era, and continue to create a good political ecology. Deeply comprehend and grasp the requirements of the era of unity and struggle, think in one place, make efforts in one place, step by step, put the major decisions and arrangements made at the 20th National Congress of the Communist Party into action and see results.

Chen Miner pointed out that studying, publicizing and implementing the spirit of the 20th National Congress of the Communist Party of China is the primary political task at present and in the future. All departments at all levels in the city should strengthen leadership and meticulous organization, and rapidly rise to the upsurge of learning, publicizing and implementing the spirit of the 20th National Congress of the Communist Party of China. It is necessary to do a good job in learning and training. The theoretical study center groups of party committees (party groups) at all levels should take the spirit of the 20th National Congress of the Communist Party as the main learning content for the current and future period, and leading cadres at all levels should learn one step first and one level deeper. It is necessary to carry out extensive publicity activities, and promote the spirit of the 20th National Congress of the Communist Party of China to enter enterprises, rural areas, institutions, campuses, communities, military camps, and networks, so as to be well-known and deeply rooted in the hearts of the people. It is necessary to vigorously strengthen news publicity, do a good job in thematic reports, do a good job in interpretation and interpretation, and create a good atmosphere. It is necessary to carry out the implementation in accordance with the actual situation, pay more attention to planning one area from the overall situation, and serve the overall situation with one area, and transform the various strategic deployments made by the 20th National Congress of the Communist Party of China into the starting point of each work in Chongqing.

Chen Miner emphasized that we must study and implement the spirit of the 20th National Congress of the Communist Party of China as the driving force, fully implement the requirements of preventing the epidemic, stabilizing the economy, and developing security, and go all out to do the current work. It is necessary to do a good job in epidemic prevention and control without slackening, resolutely and decisively handle the existing epidemic situation, strengthen the health management of people returning to Chongqing in key areas, strengthen social prevention and control, and firmly hold the bottom line of preventing large-scale epidemics from occurring. It is necessary to focus on promoting the sustained and stable recovery of the economy, strengthen the scheduling of economic operations, make every effort to focus on enterprises in key industries, make solid efforts to stabilize investment in projects, continue to promote the recovery of consumption, and ensure the stable growth of foreign trade and foreign investment. It is necessary to do a solid job in ensuring and improving people’s livelihood, promote the employment of key groups, consolidate and expand the achievements of poverty alleviation, ensure the supply and price of important livelihood commodities, and ensure the basic life of urban and rural people in difficulty. It is necessary to make every effort to maintain the stability of the overall social situation, strengthen the prevention and control of social security, carry out in-depth investigation and resolution of potential safety risks, and resolutely prevent the occurrence of major accidents. It is necessary to focus on promoting the comprehensive and strict governance of the party to achieve new results, adhere to a strict tone to strengthen upright conduct and discipline, thoroughly implement the spirit of the eight central regulations, and promote the integration of those who dare not, cannot, and do not want to be corrupt, and further inspire the vast number of cadres and officials in the city to start their own businesses. positivity, initiative and creativity.

On the same day, Chen Miner presided over an enlarged meeting of the Standing Committee of the Municipal Party Committee to convey the study and implementation of the relevant documents of the 20th National Congress of the Communist Party of China and the spirit of the 1st Plenary Session of the 20th Central Committee and the Seventh Plenary Session of the 19th Central Committee.

The meeting was held in the form of a video teleconference. Responsible comrades from various municipal departments and units attended the meeting at the main venue. Sub-venues will be set up in various districts and counties, Liangjiang New District, Chongqing High-tech Zone, and Wansheng Economic Development Zone.', '{"id":"s004","hash":"ed4e57468caa5ae53645136e8fbe45cc","published":"2022-10-24","people":[{"name":"Chen Miner","titles":["Secretary of the Municipal Party Committee"],"title_spans":[[[290,332]]],"spans":[[278,288],[1632,1642],[3595,3605],[5225,5235],[6621,6631],[8299,8309],[10438,10448]]},{"name":"Xi Jinping","titles":["General Secretary of the CPC Central Committee","Chairman of the Central Military Commission"],"title_spans":[[[2472,2518]],[[2523,2566]]],"spans":[[487,497],[2444,2454],[3214,3224],[3275,3285],[3889,3899],[4780,4790],[5004,5014],[5052,5062],[5200,5210],[5625,5635]]},{"name":"Hu Henghua","titles":["Deputy Secretary of the Municipal Party Committee","Mayor"],"title_spans":[[[1117,1166]],[[1171,1176]]],"spans":[[1177,1187]]},{"name":"Zhang Xuan","titles":["Director of the Standing Committee of the Municipal People’s Congress"],"title_spans":[[[1263,1334]]],"spans":[[1251,1261]]},{"name":"Wang Jiong","titles":["Chairman of the CPPCC"],"title_spans":[[[1348,1369]]],"spans":[[1336,1346]]},{"name":"Li Mingqing","titles":["Deputy Secretary of the Municipal Party Committee","Secretary of the Political and Legal Committee","Member of the Standing Committee of the Municipal Party Committee"],"title_spans":[[[1384,1433]],[[1438,1484]],[[1486,1551]]],"spans":[[1371,1382]]}],"events":[{"date":"2022-10-24","date_partial":null,"host":"municipal party committee","place":"Chongqing","level":"provincial","type":"leading cadres meeting","format":null,"size":null,"duration":null,"subject":"20th National Congress","presided":["Chen Miner"],"spoke":["Chen Miner","Hu Henghua"],"attended":["Zhang Xuan","Wang Jiong","Li Mingqing"],"spans":{"event":[1,277],"date":[[20,30]],"host":[[36,61]],"place":[[943,952]],"level":[[36,61]],"type":[[69,94]],"subject":[[144,166]],"presided":[[[278,288]]],"spoke":[[[278,288]],[[1177,1187]]],"attended":[[[1251,1261]],[[1336,1346]],[[1371,1382]]]}},{"date":"2022-10-24","date_partial":null,"host":"Standing Committee of the Municipal Party Committee","place":"Chongqing","level":"provincial","type":"standing committee meeting","format":"video conference; main venue and sub-venues","size":null,"duration":null,"subject":"20th National Congress","presided":["Chen Miner"],"spoke":[],"attended":[],"spans":{"event":[10421,10803],"date":[[10421,10803]],"host":[[10490,10541]],"place":[[943,952]],"level":[[10490,10541]],"type":[[10475,10508]],"format":[[10843,10863]],"subject":[[10614,10636]],"presided":[[[10438,10448]]],"spoke":[],"attended":[]}}],"formulations":[{"label":"Two Establishments","zh":"两个确立","pinyin":"liang ge que li","forms":["two establishments"],"cue":"quoted","count":3,"spans":[[533,551],[4323,4341],[4722,4740]]},{"label":"two upholds","zh":"两个维护","pinyin":"liang ge wei hu","forms":["two maintenances"],"cue":"quoted","count":1,"spans":[[581,597]]},{"label":"building a modern socialist country in all respects","zh":"全面建设社会主义现代化国家","pinyin":"quan mian jian she she hui zhu yi xian dai hua guo jia","forms":["building a modern socialist country in an all-round way","build a modern socialist country in an all-round way"],"cue":"lexicon","count":2,"spans":[[980,1035],[1864,1916]]},{"label":"great rejuvenation of the Chinese nation","zh":"中华民族伟大复兴","pinyin":"zhong hua min zu wei da fu xing","forms":["great rejuvenation of the Chinese nation"],"cue":"lexicon","count":3,"spans":[[1054,1094],[4233,4273],[5891,5931]]},{"label":"second centenary goal","zh":"第二个百年奋斗目标","pinyin":"di er ge bai nian fen dou mu biao","forms":["goal of the second century of struggle"],"cue":"numbered","count":1,"spans":[[1942,1980]]},{"label":"upholding fundamental principles and breaking new ground","zh":"守正创新","pinyin":"shou zheng chuang xin","forms":["upholding integrity and innovation"],"cue":"lexicon","count":1,"spans":[[2154,2188]]},{"label":"Party''s leadership","zh":"党的领导","pinyin":"dang de ling dao","forms":["leadership of the CPC"],"cue":"lexicon","count":1,"spans":[[3161,3182]]},{"label":"Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era","zh":"习近平新时代中国特色社会主义思想","pinyin":"xi jin ping xin shi dai zhong guo te se she hui zhu yi si xiang","forms":["Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era"],"cue":"lexicon","count":4,"spans":[[3275,3349],[3889,3963],[5052,5126],[5625,5699]]},{"label":"new era","zh":"新时代","pinyin":"xin shi dai","forms":["new era"],"cue":"lexicon","count":5,"spans":[[3505,3512],[3629,3636],[4402,4409],[5494,5501],[6294,6301]]},{"label":"socialism with Chinese characteristics","zh":"中国特色社会主义","pinyin":"zhong guo te se she hui zhu yi","forms":["socialism with Chinese characteristics"],"cue":"lexicon","count":1,"spans":[[3541,3579]]},{"label":"centralized, unified leadership of the Party Central Committee","zh":"党中央集中统一领导","pinyin":"dang zhong yang ji zhong tong yi ling dao","forms":["centralized and unified leadership of the Party Central Committee"],"cue":"lexicon","count":1,"spans":[[4925,4990]]},{"label":"Chinese modernization","zh":"中国式现代化","pinyin":"zhong guo shi xian dai hua","forms":["Chinese-style modernization"],"cue":"lexicon","count":1,"spans":[[5937,5964]]},{"label":"Party''s self-reform","zh":"党的自我革命","pinyin":"dang de zi wo ge ming","forms":["self-revolution"],"cue":"lexicon","count":1,"spans":[[6215,6230]]},{"label":"new great project of Party building","zh":"党的建设新的伟大工程","pinyin":"dang de jian she xin de wei da gong cheng","forms":["new great project of party building"],"cue":"lexicon","count":1,"spans":[[6251,6286]]},{"label":"political ecology","zh":"政治生态","pinyin":"zheng zhi sheng tai","forms":["political ecology"],"cue":"lexicon","count":1,"spans":[[6333,6350]]},{"label":"primary political task","zh":"首要政治任务","pinyin":"shou yao zheng zhi ren wu","forms":["primary political task"],"cue":"lexicon","count":1,"spans":[[6768,6790]]},{"label":"full and rigorous self-governance of the Party","zh":"全面从严治党","pinyin":"quan mian cong yan zhi dang","forms":["comprehensive and strict governance of the party"],"cue":"lexicon","count":1,"spans":[[9979,10027]]},{"label":"eight-point rules","zh":"中央八项规定","pinyin":"zhong yang ba xiang gui ding","forms":["eight central regulations"],"cue":"numbered","count":1,"spans":[[10161,10186]]},{"label":"not dare, not able, not want to be corrupt","zh":"三不腐","pinyin":"san bu fu","forms":["dare not, cannot, and do not want to be corrupt"],"cue":"lexicon","count":1,"spans":[[10229,10276]]}]}', '2026-12-07T11:37:48Z', NULL, NULL);


--
-- Data for Name: event_clusters; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events (id, doc_id, ord, date, date_partial, host, place, province, level, type, format, size, duration, subject, span_start, span_end, presided, spoke, attended) VALUES (1, 1, 0, '2017-10-26', NULL, 'State Encryption Administration', NULL, NULL, 'central', 'theory study center group session', NULL, 'more than 40 people', NULL, '19th National Congress', 337, 1083, 'Li Zhaozong', NULL, 0);
INSERT INTO public.events (id, doc_id, ord, date, date_partial, host, place, province, level, type, format, size, duration, subject, span_start, span_end, presided, spoke, attended) VALUES (2, 2, 0, NULL, '--11-29', 'Party Committee of the Ministry of National Security', NULL, NULL, 'central', 'training class', 'video conference', NULL, 'five days', '20th National Congress', 0, 438, NULL, 'Chen Yixin', 0);
INSERT INTO public.events (id, doc_id, ord, date, date_partial, host, place, province, level, type, format, size, duration, subject, span_start, span_end, presided, spoke, attended) VALUES (3, 3, 0, NULL, '--10-25', 'Organization Department of the Municipal Party Committee', 'Jiaxing', 'Zhejiang', 'prefectural', 'enlarged meeting', NULL, NULL, NULL, '20th National Congress', 223, 453, 'Yan Hairong', 'Yan Hairong', 0);
INSERT INTO public.events (id, doc_id, ord, date, date_partial, host, place, province, level, type, format, size, duration, subject, span_start, span_end, presided, spoke, attended) VALUES (4, 4, 0, '2022-11-24', NULL, NULL, 'Heilongjiang', 'Heilongjiang', 'provincial', 'seminar', 'online and offline', NULL, 'five days', '20th National Congress', 492, 743, 'Hu Changsheng', 'Xu Qin', 2);
INSERT INTO public.events (id, doc_id, ord, date, date_partial, host, place, province, level, type, format, size, duration, subject, span_start, span_end, presided, spoke, attended) VALUES (5, 5, 0, '2022-10-24', NULL, 'municipal party committee', 'Chongqing', 'Chongqing', 'provincial', 'leading cadres meeting', NULL, NULL, NULL, '20th National Congress', 1, 277, 'Chen Miner', 'Chen Miner, Hu Henghua', 3);
INSERT INTO public.events (id, doc_id, ord, date, date_partial, host, place, province, level, type, format, size, duration, subject, span_start, span_end, presided, spoke, attended) VALUES (6, 5, 1, '2022-10-24', NULL, 'Standing Committee of the Municipal Party Committee', 'Chongqing', 'Chongqing', 'provincial', 'standing committee meeting', 'video conference; main venue and sub-venues', NULL, NULL, '20th National Congress', 10421, 10803, 'Chen Miner', NULL, 0);


--
-- Data for Name: formulation_months; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (1, '*', 2, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (1, '2017-10', 2, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (2, '', 2, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (2, '*', 7, 4, '2017-10-26', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (2, '2017-10', 3, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (2, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (2, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (3, '', 16, 2, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (3, '*', 26, 5, '2017-10-26', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (3, '2017-10', 4, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (3, '2022-10', 5, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (3, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (4, '', 2, 2, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (4, '*', 9, 5, '2017-10-26', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (4, '2017-10', 2, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (4, '2022-10', 4, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (4, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (5, '*', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (5, '2017-10', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (6, '*', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (6, '2017-10', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (7, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (7, '*', 4, 4, '2017-10-26', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (7, '2017-10', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (7, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (7, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (8, '*', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (8, '2017-10', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (9, '*', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (9, '2017-10', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (10, '*', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (10, '2017-10', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (11, '*', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (11, '2017-10', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (12, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (12, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (13, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (13, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (14, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (14, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (15, '', 2, 2, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (15, '*', 6, 4, '2022-10-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (15, '2022-10', 3, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (15, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (16, '', 2, 2, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (16, '*', 4, 4, '2022-10-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (16, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (16, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (17, '', 2, 2, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (17, '*', 3, 3, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (17, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (18, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (18, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (19, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (19, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (20, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (20, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (21, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (21, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (22, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (22, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (23, '', 2, 2, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (23, '*', 5, 4, '2022-10-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (23, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (23, '2022-11', 2, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (24, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (24, '*', 2, 2, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (24, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (25, '', 4, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (25, '*', 9, 3, '2022-10-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (25, '2022-10', 3, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (25, '2022-11', 2, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (26, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (26, '*', 4, 3, '2022-10-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (26, '2022-10', 2, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (26, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (27, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (27, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (28, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (28, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (29, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (29, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (30, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (30, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (31, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (31, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (32, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (32, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (33, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (33, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (34, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (34, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (35, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (35, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (36, '*', 2, 2, '2022-10-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (36, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (36, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (37, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (37, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (38, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (38, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (39, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (39, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (40, '*', 2, 2, '2022-10-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (40, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (40, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (41, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (41, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (42, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (42, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (43, '*', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (43, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (44, '*', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (44, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (45, '*', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (45, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (46, '*', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (46, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (47, '*', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (47, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (48, '*', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (48, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (49, '*', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (49, '2022-10', 1, 1, '2022-10-24', '2022-10-24');


--
-- Data for Name: formulation_uses; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (1, 1, 2, 'building a moderately prosperous society in all respects', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (2, 1, 3, 'socialism with Chinese characteristics', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (2, 3, 2, 'socialism with Chinese characteristics', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (2, 4, 1, 'socialism with Chinese characteristics', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (2, 5, 1, 'socialism with Chinese characteristics', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (3, 1, 4, 'new era', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (3, 2, 14, 'new era', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (3, 3, 2, 'new era', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (3, 4, 1, 'new era', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (3, 5, 5, 'new era', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (4, 1, 2, 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era | Xi Jinping''s thought on socialism with Chinese characteristics for a new era', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (4, 2, 1, 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (4, 3, 1, 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (4, 4, 1, 'Xi Jinping’s socialist thought with Chinese characteristics in the new era', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (4, 5, 4, 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (5, 1, 1, 'third historic leap', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (6, 1, 1, 'Marxism Leninism', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (7, 1, 1, 'primary political task', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (7, 3, 1, 'primary political task', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (7, 4, 1, 'primary political task', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (7, 5, 1, 'primary political task', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (8, 1, 1, 'four always', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (9, 1, 1, 'original intention', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (10, 1, 1, 'political construction', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (11, 1, 1, 'loyal, clean and responsible', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (12, 2, 1, 'nine profound understandings', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (13, 2, 1, 'seven focuses', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (14, 2, 1, 'four requirements', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (15, 2, 1, 'two to establish', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (15, 3, 1, 'two establishments', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (15, 4, 1, 'two establishments', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (15, 5, 3, 'two establishments', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (16, 2, 1, 'two to maintain', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (16, 3, 1, 'two maintenance', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (16, 4, 1, 'two maintenances', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (16, 5, 1, 'two maintenances', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (17, 2, 1, 'high-quality development', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (17, 3, 1, 'high-quality development', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (17, 4, 1, 'High-quality development', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (18, 2, 1, 'people’s supremacy', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (19, 2, 1, 'greatest country', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (20, 2, 1, 'systematic concept', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (21, 2, 1, 'overall national security concept', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (22, 2, 1, 'problem orientation', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (23, 2, 1, 'self-revolution', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (23, 3, 1, 'self-revolution', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (23, 4, 2, 'self-revolution', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (23, 5, 1, 'self-revolution', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (24, 3, 1, 'second centenary goal', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (24, 5, 1, 'goal of the second century of struggle', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (25, 3, 4, 'great rejuvenation of the Chinese nation | national rejuvenation', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (25, 4, 2, 'great rejuvenation of the Chinese nation', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (25, 5, 3, 'great rejuvenation of the Chinese nation', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (26, 3, 1, 'building a modern socialist country in an all-round way', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (26, 4, 1, 'comprehensively build a socialist modern country', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (26, 5, 2, 'building a modern socialist country in an all-round way | build a modern socialist country in an all-round way', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (27, 3, 1, 'Eighth Eighth Strategy', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (28, 3, 1, 'double responsibility', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (29, 4, 1, 'revitalization of Northeast China', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (30, 4, 1, 'political judgment', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (31, 4, 1, 'political comprehension', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (32, 4, 1, 'two combinations', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (33, 4, 1, 'six must adhere to', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (34, 4, 1, 'eight revitalization', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (35, 4, 1, 'six Longjiang', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (36, 4, 1, 'Chinese-style modernization', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (36, 5, 1, 'Chinese-style modernization', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (37, 4, 1, 'powerful modern socialist country', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (38, 4, 1, 'reform and opening up', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (39, 4, 1, 'five major security', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (40, 4, 1, 'comprehensively and strictly governing the party', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (40, 5, 1, 'comprehensive and strict governance of the party', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (41, 4, 1, 'three musts', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (42, 4, 1, 'big country', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (43, 5, 1, 'upholding integrity and innovation', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (44, 5, 1, 'leadership of the CPC', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (45, 5, 1, 'centralized and unified leadership of the Party Central Committee', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (46, 5, 1, 'new great project of party building', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (47, 5, 1, 'political ecology', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (48, 5, 1, 'eight central regulations', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (49, 5, 1, 'dare not, cannot, and do not want to be corrupt', '2022-10-24', 'Chongqing');


--
-- Data for Name: formulations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (1, 'zh:全面建成小康社会', '全面建成小康社会', 'quan mian jian cheng xiao kang she hui', 'building a moderately prosperous society in all respects');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (2, 'zh:中国特色社会主义', '中国特色社会主义', 'zhong guo te se she hui zhu yi', 'socialism with Chinese characteristics');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (3, 'zh:新时代', '新时代', 'xin shi dai', 'new era');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (4, 'zh:习近平新时代中国特色社会主义思想', '习近平新时代中国特色社会主义思想', 'xi jin ping xin shi dai zhong guo te se she hui zhu yi si xiang', 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (5, 'zh:第三次历史性飞跃', '第三次历史性飞跃', 'di san ci li shi xing fei yue', 'third historic leap');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (6, 'zh:马克思列宁主义', '马克思列宁主义', 'ma ke si lie ning zhu yi', 'Marxism-Leninism');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (7, 'zh:首要政治任务', '首要政治任务', 'shou yao zheng zhi ren wu', 'primary political task');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (8, 'zh:四个始终', '四个始终', 'si ge shi zhong', 'four always');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (9, 'zh:初心', '初心', 'chu xin', 'original aspiration');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (10, 'zh:政治建设', '政治建设', 'zheng zhi jian she', 'political building');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (11, 'zh:忠诚干净担当', '忠诚干净担当', 'zhong cheng gan jing dan dang', 'loyal, clean and responsible');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (12, 'zh:九个深刻理解', '九个深刻理解', 'jiu ge shen ke li jie', 'nine profound understandings');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (13, 'zh:七个聚焦', '七个聚焦', 'qi ge ju jiao', 'seven focuses');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (14, 'zh:四个要求', '四个要求', 'si ge yao qiu', 'four requirements');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (15, 'zh:两个确立', '两个确立', 'liang ge que li', 'Two Establishments');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (16, 'zh:两个维护', '两个维护', 'liang ge wei hu', 'two upholds');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (17, 'zh:高质量发展', '高质量发展', 'gao zhi liang fa zhan', 'high-quality development');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (18, 'zh:人民至上', '人民至上', 'ren min zhi shang', 'putting the people first');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (19, 'en:greatest country', NULL, NULL, 'greatest country');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (20, 'zh:系统观念', '系统观念', 'xi tong guan nian', 'systems thinking');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (21, 'zh:总体国家安全观', '总体国家安全观', 'zong ti guo jia an quan guan', 'holistic approach to national security');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (22, 'zh:问题导向', '问题导向', 'wen ti dao xiang', 'problem orientation');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (23, 'zh:党的自我革命', '党的自我革命', 'dang de zi wo ge ming', 'Party''s self-reform');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (24, 'zh:第二个百年奋斗目标', '第二个百年奋斗目标', 'di er ge bai nian fen dou mu biao', 'second centenary goal');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (25, 'zh:中华民族伟大复兴', '中华民族伟大复兴', 'zhong hua min zu wei da fu xing', 'great rejuvenation of the Chinese nation');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (26, 'zh:全面建设社会主义现代化国家', '全面建设社会主义现代化国家', 'quan mian jian she she hui zhu yi xian dai hua guo jia', 'building a modern socialist country in all respects');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (27, 'zh:八八战略', '八八战略', 'ba ba zhan lve', 'Double Eight Strategy');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (28, 'zh:两个责任', '两个责任', 'liang ge ze ren', 'two responsibilities');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (29, 'zh:东北全面振兴', '东北全面振兴', 'dong bei quan mian zhen xing', 'comprehensive revitalization of Northeast China');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (30, 'zh:政治判断力', '政治判断力', 'zheng zhi pan duan li', 'capacity for political judgment');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (31, 'zh:政治领悟力', '政治领悟力', 'zheng zhi ling wu li', 'capacity for political understanding');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (32, 'zh:两个结合', '两个结合', 'liang ge jie he', 'two integrations');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (33, 'zh:六个必须坚持', '六个必须坚持', 'liu ge bi xu jian chi', 'six musts');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (34, 'en:eight revitalization', NULL, NULL, 'eight revitalization');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (35, 'zh:六个龙江', '六个龙江', 'liu ge long jiang', 'six Longjiangs');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (36, 'zh:中国式现代化', '中国式现代化', 'zhong guo shi xian dai hua', 'Chinese modernization');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (37, 'zh:社会主义现代化强国', '社会主义现代化强国', 'she hui zhu yi xian dai hua qiang guo', 'great modern socialist country');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (38, 'zh:改革开放', '改革开放', 'gai ge kai fang', 'reform and opening up');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (39, 'zh:五大安全', '五大安全', 'wu da an quan', 'five major security');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (40, 'zh:全面从严治党', '全面从严治党', 'quan mian cong yan zhi dang', 'full and rigorous self-governance of the Party');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (41, 'zh:三个务必', '三个务必', 'san ge wu bi', 'three musts');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (42, 'en:big country', NULL, NULL, 'big country');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (43, 'zh:守正创新', '守正创新', 'shou zheng chuang xin', 'upholding fundamental principles and breaking new ground');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (44, 'zh:党的领导', '党的领导', 'dang de ling dao', 'Party''s leadership');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (45, 'zh:党中央集中统一领导', '党中央集中统一领导', 'dang zhong yang ji zhong tong yi ling dao', 'centralized, unified leadership of the Party Central Committee');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (46, 'zh:党的建设新的伟大工程', '党的建设新的伟大工程', 'dang de jian she xin de wei da gong cheng', 'new great project of Party building');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (47, 'zh:政治生态', '政治生态', 'zheng zhi sheng tai', 'political ecology');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (48, 'zh:中央八项规定', '中央八项规定', 'zhong yang ba xiang gui ding', 'eight-point rules');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (49, 'zh:三不腐', '三不腐', 'san bu fu', 'not dare, not able, not want to be corrupt');


--
-- Data for Name: meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meta (key, value) VALUES ('schema', '1');
INSERT INTO public.meta (key, value) VALUES ('people', '2');


--
-- Data for Name: person_careers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (1, 1, '2017-10-26', '2022-11-24', 3);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (1, 2, '2017-10-26', '2022-10-24', 2);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (3, 3, NULL, NULL, 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (3, 4, NULL, NULL, 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (3, 5, NULL, NULL, 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (4, 6, NULL, NULL, 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (4, 7, NULL, NULL, 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (5, 8, '2022-11-24', '2022-11-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (5, 9, '2022-11-24', '2022-11-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (6, 10, '2022-11-24', '2022-11-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (6, 11, '2022-11-24', '2022-11-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (9, 12, '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (10, 13, '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (10, 14, '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (11, 15, '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (12, 16, '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (13, 13, '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (13, 17, '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_careers (person_id, post_id, first_date, last_date, documents) VALUES (13, 18, '2022-10-24', '2022-10-24', 1);


--
-- Data for Name: person_docs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (1, 1, 'Xi Jinping', 9, '2017-10-26', 'central');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (1, 2, 'Xi Jinping', 1, NULL, NULL);
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (1, 3, 'Xi Jinping', 1, NULL, 'Zhejiang?');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (1, 4, 'Xi Jinping', 3, '2022-11-24', 'central');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (1, 5, 'Xi Jinping', 10, '2022-10-24', 'central');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (2, 1, 'Li Zhaozong', 1, '2017-10-26', NULL);
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (3, 2, 'Chen Yixin', 1, NULL, 'central');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (4, 3, 'Yan Hairong', 1, NULL, 'Zhejiang/Jiaxing');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (5, 4, 'Xu Qin', 4, '2022-11-24', 'Heilongjiang');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (6, 4, 'Hu Changsheng', 2, '2022-11-24', 'Heilongjiang');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (7, 4, 'Huang Jiansheng', 2, '2022-11-24', 'Heilongjiang?');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (8, 4, 'Wang Zhijun', 2, '2022-11-24', 'Heilongjiang?');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (9, 5, 'Chen Miner', 7, '2022-10-24', 'Chongqing');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (10, 5, 'Hu Henghua', 1, '2022-10-24', 'Chongqing');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (11, 5, 'Zhang Xuan', 1, '2022-10-24', 'Chongqing');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (12, 5, 'Wang Jiong', 1, '2022-10-24', 'Chongqing');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date, facet) VALUES (13, 5, 'Li Mingqing', 1, '2022-10-24', 'Chongqing');


--
-- Data for Name: person_facets; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (1, 'Zhejiang?', NULL, NULL, 0, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (1, 'central', '2017-10-26', '2022-11-24', 3, 3);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (3, 'central', NULL, NULL, 0, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (4, 'Zhejiang/Jiaxing', NULL, NULL, 0, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (5, 'Heilongjiang', '2022-11-24', '2022-11-24', 1, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (6, 'Heilongjiang', '2022-11-24', '2022-11-24', 1, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (7, 'Heilongjiang?', '2022-11-24', '2022-11-24', 1, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (8, 'Heilongjiang?', '2022-11-24', '2022-11-24', 1, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (9, 'Chongqing', '2022-10-24', '2022-10-24', 1, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (10, 'Chongqing', '2022-10-24', '2022-10-24', 1, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (11, 'Chongqing', '2022-10-24', '2022-10-24', 1, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (12, 'Chongqing', '2022-10-24', '2022-10-24', 1, 1);
INSERT INTO public.person_facets (person_id, facet, first_date, last_date, dated, documents) VALUES (13, 'Chongqing', '2022-10-24', '2022-10-24', 1, 1);


--
-- Data for Name: person_overrides; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: person_posts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (1, 'Chairman of the Central Military Commission', '2017-10-26', '2022-10-24', 2);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (1, 'General Secretary', '2022-11-24', '2022-11-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (1, 'General Secretary of the CPC Central Committee', '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (1, 'General Secretary of the Central Committee', '2017-10-26', '2017-10-26', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (3, 'Minister of the Ministry of National Security', NULL, NULL, 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (3, 'Secretary of the Party Committee of the Ministry of National Security', NULL, NULL, 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (3, 'Secretary-General of the Central Political and Legal Affairs Commission', NULL, NULL, 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (4, 'Member of the Standing Committee of the Municipal Party Committee', NULL, NULL, 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (4, 'Minister of Organization', NULL, NULL, 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (5, 'Director of the Standing Committee of the Provincial People’s Congress', '2022-11-24', '2022-11-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (5, 'Secretary of the Provincial Party Committee', '2022-11-24', '2022-11-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (6, 'Deputy Secretary of the Provincial Party Committee', '2022-11-24', '2022-11-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (6, 'Governor', '2022-11-24', '2022-11-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (9, 'Secretary of the Municipal Party Committee', '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (10, 'Deputy Secretary of the Municipal Party Committee', '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (10, 'Mayor', '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (11, 'Director of the Standing Committee of the Municipal People’s Congress', '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (12, 'Chairman of the CPPCC', '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (13, 'Deputy Secretary of the Municipal Party Committee', '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (13, 'Member of the Standing Committee of the Municipal Party Committee', '2022-10-24', '2022-10-24', 1);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (13, 'Secretary of the Political and Legal Committee', '2022-10-24', '2022-10-24', 1);


--
-- Data for Name: person_titles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (1, 1, 'General Secretary of the Central Committee', '2017-10-26', 2638, 2680, 1);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (1, 1, 'Chairman of the Central Military Commission', '2017-10-26', 2685, 2728, 2);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (1, 5, 'General Secretary of the CPC Central Committee', '2022-10-24', 2472, 2518, 1);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (1, 5, 'Chairman of the Central Military Commission', '2022-10-24', 2523, 2566, 2);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (1, 4, 'General Secretary', '2022-11-24', 3290, 3307, 1);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (3, 2, 'Secretary-General of the Central Political and Legal Affairs Commission', NULL, 451, 522, 3);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (3, 2, 'Secretary of the Party Committee of the Ministry of National Security', NULL, 524, 606, 4);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (3, 2, 'Minister of the Ministry of National Security', NULL, 538, 606, 5);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (4, 3, 'Member of the Standing Committee of the Municipal Party Committee', NULL, 467, 532, 6);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (4, 3, 'Minister of Organization', NULL, 537, 561, 7);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (5, 4, 'Secretary of the Provincial Party Committee', '2022-11-24', 752, 795, 8);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (5, 4, 'Director of the Standing Committee of the Provincial People’s Congress', '2022-11-24', 800, 872, 9);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (6, 4, 'Deputy Secretary of the Provincial Party Committee', '2022-11-24', 1400, 1450, 10);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (6, 4, 'Governor', '2022-11-24', 1455, 1463, 11);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (9, 5, 'Secretary of the Municipal Party Committee', '2022-10-24', 290, 332, 12);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (10, 5, 'Deputy Secretary of the Municipal Party Committee', '2022-10-24', 1117, 1166, 13);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (10, 5, 'Mayor', '2022-10-24', 1171, 1176, 14);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (11, 5, 'Director of the Standing Committee of the Municipal People’s Congress', '2022-10-24', 1263, 1334, 15);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (12, 5, 'Chairman of the CPPCC', '2022-10-24', 1348, 1369, 16);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (13, 5, 'Deputy Secretary of the Municipal Party Committee', '2022-10-24', 1384, 1433, 13);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (13, 5, 'Secretary of the Political and Legal Committee', '2022-10-24', 1438, 1484, 17);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end, post_id) VALUES (13, 5, 'Member of the Standing Committee of the Municipal Party Committee', '2022-10-24', 1486, 1551, 18);


--
-- Data for Name: persons; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (1, 'Xi Jinping', 'xijinping', 'central', 24, 5, '2017-10-26', '2022-11-24');
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (2, 'Li Zhaozong', 'lizhaozong', NULL, 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (3, 'Chen Yixin', 'chenyixin', 'central', 1, 1, NULL, NULL);
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (4, 'Yan Hairong', 'yanhairong', 'Zhejiang', 1, 1, NULL, NULL);
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (5, 'Xu Qin', 'xuqin', 'Heilongjiang', 4, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (6, 'Hu Changsheng', 'huchangsheng', 'Heilongjiang', 2, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (7, 'Huang Jiansheng', 'huangjiansheng', NULL, 2, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (8, 'Wang Zhijun', 'wangzhijun', NULL, 2, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (9, 'Chen Miner', 'chenminer', 'Chongqing', 7, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (10, 'Hu Henghua', 'huhenghua', 'Chongqing', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (11, 'Zhang Xuan', 'zhangxuan', 'Chongqing', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (12, 'Wang Jiong', 'wangjiong', 'Chongqing', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.persons (id, name, name_key, region, mentions, documents, first_date, last_date) VALUES (13, 'Li Mingqing', 'limingqing', 'Chongqing', 1, 1, '2022-10-24', '2022-10-24');


--
-- Data for Name: posts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (1, 'general secretary|central||', 'general secretary', 'general secretary', 'central committee', NULL, 'central', NULL, NULL, 'party', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (2, 'cmc chairman|central||', 'cmc chairman', 'chairman', 'central military commission', NULL, 'central', NULL, NULL, 'state', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (3, 'secretary-general of central political and legal affairs commission|central||', 'secretary-general of central political and legal affairs commission', 'secretary-general', NULL, 'central political and legal affairs commission', 'central', NULL, NULL, NULL, 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (4, 'secretary of party committee of ministry of national security|central||', 'secretary of party committee of ministry of national security', 'secretary', 'party committee', 'party committee of ministry of national security', 'central', NULL, NULL, 'party', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (5, 'minister of ministry of national security|central||', 'minister of ministry of national security', 'minister', NULL, 'ministry of national security', 'central', NULL, NULL, NULL, 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (6, 'municipal standing committee member|prefectural|Jiaxing|Zhejiang', 'municipal standing committee member', 'standing committee member', 'party committee', NULL, 'prefectural', 'Jiaxing', 'Zhejiang', 'party', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (7, 'municipal organization department head|prefectural|Jiaxing|Zhejiang', 'municipal organization department head', 'minister', 'organization department', NULL, 'prefectural', 'Jiaxing', 'Zhejiang', 'party', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (8, 'provincial party secretary|provincial|Heilongjiang|Heilongjiang', 'provincial party secretary', 'secretary', 'party committee', NULL, 'provincial', 'Heilongjiang', 'Heilongjiang', 'party', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (9, 'provincial people''s congress chairman|provincial|Heilongjiang|Heilongjiang', 'provincial people''s congress chairman', 'director', 'people''s congress standing committee', NULL, 'provincial', 'Heilongjiang', 'Heilongjiang', 'state', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (10, 'deputy provincial party secretary|provincial|Heilongjiang|Heilongjiang', 'deputy provincial party secretary', 'deputy secretary', 'party committee', NULL, 'provincial', 'Heilongjiang', 'Heilongjiang', 'party', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (11, 'governor|provincial|Heilongjiang|Heilongjiang', 'governor', 'governor', 'people''s government', NULL, 'provincial', 'Heilongjiang', 'Heilongjiang', 'state', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (12, 'provincial party secretary|provincial|Chongqing|Chongqing', 'provincial party secretary', 'secretary', 'party committee', NULL, 'provincial', 'Chongqing', 'Chongqing', 'party', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (13, 'deputy provincial party secretary|provincial|Chongqing|Chongqing', 'deputy provincial party secretary', 'deputy secretary', 'party committee', NULL, 'provincial', 'Chongqing', 'Chongqing', 'party', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (14, 'mayor|provincial|Chongqing|Chongqing', 'mayor', 'mayor', 'people''s government', NULL, 'provincial', 'Chongqing', 'Chongqing', 'state', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (15, 'provincial people''s congress chairman|provincial|Chongqing|Chongqing', 'provincial people''s congress chairman', 'director', 'people''s congress standing committee', NULL, 'provincial', 'Chongqing', 'Chongqing', 'state', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (16, 'provincial cppcc chairman|provincial|Chongqing|Chongqing', 'provincial cppcc chairman', 'chairman', 'cppcc committee', NULL, 'provincial', 'Chongqing', 'Chongqing', NULL, 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (17, 'provincial political and legal affairs secretary|provincial|Chongqing|Chongqing', 'provincial political and legal affairs secretary', 'secretary', 'political and legal affairs commission', NULL, 'provincial', 'Chongqing', 'Chongqing', 'party', 0, 0);
INSERT INTO public.posts (id, key, name, rank, body, organization, level, place, province, side, concurrent, former) VALUES (18, 'provincial standing committee member|provincial|Chongqing|Chongqing', 'provincial standing committee member', 'standing committee member', 'party committee', NULL, 'provincial', 'Chongqing', 'Chongqing', 'party', 0, 0);


--
-- Data for Name: reuse_clusters; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reuse_docs; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reuse_pairs; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reuse_passages; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reuse_reference_docs; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reuse_reference_passages; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reuse_references; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reuse_runs; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (1, 2, 'presided', 0, '2017-10-26');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (2, 3, 'spoke', 0, NULL);
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (3, 4, 'presided', 0, NULL);
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (3, 4, 'spoke', 0, NULL);
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (4, 6, 'presided', 0, '2022-11-24');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (4, 5, 'spoke', 0, '2022-11-24');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (4, 7, 'attended', 0, '2022-11-24');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (4, 8, 'attended', 1, '2022-11-24');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (5, 9, 'presided', 0, '2022-10-24');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (5, 9, 'spoke', 0, '2022-10-24');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (5, 10, 'spoke', 1, '2022-10-24');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (5, 11, 'attended', 0, '2022-10-24');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (5, 12, 'attended', 1, '2022-10-24');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (5, 13, 'attended', 2, '2022-10-24');
INSERT INTO public.roles (event_id, person_id, role, "position", date) VALUES (6, 9, 'presided', 0, '2022-10-24');


--
-- Name: documents_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.documents_id_seq', 5, true);


--
-- Name: events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_id_seq', 6, true);


--
-- Name: formulations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.formulations_id_seq', 49, true);


--
-- Name: persons_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.persons_id_seq', 13, true);


--
-- Name: posts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.posts_id_seq', 18, true);


--
-- Name: reuse_references_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reuse_references_id_seq', 1, false);


--
-- Name: reuse_runs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reuse_runs_id_seq', 1, false);


--
-- Name: documents documents_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_hash_key UNIQUE (hash);


--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);


--
-- Name: event_clusters event_clusters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_clusters
    ADD CONSTRAINT event_clusters_pkey PRIMARY KEY (event_id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: formulation_months formulation_months_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.formulation_months
    ADD CONSTRAINT formulation_months_pkey PRIMARY KEY (formulation_id, month);


--
-- Name: formulation_uses formulation_uses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.formulation_uses
    ADD CONSTRAINT formulation_uses_pkey PRIMARY KEY (formulation_id, doc_id);


--
-- Name: formulations formulations_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.formulations
    ADD CONSTRAINT formulations_key_key UNIQUE (key);


--
-- Name: formulations formulations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.formulations
    ADD CONSTRAINT formulations_pkey PRIMARY KEY (id);


--
-- Name: meta meta_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meta
    ADD CONSTRAINT meta_pkey PRIMARY KEY (key);


--
-- Name: person_careers person_careers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_careers
    ADD CONSTRAINT person_careers_pkey PRIMARY KEY (person_id, post_id);


--
-- Name: person_docs person_docs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_docs
    ADD CONSTRAINT person_docs_pkey PRIMARY KEY (person_id, doc_id);


--
-- Name: person_facets person_facets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_facets
    ADD CONSTRAINT person_facets_pkey PRIMARY KEY (person_id, facet);


--
-- Name: person_overrides person_overrides_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_overrides
    ADD CONSTRAINT person_overrides_pkey PRIMARY KEY (ord);


--
-- Name: person_posts person_posts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_posts
    ADD CONSTRAINT person_posts_pkey PRIMARY KEY (person_id, title);


--
-- Name: persons persons_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.persons
    ADD CONSTRAINT persons_pkey PRIMARY KEY (id);


--
-- Name: posts posts_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_key_key UNIQUE (key);


--
-- Name: posts posts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);


--
-- Name: reuse_clusters reuse_clusters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_clusters
    ADD CONSTRAINT reuse_clusters_pkey PRIMARY KEY (doc_id);


--
-- Name: reuse_docs reuse_docs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_docs
    ADD CONSTRAINT reuse_docs_pkey PRIMARY KEY (doc_id);


--
-- Name: reuse_pairs reuse_pairs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_pairs
    ADD CONSTRAINT reuse_pairs_pkey PRIMARY KEY (source_doc, target_doc);


--
-- Name: reuse_passages reuse_passages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_passages
    ADD CONSTRAINT reuse_passages_pkey PRIMARY KEY (source_doc, target_doc, ord);


--
-- Name: reuse_reference_docs reuse_reference_docs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_reference_docs
    ADD CONSTRAINT reuse_reference_docs_pkey PRIMARY KEY (reference_id, doc_id);


--
-- Name: reuse_reference_passages reuse_reference_passages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_reference_passages
    ADD CONSTRAINT reuse_reference_passages_pkey PRIMARY KEY (reference_id, doc_id, ord);


--
-- Name: reuse_references reuse_references_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_references
    ADD CONSTRAINT reuse_references_hash_key UNIQUE (hash);


--
-- Name: reuse_references reuse_references_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_references
    ADD CONSTRAINT reuse_references_pkey PRIMARY KEY (id);


--
-- Name: reuse_runs reuse_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_runs
    ADD CONSTRAINT reuse_runs_pkey PRIMARY KEY (id);


--
-- Name: roles roles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_pkey PRIMARY KEY (event_id, person_id, role);


--
-- Name: documents_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_date ON public.documents USING btree (date);


--
-- Name: documents_ext; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_ext ON public.documents USING btree (ext_id);


--
-- Name: documents_id_ext_url; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_id_ext_url ON public.documents USING btree (id, ext_id, url);


--
-- Name: documents_place_ci; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_place_ci ON public.documents USING btree (lower(place));


--
-- Name: documents_province_ci; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_province_ci ON public.documents USING btree (lower(province));


--
-- Name: documents_tsv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_tsv ON public.documents USING gin (text_tsv);


--
-- Name: events_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_date ON public.events USING btree (date);


--
-- Name: events_doc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_doc ON public.events USING btree (doc_id);


--
-- Name: events_level_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_level_date ON public.events USING btree (level, date);


--
-- Name: events_place_ci; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_place_ci ON public.events USING btree (lower(place));


--
-- Name: events_province_ci; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_province_ci ON public.events USING btree (lower(province));


--
-- Name: events_subject_level; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_subject_level ON public.events USING btree (subject, level, date);


--
-- Name: formulation_months_month; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX formulation_months_month ON public.formulation_months USING btree (month, uses);


--
-- Name: formulation_uses_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX formulation_uses_date ON public.formulation_uses USING btree (date);


--
-- Name: person_careers_post; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_careers_post ON public.person_careers USING btree (post_id);


--
-- Name: person_docs_doc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_docs_doc ON public.person_docs USING btree (doc_id);


--
-- Name: person_titles_doc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_titles_doc ON public.person_titles USING btree (doc_id);


--
-- Name: person_titles_title; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_titles_title ON public.person_titles USING btree (title);


--
-- Name: persons_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX persons_name_key ON public.persons USING btree (name_key);


--
-- Name: posts_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX posts_name ON public.posts USING btree (lower(name), level, place);


--
-- Name: reuse_clusters_cluster; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reuse_clusters_cluster ON public.reuse_clusters USING btree (cluster_id);


--
-- Name: reuse_pairs_target; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reuse_pairs_target ON public.reuse_pairs USING btree (target_doc);


--
-- Name: roles_event_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX roles_event_role ON public.roles USING btree (event_id, role, "position", person_id);


--
-- Name: roles_person_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX roles_person_date ON public.roles USING btree (person_id, date, event_id, role, "position");


--
-- Name: event_clusters event_clusters_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_clusters
    ADD CONSTRAINT event_clusters_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: events events_doc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_doc_id_fkey FOREIGN KEY (doc_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: formulation_months formulation_months_formulation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.formulation_months
    ADD CONSTRAINT formulation_months_formulation_id_fkey FOREIGN KEY (formulation_id) REFERENCES public.formulations(id);


--
-- Name: formulation_uses formulation_uses_doc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.formulation_uses
    ADD CONSTRAINT formulation_uses_doc_id_fkey FOREIGN KEY (doc_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: formulation_uses formulation_uses_formulation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.formulation_uses
    ADD CONSTRAINT formulation_uses_formulation_id_fkey FOREIGN KEY (formulation_id) REFERENCES public.formulations(id);


--
-- Name: person_careers person_careers_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_careers
    ADD CONSTRAINT person_careers_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.persons(id);


--
-- Name: person_careers person_careers_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_careers
    ADD CONSTRAINT person_careers_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts(id);


--
-- Name: person_docs person_docs_doc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_docs
    ADD CONSTRAINT person_docs_doc_id_fkey FOREIGN KEY (doc_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: person_docs person_docs_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_docs
    ADD CONSTRAINT person_docs_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.persons(id);


--
-- Name: person_facets person_facets_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_facets
    ADD CONSTRAINT person_facets_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.persons(id);


--
-- Name: person_posts person_posts_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_posts
    ADD CONSTRAINT person_posts_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.persons(id);


--
-- Name: person_titles person_titles_doc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_titles
    ADD CONSTRAINT person_titles_doc_id_fkey FOREIGN KEY (doc_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: person_titles person_titles_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_titles
    ADD CONSTRAINT person_titles_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.persons(id);


--
-- Name: reuse_clusters reuse_clusters_doc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_clusters
    ADD CONSTRAINT reuse_clusters_doc_id_fkey FOREIGN KEY (doc_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: reuse_docs reuse_docs_doc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_docs
    ADD CONSTRAINT reuse_docs_doc_id_fkey FOREIGN KEY (doc_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: reuse_pairs reuse_pairs_source_doc_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_pairs
    ADD CONSTRAINT reuse_pairs_source_doc_fkey FOREIGN KEY (source_doc) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: reuse_pairs reuse_pairs_target_doc_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_pairs
    ADD CONSTRAINT reuse_pairs_target_doc_fkey FOREIGN KEY (target_doc) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: reuse_passages reuse_passages_source_doc_target_doc_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_passages
    ADD CONSTRAINT reuse_passages_source_doc_target_doc_fkey FOREIGN KEY (source_doc, target_doc) REFERENCES public.reuse_pairs(source_doc, target_doc) ON DELETE CASCADE;


--
-- Name: reuse_reference_docs reuse_reference_docs_doc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_reference_docs
    ADD CONSTRAINT reuse_reference_docs_doc_id_fkey FOREIGN KEY (doc_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: reuse_reference_docs reuse_reference_docs_reference_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_reference_docs
    ADD CONSTRAINT reuse_reference_docs_reference_id_fkey FOREIGN KEY (reference_id) REFERENCES public.reuse_references(id) ON DELETE CASCADE;


--
-- Name: reuse_reference_passages reuse_reference_passages_reference_id_doc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reuse_reference_passages
    ADD CONSTRAINT reuse_reference_passages_reference_id_doc_id_fkey FOREIGN KEY (reference_id, doc_id) REFERENCES public.reuse_reference_docs(reference_id, doc_id) ON DELETE CASCADE;


--
-- Name: roles roles_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: roles roles_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.persons(id);


--
-- PostgreSQL database dump complete
--

\unrestrict Mk9YQCdiRCsY998FCB3UloJ55UkKg2uKBeQvG0Zc79a5i7KVpd56lEizdzYFcnU

