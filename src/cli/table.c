/* table.c — printing typed query rows: an aligned table for people, CSV, JSON Lines or JSON
 * for programs. Formatting only: the rows come from the library's cursors. */
#include "cli/table.h"
#include "cli/cli.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "readout/error.h"

int table_format_parse(const char *s)
{
	if (!strcmp(s, "table")) return FMT_TABLE;
	if (!strcmp(s, "csv")) return FMT_CSV;
	if (!strcmp(s, "jsonl")) return FMT_JSONL;
	if (!strcmp(s, "json")) return FMT_JSON;
	return -1;
}

enum { NUM_TEXT = 40 };

/* The shortest decimal that reads back as r. */
static void real_text(char out[NUM_TEXT], double r)
{
	for (int digits = 15; digits <= 17; digits++) {
		snprintf(out, NUM_TEXT, "%.*g", digits, r);
		if (strtod(out, NULL) == r)
			return;
	}
}

/* A cell as text (num holds a number's), or NULL for NULL. */
static const char *cell_text(char num[NUM_TEXT], const readout_cell *c)
{
	switch (c->type) {
	case READOUT_TYPE_INTEGER: snprintf(num, NUM_TEXT, "%" PRId64, c->i); return num;
	case READOUT_TYPE_REAL: real_text(num, c->r); return num;
	case READOUT_TYPE_TEXT:
	case READOUT_TYPE_DATE: return c->s;
	default: return NULL;
	}
}

static bool is_number(const readout_cell *c)
{
	return c->type == READOUT_TYPE_INTEGER || c->type == READOUT_TYPE_REAL;
}

/* ---- aligned ---- */

/* Whether s is printable ASCII, one column a byte (most cells: the fast way). */
static bool plain_ascii(const char *s, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p >= 0x20 && *p < 0x7f)
		p++;
	*len = (size_t)(p - (const unsigned char *)s);
	return *p == '\0';
}

/* Display width of a UTF-8 string (CJK counts two). */
static size_t display_width(const char *s)
{
	size_t w = 0;
	if (plain_ascii(s, &w))
		return w;
	w = 0;
	utf8proc_int32_t cp;
	while (*s) {
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
		if (n <= 0) {
			s++;
			w++;
			continue;
		}
		int cw = utf8proc_charwidth(cp);
		w += cw > 0 ? (size_t)cw : 0;
		s += n;
	}
	return w;
}

enum { MAX_CELL = 60, MAX_COLS = 64 };

/* Prints at most max display columns of s, marking a cut with "..."; returns the width used. */
static size_t put_cell(FILE *f, const char *s, size_t max)
{
	size_t w = 0;
	if (plain_ascii(s, &w) && w <= max) {
		fputs(s, f);
		return w;
	}
	w = 0;
	utf8proc_int32_t cp;
	size_t total = display_width(s);
	size_t limit = total > max ? max - 3 : max;
	while (*s) {
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
		bool bad = n <= 0; /* a byte that is not UTF-8 shows as '?' */
		int cw = bad ? 1 : utf8proc_charwidth(cp);
		if (cw < 0)
			cw = 0;
		if (w + (size_t)cw > limit)
			break;
		if (bad || cp == '\n' || cp == '\t')
			fputc(bad ? '?' : ' ', f);
		else
			fwrite(s, 1, (size_t)n, f);
		w += (size_t)cw;
		s += bad ? 1 : n;
	}
	if (total > max) {
		fputs("...", f);
		w += 3;
	}
	return w;
}

/* Pads to width, before a number (right-aligned) or after text. */
static void put_aligned(FILE *f, const char *s, size_t width, bool right, bool last)
{
	size_t w = display_width(s);
	if (right && w < width)
		fprintf(f, "%*s", (int)(width - w), "");
	w = put_cell(f, s, width);
	if (!last)
		fprintf(f, "%*s", (int)((right ? 0 : width - w) + 2), "");
}

static void print_aligned(table_out *t)
{
	size_t width[MAX_COLS] = {0};
	size_t nc = t->ncols < MAX_COLS ? t->ncols : MAX_COLS;
	const readout_column *cols = t->nheld ? t->held[0]->cols : NULL;
	char num[NUM_TEXT];
	size_t rows = 0;
	for (size_t c = 0; c < nc; c++)
		width[c] = display_width(cols[c].name);
	for (size_t a = 0; a < t->nheld; a++) {
		const readout_answer *ans = t->held[a];
		rows += ans->nrows;
		for (size_t r = 0; r < ans->nrows; r++)
			for (size_t c = 0; c < nc; c++) {
				const char *v = cell_text(num, readout_answer_cell(ans, r, c));
				size_t w = display_width(v ? v : "");
				if (w > width[c])
					width[c] = w < MAX_CELL ? w : MAX_CELL;
			}
	}
	if (t->heading)
		fprintf(t->f, "== %s\n", t->heading);
	for (size_t c = 0; c < nc; c++)
		put_aligned(t->f, cols[c].name, width[c], false, c + 1 == nc);
	fputc('\n', t->f);
	for (size_t c = 0; c < nc; c++) {
		for (size_t i = 0; i < width[c]; i++)
			fputc('-', t->f);
		if (c + 1 < nc)
			fputs("  ", t->f);
	}
	fputc('\n', t->f);
	for (size_t a = 0; a < t->nheld; a++) {
		const readout_answer *ans = t->held[a];
		for (size_t r = 0; r < ans->nrows; r++) {
			for (size_t c = 0; c < nc; c++) {
				const readout_cell *cell = readout_answer_cell(ans, r, c);
				const char *v = cell_text(num, cell);
				put_aligned(t->f, v ? v : "", width[c], is_number(cell), c + 1 == nc);
			}
			fputc('\n', t->f);
		}
	}
	fprintf(t->f, "(%zu row%s)\n", rows, rows == 1 ? "" : "s");
}

/* ---- CSV ---- */

static void csv_field(FILE *f, const char *s)
{
	if (!s)
		return;
	if (!strpbrk(s, ",\"\n\r")) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

static void csv_header(FILE *f, size_t ncols, const readout_column *cols)
{
	for (size_t c = 0; c < ncols; c++) {
		if (c)
			fputc(',', f);
		csv_field(f, cols[c].name);
	}
	fputs("\r\n", f);
}

static void csv_row(FILE *f, size_t ncols, const readout_cell *row)
{
	char num[NUM_TEXT];
	for (size_t c = 0; c < ncols; c++) {
		if (c)
			fputc(',', f);
		csv_field(f, cell_text(num, &row[c]));
	}
	fputs("\r\n", f);
}

/* ---- JSON ---- */

/* A JSON string; bytes that are not UTF-8 become U+FFFD, so the output stays JSON. */
static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	while (*s) {
		unsigned char c = (unsigned char)*s;
		utf8proc_int32_t cp;
		utf8proc_ssize_t n;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else if (c < 0x80)
			fputc(c, f);
		else if ((n = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp)) > 0) {
			fwrite(s, 1, (size_t)n, f);
			s += n;
			continue;
		} else
			fputs("\xEF\xBF\xBD", f);
		s++;
	}
	fputc('"', f);
}

static void json_cell(FILE *f, const readout_cell *c)
{
	char num[NUM_TEXT];
	switch (c->type) {
	case READOUT_TYPE_INTEGER: fprintf(f, "%" PRId64, c->i); break;
	case READOUT_TYPE_REAL:
		if (isfinite(c->r)) {
			real_text(num, c->r);
			fputs(num, f);
		} else
			fputs("null", f); /* JSON has no NaN or infinity */
		break;
	case READOUT_TYPE_TEXT:
	case READOUT_TYPE_DATE: json_str(f, c->s); break;
	default: fputs("null", f);
	}
}

static void json_row(FILE *f, size_t ncols, const readout_column *cols, const readout_cell *row)
{
	fputc('{', f);
	for (size_t c = 0; c < ncols; c++) {
		if (c)
			fputc(',', f);
		json_str(f, cols[c].name);
		fputc(':', f);
		json_cell(f, &row[c]);
	}
	fputc('}', f);
}

/* ---- one table ---- */

void table_begin(table_out *t, FILE *f, int format, const char *heading)
{
	memset(t, 0, sizeof *t);
	t->f = f;
	t->format = format;
	t->heading = heading;
}

static int written(table_out *t)
{
	if (!ferror(t->f))
		return 0;
	cli_stdout_failed(errno);
	return TABLE_WRITE_FAILED;
}

static int hold(table_out *t, readout_cursor *c)
{
	readout_answer **more = realloc(t->held, (t->nheld + 1) * sizeof *more);
	if (!more)
		return READOUT_ENOMEM;
	t->held = more;
	int rc = readout_answer_read(&t->held[t->nheld], c);
	if (!rc)
		t->nheld++;
	return rc;
}

int table_add(table_out *t, readout_cursor *c)
{
	size_t ncols = readout_cursor_ncols(c);
	const readout_column *cols = readout_cursor_columns(c);
	if (!t->header_done) {
		t->ncols = ncols;
		if (t->format == FMT_CSV)
			csv_header(t->f, ncols, cols);
		else if (t->format == FMT_JSON)
			fputc('[', t->f);
		t->header_done = true;
	}
	if (t->format == FMT_TABLE)
		return hold(t, c);
	int rc;
	while ((rc = readout_cursor_next(c)) == 1) {
		const readout_cell *row = readout_cursor_row(c);
		if (t->format == FMT_CSV) {
			csv_row(t->f, ncols, row);
		} else {
			if (t->format == FMT_JSON)
				fputs(t->rows ? ",\n  " : "\n  ", t->f);
			json_row(t->f, ncols, cols, row);
			if (t->format == FMT_JSONL)
				fputc('\n', t->f);
		}
		t->rows++;
		if ((rc = written(t)))
			return rc;
	}
	return rc;
}

int table_end(table_out *t)
{
	if (t->format == FMT_TABLE && t->header_done)
		print_aligned(t);
	else if (t->format == FMT_JSON && t->header_done)
		fputs(t->rows ? "\n]\n" : "]\n", t->f);
	for (size_t i = 0; i < t->nheld; i++)
		readout_answer_free(t->held[i]);
	free(t->held);
	t->held = NULL;
	t->nheld = 0;
	return written(t);
}
