/* lexicon/lexicon_impl.h — the loaded lexicon's layout, shared by the extract modules
 * (internal). Depends on util and text. */
#ifndef READOUT_LEXICON_IMPL_H
#define READOUT_LEXICON_IMPL_H

#include "readout/lexicon.h"
#include "text/token.h"
#include "util/strmap.h"
#include "util/u64map.h"

#include <stdbool.h>
#include <stdint.h>

/* Word classes: a word may have several (bits of token.word). */
enum word_class {
	W_HEAD = 1u << 0,        /* title head: secretary, minister, governor */
	W_PLURAL = 1u << 1,      /* plural title head: members, vice-chairmen */
	W_MOD = 1u << 2,         /* title modifier: deputy, vice, acting */
	W_PARTY = 1u << 3,       /* a party post head (secretary, member) */
	W_ORG = 1u << 4,         /* word of organization names: committee, party, bureau */
	W_SURNAME = 1u << 5,
	W_COUNT = 1u << 6,       /* counting noun: days, aspects, people */
	W_TIFA = 1u << 7,        /* noun that makes "number + noun" a formulation: musts */
	W_NAMEWORD = 1u << 8,    /* word that makes a quoted phrase a name: congress, plan, hall */
	W_INSTITUTION = 1u << 9, /* university, company: level "other" */
	W_PLACESUFFIX = 1u << 10,/* county, road, university: "Surname Given X" is no person */
	W_GROUP = 1u << 11,      /* other, all, relevant: a group, not a post */
	W_HONORIFIC = 1u << 12,  /* comrade, mr */
	W_BYLINE = 1u << 13,     /* reporter, editor, photographer */
	W_STOP = 1u << 14,       /* verbs and words that end a title */
	W_NUMWORD = 1u << 15,    /* two .. ten, double */
	W_ORDWORD = 1u << 16,    /* first .. tenth */
	W_EVENTNOUN = 1u << 17,  /* meeting, seminar, session */
	W_EVENTVERB = 1u << 18,  /* held, convened, organized */
	W_FUNC = 1u << 19,       /* of, the, and, a, an: allowed inside titles */
	W_PRONOUN = 1u << 20,    /* we, our, he: a quoted phrase is speech */
	W_CONNECTOR = 1u << 21,  /* same, subsequently, afterwards: a new event may follow */
	W_CENTRAL = 1u << 22,    /* central, national, state, ministry: central level */
	W_LVL_PROV = 1u << 23,   /* provincial */
	W_LVL_PREF = 1u << 24,   /* municipal, prefectural, city */
	W_LVL_COUNTY = 1u << 25, /* county, district */
	W_LVL_STATE = 1u << 26,  /* "state" as MT of 州: prefectural when before party committee */
	W_MONTH = 1u << 27,
	W_WEEKDAY = 1u << 28,
	W_NOTGIVEN = 1u << 29,   /* never a given name: said, and */
	W_RELDAY = 1u << 30,     /* yesterday, today: a date relative to the report's (calendar.tsv) */
	W_CREDITLABEL = 1u << 31 /* submitted, reviewed, trial: "Reviewed by: X", "First trial: X" credit X */
};

/* Classes the rules consult rarely, kept out of token.word (lex_word_ext asks for them). */
enum word_ext {
	X_ADVERB = 1ull << 0,       /* recently, jointly: may stand between a host and its verb */
	X_DAYPART = 1ull << 1,      /* morning, afternoon */
	X_HOSTVERB = 1ull << 2,     /* held, convened, organized: its subject is the host */
	X_PRESIDEVERB = 1ull << 3,  /* presided, chaired: its subject is a person */
	X_BYVERB = 1ull << 4,       /* held, organized, sponsored: "... by ORG" names the host */
	X_PASSIVE = 1ull << 5,      /* was, were, been */
	X_OBJECTPREP = 1ull << 6,   /* of, by, with: a name after it is no subject */
	X_SIZENOUN = 1ull << 7,     /* people, participants: "300 people" is a size */
	X_DURATIONUNIT = 1ull << 8, /* days, hours */
	X_APPROX = 1ull << 9,       /* nearly, about */
	X_DATELINEWORD = 1ull << 10,/* release, published: a full date after it is the dateline */
	X_SMALLERUNIT = 1ull << 11, /* township, road: a place name before it names something smaller */
	X_ORGANWORD = 1ull << 12,   /* party, leading: "Party School" is an organ, not a school */
	X_CONGRESSWORD = 1ull << 13,/* cpc, national: between an ordinal and "congress" */
	X_CLAUSEWORD = 1ull << 14,  /* and, while, then: the subject carries over */
	X_VENUEPREP = 1ull << 15,   /* at, in: "held at ORG" names a venue */
	X_MEDIAWORD = 1ull << 16,   /* daily, news: "Haikou Daily" places the text */
	X_OURWORD = 1ull << 17,     /* our, this: "our city" */
	X_GRASSROOTS = 1ull << 18,  /* township, village: level other */
	X_SAMEDAY = 1ull << 19,     /* same, that: "on the same day" */
	X_PURPOSE = 1ull << 20,     /* to, on: ends the noun phrase of the event held */
	X_ORGJOIN = 1ull << 21,     /* of, and, for: joins the words of a body's name */
	X_ARTICLE = 1ull << 22,     /* the, a, an */
	X_NATIONALWORD = 1ull << 23,/* central, national, state: before a body's kind, a national body */
	X_DELEGATE = 1ull << 24,    /* delegate, representative: a seat in a congress, not a post in it */
	X_FUTURE = 1ull << 25,      /* will, shall: "will be held" is not the event reported */
	X_POSSESSIVE = 1ull << 26,  /* its, their: "presiding over its first executive meeting" */
	X_ACCORDING = 1ull << 27,   /* according: "according to a meeting of X" names the meeting's body */
	X_BY = 1ull << 28,          /* by: "held by X"; a line opening "By X" is a credit */
	X_THAT = 1ull << 29,        /* that: "X pointed out that ...": what follows is reported */
	X_WITH = 1ull << 30,        /* with: "with Premier Li presiding": an -ing cue's subject */
	X_LIST = 1ull << 31,        /* including, namely: a plural post before it goes to the list */
	X_OTHER = 1ull << 32,       /* other, others: "A and other members of X" */
	X_GENERIC = 1ull << 33,     /* leaders, officials, members: with no body named, a group, not a post */
	X_RANK = 1ull << 34,        /* deputy, vice, executive: a rank within a post ("Deputy Secretary") */
	X_MEMBER = 1ull << 35,      /* member, members: "other members of X" are posts, "other leaders" not */
	X_DATEPREP = 1ull << 36,    /* on, from, since: "On March 13, 2024" dates an event, not a page */
	X_CENTRALWORD = 1ull << 37, /* central: "the Central ... Inspection Group" is a national body */
	X_OF = 1ull << 38,          /* of: "X of Y" names Y as the body above X */
	X_VISIT = 1ull << 39,       /* went, visited, inspected: a host's verb whose object is a place */
	X_WHO = 1ull << 40,         /* who: ", who is also Chinese president" opens a post */
	X_MINORITY = 1ull << 41,    /* a word of a name that is not pinyin (data/minority_names.tsv) */
	X_MINORITY_SINGLE = 1ull << 42, /* such a word that is a whole name ("Bayanqolu") */
	X_ELECT = 1ull << 43,       /* elected, appointed: "A was elected [as] Secretary" gives A a post */
	X_ASVERB = 1ull << 44,      /* serving, served: "A served as Mayor" (the post after "as" only) */
	X_COORD = 1ull << 45,       /* along, together: "A, along with B, attended": B is a subject too */
	X_COMPARE = 1ull << 46,     /* more, less: "more than 300 people" is a size */
	X_THAN = 1ull << 47,        /* than */
	X_DURATIONCUE = 1ull << 48, /* lasted, for: "lasted for five days" is a duration */
	X_TOTAL = 1ull << 49,       /* totaling: "totaling more than 300" is a size whatever follows */
	X_SPEECHNOUN = 1ull << 50,  /* speech, instructions: "the speech of X" is studied, not given */
	X_COUNTCONTEXT = 1ull << 51, /* past, these, every: "the past five years" is a count */
	X_NATIONALEVENT = 1ull << 52, /* national, central: "the National Conference on X" is the centre's */
	X_REMIT = 1ull << 53,         /* group, team: a body named with what it is for ("Leading Group on X") */
	X_REMITPREP = 1ull << 54,    /* on, for: opens what such a body is for */
	X_WORKNOUN = 1ull << 55,     /* article, theme, entitled: a quotation after it names a work or a theme */
	X_DELEGATION = 1ull << 56,   /* delegation: a place's deputies at a congress, who hold its panel discussion */
	X_ANAPHOR = 1ull << 57,      /* he, she: a person named before, as a cue's subject */
	X_PARTYWORD = 1ull << 58,    /* party: "Party Committee", "Party Group" are the Party's bodies */
	X_PERFECT = 1ull << 59,      /* has, have: "X has made important instructions" is a record, not this event's act */
	X_SINCE = 1ull << 60,        /* since: "Since January 7, Xi has chaired seven meetings" counts other days */
	X_CHROME = 1ull << 61,       /* portal, font, share: a line of the page's furniture, not of the report */
	X_UNDER = 1ull << 62,        /* under: "the Office of X under the State Council" is one body */
	X_KEYFILLER = 1ull << 63     /* the, our, never: words a formulation's loose key leaves out */
};

enum place_level { PL_PROVINCE = 1, PL_MUNICIPALITY, PL_AUTONOMOUS, PL_SAR, PL_PREFECTURE, PL_COUNTY, PL_DISTRICT, PL_COUNTY_CITY };

typedef struct lex_place {
	const char *name;
	const char *zh;
	int level;         /* enum place_level */
	int parent;        /* index or -1 */
} lex_place;

/* The value of a metaphor in the formulations' phrase book (form_names), not an index into
 * forms: "the “mother river” of the nation" names no formulation (data/metaphors.tsv). */
#define LEX_FORM_METAPHOR 0x80000000u

typedef struct lex_formulation {
	const char *zh;
	const char *pinyin;
	const char *forms_raw; /* '|'-separated renderings */
	bool zh_counts;        /* zh holds a numeral of the script: a number in a rendering counts */
	int place;             /* the province whose own formulation it is (places index), or -1 */
} lex_formulation;

enum role { ROLE_NONE = 0, ROLE_PRESIDED, ROLE_SPOKE, ROLE_ATTENDED };

typedef struct lex_cue {
	int role;
	int after;              /* the people follow the cue (include, attended by) */
	int header;             /* only a line of its own ("Speakers"), over lines of names */
	int after_quote;        /* the people follow it right after a quotation ("...," said X) */
	int both;               /* the people before it and those after it ("X met with A and B") */
	int inverted;           /* the people follow its object ("Also present to guide were A, B") */
	const char *objects;    /* '|'-separated words required within the next tokens, or "" */
} lex_cue;

enum event_field { EF_TYPE = 1, EF_FORMAT, EF_SUBJECT, EF_HOST_TYPE, EF_ACT };

typedef struct lex_event_phrase {
	int field;
	const char *label;
} lex_event_phrase;

/* Organization vocabulary (data/orgs.tsv): what a phrase says of the body it names. */
enum org_kind { OK_BODY = 1, OK_HEAD, OK_INSTITUTION, OK_POST };
/* The levels of readout_level_name, in its order, after OL_NONE. */
enum org_level { OL_NONE = 0, OL_CENTRAL, OL_PROVINCIAL, OL_PREFECTURAL, OL_COUNTY, OL_OTHER };

typedef struct lex_org {
	int kind;          /* enum org_kind */
	int level;         /* enum org_level: OL_NONE when the phrase says nothing of it */
} lex_org;

/* Post vocabulary (data/posts.tsv): what a title's words say of its rank and body. */
enum post_kind { PK_RANK = 1, PK_BODY, PK_SKIP, PK_FORMER };
enum post_side { PS_NONE = 0, PS_PARTY, PS_STATE };

typedef struct lex_post_word {
	int kind;          /* enum post_kind */
	const char *value; /* the rank's or body's name; NULL for skip and former */
	int side;          /* enum post_side */
	int level;         /* enum org_level: what a rank implies or a body fixes; OL_NONE */
	const char *body;  /* the body a rank alone implies, or NULL */
	bool concurrent;   /* held beside a main post: a seat, a group's leadership */
} lex_post_word;

/* A word of dates (data/calendar.tsv). */
/* CAL_MONTHPART: a part of a month ("early", "end of") that, before a month, gives no day;
 * CAL_DAYWORD: a day of the month written as a word ("third", "twenty-first"); CAL_AFTER: days
 * after the day the text named last ("the next day"); CAL_DAYNEXT: a word that follows a day
 * ("on the 15th afternoon", "on the 15th to study") and never an ordinal's noun */
enum calendar_kind { CAL_MONTH = 1, CAL_WEEKDAY, CAL_RELATIVE, CAL_UNDATED, CAL_MONTHPART, CAL_DAYWORD, CAL_AFTER, CAL_DAYNEXT };
typedef struct lex_calendar_word {
	const char *word;  /* lower case */
	size_t len;
	int kind;          /* enum calendar_kind */
	int value;         /* month 1-12, weekday 0-6 (Sunday 0), day 1-31, or days from the report's date */
	bool abbrev;       /* shorter than its month's full name: may take a full stop */
	int next;          /* the next word of its kind and first letter, in file order, or -1 */
} lex_calendar_word;

enum { CAL_KINDS = CAL_DAYNEXT + 1 };

/* The phrase books: those matched at every token of a document first, in the order of their
 * bits in token.gate (LEX_GATE(b), the token's first word starts a phrase of book b;
 * LEX_GATE_ALONE(b), that word alone is one; LEX_GATE_HELD(b), that word alone is one or the
 * first token of one), then two asked at single places. */
enum phrase_book { PB_PLACE, PB_FORM, PB_CUE, PB_EVENT, PB_ORG, PB_COUNT, PB_NOT_NAME = PB_COUNT, PB_POST, PB_BOOKS };
#define LEX_GATE(b) (1u << (b))
#define LEX_GATE_ALONE(b) (1u << (PB_COUNT + (b)))
#define LEX_GATE_HELD(b) (1u << (2 * PB_COUNT + (b)))

/* Multi-word phrases over normalized words (lower case, hyphens as spaces, ’ as '), keyed by
 * a polynomial hash of the word hashes so a phrase's key extends token by token. The keys of
 * every book share one map, so one walk from a token answers all the books at once: a key's
 * entry says which books hold it (as a phrase or the beginning of longer ones), in which it is
 * a whole phrase, and with what value. */
enum { PM_WHOLE_SHIFT = 8, PM_BOOKS_MASK = 0xff, PM_VALUE_SHIFT = 32 };
typedef struct phrase_map {
	/* key -> books holding it (bits 0-7), books where it is whole (bits 8-15), and (bits 32-63)
	 * its value when one book has it whole, else its row of multi */
	u64map keys;
	uint32_t (*multi)[PB_BOOKS]; /* values of keys whole in several books, by book */
	size_t nmulti, multi_cap;
	/* one bit per key, by its high bits: most token runs a walk tries are no phrase's start,
	 * and this small table answers them without touching the large map */
	uint64_t *filter;
	size_t filter_mask; /* bits - 1 */
} phrase_map;

/* One book: its bit in the shared map, and the first words of its phrases. */
typedef struct phrasebook {
	const phrase_map *map;
	unsigned book;   /* enum phrase_book */
	u64map firsts;   /* first word's hash -> most words in a phrase starting with it */
} phrasebook;

/* false: no phrase or phrase prefix of any book has this key. */
static inline bool lex_phrase_may_hold(const phrase_map *map, uint64_t key)
{
	if (!key)
		key = 1; /* as u64map stores it */
	size_t bit = (size_t)(key >> 40) & map->filter_mask; /* u64map's slots use the low bits */
	return !map->filter || (map->filter[bit >> 6] >> (bit & 63)) & 1;
}

/* The longest phrase of each book starting at a token. */
typedef struct phrase_hit {
	uint8_t len[PB_COUNT];  /* tokens, 0 if none (or over 255) */
	uint32_t val[PB_COUNT]; /* the phrase's value, when len is not 0 */
} phrase_hit;

/* Pinyin syllables of up to SYLLABLE_TRIE_MAX letters a-z as a trie, for splitting names into
 * syllables with one walk from each position: node 0 is the root, next[c] the child for the
 * letter 'a' + c (0 if none). */
enum { SYLLABLE_TRIE_MAX = 7 };
typedef struct syllable_node {
	uint16_t next[26];
	bool syllable;          /* a syllable ends here */
} syllable_node;

typedef struct lex_file {
	char *text;       /* owned copy, fields NUL-terminated in place */
	struct lex_file *next;
} lex_file;

/* The rare classes of a word ride in its words entry too, as its token.xid in bits 48-55:
 * LEX_XID_NONE none, LEX_XID_ASK when ext_values was full, else the index of the word's set of
 * classes in ext_values; a word not in the map has none (LEX_WORD_ABSENT). So lex_word_ext
 * answers a document's tokens with no probe; a token never classified (xid LEX_XID_ASK) is
 * looked up in words_ext. */
enum { LEX_XID_SHIFT = 48, LEX_XID_ASK = 0, LEX_XID_NONE = 1, LEX_XID_FIRST = 2, LEX_XID_MAX = 256 };
#define LEX_WORD_ABSENT ((uint64_t)LEX_XID_NONE << LEX_XID_SHIFT)

/* A body's match key is made of words of at most BODY_WORD_MAX - 1 bytes, at most
 * BODY_WORDS of them (lex_body_key). */
enum { BODY_WORD_MAX = 40, BODY_WORDS = 48, BODY_ALIAS_WORDS = 8 };

/* A phrase of data/org_aliases.tsv, in words, and the key words it becomes. */
typedef struct lex_org_alias {
	char words[BODY_ALIAS_WORDS][BODY_WORD_MAX];
	size_t n;
	const char *key;
} lex_org_alias;

/* A central meeting of data/meetings.tsv: a Congress or a plenum, and its days. */
typedef struct lex_meeting {
	const char *subject;  /* as the extractor writes a subject: "20th National Congress" */
	char opened[11], closed[11]; /* YYYY-MM-DD */
	int64_t closed_day;   /* civil day number of closed */
} lex_meeting;

struct readout_lexicon {
	u64map words;     /* word hash -> enum word_class bits, gate bits (LEX_GATE) << 32, xid << 48 (token_lookup's layout) */
	u64map words_ext; /* word hash -> enum word_ext bits */
	uint64_t ext_values[LEX_XID_MAX]; /* by token.xid: the rare classes; [0] and [1] are 0 */
	size_t next_xid;  /* ext_values in use */
	size_t nwords;    /* words with classes or gates, as readout_lexicon_stats counts them */
	/* one bit per words key, by its high bits (token_lookup_may_hold): most tokens of a text
	 * are no word of the lexicon, and this small table answers them without a probe of the
	 * large map */
	uint64_t *word_filter;
	token_lookup lookup; /* words, word_filter and LEX_WORD_ABSENT, for the tokenizer */
	strmap syllables; /* pinyin syllable -> 1 */
	u64map short_syllables; /* the same, up to 7 bytes, keyed by syllable_key(): no string hashing */
	syllable_node *syllable_trie; /* the same, those of letters a-z only */
	size_t syllable_nodes, syllable_nodes_cap;
	lex_place *places;
	size_t nplaces;
	phrase_map phrases;     /* the keys of all the phrase books below */
	phrasebook place_names; /* -> place index */
	strmap place_exact;     /* exact standard name -> place index */
	lex_formulation *forms;
	size_t nforms;
	size_t nform_strings;
	phrasebook form_names;  /* -> formulation index, or LEX_FORM_METAPHOR */
	strmap form_loose;      /* a rendering's loose key -> formulation index + 1; 0 when two share it */
	lex_cue *cues;
	size_t ncues;
	phrasebook cue_names;   /* -> cue index */
	lex_event_phrase *events;
	size_t nevents;
	phrasebook event_names; /* -> event phrase index */
	lex_org *orgs;
	size_t norgs;
	phrasebook org_names;   /* -> organization phrase index */
	phrasebook not_names;   /* bigrams that look like names and are not: hong kong */
	lex_post_word *post_words;
	size_t npost_words;
	phrasebook post_phrases; /* -> post_words index */
	strmap post_names;       /* "rank|body|level" -> index into post_name_values */
	const char **post_name_values;
	size_t npost_names;
	lex_calendar_word *calendar;
	size_t ncalendar;
	uint32_t calendar_initials; /* bit c - 'a': some word of dates starts with the letter c */
	int calendar_first[CAL_KINDS][26]; /* the first word of a kind and first letter a-z, or -1 */
	lex_meeting *meetings;
	size_t nmeetings;
	lex_org_alias *org_aliases;
	size_t norg_aliases;
	lex_file *files;
	size_t nsurnames;
};

/* Normalized key of one token into out: lower case ASCII, ’ and ¡¯ as ', hyphens as spaces.
 * Returns the length or 0 if it does not fit. */
size_t lex_token_key(const char *text, const token *tk, char *out, size_t cap);

/* Word-class bits of a token's first word ("eight" of "Eight-Eight"). */
uint32_t lex_first_word_class(const readout_lexicon *lex, const token *tk);

/* The rarely consulted classes of a token (enum word_ext, 0 if none). */
uint64_t lex_word_ext_probe(const readout_lexicon *lex, const token *tk);
static inline uint64_t lex_word_ext(const readout_lexicon *lex, const token *tk)
{
	return tk->xid ? lex->ext_values[tk->xid] : lex_word_ext_probe(lex, tk);
}

/* Word-class bits of a token (0 if none). */
uint32_t lex_word_class(const readout_lexicon *lex, const char *text, const token *tk);

/* Fills each token's word hashes (nwords, wh, first); run once after tokens_build. */
void lex_hash_tokens(const char *text, token *toks, size_t n);

/* Fills each token's word hashes as lex_hash_tokens does, then its word classes (token.word)
 * and the books that have a phrase starting with its first word (token.gate: LEX_GATE and
 * LEX_GATE_ALONE), in one probe for most tokens; run once after tokens_build.
 * One pass over the tokens for both. */
void lex_classify_tokens(const readout_lexicon *lex, const char *text, token *toks, size_t n);

/* Longest phrase of the book starting at token i (within [i, limit)); returns the number of
 * tokens matched (0 if none) and its value in *value. */
size_t lex_phrase_match(const phrasebook *book, const char *text, const token *toks, size_t i,
                        size_t limit, uint32_t *value);

/* Fills hits[i] for each token i of [first, last) (a sentence: phrases never cross its end)
 * with the longest phrase of each book (enum phrase_book) starting there, as
 * lex_phrase_match finds it. Needs the gates from lex_classify_tokens. */
void lex_find_phrases(const readout_lexicon *lex, const token *toks, size_t first, size_t last, phrase_hit *hits);

bool lex_is_syllable(const readout_lexicon *lex, const char *s, size_t len);

/* The syllables s starts with: for l from 1 to max (at most SYLLABLE_TRIE_MAX), bit l is set
 * when the first l bytes are letters a-z and lex_is_syllable(lex, s, l). s is read no further
 * than max bytes or its first byte other than a-z. */
unsigned lex_syllable_prefixes(const readout_lexicon *lex, const char *s, size_t max);

/* The place whose standard name is name exactly, or -1. */
int lex_place_by_name(const readout_lexicon *lex, const char *name);

/* The first place named anywhere in text (names and aliases, as in documents), or -1. */
int lex_place_in_text(const readout_lexicon *lex, const char *text);

/* The formulation one of whose renderings has the loose key of text[0, len) (its words but the
 * fillers of data/vocab.tsv, each without -ing or a plural s, in alphabetical order: "not forget
 * the original intention and keep the mission in mind" is a rendering of 不忘初心、牢记使命 written
 * another way): its index, or -1 when none or several have it. */
int lex_formulation_loose(const readout_lexicon *lex, const char *text, size_t len);

/* Whether place inner is outer or lies in it (a county in its city, a city in its province). */
bool lex_place_within(const readout_lexicon *lex, int inner, int outer);

/* The provincial-level unit a place belongs to (itself for a province), or -1. */
int lex_province_of(const readout_lexicon *lex, int place);

/* The central meeting a subject names (data/meetings.tsv): the row of that subject
 * (case-blind), else, for a subject that leaves out whose plenum it is ("6th Plenary
 * Session"), the row "subject of the ..." whose close is nearest near (a civil day number;
 * the latest when has_near is false). NULL when the calendar knows none. */
const lex_meeting *lex_meeting_find(const readout_lexicon *lex, const char *subject, bool has_near, int64_t near);

/* The match key of a body's name into out[cap]: its words in lower case, without bracketed
 * abbreviations ("(CPC)"), possessives and function words (vocab.tsv's func), the phrases
 * of data/org_aliases.tsv replaced, sorted: "Political Bureau of the Communist Party of China
 * Central Committee" and "CPC Central Committee Political Bureau" are one key. Returns its
 * length; 0 for a name of no words, or of more than BODY_WORDS, or one too long for out
 * (the caller then compares names as written). One home for whether two hosts are one body. */
size_t lex_body_key(const readout_lexicon *lex, const char *name, char *out, size_t cap);


#endif
