-- A database made by readout's schema version 5 (see dump_release.sh), as pg_dump
-- wrote it: schema and rows of samples/.
--
-- PostgreSQL database dump
--

\restrict 56y4v3cvOQDzrYF8BahLsfVhwRdRyMRQSzcEJ3C2kAiDo2n57A01HP8XPU1pt1O

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
-- Name: person_docs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_docs (
    person_id bigint NOT NULL,
    doc_id bigint NOT NULL,
    name text NOT NULL,
    mentions integer NOT NULL,
    date text
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
    span_end integer
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
-- Data for Name: documents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.documents (id, ext_id, hash, origin, published, date, place, province, level, text, record, ingested_at) VALUES (1, 's000', '6867d02dcf5a716814f70d314f2fc61b', '/work/wt-schema/tests/store/migrations/../../../samples/s000.txt', '2017-10-26', '2017-10-26', NULL, NULL, 'central', 'Information exchange

The State Encryption Administration conveys and studies the spirit of the 19th National Congress of the Communist Party of China and the First Plenary Session of the 19th Central Committee of the Communist Party of China

Date of issue: 2017-10-26 Source: State Password Administration
[Font: large in Small Print

On October 26, the State Encryption Administration organized a (enlarged) meeting of the Theory Center Group to collectively study the press release of the 19th National Congress of the Communist Party of China, the communiqu é of the first plenary session of the 19th Central Committee of the Communist Party of China, and the important speech of General Secretary Xi Jinping when the Standing Committee of the Political Bureau of the 19th Central Committee of the Communist Party of China met with Chinese and foreign journalists, The comrades present at the meeting talked about their experiences and experiences closely around the study of the spirit of the 19th National Congress and the First Plenary Session of the 19th Central Committee. The meeting was presided over by Comrade Li Zhaozong, and more than 40 people attended the meeting, including the leadership of the Bureau, members of the Director General''s Office, bureau level cadres, members of the Party Committee, and members of the Commission for Discipline Inspection.

It is believed that the 19th National Congress of the Communist Party of China (CPC) is a very important conference held at the decisive stage of building a moderately prosperous society in all respects and at a critical time when socialism with Chinese characteristics enters a new era. The wonderful report of General Secretary Xi Jinping, with lofty position, distinctive theme, rich connotation and profound thoughts, shines with the great glory of Marxist truth throughout, and is the political declaration and action program of our party to unite and lead the people of all ethnic groups to win the great victory of socialism with Chinese characteristics in the new era. The Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, which was clearly put forward in the report of the 19th National Congress of the Communist Party of China, is the third historic leap in the combination of Marxism Leninism and China''s reality. It is the guiding principle that our Party must adhere to for a long time and never waver. It will lead us from victory to new victory.

It is believed that a new central collective leadership was elected at the First Plenary Session of the 19th CPC Central Committee. The re-election of Comrade Xi Jinping as General Secretary of the Central Committee and Chairman of the Central Military Commission is the aspiration of the Party and the people. General Secretary Xi Jinping deserves to be a great and wise leader, a leading core of the whole Party, and the chief designer of reform, opening up and socialist modernization in the new era. Everyone unanimously expressed that they would firmly support the new central leadership, closely unite around the Party Central Committee with Comrade Xi Jinping at its core, and contribute wisdom to building a moderately prosperous society in all respects and winning the great victory of socialism with Chinese characteristics for a new era.

The meeting required that all units and Party organizations at all levels in the overall situation should take in-depth study and implementation of the spirit of the 19th National Congress of the Party as the primary political task, deeply understand the great significance and rich connotation of Xi Jinping''s thought on socialism with Chinese characteristics for a new era, more consciously integrate thoughts and actions into the spirit of the 19th National Congress, and earnestly achieve the "four always": always keep the right political direction, Take a clear stand to safeguard the authority of the Central Committee of the Party and the core position of General Secretary Xi Jinping, and resolutely keep abreast of the core, maintain the core, and serve the core; We should always keep in mind the glorious mission entrusted by history, never forget our original intention, forge ahead, and provide more high-quality and efficient services to the CPC Central Committee and General Secretary Xi Jinping; We should always maintain a state of energetic spirit, promote the continuous development of the party''s password cause, and provide strong support for accelerating the construction of an innovative country, safeguarding national security and fundamental interests; We should always give play to the leading role of the party building work, achieve the goal of political construction bureau, strengthening the bureau through reform, rejuvenating the bureau through science and technology, and governing the bureau according to regulations, comprehensively improve the political literacy and party spirit cultivation of cadres and workers, and create a loyal, clean and responsible password army.', '{"id":"s000","hash":"6867d02dcf5a716814f70d314f2fc61b","published":"2017-10-26","people":[{"name":"Xi Jinping","titles":["General Secretary","General Secretary of the Central Committee","Chairman of the Central Military Commission"],"title_spans":[[[686,703]],[[2638,2680]],[[2685,2728]]],"spans":[[704,714],[1707,1717],[2058,2068],[2624,2634],[2794,2804],[3121,3131],[3613,3623],[3997,4007],[4316,4326]]},{"name":"Li Zhaozong","titles":[],"title_spans":[],"spans":[[1125,1136]]}],"events":[{"date":"2017-10-26","date_partial":null,"host":"State Encryption Administration","place":null,"level":"central","type":"theory study center group session","format":null,"size":"more than 40 people","duration":null,"subject":"19th National Congress","presided":["Li Zhaozong"],"spoke":[],"attended":[],"spans":{"event":[337,1083],"date":[[340,350]],"host":[[356,387]],"level":[[356,387]],"type":[[426,445]],"size":[[1142,1161]],"subject":[[493,515]],"presided":[[[1125,1136]]],"spoke":[],"attended":[]}}],"formulations":[{"label":"third historic leap","zh":"第三次历史性飞跃","pinyin":"di san ci li shi xing fei yue","forms":["third historic leap"],"count":1,"spans":[[2248,2267]]},{"label":"four always","zh":"四个始终","pinyin":"si ge shi zhong","forms":["four always"],"count":1,"spans":[[3813,3824]]}]}', '2026-12-07T11:37:47Z');
INSERT INTO public.documents (id, ext_id, hash, origin, published, date, place, province, level, text, record, ingested_at) VALUES (2, 's001', '68707a5b2e26e2d4b4116d976447be71', '/work/wt-schema/tests/store/migrations/../../../samples/s001.txt', NULL, NULL, NULL, NULL, 'central', 'On November 29, the Party Committee of the Ministry of National Security held a centralized rotation training demonstration class on studying and implementing the spirit of the 20th National Congress of the Communist Party of China in the form of a video conference to guide all national security police officers to comprehensively study, grasp and fully implement the spirit of the 20th National Congress of the Communist Party of China. Chen Yixin, Secretary-General of the Central Political and Legal Affairs Commission, Secretary and Minister of the Party Committee of the Ministry of National Security, attended the opening ceremony and delivered the first lecture.
The meeting emphasized that national security agencies must conscientiously study and grasp the great significance, spiritual essence, rich connotation and practical requirements of the spirit of the 20th National Congress of the Communist Party of China, pay attention to the "nine profound understandings" in comprehensive study, and pay attention to comprehensive grasping. Pay attention to the "seven focuses" and pay attention to the "four requirements" in comprehensive implementation, truly achieve the unity of learning, thinking and application, and the unity of knowledge, belief and action, resolutely defend " two to establish ", resolutely achieve " two to maintain ", and promote the high-quality development of national security work in the new era.
The meeting emphasized that national security agencies must learn from 13 aspects and make good use of the worldview and methodology of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era contained in the report of the 20th National Congress of the Communist Party of China: Adhering to lofty ideals is the spiritual pillar of national security work in the new era and the foundation for party members and cadres to settle down and live; upholding loyalty to the party is the new era. The political soul of modern national security work is the party’s first political requirement for party members and cadres; adhering to people’s supremacy is the fundamental stance of national security work in the new era and the party’s greatest confidence in governing and rejuvenating the country; adhering to serving the overall situation is the task requirement of national security work in the new era and an important manifestation of having the “greatest country” in mind; adhering to stability and progress is the general tone of national security work in the new era and an important principle of the party’s governance; adhering to integrity and innovation is the core of national security in the new era. The ideological principles of national security work are a rich development of the party''s ideological line; adhering to the systematic concept is the ideological method of national security work in the new era and an important compliance with the comprehensive implementation of the overall national security concept; adhering to problem orientation is the source of living water for national security work in the new era and the focus of effectively preventing and resolving risks and hidden dangers; adhering to legal thinking is the legalization requirement of national security work in the new era and a powerful weapon in the struggle; adhering to scientific and technological support is the new era The key to success in modern national security work is to enhance the potential of national security agencies'' combat capabilities; persisting in fighting and fighting well is the spiritual character of national security work in the new era and a fine revolutionary tradition that should be vigorously promoted on the national security front; persisting in thinking about the world is the pattern and realm of national security work in the new era and the world vision that leading cadres should establish; insisting on self-revolution is a strong guarantee for national security work in the new era and an important magic weapon for forging the national security iron army.
A five-day centralized rotational training demonstration class for national security agencies to study and implement the spirit of the 20th National Congress of the Communist Party of China. Leading cadres at division level and above of national security agencies across the country participated in the first batch of centralized rotational training.', '{"id":"s001","hash":"68707a5b2e26e2d4b4116d976447be71","published":null,"people":[{"name":"Chen Yixin","titles":["Secretary-General of the Central Political and Legal Affairs Commission","Secretary of the Party Committee of the Ministry of National Security","Minister of the Ministry of National Security"],"title_spans":[[[451,522]],[[524,533],[547,606]],[[538,546],[573,606]]],"spans":[[439,449]]},{"name":"Xi Jinping","titles":[],"title_spans":[],"spans":[[1572,1582]]}],"events":[{"date":null,"date_partial":"--11-29","host":"Party Committee of the Ministry of National Security","place":null,"level":"central","type":"training class","format":"video conference","size":null,"duration":"five days","subject":"20th National Congress","presided":[],"spoke":["Chen Yixin"],"attended":[],"spans":{"event":[0,438],"date":[[3,14]],"host":[[20,72]],"level":[[20,72]],"type":[[92,109]],"format":[[249,265]],"duration":[[4057,4065]],"subject":[[177,199]],"presided":[],"spoke":[[[439,449]]],"attended":[]}}],"formulations":[{"label":"nine profound understandings","zh":"九个深刻理解","pinyin":"jiu ge shen ke li jie","forms":["nine profound understandings"],"count":1,"spans":[[949,977]]},{"label":"seven focuses","zh":"七个聚焦","pinyin":"qi ge ju jiao","forms":["seven focuses"],"count":1,"spans":[[1070,1083]]},{"label":"four requirements","zh":"四个要求","pinyin":"si ge yao qiu","forms":["four requirements"],"count":1,"spans":[[1111,1128]]},{"label":"two establishments","zh":"两个确立","pinyin":"liang ge que li","forms":["two to establish"],"count":1,"spans":[[1293,1309]]},{"label":"two maintenances","zh":"两个维护","pinyin":"liang ge wei hu","forms":["two to maintain"],"count":1,"spans":[[1334,1349]]},{"label":"greatest country","zh":"国之大者","pinyin":"guo zhi da zhe","forms":["greatest country"],"count":1,"spans":[[2407,2423]]}]}', '2026-12-07T11:37:47Z');
INSERT INTO public.documents (id, ext_id, hash, origin, published, date, place, province, level, text, record, ingested_at) VALUES (3, 's002', '1ffa947d3e8a3f3b2a598b9935344161', '/work/wt-schema/tests/store/migrations/../../../samples/s002.txt', NULL, NULL, 'Jiaxing', 'Zhejiang', 'prefectural', 'The Organization Department of the Municipal Party Committee held an enlarged meeting of ministries and commissions to convey, study and implement the spirit of the 20th National Congress of the Communist Party of China



On the morning of October 25, the Organization Department of the Municipal Party Committee held an enlarged meeting of ministries and commissions to convey and study the spirit of the 20th National Congress of the Communist Party. Yan Hairong, Member of the Standing Committee of the Municipal Party Committee and Minister of Organization, presided over the meeting and delivered a speech.

The meeting pointed out that the 20th National Congress of the Communist Party of China is a historic event held at a critical moment when the entire party and the people of all ethnic groups are embarking on a new journey to build a socialist modernized country in an all-round way and marching towards the second centenary goal, which is related to the party and the country. Continuing the past and opening up the future is related to the future and destiny of socialism with Chinese characteristics, and it is related to the great rejuvenation of the Chinese nation. It has great political, theoretical, strategic and practical significance, and has achieved fruitful political, theoretical, strategic, institutional and practical results.

The meeting emphasized that the decisions, arrangements and achievements made by the 20th National Congress of the Communist Party of China will definitely play a very important role in building a modern socialist country in an all-round way, promoting the great rejuvenation of the Chinese nation in an all-round way, and winning new victories of socialism with Chinese characteristics. Guidance and assurance role. It is necessary to deeply understand that the theme of the conference is the general program for the development of the party and the country; to deeply understand the great significance of the past five years of work and the 10 years of great changes in the new era; to deeply understand the world outlook and methodology of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era; The mission and task of modernizing modernization to promote the great rejuvenation of the Chinese nation; profoundly understand the systematic deployment of promoting the construction of a modern socialist country; profoundly understand the important requirements of leading the great social revolution with great self-revolution; powerful call.

The meeting emphasized that studying, publicizing and implementing the spirit of the 20th National Congress of the Communist Party of China is the primary political task at present and in the future. The city’s organizational system must closely meet the 20th anniversary of the implementation of the “Eighth Eighth Strategy”, consciously take the lead in learning and implementing and strengthening the “double responsibility” on the surface, quickly set off a wave of learning, publicity and implementation, and promote the implementation of the spirit of the 20th National Congress in Jiaxing. Bloom and bear fruit. To master the learning. Solidly promote the leadership of ministries and commissions, the active learning of cadres, the centralized learning of leading cadres, and the extensive learning of party members and cadres, to ensure that it is conveyed to every branch and every party member, and to promote the spirit of the 20th National Congress of the Communist Party of China. To innovate forms to grasp publicity. Timely organize representatives of the 20th National Congress of the Communist Party of China, leading cadres at all levels, etc., to go to the grassroots, enter the grid, and enter colleges and universities to carry out special lectures. Make good use of carriers such as Nanhu · Chuxin Lecture Hall, innovate the form that the masses love to hear, and tell the stories of the 20th National Congress, the Party, and Jiaxing. To be fully implemented. Compare item by item the new judgments and formulations on party building and organizational work in the report to the 20th National Congress of the Communist Party of China, make a comprehensive inventory, make every effort to sprint this year’s work goals, conduct in-depth research on a series of major topics, and systematically plan and implement organizational work in the future. The spirit of the 20th National Congress of the Communist Party of China is carried through to the whole process of work and reflected in all aspects.

The meeting demanded that, as the organization department where the red boat sailed, it should earnestly take on the important responsibilities of the times, unremittingly select cadres, gather talents, and grasp the grassroots. , and strive to promote the high-quality development of organizational work. Highlight the political soul, promote party organizations at all levels and the majority of party members and cadres to deeply understand the decisive meaning of the “two establishments”, and resolutely achieve the “two maintenance”; Consciousness and firmness; fully implement the standard of good cadres in the new era, and build a high-quality cadre team worthy of the important task of national rejuvenation; always adhere to the clear orientation of focusing on the grassroots, and continuously enhance the political and organizational functions of the party organization; in-depth implementation of the strategy of strengthening the city with talents , and continuously cultivate outstanding talents with patriotic dedication and innovation.

The members of the executive meeting of the Organization Department of the Municipal Party Committee and all the cadres of the organs participated.', '{"id":"s002","hash":"1ffa947d3e8a3f3b2a598b9935344161","published":null,"people":[{"name":"Yan Hairong","titles":["Member of the Standing Committee of the Municipal Party Committee","Minister of Organization"],"title_spans":[[[467,532]],[[537,561]]],"spans":[[454,465]]},{"name":"Xi Jinping","titles":[],"title_spans":[],"spans":[[2102,2112]]}],"events":[{"date":null,"date_partial":"--10-25","host":"Organization Department of the Municipal Party Committee","place":"Jiaxing","level":"prefectural","type":"enlarged meeting","format":null,"size":null,"duration":null,"subject":"20th National Congress","presided":["Yan Hairong"],"spoke":["Yan Hairong"],"attended":[],"spans":{"event":[223,453],"date":[[241,251]],"host":[[257,313]],"place":[[3124,3131]],"level":[[257,313]],"type":[[322,338]],"subject":[[407,429]],"presided":[[[454,465]]],"spoke":[[[454,465]]],"attended":[]}}],"formulations":[{"label":"second centenary goal","zh":"第二个百年奋斗目标","pinyin":"di er ge bai nian fen dou mu biao","forms":["second centenary goal"],"count":1,"spans":[[922,943]]},{"label":"eighth eighth strategy","zh":"八八战略","pinyin":"ba ba zhan lve","forms":["Eighth Eighth Strategy"],"count":1,"spans":[[2832,2854]]},{"label":"double responsibility","zh":"两个责任","pinyin":"liang ge ze ren","forms":["double responsibility"],"count":1,"spans":[[2939,2960]]},{"label":"two establishments","zh":"两个确立","pinyin":"liang ge que li","forms":["two establishments"],"count":1,"spans":[[5037,5055]]},{"label":"two maintenances","zh":"两个维护","pinyin":"liang ge wei hu","forms":["two maintenance"],"count":1,"spans":[[5090,5105]]}]}', '2026-12-07T11:37:47Z');
INSERT INTO public.documents (id, ext_id, hash, origin, published, date, place, province, level, text, record, ingested_at) VALUES (4, 's003', '01f448bcffd1a6a4d4e01fd077febc0d', '/work/wt-schema/tests/store/migrations/../../../samples/s003.txt', '2022-11-24', '2022-11-24', 'Heilongjiang', 'Heilongjiang', 'provincial', ' date 2022-11-24 Xu Qin emphasized at the opening ceremony of the seminar on studying and implementing the spirit of the 20th National Congress of the Communist Party of China for major leading cadres at the provincial management level

Comprehensive study and implementation of the spirit of the 20th National Congress of the Communist Party of China

Write a new chapter in Longjiang with new responsibilities and new actions

Hu Changsheng hosted Huang Jiansheng and Wang Zhijun attended

On November 24, a special seminar on studying and implementing the spirit of the 20th National Congress of the Communist Party of China was held at the Party School of the Provincial Party Committee for the main leading cadres at the provincial level. Xu Qin, Secretary of the Provincial Party Committee and Director of the Standing Committee of the Provincial People’s Congress, attended the opening ceremony and delivered a speech. He emphasized that it is necessary to comprehensively study, fully grasp, and fully implement the spirit of the 20th National Congress of the Communist Party of China, firmly support the “two establishments”, faithfully practice the “two maintenances”, and guide all tasks with Xi Jinping’s socialist ideology with Chinese characteristics in the new era. Strive to write a new chapter in the comprehensive construction of Longjiang, a modern socialist country.

Deputy Secretary of the Provincial Party Committee and Governor Hu Changsheng presided over the opening ceremony, Huang Jiansheng, Wang Zhijun and other provincial leaders attended.

Xu Qin pointed out that the 20th National Congress of the Communist Party of China is a milestone meeting in the history of the Party. It has pointed out the direction for the whole Party and the people of all ethnic groups in the country to comprehensively build a socialist modern country and comprehensively promote the great rejuvenation of the Chinese nation. It has established a guideline for action. Studying, propagating and implementing the spirit of the 20th National Congress of the Communist Party of China is the primary political task at present and in the future. It is related to the cause of the party and the country, the future and destiny of socialism with Chinese characteristics, the great rejuvenation of the Chinese nation, the revitalization of Northeast China and Heilongjiang. High-quality development. Leading cadres at all levels must learn one step first, learn one level deeper, deeply understand the historical logic, theoretical logic, and practical logic contained in the spirit of the 20th National Congress of the Communist Party of China, accurately grasp the core essentials, enrich the connotation, and practical requirements, and earnestly achieve what they have learned. Enlightenment, gain from learning, and success from learning, lead the province to study, publicize and implement the spirit of the 20th National Congress of the Communist Party of China to go deep and solid.

Xu Qin emphasized that it is necessary to learn the political character of being absolutely loyal to the core, and to resolutely safeguard the core of the Party Central Committee and the core position of the entire party as the greatest politics and the greatest overall situation of General Secretary Xi Jinping, and constantly improve political judgment, political comprehension, and political integrity. Execution ability, fully implement the spirit of the 20th National Congress of the Communist Party of China, and demonstrate loyalty and responsibility with the results of Longjiang revitalization and development. It is necessary to learn the firm consciousness armed with scientific theories, adhere to the “two combinations”, grasp the “six must adhere to”, deeply understand the world outlook and methodology of Xi Jinping’s socialist thought with Chinese characteristics in the new era, and use it more consciously to guide practice and promote work , Transform the party’s innovative theory into a powerful force to promote comprehensive revitalization. It is necessary to learn the forging strength to shoulder the mission and task, focus on the central task of the party, anchor the future development goals, solidly promote the “eight revitalization”, accelerate the construction of “six Longjiang”, and use the practice of Chinese-style modernization in Longjiang as a comprehensive Make greater contributions to building a powerful modern socialist country. It is necessary to learn the self-confidence and responsibility to promote the revival of a strong country, benchmark the various strategic deployments of the 20th National Congress of the Communist Party of China, give full play to our province’s advantages in science and education, industry, resources, ecology, and location, and accelerate the construction of a high-level scientific and technological innovation system. Modernize the industrial system, accelerate reform and opening up, resolutely shoulder the major political responsibility of maintaining the country’s “five major security”, accelerate development, demonstrate performance, and achieve new breakthroughs in serving the national strategy. We must learn the sobriety and persistence to be brave in self-revolution, lead the great social revolution with great self-revolution, adhere to the principle of strictness unwaveringly, make solid progress in comprehensively and strictly governing the party, persevere in upright discipline and anti-corruption, and strive to build a diligent and honest Longjiang. We must learn the spiritual motivation to unite and struggle together, keep in mind the “three musts”, be concerned about the “big country”, give full play to the party’s leadership and political advantages, unite and gather the strength of all parties, pool the wisdom of all parties, achieve great things with struggle, and strive for success with hard work. win the future.

This special seminar lasted for five days, and adopted a combination of online and offline methods, and the main leading cadres at the provincial management and department levels participated. (Reporter Li Guoyu photographed by Shao Guoliang)

(Editors in charge: Yu Yang, Li Zhongshuang)', '{"id":"s003","hash":"01f448bcffd1a6a4d4e01fd077febc0d","published":"2022-11-24","people":[{"name":"Xu Qin","titles":["Secretary of the Provincial Party Committee","Director of the Standing Committee of the Provincial People’s Congress"],"title_spans":[[[752,795]],[[800,872]]],"spans":[[17,23],[744,750],[1583,1589],[3006,3012]]},{"name":"Hu Changsheng","titles":["Deputy Secretary of the Provincial Party Committee","Governor"],"title_spans":[[[1400,1450]],[[1455,1463]]],"spans":[[429,442],[1464,1477]]},{"name":"Huang Jiansheng","titles":[],"title_spans":[],"spans":[[450,465],[1514,1529]]},{"name":"Wang Zhijun","titles":[],"title_spans":[],"spans":[[470,481],[1531,1542]]},{"name":"Xi Jinping","titles":["General Secretary"],"title_spans":[[[3290,3307]]],"spans":[[1214,1224],[3308,3318],[3836,3846]]}],"events":[{"date":"2022-11-24","date_partial":null,"host":null,"place":"Heilongjiang","level":"provincial","type":"seminar","format":"online and offline","size":null,"duration":"five days","subject":"20th National Congress","presided":["Hu Changsheng"],"spoke":["Xu Qin"],"attended":["Huang Jiansheng","Wang Zhijun"],"spans":{"event":[492,743],"date":[[495,506]],"place":[[376,385]],"level":[[492,743]],"type":[[510,525]],"format":[[6033,6066]],"duration":[[6008,6017]],"subject":[[573,595]],"presided":[[[429,442]]],"spoke":[[[17,23]]],"attended":[[[450,465]],[[470,481]]]}}],"formulations":[{"label":"two establishments","zh":"两个确立","pinyin":"liang ge que li","forms":["two establishments"],"count":1,"spans":[[1118,1136]]},{"label":"two maintenances","zh":"两个维护","pinyin":"liang ge wei hu","forms":["two maintenances"],"count":1,"spans":[[1168,1184]]},{"label":"two combinations","zh":"两个结合","pinyin":"liang ge jie he","forms":["two combinations"],"count":1,"spans":[[3724,3740]]},{"label":"six must adhere to","zh":"六个必须坚持","pinyin":"liu ge bi xu jian chi","forms":["six must adhere to"],"count":1,"spans":[[3758,3776]]},{"label":"eight revitalization","zh":null,"pinyin":null,"forms":["eight revitalization"],"count":1,"spans":[[4264,4284]]},{"label":"six Longjiangs","zh":"六个龙江","pinyin":"liu ge long jiang","forms":["six Longjiang"],"count":1,"spans":[[4323,4336]]},{"label":"five major security","zh":"五大安全","pinyin":"wu da an quan","forms":["five major security"],"count":1,"spans":[[5084,5103]]},{"label":"three musts","zh":"三个务必","pinyin":"san ge wu bi","forms":["three musts"],"count":1,"spans":[[5679,5690]]},{"label":"big country","zh":null,"pinyin":null,"forms":["big country"],"count":1,"spans":[[5721,5732]]}]}', '2026-12-07T11:37:47Z');
INSERT INTO public.documents (id, ext_id, hash, origin, published, date, place, province, level, text, record, ingested_at) VALUES (5, 's004', 'ed4e57468caa5ae53645136e8fbe45cc', '/work/wt-schema/tests/store/migrations/../../../samples/s004.txt', '2022-10-24', '2022-10-24', 'Chongqing', 'Chongqing', 'provincial', ' date 2022-10-24 On October 24, the municipal party committee held a meeting of leading cadres in the city to convey the spirit of studying the 20th National Congress of the Communist Party of China, and arrange and deploy the city’s study, publicity and implementation work. Chen Miner, Secretary of the Municipal Party Committee, presided over the meeting and delivered a speech. He emphasized that it is necessary to unite more closely around the CPC Central Committee with Comrade Xi Jinping as the core, firmly support the “two establishments” and resolutely achieve “two maintenances”, and deeply understand and grasp the rich connotation and practice of the spirit of the 20th National Congress of the Communist Party of China. It is required to strengthen confidence, work with one heart and one mind, work hard and advance bravely, fully implement the spirit of the 20th National Congress of the Communist Party of China in Chongqing, and make contributions to building a modern socialist country in an all-round way and promoting the great rejuvenation of the Chinese nation in an all-round way.

Deputy Secretary of the Municipal Party Committee and Mayor Hu Henghua conveyed the spirit of the 20th Party Congress at the meeting. Zhang Xuan, Director of the Standing Committee of the Municipal People’s Congress, Wang Jiong, Chairman of the CPPCC, Li Mingqing, Deputy Secretary of the Municipal Party Committee and Secretary of the Political and Legal Committee, Member of the Standing Committee of the Municipal Party Committee, other municipal leaders and old comrades attended the meeting.

In his speech, Chen Miner pointed out that the 20th National Congress of the Communist Party of China is a very important meeting held at a critical moment when the whole party and the people of all ethnic groups are embarking on a new journey to build a modern socialist country in an all-round way and marching towards the goal of the second century of struggle. General Assembly. The report of the 20th National Congress of the Communist Party of China is a political manifesto aimed at raising the flag, a theoretical masterpiece of upholding integrity and innovation, an answer to the era of carrying forward the past and opening up the future, and a program of action that seeks truth and is pragmatic. The 1st Plenary Session of the 20th CPC Central Committee produced a new leadership of the Central Committee. Comrade Xi Jinping was appointed as General Secretary of the CPC Central Committee and Chairman of the Central Military Commission. A group of comrades who made great contributions to the cause of the Party and the country resigned from the leadership positions of the Party Central Committee. A group of leading cadres with both ability and political integrity, youthful strength and rich experience have entered the new Central Committee and the Central Leading Body. The election results fully reflect the common will of the whole party, fully reflect the common aspiration of hundreds of millions of people, and fully demonstrate that our party is vigorous, prosperous, and vigorous. On the way forward, under the strong leadership of the CPC Central Committee with Comrade Xi Jinping at its core, and under the scientific guidance of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, the entire Party and the people of all ethnic groups in the country will be inspired to forge ahead with determination and courage, and strive to write a new era. A more splendid chapter of socialism with Chinese characteristics of the times.

Chen Miner emphasized that in the new era, the complex situation, the severe struggle, and the arduous task of reform, development and stability faced by our party and the country are rare in the world and rare in history. The core position of the party has established the guiding position of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era. Only then can the party effectively solve the prominent contradictions and problems that affect the party’s long-term governance, the long-term stability of the country, and the happiness and well-being of the people, and fundamentally ensure the realization of the great rejuvenation of the Chinese nation. into an irreversible historical process. The “two establishments” are the major political achievements of the party in the new era, the decisive factor for the party and the country to achieve historic achievements and historic changes, and the greatest certainty to overcome all difficulties and obstacles and deal with all uncertainties. , maximum confidence, maximum guarantee. We must deeply comprehend the decisive significance of the “two establishments”, more consciously safeguard Comrade Xi Jinping as the core of the Party Central Committee and the core position of the whole party, and more consciously safeguard the authority and centralized and unified leadership of the Party Central Committee with Comrade Xi Jinping as the core, and fully implement the Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era is unswervingly consistent with the Party Central Committee with Comrade Xi Jinping at its core.

Chen Miner pointed out that the spiritual connotation of the 20th National Congress of the Communist Party of China is very rich. It is necessary to deeply understand and grasp the great significance of the past 5 years of work and the 10 years of great changes in the new era. And the people handed over a new excellent answer sheet. Deeply understand and grasp the world outlook and methodology of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, earnestly implement it in all aspects of practical work, and continuously improve the theoretical level of Marxism. In-depth understanding and grasp of the mission and task of promoting the great rejuvenation of the Chinese nation with Chinese-style modernization, solidly handle their own affairs, and strive to write a new chapter in Chongqing’s comprehensive construction of socialist modernization. Deeply understand and grasp the important requirements of leading the great social revolution with the great self-revolution, deeply promote the new great project of party building in the new era, and continue to create a good political ecology. Deeply comprehend and grasp the requirements of the era of unity and struggle, think in one place, make efforts in one place, step by step, put the major decisions and arrangements made at the 20th National Congress of the Communist Party into action and see results.

Chen Miner pointed out that studying, publicizing and implementing the spirit of the 20th National Congress of the Communist Party of China is the primary political task at present and in the future. All departments at all levels in the city should strengthen leadership and meticulous organization, and rapidly rise to the upsurge of learning, publicizing and implementing the spirit of the 20th National Congress of the Communist Party of China. It is necessary to do a good job in learning and training. The theoretical study center groups of party committees (party groups) at all levels should take the spirit of the 20th National Congress of the Communist Party as the main learning content for the current and future period, and leading cadres at all levels should learn one step first and one level deeper. It is necessary to carry out extensive publicity activities, and promote the spirit of the 20th National Congress of the Communist Party of China to enter enterprises, rural areas, institutions, campuses, communities, military camps, and networks, so as to be well-known and deeply rooted in the hearts of the people. It is necessary to vigorously strengthen news publicity, do a good job in thematic reports, do a good job in interpretation and interpretation, and create a good atmosphere. It is necessary to carry out the implementation in accordance with the actual situation, pay more attention to planning one area from the overall situation, and serve the overall situation with one area, and transform the various strategic deployments made by the 20th National Congress of the Communist Party of China into the starting point of each work in Chongqing.

Chen Miner emphasized that we must study and implement the spirit of the 20th National Congress of the Communist Party of China as the driving force, fully implement the requirements of preventing the epidemic, stabilizing the economy, and developing security, and go all out to do the current work. It is necessary to do a good job in epidemic prevention and control without slackening, resolutely and decisively handle the existing epidemic situation, strengthen the health management of people returning to Chongqing in key areas, strengthen social prevention and control, and firmly hold the bottom line of preventing large-scale epidemics from occurring. It is necessary to focus on promoting the sustained and stable recovery of the economy, strengthen the scheduling of economic operations, make every effort to focus on enterprises in key industries, make solid efforts to stabilize investment in projects, continue to promote the recovery of consumption, and ensure the stable growth of foreign trade and foreign investment. It is necessary to do a solid job in ensuring and improving people’s livelihood, promote the employment of key groups, consolidate and expand the achievements of poverty alleviation, ensure the supply and price of important livelihood commodities, and ensure the basic life of urban and rural people in difficulty. It is necessary to make every effort to maintain the stability of the overall social situation, strengthen the prevention and control of social security, carry out in-depth investigation and resolution of potential safety risks, and resolutely prevent the occurrence of major accidents. It is necessary to focus on promoting the comprehensive and strict governance of the party to achieve new results, adhere to a strict tone to strengthen upright conduct and discipline, thoroughly implement the spirit of the eight central regulations, and promote the integration of those who dare not, cannot, and do not want to be corrupt, and further inspire the vast number of cadres and officials in the city to start their own businesses. positivity, initiative and creativity.

On the same day, Chen Miner presided over an enlarged meeting of the Standing Committee of the Municipal Party Committee to convey the study and implementation of the relevant documents of the 20th National Congress of the Communist Party of China and the spirit of the 1st Plenary Session of the 20th Central Committee and the Seventh Plenary Session of the 19th Central Committee.

The meeting was held in the form of a video teleconference. Responsible comrades from various municipal departments and units attended the meeting at the main venue. Sub-venues will be set up in various districts and counties, Liangjiang New District, Chongqing High-tech Zone, and Wansheng Economic Development Zone.', '{"id":"s004","hash":"ed4e57468caa5ae53645136e8fbe45cc","published":"2022-10-24","people":[{"name":"Chen Miner","titles":["Secretary of the Municipal Party Committee"],"title_spans":[[[290,332]]],"spans":[[278,288],[1632,1642],[3595,3605],[5225,5235],[6621,6631],[8299,8309],[10438,10448]]},{"name":"Xi Jinping","titles":["General Secretary of the CPC Central Committee","Chairman of the Central Military Commission"],"title_spans":[[[2472,2518]],[[2523,2566]]],"spans":[[487,497],[2444,2454],[3214,3224],[3275,3285],[3889,3899],[4780,4790],[5004,5014],[5052,5062],[5200,5210],[5625,5635]]},{"name":"Hu Henghua","titles":["Deputy Secretary of the Municipal Party Committee","Mayor"],"title_spans":[[[1117,1166]],[[1171,1176]]],"spans":[[1177,1187]]},{"name":"Zhang Xuan","titles":["Director of the Standing Committee of the Municipal People’s Congress"],"title_spans":[[[1263,1334]]],"spans":[[1251,1261]]},{"name":"Wang Jiong","titles":["Chairman of the CPPCC"],"title_spans":[[[1348,1369]]],"spans":[[1336,1346]]},{"name":"Li Mingqing","titles":["Deputy Secretary of the Municipal Party Committee","Secretary of the Political and Legal Committee","Member of the Standing Committee of the Municipal Party Committee"],"title_spans":[[[1384,1433]],[[1438,1484]],[[1486,1551]]],"spans":[[1371,1382]]}],"events":[{"date":"2022-10-24","date_partial":null,"host":"municipal party committee","place":"Chongqing","level":"provincial","type":"leading cadres meeting","format":null,"size":null,"duration":null,"subject":"20th National Congress","presided":["Chen Miner"],"spoke":["Chen Miner","Hu Henghua"],"attended":["Zhang Xuan","Wang Jiong","Li Mingqing"],"spans":{"event":[1,277],"date":[[20,30]],"host":[[36,61]],"place":[[943,952]],"level":[[36,61]],"type":[[69,94]],"subject":[[144,166]],"presided":[[[278,288]]],"spoke":[[[278,288]],[[1177,1187]]],"attended":[[[1251,1261]],[[1336,1346]],[[1371,1382]]]}},{"date":"2022-10-24","date_partial":null,"host":"Standing Committee of the Municipal Party Committee","place":"Chongqing","level":"provincial","type":"standing committee meeting","format":"video conference; main venue and sub-venues","size":null,"duration":null,"subject":"20th National Congress","presided":["Chen Miner"],"spoke":[],"attended":[],"spans":{"event":[10421,10803],"date":[[10421,10803]],"host":[[10490,10541]],"place":[[943,952]],"level":[[10490,10541]],"type":[[10475,10508]],"format":[[10843,10863]],"subject":[[10614,10636]],"presided":[[[10438,10448]]],"spoke":[],"attended":[]}}],"formulations":[{"label":"two establishments","zh":"两个确立","pinyin":"liang ge que li","forms":["two establishments"],"count":3,"spans":[[533,551],[4323,4341],[4722,4740]]},{"label":"two maintenances","zh":"两个维护","pinyin":"liang ge wei hu","forms":["two maintenances"],"count":1,"spans":[[581,597]]},{"label":"second centenary goal","zh":"第二个百年奋斗目标","pinyin":"di er ge bai nian fen dou mu biao","forms":["goal of the second century of struggle"],"count":1,"spans":[[1942,1980]]},{"label":"eight central regulations","zh":"中央八项规定","pinyin":"zhong yang ba xiang gui ding","forms":["eight central regulations"],"count":1,"spans":[[10161,10186]]}]}', '2026-12-07T11:37:47Z');


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

INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (1, '*', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (1, '2017-10', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (2, '*', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (2, '2017-10', 1, 1, '2017-10-26', '2017-10-26');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (3, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (3, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (4, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (4, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (5, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (5, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (6, '', 2, 2, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (6, '*', 6, 4, '2022-10-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (6, '2022-10', 3, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (6, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (7, '', 2, 2, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (7, '*', 4, 4, '2022-10-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (7, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (7, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (8, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (8, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (9, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (9, '*', 2, 2, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (9, '2022-10', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (10, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (10, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (11, '', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (11, '*', 1, 1, NULL, NULL);
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (12, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (12, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (13, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (13, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (14, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (14, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (15, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (15, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (16, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (16, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (17, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (17, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (18, '*', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (18, '2022-11', 1, 1, '2022-11-24', '2022-11-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (19, '*', 1, 1, '2022-10-24', '2022-10-24');
INSERT INTO public.formulation_months (formulation_id, month, uses, documents, first_date, last_date) VALUES (19, '2022-10', 1, 1, '2022-10-24', '2022-10-24');


--
-- Data for Name: formulation_uses; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (1, 1, 1, 'third historic leap', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (2, 1, 1, 'four always', '2017-10-26', NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (3, 2, 1, 'nine profound understandings', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (4, 2, 1, 'seven focuses', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (5, 2, 1, 'four requirements', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (6, 2, 1, 'two to establish', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (6, 3, 1, 'two establishments', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (6, 4, 1, 'two establishments', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (6, 5, 3, 'two establishments', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (7, 2, 1, 'two to maintain', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (7, 3, 1, 'two maintenance', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (7, 4, 1, 'two maintenances', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (7, 5, 1, 'two maintenances', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (8, 2, 1, 'greatest country', NULL, NULL);
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (9, 3, 1, 'second centenary goal', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (9, 5, 1, 'goal of the second century of struggle', '2022-10-24', 'Chongqing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (10, 3, 1, 'Eighth Eighth Strategy', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (11, 3, 1, 'double responsibility', NULL, 'Jiaxing');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (12, 4, 1, 'two combinations', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (13, 4, 1, 'six must adhere to', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (14, 4, 1, 'eight revitalization', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (15, 4, 1, 'six Longjiang', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (16, 4, 1, 'five major security', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (17, 4, 1, 'three musts', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (18, 4, 1, 'big country', '2022-11-24', 'Heilongjiang');
INSERT INTO public.formulation_uses (formulation_id, doc_id, count, forms, date, place) VALUES (19, 5, 1, 'eight central regulations', '2022-10-24', 'Chongqing');


--
-- Data for Name: formulations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (1, 'zh:第三次历史性飞跃', '第三次历史性飞跃', 'di san ci li shi xing fei yue', 'third historic leap');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (2, 'zh:四个始终', '四个始终', 'si ge shi zhong', 'four always');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (3, 'zh:九个深刻理解', '九个深刻理解', 'jiu ge shen ke li jie', 'nine profound understandings');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (4, 'zh:七个聚焦', '七个聚焦', 'qi ge ju jiao', 'seven focuses');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (5, 'zh:四个要求', '四个要求', 'si ge yao qiu', 'four requirements');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (6, 'zh:两个确立', '两个确立', 'liang ge que li', 'two establishments');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (7, 'zh:两个维护', '两个维护', 'liang ge wei hu', 'two maintenances');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (8, 'zh:国之大者', '国之大者', 'guo zhi da zhe', 'greatest country');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (9, 'zh:第二个百年奋斗目标', '第二个百年奋斗目标', 'di er ge bai nian fen dou mu biao', 'second centenary goal');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (10, 'zh:八八战略', '八八战略', 'ba ba zhan lve', 'eighth eighth strategy');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (11, 'zh:两个责任', '两个责任', 'liang ge ze ren', 'double responsibility');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (12, 'zh:两个结合', '两个结合', 'liang ge jie he', 'two combinations');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (13, 'zh:六个必须坚持', '六个必须坚持', 'liu ge bi xu jian chi', 'six must adhere to');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (14, 'en:eight revitalization', NULL, NULL, 'eight revitalization');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (15, 'zh:六个龙江', '六个龙江', 'liu ge long jiang', 'six Longjiangs');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (16, 'zh:五大安全', '五大安全', 'wu da an quan', 'five major security');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (17, 'zh:三个务必', '三个务必', 'san ge wu bi', 'three musts');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (18, 'en:big country', NULL, NULL, 'big country');
INSERT INTO public.formulations (id, key, zh, pinyin, label) VALUES (19, 'zh:中央八项规定', '中央八项规定', 'zhong yang ba xiang gui ding', 'eight central regulations');


--
-- Data for Name: meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meta (key, value) VALUES ('schema', '1');


--
-- Data for Name: person_docs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (1, 1, 'Xi Jinping', 9, '2017-10-26');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (1, 2, 'Xi Jinping', 1, NULL);
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (1, 3, 'Xi Jinping', 1, NULL);
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (1, 4, 'Xi Jinping', 3, '2022-11-24');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (1, 5, 'Xi Jinping', 10, '2022-10-24');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (2, 1, 'Li Zhaozong', 1, '2017-10-26');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (3, 2, 'Chen Yixin', 1, NULL);
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (4, 3, 'Yan Hairong', 1, NULL);
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (5, 4, 'Xu Qin', 4, '2022-11-24');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (6, 4, 'Hu Changsheng', 2, '2022-11-24');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (7, 4, 'Huang Jiansheng', 2, '2022-11-24');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (8, 4, 'Wang Zhijun', 2, '2022-11-24');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (9, 5, 'Chen Miner', 7, '2022-10-24');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (10, 5, 'Hu Henghua', 1, '2022-10-24');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (11, 5, 'Zhang Xuan', 1, '2022-10-24');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (12, 5, 'Wang Jiong', 1, '2022-10-24');
INSERT INTO public.person_docs (person_id, doc_id, name, mentions, date) VALUES (13, 5, 'Li Mingqing', 1, '2022-10-24');


--
-- Data for Name: person_posts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (1, 'Chairman of the Central Military Commission', '2017-10-26', '2022-10-24', 2);
INSERT INTO public.person_posts (person_id, title, first_date, last_date, documents) VALUES (1, 'General Secretary', '2017-10-26', '2022-11-24', 2);
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

INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (1, 1, 'General Secretary', '2017-10-26', 686, 703);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (1, 1, 'General Secretary of the Central Committee', '2017-10-26', 2638, 2680);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (1, 1, 'Chairman of the Central Military Commission', '2017-10-26', 2685, 2728);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (1, 5, 'General Secretary of the CPC Central Committee', '2022-10-24', 2472, 2518);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (1, 5, 'Chairman of the Central Military Commission', '2022-10-24', 2523, 2566);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (1, 4, 'General Secretary', '2022-11-24', 3290, 3307);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (3, 2, 'Secretary-General of the Central Political and Legal Affairs Commission', NULL, 451, 522);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (3, 2, 'Secretary of the Party Committee of the Ministry of National Security', NULL, 524, 606);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (3, 2, 'Minister of the Ministry of National Security', NULL, 538, 606);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (4, 3, 'Member of the Standing Committee of the Municipal Party Committee', NULL, 467, 532);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (4, 3, 'Minister of Organization', NULL, 537, 561);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (5, 4, 'Secretary of the Provincial Party Committee', '2022-11-24', 752, 795);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (5, 4, 'Director of the Standing Committee of the Provincial People’s Congress', '2022-11-24', 800, 872);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (6, 4, 'Deputy Secretary of the Provincial Party Committee', '2022-11-24', 1400, 1450);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (6, 4, 'Governor', '2022-11-24', 1455, 1463);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (9, 5, 'Secretary of the Municipal Party Committee', '2022-10-24', 290, 332);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (10, 5, 'Deputy Secretary of the Municipal Party Committee', '2022-10-24', 1117, 1166);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (10, 5, 'Mayor', '2022-10-24', 1171, 1176);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (11, 5, 'Director of the Standing Committee of the Municipal People’s Congress', '2022-10-24', 1263, 1334);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (12, 5, 'Chairman of the CPPCC', '2022-10-24', 1348, 1369);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (13, 5, 'Deputy Secretary of the Municipal Party Committee', '2022-10-24', 1384, 1433);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (13, 5, 'Secretary of the Political and Legal Committee', '2022-10-24', 1438, 1484);
INSERT INTO public.person_titles (person_id, doc_id, title, date, span_start, span_end) VALUES (13, 5, 'Member of the Standing Committee of the Municipal Party Committee', '2022-10-24', 1486, 1551);


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

SELECT pg_catalog.setval('public.formulations_id_seq', 19, true);


--
-- Name: persons_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.persons_id_seq', 13, true);


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
-- Name: person_docs person_docs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_docs
    ADD CONSTRAINT person_docs_pkey PRIMARY KEY (person_id, doc_id);


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
-- Name: documents_id_ext; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_id_ext ON public.documents USING btree (id, ext_id);


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
-- Name: person_docs_doc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_docs_doc ON public.person_docs USING btree (doc_id);


--
-- Name: person_titles_title; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_titles_title ON public.person_titles USING btree (title);


--
-- Name: persons_key_region; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX persons_key_region ON public.persons USING btree (name_key, COALESCE(region, ''::text));


--
-- Name: roles_event_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX roles_event_role ON public.roles USING btree (event_id, role, "position", person_id);


--
-- Name: roles_person_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX roles_person_date ON public.roles USING btree (person_id, date, event_id, role, "position");


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

\unrestrict 56y4v3cvOQDzrYF8BahLsfVhwRdRyMRQSzcEJ3C2kAiDo2n57A01HP8XPU1pt1O

