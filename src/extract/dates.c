/* dates.c — reading and resolving dates: ISO and slashed datelines, "17-Jan-2019",
 * "March 13, 2024", "Mar.12, 2021", "On October 24", "on the 30th", "(1st)", "the 5th of
 * March", "the third of this month", "on Tuesday",
 * "yesterday". A year never comes from anything but a full date in the text. The words of
 * dates are data/calendar.tsv's. */
#include "extract/dates.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


static size_t word_len(const char *s, size_t avail)
{
	size_t n = 0;
	while (n < avail && isalpha((unsigned char)s[n]))
		n++;
	return n;
}

/* The calendar word or phrase of kind at s ("May", "days ago": whole words, one space between
 * a phrase's words), or NULL; *n is its length. */
static const lex_calendar_word *calendar_at(const readout_lexicon *lex, int kind, const char *s, size_t avail, size_t *n)
{
	size_t wl = word_len(s, avail);
	if (!wl)
		return NULL;
	/* the words are lower case, chained by kind and first letter (in file order, so the
	 * first that fits is the same) */
	char c0 = (char)(s[0] | 0x20);
	if (c0 < 'a' || c0 > 'z')
		return NULL;
	for (int i = lex->calendar_first[kind][c0 - 'a']; i >= 0; i = lex->calendar[i].next) {
		const lex_calendar_word *w = &lex->calendar[i];
		if (w->len < wl || strncasecmp(s, w->word, wl) != 0)
			continue;
		if (w->len == wl) {
			*n = wl;
			return w;
		}
		/* a phrase ("days ago") or a hyphenated word ("twenty-first") */
		if ((w->word[wl] == ' ' || w->word[wl] == '-') && w->len <= avail && strncasecmp(s, w->word, w->len) == 0 &&
		    (w->len == avail || !isalpha((unsigned char)s[w->len]))) {
			*n = w->len;
			return w;
		}
	}
	return NULL;
}

int date_ordinal_word(const readout_lexicon *lex, const char *s, size_t avail)
{
	size_t n;
	const lex_calendar_word *w = calendar_at(lex, CAL_DAYWORD, s, avail, &n);
	return w && n == avail ? w->value : 0;
}

/* Month name or abbreviation at s; returns 1..12 and its length (an abbreviation's full stop
 * included). */
static int month_at(const readout_lexicon *lex, const char *s, size_t avail, size_t *len)
{
	size_t n;
	const lex_calendar_word *w = calendar_at(lex, CAL_MONTH, s, avail, &n);
	if (!w)
		return 0;
	*len = n + (w->abbrev && n < avail && s[n] == '.');
	return w->value;
}

static int num_at(const char *s, size_t avail, size_t maxd, size_t *len)
{
	size_t n = 0;
	int v = 0;
	*len = 0;
	while (n < avail && n < maxd && isdigit((unsigned char)s[n]))
		v = v * 10 + (s[n++] - '0');
	if (n < avail && isdigit((unsigned char)s[n]))
		return -1; /* more digits than allowed */
	*len = n;
	return n ? v : -1;
}

enum { YEAR_LEN = 4 };

/* The year standing at s + q (four digits, 1900 or later, no letter or digit after them), or 0. */
static int year_at(const char *s, size_t avail, size_t q)
{
	size_t l = 0;
	int yy = q < avail ? num_at(s + q, avail - q, YEAR_LEN, &l) : 0;
	return yy >= 1900 && l == YEAR_LEN && (q + l >= avail || !isalnum((unsigned char)s[q + l])) ? yy : 0;
}

/* The year after a day and month that end at s + e (" 2023", ", 2023"), its end in *end; or 0. */
static int year_after(const char *s, size_t avail, size_t e, size_t *end)
{
	size_t y0 = e + (e + 1 < avail && s[e] == ',');
	int yy = y0 < avail && s[y0] == ' ' ? year_at(s, avail, y0 + 1) : 0;
	if (yy)
		*end = y0 + 1 + YEAR_LEN;
	return yy;
}

static size_t ordinal_suffix(const char *s, size_t avail)
{
	if (avail >= 2 && (strncasecmp(s, "st", 2) == 0 || strncasecmp(s, "nd", 2) == 0 ||
	                   strncasecmp(s, "rd", 2) == 0 || strncasecmp(s, "th", 2) == 0) &&
	    (avail == 2 || !isalpha((unsigned char)s[2])))
		return 2;
	return 0;
}

/* s opens "to the 6th", "to 7th": the end of a range of days ("from the 5th to the 6th"). */
static bool to_a_day(const char *s, size_t avail)
{
	if (avail < 4 || strncasecmp(s, "to ", 3) != 0)
		return false;
	size_t q = 3;
	while (q < avail && s[q] == ' ')
		q++;
	if (avail - q > 4 && strncasecmp(s + q, "the ", 4) == 0)
		q += 4;
	return q < avail && isdigit((unsigned char)s[q]);
}

/* The word w and a space (n bytes in all, any case) stand right before byte pos, w a word of
 * its own. */
static bool word_before(const char *text, size_t pos, const char *w, size_t n)
{
	return pos >= n && strncasecmp(text + pos - n, w, n) == 0 && (pos == n || !isalpha((unsigned char)text[pos - n - 1]));
}

/* "on " or "of " stands before byte pos, a word of its own: "on the 15th", "of the 15th". */
static bool after_on_or_of(const char *text, size_t pos)
{
	return word_before(text, pos, "on ", 3) || word_before(text, pos, "of ", 3);
}

static int valid(int y, int m, int d)
{
	static const int dim[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m >= 1 && m <= 12 && d >= 1 && d <= dim[m - 1] && (y == 0 || (y >= 1900 && y <= 2100));
}

size_t date_parse_at(date_expr *out, const readout_lexicon *lex, const char *text, size_t len, size_t pos)
{
	const char *s = text + pos;
	size_t avail = len - pos, l1, l2, l3;
	memset(out, 0, sizeof *out);
	out->start = (uint32_t)pos;
	if (pos > 0 && isalnum((unsigned char)text[pos - 1]))
		return 0;
	/* dates start with a digit, "(", or a month, weekday, "the", "yesterday", "today" */
	char c0 = (char)tolower((unsigned char)s[0]);
	bool word = c0 >= 'a' && c0 <= 'z' && (c0 == 't' || (lex->calendar_initials >> (c0 - 'a') & 1));
	if (!isdigit((unsigned char)c0) && c0 != '(' && !word)
		return 0;
	/* YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD */
	int y = num_at(s, avail, 4, &l1);
	if (y >= 1900 && l1 == 4 && l1 < avail && (s[l1] == '-' || s[l1] == '/' || s[l1] == '.')) {
		char sep = s[l1];
		int m = num_at(s + l1 + 1, avail - l1 - 1, 2, &l2);
		if (m > 0 && l1 + 1 + l2 < avail && s[l1 + 1 + l2] == sep) {
			int d = num_at(s + l1 + 2 + l2, avail - l1 - 2 - l2, 2, &l3);
			if (d > 0 && valid(y, m, d)) {
				*out = (date_expr){DK_FULL, y, m, d, 0, 0, (uint32_t)pos, (uint32_t)(pos + l1 + l2 + l3 + 2), 0, 0, 0};
				return l1 + l2 + l3 + 2;
			}
		}
	}
	/* MM/DD/YYYY, as English pages write it ("07/22/2021 | News release"); DD/MM/YYYY where
	 * the first number cannot be a month ("25/10/2022") */
	{
		size_t a1 = 0, a2 = 0;
		int mm = num_at(s, avail, 2, &a1);
		if (mm > 0 && mm <= 31 && a1 < avail && s[a1] == '/') {
			int dd = num_at(s + a1 + 1, avail - a1 - 1, 2, &a2);
			size_t p = a1 + 1 + a2;
			if (mm > 12 && dd > 0 && dd <= 12) {
				int swap = mm;
				mm = dd;
				dd = swap;
			}
			if (dd > 0 && p < avail && s[p] == '/') {
				int yy = year_at(s, avail, p + 1);
				if (yy && valid(yy, mm, dd)) {
					*out = (date_expr){DK_FULL, yy, mm, dd, 0, 0, (uint32_t)pos, (uint32_t)(pos + p + 1 + YEAR_LEN), 0, 0, 0};
					return p + 1 + YEAR_LEN;
				}
			}
		}
	}
	/* "11 21, 2009": 11月21日 with its month and day number for number and the year after (a
	 * translation's); only with the year, as two numbers alone are rather a count */
	{
		size_t a1 = 0, a2 = 0;
		int mm = num_at(s, avail, 2, &a1);
		if (mm > 0 && mm <= 12 && a1 + 1 < avail && s[a1] == ' ') {
			int dd = num_at(s + a1 + 1, avail - a1 - 1, 2, &a2);
			size_t p = a1 + 1 + a2;
			if (dd > 0 && p + 1 < avail && s[p] == ',' && s[p + 1] == ' ') {
				int yy = year_at(s, avail, p + 2);
				if (yy && valid(yy, mm, dd)) {
					*out = (date_expr){DK_FULL, yy, mm, dd, 0, 0, (uint32_t)pos, (uint32_t)(pos + p + 2 + YEAR_LEN), 0, 0, 0};
					return p + 2 + YEAR_LEN;
				}
			}
		}
	}
	/* YYYY年MM月DD日 */
	if (y >= 1900 && l1 == 4 && avail > l1 + 3 && memcmp(s + l1, "\xe5\xb9\xb4", 3) == 0) {
		size_t p = l1 + 3;
		int m = num_at(s + p, avail - p, 2, &l2);
		if (m > 0 && avail > p + l2 + 3 && memcmp(s + p + l2, "\xe6\x9c\x88", 3) == 0) {
			p += l2 + 3;
			int d = num_at(s + p, avail - p, 2, &l3);
			if (d > 0 && valid(y, m, d)) {
				p += l3;
				if (avail >= p + 3 && memcmp(s + p, "\xe6\x97\xa5", 3) == 0)
					p += 3;
				*out = (date_expr){DK_FULL, y, m, d, 0, 0, (uint32_t)pos, (uint32_t)(pos + p), 0, 0, 0};
				return p;
			}
		}
	}
	/* YYYY Month DD, a page's stamp ("2021 March 17 08:03") */
	if (y >= 1900 && y <= 2100 && l1 == 4 && l1 + 1 < avail && s[l1] == ' ') {
		int mm = month_at(lex, s + l1 + 1, avail - l1 - 1, &l2);
		size_t p = l1 + 1 + l2;
		if (mm && p + 1 < avail && s[p] == ' ') {
			int dd = num_at(s + p + 1, avail - p - 1, 2, &l3);
			size_t q = p + 1 + l3;
			if (dd > 0 && valid(y, mm, dd)) {
				q += ordinal_suffix(s + q, avail - q);
				/* a word after it makes it a name's ("the 2021 May 4th Youth Medal") */
				bool word_next = q + 1 < avail && s[q] == ' ' && isalpha((unsigned char)s[q + 1]);
				if ((q >= avail || !isalnum((unsigned char)s[q])) && !word_next) {
					*out = (date_expr){DK_FULL, y, mm, dd, 0, 0, (uint32_t)pos, (uint32_t)(pos + q), 0, 0, 0};
					return q;
				}
			}
		}
	}
	/* DD-Mon-YYYY, DD Month YYYY, "23rd November, 2020" */
	int d = num_at(s, avail, 2, &l1);
	size_t dsuf = d > 0 ? ordinal_suffix(s + l1, avail - l1) : 0;
	if (d > 0 && l1 + dsuf < avail && (s[l1 + dsuf] == '-' || s[l1 + dsuf] == ' ')) {
		char sep = s[l1 + dsuf];
		int m = month_at(lex, s + l1 + dsuf + 1, avail - l1 - dsuf - 1, &l2);
		size_t p = l1 + dsuf + 1 + l2;
		if (m && sep == ' ' && p + 1 < avail && s[p] == ',' && s[p + 1] == ' ')
			p++;
		if (m && p < avail && s[p] == sep) {
			int yy = year_at(s, avail, p + 1);
			if (yy && valid(yy, m, d)) {
				*out = (date_expr){DK_FULL, yy, m, d, 0, 0, (uint32_t)pos, (uint32_t)(pos + p + 1 + YEAR_LEN), 0, 0, 0};
				return p + 1 + YEAR_LEN;
			}
		}
	}
	/* DD Month, "15th September", "5th of March", "21 and 22 July", "26-28 February": the first
	 * day */
	if (d > 0 && d <= 31 && l1 < avail) {
		int d2 = 0;
		size_t p = l1 + ordinal_suffix(s + l1, avail - l1);
		if (s[p] == '-' || (avail > p + 5 && (strncasecmp(s + p, " and ", 5) == 0)) ||
		    (avail > p + 4 && strncasecmp(s + p, " to ", 4) == 0)) {
			p += s[p] == '-' ? 1 : (s[p + 1] == 'a' || s[p + 1] == 'A') ? 5 : 4;
			d2 = num_at(s + p, avail - p, 2, &l2);
			p = d2 > d && d2 <= 31 ? p + l2 : 0;
			if (p) /* "from 8th to 9th March" */
				p += ordinal_suffix(s + p, avail - p);
		} else if (dsuf && avail > p + 4 && strncasecmp(s + p, " of ", 4) == 0) {
			p += 3; /* "5th of March" */
		}
		if (p && p < avail && s[p] == ' ') {
			int mm = month_at(lex, s + p + 1, avail - p - 1, &l2);
			size_t q = p + 1 + l2;
			if (mm && valid(0, mm, d) && (q >= avail || !isalnum((unsigned char)s[q]))) {
				/* "21 and 22 July 2021", "26-28 February, 2024": the year after the range */
				size_t ye = 0;
				int yy = year_after(s, avail, q, &ye);
				if (yy && valid(yy, mm, d)) {
					*out = (date_expr){DK_FULL, yy, mm, d, 0, 0, (uint32_t)pos, (uint32_t)(pos + ye), 0, 0, d2 ? d2 - d : 0};
					return ye;
				}
				*out = (date_expr){DK_MONTH_DAY, 0, mm, d, 0, 0, (uint32_t)pos, (uint32_t)(pos + q), 0, 0, d2 ? d2 - d : 0};
				return q;
			}
		}
	}
	/* Month DD(th)(, YYYY); "Mar.12, 2021" */
	int m = month_at(lex, s, avail, &l1);
	bool stop = m && s[l1 - 1] == '.';
	/* "July, 26, 2017" too */
	size_t lc = m && l1 + 1 < avail && s[l1] == ',' && s[l1 + 1] == ' ' ? 1 : 0;
	if (m && l1 + lc < avail && (s[l1 + lc] == ' ' || (stop && isdigit((unsigned char)s[l1])))) {
		l1 += lc;
		size_t p = l1 + (s[l1] == ' ');
		int dd = num_at(s + p, avail - p, 2, &l2);
		if (dd > 0 && valid(0, m, dd)) {
			p += l2;
			p += ordinal_suffix(s + p, avail - p);
			/* "Nov. 27 and 28, 2020", "February 26-28, 2024": the first day, with the year */
			size_t r = p;
			int span = 0;
			if (r < avail && s[r] == '-')
				r++;
			else if (avail > r + 5 && strncasecmp(s + r, " and ", 5) == 0)
				r += 5;
			else if (avail > r + 4 && strncasecmp(s + r, " to ", 4) == 0)
				r += 4;
			if (r > p) {
				int d2 = num_at(s + r, avail - r, 2, &l3);
				/* "March 8th-10th, 2021" */
				size_t r2 = d2 > 0 ? r + l3 + ordinal_suffix(s + r + l3, avail - r - l3) : r;
				if (d2 > dd && d2 <= 31 && r2 < avail && s[r2] == ',') {
					p = r2;
					span = d2 - dd;
				}
			}
			size_t q = p;
			if (q < avail && s[q] == ',')
				q++;
			while (q < avail && s[q] == ' ')
				q++;
			int yy = year_at(s, avail, q);
			if (yy) {
				*out = (date_expr){DK_FULL, yy, m, dd, 0, 0, (uint32_t)pos, (uint32_t)(pos + q + YEAR_LEN), 0, 0, span};
				return q + YEAR_LEN;
			}
			if (p < avail && isalpha((unsigned char)s[p]))
				return 0;
			*out = (date_expr){DK_MONTH_DAY, 0, m, dd, 0, 0, (uint32_t)pos, (uint32_t)(pos + p), 0, 0, span};
			return p;
		}
	}
	/* "on 10th," "of 8th": a bare ordinal day after "on" or "of", with no word after it ("of
	 * 13th NPC" is an ordinal) but "and" or "to" a day */
	if (after_on_or_of(text, pos)) {
		int dd = num_at(s, avail, 2, &l2);
		size_t suf = dd > 0 ? ordinal_suffix(s + l2, avail - l2) : 0;
		if (dd > 0 && dd <= 31 && suf) {
			size_t p = l2 + suf, q = p;
			while (q < avail && s[q] == ' ')
				q++;
			if (q >= avail || !isalpha((unsigned char)s[q]) || strncasecmp(s + q, "and ", 4) == 0 ||
			    to_a_day(s + q, avail - q) || calendar_at(lex, CAL_DAYNEXT, s + q, avail - q, &l2)) {
				*out = (date_expr){DK_DAY, 0, 0, dd, 0, 0, (uint32_t)pos, (uint32_t)(pos + p), 0, 0, 0};
				return p;
			}
		}
	}
	/* "the 30th", "(1st)", "the 5th of March, 2023", "the third of this month" */
	if ((avail > 4 && strncasecmp(s, "the ", 4) == 0) || (avail > 1 && s[0] == '(')) {
		size_t p = s[0] == '(' ? 1 : 4;
		int dd = num_at(s + p, avail - p, 2, &l2);
		size_t suf = dd > 0 ? ordinal_suffix(s + p + l2, avail - p - l2) : 0;
		bool as_word = false;
		const lex_calendar_word *dw;
		if (!(dd > 0 && suf) && s[0] != '(' && (dw = calendar_at(lex, CAL_DAYWORD, s + p, avail - p, &l2))) {
			dd = dw->value;
			as_word = true;
		}
		if (dd > 0 && dd <= 31 && (suf || as_word)) {
			p += l2 + suf;
			if (s[0] == '(') {
				if (p >= avail || s[p] != ')')
					return 0;
				p++;
			} else {
				size_t q = p;
				while (q < avail && s[q] == ' ')
					q++;
				size_t of = q + 3 <= avail && strncasecmp(s + q, "of ", 3) == 0 ? q + 3 : 0, ml = 0;
				int mm = of ? month_at(lex, s + of, avail - of, &ml) : 0;
				if (mm && valid(0, mm, dd) && (of + ml >= avail || !isalnum((unsigned char)s[of + ml]))) {
					/* "the 5th of March, 2023", "the twenty-first of May" */
					size_t e = of + ml, ye = 0;
					int yy = year_after(s, avail, e, &ye);
					if (yy && valid(yy, mm, dd)) {
						*out = (date_expr){DK_FULL, yy, mm, dd, 0, 0, (uint32_t)pos, (uint32_t)(pos + ye), 0, 0, 0};
						return ye;
					}
					*out = (date_expr){DK_MONTH_DAY, 0, mm, dd, 0, 0, (uint32_t)pos, (uint32_t)(pos + e), 0, 0, 0};
					return e;
				}
				/* "the 3rd of this month": the dateline's month ("this month" is no undated
				 * phrase here) */
				const lex_calendar_word *tm = of ? calendar_at(lex, CAL_UNDATED, s + of, avail - of, &ml) : NULL;
				if (tm)
					p = of + ml;
				else if (as_word)
					return 0; /* "the third batch", "the first of its kind": no day */
				/* "the 20th National Congress" is an ordinal, not a day; "on the 15th afternoon"
				 * is one */
				else if (q < avail && isalpha((unsigned char)s[q]) && !of && strncasecmp(s + q, "and ", 4) != 0 &&
				         !to_a_day(s + q, avail - q) && !(after_on_or_of(text, pos) && calendar_at(lex, CAL_DAYNEXT, s + q, avail - q, &ml)))
					return 0;
			}
			*out = (date_expr){DK_DAY, 0, 0, dd, 0, 0, (uint32_t)pos, (uint32_t)(pos + p), 0, 0, 0};
			return p;
		}
	}
	size_t wl;
	const lex_calendar_word *w = calendar_at(lex, CAL_WEEKDAY, s, avail, &wl);
	if (w) {
		/* "on Tuesday and Wednesday", "from Monday to Thursday": the first day, and how many
		 * follow it */
		size_t r = wl, l = 0;
		if (avail > r + 5 && strncasecmp(s + r, " and ", 5) == 0)
			r += 5;
		else if (avail > r + 4 && strncasecmp(s + r, " to ", 4) == 0)
			r += 4;
		else if (avail > r + 9 && strncasecmp(s + r, " through ", 9) == 0)
			r += 9;
		const lex_calendar_word *w2 = r > wl && isupper((unsigned char)s[r]) ? calendar_at(lex, CAL_WEEKDAY, s + r, avail - r, &l) : NULL;
		int span = w2 ? (w2->value - w->value + 7) % 7 : 0;
		/* "last Friday" in a report of a Friday is the week before's (rel -7: not the
		 * reference day itself) */
		int last = word_before(text, pos, "last ", 5);
		*out = (date_expr){DK_WEEKDAY, 0, 0, 0, w->value, last ? -7 : 0, (uint32_t)pos, (uint32_t)(pos + (span ? r + l : wl)), 0, 0, span};
		return span ? r + l : wl;
	}
	if ((w = calendar_at(lex, CAL_AFTER, s, avail, &wl))) {
		*out = (date_expr){DK_AFTER, 0, 0, 0, 0, w->value, (uint32_t)pos, (uint32_t)(pos + wl), 0, 0, 0};
		return wl;
	}
	if ((w = calendar_at(lex, CAL_RELATIVE, s, avail, &wl))) {
		*out = (date_expr){DK_RELATIVE, 0, 0, 0, 0, w->value, (uint32_t)pos, (uint32_t)(pos + wl), 0, 0, 0};
		return wl;
	}
	/* "early March", "mid-March", "the end of March", "late this month": a part of a month, no
	 * day ("in early March, 2021" keeps its year; "late March 5" is rather March 5) */
	if ((w = calendar_at(lex, CAL_MONTHPART, s, avail, &wl)) && wl < avail && (s[wl] == ' ' || s[wl] == '-')) {
		size_t p = wl + 1, ml = 0;
		if (month_at(lex, s + p, avail - p, &ml) || calendar_at(lex, CAL_UNDATED, s + p, avail - p, &ml)) {
			p += ml;
			size_t q = p;
			if (q < avail && s[q] == ',')
				q++;
			while (q < avail && s[q] == ' ')
				q++;
			if (q < avail && isdigit((unsigned char)s[q]) && !(num_at(s + q, avail - q, 4, &l3) >= 1900 && l3 == 4))
				return 0;
			*out = (date_expr){DK_UNDATED, 0, 0, 0, 0, 0, (uint32_t)pos, (uint32_t)(pos + p), 0, 0, 0};
			return p;
		}
	}
	if ((w = calendar_at(lex, CAL_UNDATED, s, avail, &wl))) {
		*out = (date_expr){DK_UNDATED, 0, 0, 0, 0, 0, (uint32_t)pos, (uint32_t)(pos + wl), 0, 0, 0};
		return wl;
	}
	return 0;
}

/* Days since 1970-01-01 (civil calendar). */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

int date_resolve(char *out, const date_expr *e, int ry, int rm, int rd)
{
	int y = 0, m = 0, d = 0;
	long ref = ry ? days_from_civil(ry, rm, rd) : 0;
	switch (e->kind) {
	case DK_FULL:
		y = e->y, m = e->m, d = e->d;
		break;
	case DK_MONTH_DAY:
		if (!ry) {
			snprintf(out, 24, "--%02d-%02d", e->m, e->d);
			return 0;
		}
		y = ry, m = e->m, d = e->d;
		/* a date well after the dateline belongs to the year before */
		if (days_from_civil(y, m, d) > ref + 31)
			y--;
		break;
	case DK_DAY:
		if (!ry)
			return -1;
		y = ry, m = rm, d = e->d;
		if (d > rd + 1) {
			if (--m == 0)
				m = 12, y--;
		}
		if (!valid(y, m, d))
			return -1;
		break;
	case DK_WEEKDAY: {
		if (!ry)
			return -1;
		int wd = (int)((ref % 7 + 7 + 4) % 7); /* 1970-01-01 was a Thursday */
		int back = (wd - e->weekday + 7) % 7;
		if (!back && e->rel < 0)
			back = -e->rel;
		civil_from_days(ref - back, &y, &m, &d);
		break;
	}
	case DK_RELATIVE:
		if (!ry)
			return -1;
		civil_from_days(ref + e->rel, &y, &m, &d);
		break;
	default:
		return -1;
	}
	if (!valid(y, m, d))
		return -1;
	snprintf(out, 24, "%04d-%02d-%02d", y, m, d);
	return 1;
}

int date_resolve_near(char *out, const date_expr *e, int ry, int rm, int rd)
{
	/* a day in that date's month, up to the day after it (a photo's "June 15, 2023" under "On
	 * the 15th"); a later day would be of the month before, which nothing in the text says */
	if (e->kind == DK_DAY)
		return ry && e->d <= rd + 1 ? date_resolve(out, e, ry, rm, rd) : -1;
	if (!ry || e->kind != DK_MONTH_DAY)
		return date_resolve(out, e, ry, rm, rd);
	long ref = days_from_civil(ry, rm, rd);
	int y = ry;
	long at = days_from_civil(y, e->m, e->d);
	if (at - ref > 183)
		y--;
	else if (ref - at > 183)
		y++;
	if (!valid(y, e->m, e->d))
		return -1;
	snprintf(out, 24, "%04d-%02d-%02d", y, e->m, e->d);
	return 1;
}

int date_resolve_last(char *out, const date_expr *e, int ry, int rm, int rd)
{
	int r = date_resolve(out, e, ry, rm, rd);
	if (r == 1)
		date_to_last(out, e);
	return r;
}

void date_to_last(char *out, const date_expr *e)
{
	if (!e->span)
		return;
	int y, m, d;
	civil_from_days(days_from_civil(atoi(out), atoi(out + 5), atoi(out + 8)) + e->span, &y, &m, &d);
	snprintf(out, 24, "%04d-%02d-%02d", y, m, d);
}
