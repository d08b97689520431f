/* test_civil_date.c — src/util/civil_date.c: real dates only (30 February and 29 February of a
 * common year are not), and day numbers whose differences are the days between dates. */
#include "support.h"
#include "util/civil_date.h"

static void test_civil_date__numbers_days_from_1970(void **state)
{
	(void)state;
	int64_t d = -1, e = -1;
	assert_true(civil_day_number("1970-01-01", &d));
	assert_int_equal(d, 0);
	assert_true(civil_day_number("2022-10-22", &d));
	assert_true(civil_day_number("2022-11-05", &e));
	assert_int_equal(e - d, 14);
	assert_true(civil_day_number("2024-02-28", &d));
	assert_true(civil_day_number("2024-03-01", &e));
	assert_int_equal(e - d, 2); /* a leap year */
	assert_true(civil_day_number("1900-02-28", &d));
	assert_true(civil_day_number("1900-03-01", &e));
	assert_int_equal(e - d, 1); /* 1900 was not one */
	assert_true(civil_day_number("1969-12-31", &d));
	assert_int_equal(d, -1);
	assert_true(civil_day_number("2000-02-29", NULL));
}

static void test_civil_date__refuses_what_is_not_a_date(void **state)
{
	(void)state;
	static const char *const bad[] = {"2022-02-30", "2023-02-29", "1900-02-29", "2022-13-01", "2022-00-10",
	                                  "2022-04-31", "0000-01-01", "2022-1-05",  "2022/10/22", "20221022xx",
	                                  "yesterday!", "",           "2022-10-2a"};
	int64_t d = 7;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_false(civil_day_number(bad[i], &d));
	assert_int_equal(d, 7); /* untouched */
	assert_false(civil_day_number(NULL, &d));
}

static void test_civil_date__writes_the_date_of_a_day_number(void **state)
{
	(void)state;
	char out[11];
	static const char *const dates[] = {"1970-01-01", "2020-12-28", "2021-01-03", "2024-02-29", "2000-03-01",
	                                    "0001-01-01", "9999-12-31", "1899-12-31"};
	for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
		int64_t n;
		assert_true(civil_day_number(dates[i], &n));
		assert_true(civil_date_of(out, n));
		assert_string_equal(out, dates[i]);
	}
	int64_t last;
	assert_true(civil_day_number("9999-12-31", &last));
	assert_false(civil_date_of(out, last + 1));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_civil_date__numbers_days_from_1970),
		cmocka_unit_test(test_civil_date__refuses_what_is_not_a_date),
		cmocka_unit_test(test_civil_date__writes_the_date_of_a_day_number),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
