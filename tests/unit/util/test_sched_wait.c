/* test_sched_wait.c — src/util/sched_wait.c: the second figure of a schedstat line, in
 * seconds; lines of another form refused. */
#include "support.h"
#include "util/sched_wait.h"

static void test_sched_wait__reads_the_second_figure(void **state)
{
	(void)state;
	double s = -1;
	assert_true(sched_wait_parse("1234567 2500000000 17\n", &s));
	assert_true(s > 2.4999 && s < 2.5001);
	assert_true(sched_wait_parse("0 0 0", &s));
	assert_true(s == 0);
}

static void test_sched_wait__refuses_other_lines(void **state)
{
	(void)state;
	static const char *const bad[] = {"", "\n", "12", "12 ", "x 5 1", "12 y 1", "12\t5 1", "12 5x 1",
	                                  "1 99999999999999999999999 1"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		double s = -1;
		assert_false(sched_wait_parse(bad[i], &s));
		assert_true(s == 0);
	}
}

static void test_sched_wait__grows_or_is_unknown(void **state)
{
	(void)state;
	double a, b;
	bool known = sched_wait_seconds(&a);
	assert_true(sched_wait_seconds(&b) == known);
	if (known)
		assert_true(a >= 0 && b >= a);
	else
		assert_true(a == 0 && b == 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sched_wait__reads_the_second_figure),
		cmocka_unit_test(test_sched_wait__refuses_other_lines),
		cmocka_unit_test(test_sched_wait__grows_or_is_unknown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
