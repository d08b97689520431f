/* table.c — printing readout_table answers: an aligned table for people, CSV, JSON Lines or
 * JSON for programs. */
#include "cli/table.h"

#include <string.h>
#include <utf8proc.h>

int table_format_parse(const char *s)
{
	if (!strcmp(s, "table")) return FMT_TABLE;
	if (!strcmp(s, "csv")) return FMT_CSV;
	if (!strcmp(s, "jsonl")) return FMT_JSONL;
	if (!strcmp(s, "json")) return FMT_JSON;
	return -1;
}

/* Display width of a UTF-8 string (CJK counts two). */
static size_t display_width(const char *s)
{
	size_t w = 0;
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

enum { MAX_CELL = 60 };

/* Prints at most max display columns of s, marking a cut with "..."; returns the width used. */
static size_t put_cell(FILE *f, const char *s, size_t max)
{
	size_t w = 0;
	utf8proc_int32_t cp;
	size_t total = display_width(s);
	size_t limit = total > max ? max - 3 : max;
	while (*s) {
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
		if (n <= 0)
			n = 1;
		int cw = n > 0 ? utf8proc_charwidth(cp) : 1;
		if (cw < 0)
			cw = 0;
		if (w + (size_t)cw > limit)
			break;
		if (cp == '\n' || cp == '\t')
			fputc(' ', f);
		else
			fwrite(s, 1, (size_t)n, f);
		w += (size_t)cw;
		s += n;
	}
	if (total > max) {
		fputs("...", f);
		w += 3;
	}
	return w;
}

static void print_aligned(FILE *f, const readout_table *t)
{
	size_t width[64] = {0};
	size_t nc = t->ncols < 64 ? t->ncols : 64;
	for (size_t c = 0; c < nc; c++) {
		width[c] = display_width(t->cols[c] ? t->cols[c] : "");
		for (size_t r = 0; r < t->nrows; r++) {
			const char *v = t->cells[r * t->ncols + c];
			size_t w = display_width(v ? v : "");
			if (w > width[c])
				width[c] = w;
		}
		if (width[c] > MAX_CELL)
			width[c] = MAX_CELL;
	}
	if (t->title)
		fprintf(f, "== %s\n", t->title);
	for (size_t c = 0; c < nc; c++) {
		size_t w = put_cell(f, t->cols[c] ? t->cols[c] : "", width[c]);
		if (c + 1 < nc)
			fprintf(f, "%*s", (int)(width[c] - w + 2), "");
	}
	fputc('\n', f);
	for (size_t c = 0; c < nc; c++) {
		for (size_t i = 0; i < width[c]; i++)
			fputc('-', f);
		if (c + 1 < nc)
			fputs("  ", f);
	}
	fputc('\n', f);
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < nc; c++) {
			const char *v = t->cells[r * t->ncols + c];
			size_t w = put_cell(f, v ? v : "", width[c]);
			if (c + 1 < nc)
				fprintf(f, "%*s", (int)(width[c] - w + 2), "");
		}
		fputc('\n', f);
	}
	fprintf(f, "(%zu row%s)\n", t->nrows, t->nrows == 1 ? "" : "s");
}

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

/* One CSV line: the section's name first when there is one. */
static void csv_line(FILE *f, const char *section, int with_section, size_t ncols, const char *const *cells)
{
	if (with_section) {
		csv_field(f, section);
		fputc(',', f);
	}
	for (size_t c = 0; c < ncols; c++) {
		if (c)
			fputc(',', f);
		csv_field(f, cells[c]);
	}
	fputs("\r\n", f);
}

static void print_csv(FILE *f, const readout_table *t, int with_section)
{
	if (with_section)
		fputs("section,", f);
	csv_line(f, NULL, 0, t->ncols, (const char *const *)t->cols);
	for (size_t r = 0; r < t->nrows; r++)
		csv_line(f, t->title, with_section, t->ncols, (const char *const *)t->cells + r * t->ncols);
}

static void json_str(FILE *f, const char *s)
{
	if (!s) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

static void json_row(FILE *f, const char *section, int with_section, size_t ncols, const char *const *cols,
                     const char *const *cells)
{
	fputc('{', f);
	if (with_section) {
		fputs("\"section\":", f);
		json_str(f, section);
		if (ncols)
			fputc(',', f);
	}
	for (size_t c = 0; c < ncols; c++) {
		if (c)
			fputc(',', f);
		json_str(f, cols[c]);
		fputc(':', f);
		json_str(f, cells[c]);
	}
	fputc('}', f);
}

void table_print(FILE *f, const readout_table *t, int format)
{
	int multi = t && t->next != NULL;
	if (format == FMT_JSON)
		fputs(multi ? "{" : "[", f);
	int first_section = 1;
	for (const readout_table *s = t; s; s = s->next) {
		switch (format) {
		case FMT_TABLE:
			print_aligned(f, s);
			if (s->next)
				fputc('\n', f);
			break;
		case FMT_CSV:
			if (multi && !first_section)
				fputs("\r\n", f);
			print_csv(f, s, 0);
			break;
		case FMT_JSONL:
			for (size_t r = 0; r < s->nrows; r++) {
				json_row(f, s->title, multi, s->ncols, (const char *const *)s->cols,
				         (const char *const *)s->cells + r * s->ncols);
				fputc('\n', f);
			}
			break;
		case FMT_JSON:
			if (multi) {
				if (!first_section)
					fputc(',', f);
				fputs("\n  ", f);
				json_str(f, s->title ? s->title : "rows");
				fputs(": [", f);
			}
			for (size_t r = 0; r < s->nrows; r++) {
				fputs(r ? ",\n    " : "\n    ", f);
				json_row(f, NULL, 0, s->ncols, (const char *const *)s->cols, (const char *const *)s->cells + r * s->ncols);
			}
			if (multi)
				fputs(s->nrows ? "\n  ]" : "]", f);
			break;
		}
		first_section = 0;
	}
	if (format == FMT_JSON)
		fputs(multi ? "\n}\n" : "\n]\n", f);
}

int table_stream_row(table_stream *ts, size_t ncols, const char *const *names, const char *const *cells)
{
	FILE *f = ts->f;
	if (!cells) { /* the header */
		if (ts->format == FMT_CSV)
			csv_line(f, NULL, 0, ncols, names);
		else if (ts->format == FMT_JSON)
			fputc('[', f);
		ts->started = 1;
	} else if (ts->format == FMT_CSV) {
		csv_line(f, NULL, 0, ncols, cells);
	} else {
		if (ts->format == FMT_JSON)
			fputs(ts->rows ? ",\n    " : "\n    ", f);
		json_row(f, NULL, 0, ncols, names, cells);
		if (ts->format == FMT_JSONL)
			fputc('\n', f);
	}
	if (cells)
		ts->rows++;
	return ferror(f) ? -1 : 0;
}

void table_stream_end(table_stream *ts)
{
	if (ts->format == FMT_JSON && ts->started)
		fputs("\n]\n", ts->f);
}
