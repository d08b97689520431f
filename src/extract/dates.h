/* extract/dates.h — date expressions of the genre and their resolution (internal). */
#ifndef READOUT_EXTRACT_DATES_H
#define READOUT_EXTRACT_DATES_H

#include "lexicon/lexicon_impl.h"

#include <stddef.h>
#include <stdint.h>

/* DK_UNDATED: a word that says the day is not given ("recently"); DK_AFTER: days after the day
 * the text named before it ("the next day"), which date_resolve cannot resolve alone */
enum date_kind { DK_NONE, DK_FULL, DK_MONTH_DAY, DK_DAY, DK_WEEKDAY, DK_RELATIVE, DK_UNDATED, DK_AFTER };

enum { DATELINE_LABELLED = 2 };

typedef struct date_expr {
	int kind;
	int y, m, d;      /* as known */
	int weekday;      /* 0 = Sunday, for DK_WEEKDAY */
	int rel;          /* days relative to the reference, for DK_RELATIVE; after the day before, for
	                   * DK_AFTER; for DK_WEEKDAY, -7 when it cannot be the reference day ("last
	                   * Friday") */
	uint32_t start, end;
	int dateline;     /* a publication/dateline date, not an event's; DATELINE_LABELLED after a
	                   * label ("Date:", "Release time") */
	int header;       /* an event's date in a page's header ("Date: June 16, 2021", "10 a.m. June 16") */
	int span;         /* the days after the first that a range covers ("February 26 to 28": 2,
	                   * "on Tuesday and Wednesday": 1) */
} date_expr;

/* Tries to read a date expression at byte offset pos, with the lexicon's words of dates
 * (data/calendar.tsv). Returns its length, 0 if none. */
size_t date_parse_at(date_expr *out, const readout_lexicon *lex, const char *text, size_t len, size_t pos);

/* The value of the ordinal written as a word that s[0, avail) is ("third" 3, "twenty-first"
 * 21: calendar.tsv's day words, the one list of them), or 0 for none. */
int date_ordinal_word(const readout_lexicon *lex, const char *s, size_t avail);

/* Resolves e against the reference date (y, m, d; y == 0 when unknown). Writes YYYY-MM-DD
 * into out (24 bytes) and returns 1; or writes the partial "--MM-DD" and returns 0; or
 * returns -1 when nothing is known. */
int date_resolve(char *out, const date_expr *e, int ry, int rm, int rd);

/* As date_resolve, when the reference is only a date the text names (a plan adopted on May 4,
 * 2023; a law in force from January 1, 2024; a photo's date), not the report's own: it gives
 * the year, and a month and day fall in the nearest year to it, before or after; a day alone
 * falls in its month only up to the day after it, else resolves to nothing (-1). */
int date_resolve_near(char *out, const date_expr *e, int ry, int rm, int rd);

/* As date_resolve, for the last day of e's range (its one day when it is none). */
int date_resolve_last(char *out, const date_expr *e, int ry, int rm, int rd);

/* Moves the resolved first day of e in out (YYYY-MM-DD) to the last day of its range. */
void date_to_last(char *out, const date_expr *e);

#endif
