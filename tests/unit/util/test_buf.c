/* test_buf.c — src/util/buf.c: a buffer grows up to its cap and refuses more with
 * READOUT_ETOOBIG, leaving what it holds intact. */
#include "support.h"

#include <string.h>

static void test_buf__appends_and_keeps_nul(void **state)
{
	readout_buf b = READOUT_BUF_INIT;
	assert_int_equal(readout_buf_puts(&b, "two "), 0);
	assert_int_equal(readout_buf_append(&b, "musts", 5), 0);
	assert_int_equal(readout_buf_putc(&b, '!'), 0);
	assert_int_equal(readout_buf_printf(&b, " %d", 42), 0);
	assert_int_equal(b.len, strlen("two musts! 42"));
	assert_string_equal(b.data, "two musts! 42");
	readout_buf_dispose(&b);
}

static void test_buf__grows_past_initial_capacity(void **state)
{
	readout_buf b = READOUT_BUF_INIT;
	for (int i = 0; i < 10000; i++)
		assert_int_equal(readout_buf_putc(&b, (char)('a' + i % 26)), 0);
	assert_int_equal(b.len, 10000);
	assert_true(b.cap > b.len);
	assert_int_equal(b.data[9999], 'a' + 9999 % 26);
	assert_int_equal(b.data[10000], '\0');
	readout_buf_dispose(&b);
}

static void test_buf__printf_longer_than_small_buffer(void **state)
{
	readout_buf b = READOUT_BUF_INIT;
	char big[600];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_int_equal(readout_buf_printf(&b, "<%s>", big), 0);
	assert_int_equal(b.len, sizeof big + 1);
	assert_int_equal(b.data[0], '<');
	assert_int_equal(b.data[b.len - 1], '>');
	assert_int_equal(b.data[b.len], '\0');
	readout_buf_dispose(&b);
}

static void test_buf__refuses_append_over_limit_with_etoobig(void **state)
{
	readout_buf b = READOUT_BUF_INIT;
	b.limit = 8;
	assert_int_equal(readout_buf_append(&b, "12345678", 8), 0);
	assert_int_equal(readout_buf_putc(&b, '9'), READOUT_ETOOBIG);
	assert_int_equal(readout_buf_append(&b, "9", 1), READOUT_ETOOBIG);
	assert_non_null(strstr(readout_error_message(), "limit"));
	/* the refused append leaves the contents as they were */
	assert_int_equal(b.len, 8);
	assert_string_equal(b.data, "12345678");
	readout_buf_dispose(&b);
}

static void test_buf__refuses_printf_over_limit_with_etoobig(void **state)
{
	readout_buf b = READOUT_BUF_INIT;
	b.limit = 300;
	char big[400];
	memset(big, 'y', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_int_equal(readout_buf_printf(&b, "%s", big), READOUT_ETOOBIG);
	assert_int_equal(readout_buf_printf(&b, "%.100s", big), 0);
	assert_int_equal(b.len, 100);
	readout_buf_dispose(&b);
}

static void test_buf__refuses_size_overflow(void **state)
{
	readout_buf b = READOUT_BUF_INIT;
	assert_int_equal(readout_buf_puts(&b, "x"), 0);
	assert_int_equal(readout_buf_reserve(&b, SIZE_MAX), READOUT_ETOOBIG);
	assert_int_equal(readout_buf_reserve(&b, SIZE_MAX / 2), READOUT_ETOOBIG);
	readout_buf_dispose(&b);
}

static void test_buf__clear_keeps_memory_and_dispose_allows_reuse(void **state)
{
	readout_buf b = READOUT_BUF_INIT;
	assert_int_equal(readout_buf_puts(&b, "hello"), 0);
	char *mem = b.data;
	size_t cap = b.cap;
	readout_buf_clear(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	assert_ptr_equal(b.data, mem);
	assert_int_equal(b.cap, cap);
	readout_buf_dispose(&b);
	assert_null(b.data);
	assert_int_equal(readout_buf_puts(&b, "again"), 0);
	assert_string_equal(b.data, "again");
	readout_buf_dispose(&b);
	readout_buf_dispose(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf__appends_and_keeps_nul),
		cmocka_unit_test(test_buf__grows_past_initial_capacity),
		cmocka_unit_test(test_buf__printf_longer_than_small_buffer),
		cmocka_unit_test(test_buf__refuses_append_over_limit_with_etoobig),
		cmocka_unit_test(test_buf__refuses_printf_over_limit_with_etoobig),
		cmocka_unit_test(test_buf__refuses_size_overflow),
		cmocka_unit_test(test_buf__clear_keeps_memory_and_dispose_allows_reuse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
