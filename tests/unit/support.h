/* support.h — helpers shared by the unit tests: the built-in lexicon and one extractor per test
 * program, lookups into a record by name, and scratch folders under $TMPDIR.
 * Test code only; depends on the public API and cmocka. */
#ifndef READOUT_TEST_SUPPORT_H
#define READOUT_TEST_SUPPORT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "readout/readout.h"

/* cmocka group setup/teardown: load the built-in lexicon and an extractor once per program. */
int support_setup(void **state);
int support_teardown(void **state);

const readout_lexicon *support_lexicon(void);

/* Extracts a NUL-terminated text with the shared extractor; fails the test on an error. The
 * record is valid until the next call. */
const readout_record *support_extract(const char *text);

/* assert_string_equal that reports a NULL actual instead of crashing on it. */
#define assert_str(actual, expected) support_assert_str((actual), (expected), __FILE__, __LINE__)
void support_assert_str(const char *actual, const char *expected, const char *file, int line);

/* The record as JSON (the shared buffer is reused by the next call). */
const char *support_json(const readout_record *rec, const char *id);

/* The person whose name is exactly name, or NULL. */
const readout_person *support_person(const readout_record *rec, const char *name);

/* True if the person has exactly this title (case-sensitive, as written). */
bool support_has_title(const readout_person *p, const char *title);

/* True if one of the values' text is name. */
bool support_values_have(const readout_value *v, size_t n, const char *name);

/* The formulation that has form among its forms (case-insensitive), or NULL. */
const readout_formulation *support_formulation(const readout_record *rec, const char *form);

/* Text of the last extracted document at a span, copied into a static buffer. */
const char *support_span_text(readout_span s);

/* A new empty folder under $TMPDIR (or /tmp). The caller removes it with support_rmdir. */
char *support_tempdir(void);

/* Writes len bytes to dir/name; fails the test on error. */
void support_write(const char *dir, const char *name, const void *data, size_t len);

/* Removes a folder made by support_tempdir, with the files and folders in it, and frees dir.
 * Accepts NULL. */
void support_rmdir(char *dir);

#endif
