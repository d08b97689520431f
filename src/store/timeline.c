/* timeline.c — formulation uses as whole time series (store/timeline.h): the periods a
 * query's GROUP BY found, with the periods between them that had no use written as zeros, so
 * that a timeline plots as it is and --limit takes whole formulations, never part of one. */
#include "store/timeline.h"
#include "store/cursor.h"
#include "util/civil_date.h"
#include "util/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int period_kind_of(const char *by)
{
	if (!by || !strcmp(by, "month"))
		return PERIOD_MONTH;
	if (!strcmp(by, "week"))
		return PERIOD_WEEK;
	return strcmp(by, "year") ? -1 : PERIOD_YEAR;
}

static int64_t mod7(int64_t n)
{
	return ((n % 7) + 7) % 7;
}

/* The ISO week of day number n: its year (that of the week's Thursday) and number. */
static bool iso_week(char out[16], int64_t n)
{
	int64_t thursday = n - mod7(n + 3) + 3; /* 1970-01-01 was a Thursday: Monday is 0 */
	char date[11], jan1[11];
	int64_t first;
	if (!civil_date_of(date, thursday))
		return false;
	snprintf(jan1, sizeof jan1, "%.4s-01-01", date);
	if (!civil_day_number(jan1, &first))
		return false;
	snprintf(out, 16, "%.4s-W%02d", date, (int)((thursday - first) / 7 + 1));
	return true;
}

bool period_of_date(char out[16], int kind, const char *date)
{
	int64_t n;
	if (!civil_day_number(date, &n))
		return false;
	if (kind == PERIOD_WEEK)
		return iso_week(out, n);
	snprintf(out, 16, "%.*s", kind == PERIOD_YEAR ? 4 : 7, date);
	return true;
}

bool period_next(char out[16], int kind, const char *p)
{
	char date[32];
	int y, m = 1, w = 1;
	size_t len = strlen(p);
	if (kind == PERIOD_YEAR && len == 4 && sscanf(p, "%4d", &y) == 1)
		snprintf(date, sizeof date, "%04d-01-01", y + 1);
	else if (kind == PERIOD_MONTH && len == 7 && sscanf(p, "%4d-%2d", &y, &m) == 2 && m >= 1 && m <= 12)
		snprintf(date, sizeof date, "%04d-%02d-01", m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1);
	else if (kind == PERIOD_WEEK && len == 8 && sscanf(p, "%4d-W%2d", &y, &w) == 2 && w >= 1 && w <= 53) {
		/* 4 January is in week 1: the Monday of week w is (w - 1) weeks after that week's */
		int64_t jan4;
		snprintf(date, sizeof date, "%04d-01-04", y);
		if (!civil_day_number(date, &jan4))
			return false;
		return iso_week(out, jan4 - mod7(jan4 + 3) + 7 * (int64_t)w);
	} else
		return false;
	return period_of_date(out, kind, date);
}

/* One formulation of the sparse answer. */
typedef struct line {
	int64_t fid, uses;
	const char *label, *zh;
} line;

static int by_uses(const void *x, const void *y)
{
	const line *a = x, *b = y;
	if (a->uses != b->uses)
		return a->uses > b->uses ? -1 : 1;
	int r = strcmp(a->label, b->label);
	return r ? r : (a->fid > b->fid) - (a->fid < b->fid);
}

static int by_fid(const void *x, const void *y)
{
	const line *a = x, *b = y;
	return (a->fid > b->fid) - (a->fid < b->fid);
}

enum { S_FID, S_LABEL, S_ZH, S_PERIOD, S_USES, S_DOCS };

/* The formulations of the sparse rows with their uses, the most used first; *n of them. */
static int lines_of(line **out, size_t *n, const readout_answer *sparse)
{
	*n = 0;
	line *l = malloc((sparse->nrows ? sparse->nrows : 1) * sizeof *l);
	if (!(*out = l))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t r = 0; r < sparse->nrows; r++) {
		const readout_cell *zh = readout_answer_cell(sparse, r, S_ZH);
		l[r] = (line){readout_answer_cell(sparse, r, S_FID)->i, readout_answer_cell(sparse, r, S_USES)->i,
		              readout_answer_cell(sparse, r, S_LABEL)->s, zh->type == READOUT_TYPE_NULL ? NULL : zh->s};
	}
	qsort(l, sparse->nrows, sizeof *l, by_fid);
	for (size_t r = 0; r < sparse->nrows; r++) {
		if (*n && l[*n - 1].fid == l[r].fid)
			l[*n - 1].uses += l[r].uses;
		else
			l[(*n)++] = l[r];
	}
	qsort(l, *n, sizeof *l, by_uses);
	return 0;
}

/* The rank of each kept formulation, looked up by id. */
typedef struct rank {
	int64_t fid;
	long i;
} rank;

static int rank_by_fid(const void *x, const void *y)
{
	const rank *a = x, *b = y;
	return (a->fid > b->fid) - (a->fid < b->fid);
}

/* The index of fid among the n kept lines (ranks sorted by fid), or -1. */
static long line_of(const rank *ranks, size_t n, int64_t fid)
{
	rank key = {fid, 0};
	const rank *hit = n ? bsearch(&key, ranks, n, sizeof *ranks, rank_by_fid) : NULL;
	return hit ? hit->i : -1;
}

int timeline__fill(readout_answer **out, const readout_answer *sparse, int kind, const char *from, const char *to,
                   size_t limit, size_t max_rows)
{
	*out = NULL;
	static const char *const cols[] = {"formulation", "zh", "period", "uses", "documents"};
	readout_answer *a = NULL;
	line *l = NULL;
	rank *ranks = NULL;
	int64_t *cells = NULL;
	size_t n = 0;
	int rc = answer__new(&a, 5, cols, "tttii");
	if (!rc)
		rc = lines_of(&l, &n, sparse);
	if (rc)
		goto done;
	if (limit && n > limit)
		n = limit;
	if (!(ranks = malloc((n ? n : 1) * sizeof *ranks))) {
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		ranks[i] = (rank){l[i].fid, (long)i};
	qsort(ranks, n, sizeof *ranks, rank_by_fid);
	/* the range: the asked dates' periods, else the first and last with uses */
	char first[16] = "", last[16] = "", p[16];
	for (size_t r = 0; r < sparse->nrows; r++) {
		const char *period = readout_answer_cell(sparse, r, S_PERIOD)->s;
		if (line_of(ranks, n, readout_answer_cell(sparse, r, S_FID)->i) < 0)
			continue;
		if (!first[0] || strcmp(period, first) < 0)
			snprintf(first, sizeof first, "%s", period);
		if (!last[0] || strcmp(period, last) > 0)
			snprintf(last, sizeof last, "%s", period);
	}
	/* a bound that is no date filtered the uses as text, and leaves the range to them */
	if (from && period_of_date(p, kind, from))
		snprintf(first, sizeof first, "%s", p);
	if (to && period_of_date(p, kind, to))
		snprintf(last, sizeof last, "%s", p);
	if (!n || !first[0] || !last[0] || strcmp(first, last) > 0)
		goto done;
	size_t periods = 1;
	for (snprintf(p, sizeof p, "%s", first); strcmp(p, last) < 0 && period_next(p, kind, p); periods++)
		;
	if (max_rows && periods * n > max_rows) {
		rc = readout_error__set(READOUT_ETOOBIG, "the timeline has %zu periods of %zu formulations, more than the row "
		                                         "limit of %zu: narrow the dates or name the formulations",
		                        periods, n, max_rows);
		goto done;
	}
	if (!(cells = malloc(2 * n * sizeof *cells))) {
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		goto done;
	}
	/* the sparse rows come by period, which in every kind sorts as text in time order */
	size_t r = 0;
	snprintf(p, sizeof p, "%s", first);
	for (size_t k = 0; k < periods && !rc; k++) {
		memset(cells, 0, 2 * n * sizeof *cells);
		for (; r < sparse->nrows && strcmp(readout_answer_cell(sparse, r, S_PERIOD)->s, p) <= 0; r++) {
			long i = line_of(ranks, n, readout_answer_cell(sparse, r, S_FID)->i);
			if (i >= 0 && !strcmp(readout_answer_cell(sparse, r, S_PERIOD)->s, p)) {
				cells[2 * i] += readout_answer_cell(sparse, r, S_USES)->i;
				cells[2 * i + 1] += readout_answer_cell(sparse, r, S_DOCS)->i;
			}
		}
		for (size_t i = 0; i < n && !rc; i++) {
			readout_cell row[5] = {{.type = READOUT_TYPE_TEXT, .s = l[i].label},
			                       {.type = l[i].zh ? READOUT_TYPE_TEXT : READOUT_TYPE_NULL, .s = l[i].zh},
			                       {.type = READOUT_TYPE_TEXT, .s = p},
			                       {.type = READOUT_TYPE_INTEGER, .i = cells[2 * i]},
			                       {.type = READOUT_TYPE_INTEGER, .i = cells[2 * i + 1]}};
			rc = answer__add(a, row);
		}
		if (k + 1 < periods && !period_next(p, kind, p))
			rc = readout_error__set(READOUT_EINVALID, "internal: no period after '%s'", p);
	}
done:
	free(cells);
	free(ranks);
	free(l);
	if (rc) {
		readout_answer_free(a);
		return rc;
	}
	*out = a;
	return 0;
}
