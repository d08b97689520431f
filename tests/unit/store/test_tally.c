/* test_tally.c — src/store/tally.c: totals by (kind, id, text), one document counted once,
 * undo to a mark, growth past many resizes, dates folded into first and last (and back to
 * text). */
#include "support.h"
#include "store/tally.h"

#include <stdio.h>
#include <string.h>

static void test_tally__adds_up_by_key(void **state)
{
	(void)state;
	tally t;
	tally_init(&t);
	bool first;
	tally_next_doc(&t);
	tally_sum *s = tally_touch(&t, 'T', 7, "Secretary", &first);
	assert_non_null(s);
	assert_true(first);
	s->a += 2;
	s = tally_touch(&t, 'T', 7, "Secretary", &first);
	assert_false(first); /* same document */
	s->a += 3;
	s = tally_touch(&t, 'T', 8, "Secretary", &first); /* another id */
	assert_true(first);
	s->a += 1;
	s = tally_touch(&t, 'M', 7, "Secretary", &first); /* another kind */
	assert_true(first);
	tally_next_doc(&t);
	s = tally_touch(&t, 'T', 7, "Secretary", &first);
	assert_true(first); /* a new document touches it for the first time */
	s->a += 10;
	assert_int_equal(tally_find(&t, 'T', 7, "Secretary")->a, 15);
	assert_int_equal(tally_find(&t, 'T', 8, "Secretary")->a, 1);
	assert_null(tally_find(&t, 'T', 9, "Secretary"));
	assert_null(tally_find(&t, 'T', 7, "Mayor"));
	assert_null(tally_find(&t, 'P', 0, NULL));
	tally_dispose(&t);
}

static void test_tally__undo_reverts_to_the_mark(void **state)
{
	(void)state;
	tally t;
	tally_init(&t);
	bool first;
	tally_next_doc(&t);
	tally_touch(&t, 'P', 1, NULL, &first)->a = 5;
	tally_mark(&t);
	tally_next_doc(&t);
	tally_sum *s = tally_touch(&t, 'P', 1, NULL, &first);
	assert_true(first);
	s->a += 100;
	tally_date(s, "2023-01-01");
	tally_touch(&t, 'P', 2, NULL, &first)->a = 9; /* made after the mark */
	tally_undo_to_mark(&t);
	const tally_sum *kept = tally_find(&t, 'P', 1, NULL);
	assert_non_null(kept);
	assert_int_equal(kept->a, 5);
	assert_int_equal(kept->first, 0);
	assert_null(tally_find(&t, 'P', 2, NULL));
	/* the next document starts from there */
	tally_next_doc(&t);
	s = tally_touch(&t, 'P', 2, NULL, &first);
	assert_true(first);
	assert_int_equal(s->a, 0);
	tally_clear(&t);
	assert_null(tally_find(&t, 'P', 1, NULL));
	tally_dispose(&t);
}

static void test_tally__dates_fold_into_first_and_last(void **state)
{
	(void)state;
	tally_sum s = {0};
	char text[11];
	tally_date(&s, NULL);
	assert_null(tally_date_text(text, s.first));
	tally_date(&s, "2022-10-24");
	tally_date(&s, "2021-01-02");
	tally_date(&s, "2023-12-31");
	tally_date(&s, "");
	tally_date(&s, "2024-02-30"); /* not a date: no date */
	assert_string_equal(tally_date_text(text, s.first), "2021-01-02");
	assert_string_equal(tally_date_text(text, s.last), "2023-12-31");
	/* the ends of the calendar, and 1970-01-01 (day 0), are dates like any other */
	tally_sum t = {0};
	tally_date(&t, "1970-01-01");
	assert_string_equal(tally_date_text(text, t.first), "1970-01-01");
	tally_date(&t, "0001-01-01");
	tally_date(&t, "9999-12-31");
	assert_string_equal(tally_date_text(text, t.first), "0001-01-01");
	assert_string_equal(tally_date_text(text, t.last), "9999-12-31");
	/* one sum's dates folded into another's */
	tally_sum u = {0};
	tally_date(&u, "2022-06-01");
	tally_dates_of(&u, &s);
	assert_string_equal(tally_date_text(text, u.first), "2021-01-02");
	assert_string_equal(tally_date_text(text, u.last), "2023-12-31");
	tally_sum none = {0};
	tally_dates_of(&u, &none);
	assert_string_equal(tally_date_text(text, u.first), "2021-01-02");
}

static void test_tally__grows_and_keeps_every_key(void **state)
{
	(void)state;
	tally t;
	tally_init(&t);
	bool first;
	char text[32];
	for (int i = 0; i < 20000; i++) {
		if (i % 10 == 0)
			tally_next_doc(&t);
		snprintf(text, sizeof text, "post %d", i % 5000);
		tally_sum *s = tally_touch(&t, 'T', i % 5000 % 7, text, &first);
		assert_non_null(s);
		s->a++;
		s->b += first;
	}
	assert_int_equal(t.n, 5000);
	long total = 0, documents = 0;
	for (size_t i = 0; i < t.n; i++) {
		total += t.entries[i].sum.a;
		documents += t.entries[i].sum.b;
	}
	assert_int_equal(total, 20000);
	assert_int_equal(documents, 20000); /* ten keys a document, none twice */
	snprintf(text, sizeof text, "post %d", 4999);
	assert_int_equal(tally_find(&t, 'T', 4999 % 7, text)->a, 4);
	assert_null(tally_find(&t, 'T', 4999 % 7 + 1, text));
	tally_dispose(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tally__adds_up_by_key),
		cmocka_unit_test(test_tally__undo_reverts_to_the_mark),
		cmocka_unit_test(test_tally__dates_fold_into_first_and_last),
		cmocka_unit_test(test_tally__grows_and_keeps_every_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
