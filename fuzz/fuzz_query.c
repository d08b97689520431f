/* fuzz_query.c — libFuzzer target: the questions' arguments (filters, names, search syntax,
 * person ids) on a small read-only readout database. The input is cut at NUL bytes into the
 * arguments; every query must answer or refuse with a code and a message, and the database
 * must stay as it was (arguments are bound, never spliced into SQL). Built by
 * fuzz/CMakeLists.txt, replayed by tests/fuzz/replay.c. */
#include "fuzz_fixture.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	readout_store *st = fuzz_fixture_reader();
	/* up to 13 arguments, NUL-separated; missing ones are NULL */
	char *copy = fuzz_fixture_cstr(data, size);
	if (!copy)
		return 0;
	const char *arg[13] = {NULL};
	size_t n = 0;
	for (char *p = copy; n < 13 && p <= copy + size; p += strlen(p) + 1)
		arg[n++] = p;
	readout_query q = {arg[0], arg[1], arg[2], arg[3], arg[4], arg[5], arg[6], arg[8], size % 7, arg[11], arg[12], size % 3,
	                   &arg[10], arg[10] ? 1 : 0, arg[7]};
	readout_cursor *c = NULL;
	int rc;
	rc = readout_store_people(&c, st, &q), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_events(&c, st, &q), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_event_periods(&c, st, &q), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_event_places(&c, st, &q), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_formulation_periods(&c, st, &q), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_formulation_spans(&c, st, &q), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_formulation_levels(&c, st, &q), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_formulation_places(&c, st, &q), fuzz_fixture_drain(rc, c), c = NULL;
	if (arg[4]) {
		rc = readout_store_cascade_levels(&c, st, arg[4]), fuzz_fixture_drain(rc, c), c = NULL;
		rc = readout_store_cascade_events(&c, st, arg[4], size % 3), fuzz_fixture_drain(rc, c), c = NULL;
		readout_cascade_query cq = {arg[4], arg[7], arg[2], size % 3};
		rc = readout_store_cascade_summary(&c, st, &cq), fuzz_fixture_drain(rc, c), c = NULL;
		rc = readout_store_cascade_list(&c, st, &cq), fuzz_fixture_drain(rc, c), c = NULL;
		readout_rank_query kq = {arg[4], arg[5], arg[6], (int)(size % 2), arg[1]};
		rc = readout_store_rank(&c, st, &kq), fuzz_fixture_drain(rc, c), c = NULL;
		rc = readout_store_rank_people(&c, st, &kq), fuzz_fixture_drain(rc, c), c = NULL;
	}
	/* a search with the filters, and without any */
	rc = readout_store_search(&c, st, arg[9], &q), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_search(&c, st, arg[9], NULL), fuzz_fixture_drain(rc, c), c = NULL;
	int64_t found;
	int more;
	readout_store_search_count(&found, &more, st, arg[9], &q, (int64_t)(size % 4));
	rc = readout_store_search_page(&c, &found, &more, st, arg[9], &q, (int64_t)(size % 4)), fuzz_fixture_drain(rc, c),
	c = NULL;
	rc = readout_store_search_page(&c, &found, &more, st, arg[9], NULL, 0), fuzz_fixture_drain(rc, c), c = NULL;
	if (arg[7])
		rc = readout_store_document(&c, st, arg[7]), fuzz_fixture_drain(rc, c), c = NULL;
	if (arg[10]) {
		rc = readout_store_person(&c, st, arg[10]), fuzz_fixture_drain(rc, c), c = NULL;
		rc = readout_store_nearest(&c, st, READOUT_NAMES_PERSONS, arg[10], 3), fuzz_fixture_drain(rc, c), c = NULL;
	}
	if (arg[0])
		rc = readout_store_nearest(&c, st, READOUT_NAMES_PLACES, arg[0], 3), fuzz_fixture_drain(rc, c), c = NULL;
	/* the parts of a person, by an id the input picks among the first few */
	int64_t id = (int64_t)(size % 9) - 1;
	rc = readout_store_person_titles(&c, st, id), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_person_events(&c, st, id, size % 4), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_person_colisted(&c, st, id, size % 4), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_person_order(&c, st, id), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_person_career(&c, st, id), fuzz_fixture_drain(rc, c), c = NULL;
	rc = readout_store_person_career_documents(&c, st, id, size % 4), fuzz_fixture_drain(rc, c), c = NULL;
	if (arg[7])
		rc = readout_store_nearest(&c, st, READOUT_NAMES_POSTS, arg[7], 3), fuzz_fixture_drain(rc, c), c = NULL;
	fuzz_fixture_unchanged();
	free(copy);
	return 0;
}
