/* store/timeline.h — whole time series of formulation uses: every period from the first to
 * the last, zeros included (internal to the store; query.c asks, timeline.c fills). */
#ifndef READOUT_STORE_TIMELINE_H
#define READOUT_STORE_TIMELINE_H

#include "readout/query.h"

#include <stdbool.h>
#include <stdint.h>

enum period_kind { PERIOD_MONTH, PERIOD_WEEK, PERIOD_YEAR };

/* The kind a --by value names: "month" (and NULL), "week" (ISO 8601) or "year"; -1 for
 * anything else. */
int period_kind_of(const char *by);

/* The period of a YYYY-MM-DD date as the queries write it: "YYYY-MM", "YYYY-Www" (the ISO
 * year and week) or "YYYY"; false when date is not a date. */
bool period_of_date(char out[16], int kind, const char *date);

/* The period after p (one of period_of_date's), or false when p is not one. */
bool period_next(char out[16], int kind, const char *p);

/* The whole series of the uses in `sparse` (columns fid:integer, formulation:text, zh:text,
 * period:text, uses:integer, documents:integer; only the periods with uses), into *out with
 * columns formulation, zh, period, uses, documents: every period from the first to the last
 * (from the periods of `from` and `to` when they are dates), by period, each with every formulation
 * kept, the most used first, 0 where it had none. limit (0: all) keeps the `limit` most used
 * formulations, each whole. More than max_rows rows (0: no limit) is READOUT_ETOOBIG. */
int timeline__fill(readout_answer **out, const readout_answer *sparse, int kind, const char *from, const char *to,
                   size_t limit, size_t max_rows);

#endif
