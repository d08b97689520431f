/* test_request.c — the request layer of the server (src/server/request.c): routes, decoding,
 * the parameters' tables and bounds, the Host check. */
#include "support.h"

#include "server/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static request rq; /* 8 KB: not on the stack of every test */

static int parse(const char *target)
{
	return request_parse(&rq, target, strlen(target));
}

static void test_request__root_and_files_are_assets(void **state)
{
	assert_int_equal(parse("/"), 0);
	assert_false(rq.api);
	assert_string_equal(rq.asset, "index.html");
	assert_int_equal(parse("/app.js?v=3"), 0); /* files take no parameters: ignored */
	assert_string_equal(rq.asset, "app.js");
	assert_int_equal(parse("/vendor/x%20y.js"), 0);
	assert_string_equal(rq.asset, "vendor/x y.js");
}

static void test_request__no_way_out_of_the_asset_folder(void **state)
{
	static const char *const refused[] = {"/../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2e%2Fetc", "/a/../b",
	                                      "/./a", "/a/.", "/..", "/%00", "/a%00.html", "/a\\..\\b", "/%5c",
	                                      "/%c0%ae%c0%ae/", "/%ff", "/a%", "/a%4", "/a%g0", "/#x", "x", ""};
	for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
		int status = parse(refused[i]);
		if (status != 400)
			fail_msg("%s: %d, expected 400", refused[i], status);
		assert_true(rq.error[0] != '\0');
	}
	/* decoded once: a double-encoded dot segment is a name with a '%' in it, not a way up */
	assert_int_equal(parse("/%252e%252e/etc"), 0);
	assert_string_equal(rq.asset, "%2e%2e/etc");
}

static void test_request__routes_and_unknown_routes(void **state)
{
	assert_int_equal(parse("/api/info"), 0);
	assert_true(rq.api);
	assert_int_equal(rq.route, API_INFO);
	assert_int_equal(parse("/api/search?q=x"), 0);
	assert_int_equal(rq.route, API_SEARCH);
	assert_int_equal(parse("/api/nope"), 404);
	assert_non_null(strstr(rq.error, "routes: info, search"));
	assert_int_equal(parse("/api/search/"), 404);
	assert_string_equal(request_route_name(API_CASCADE), "cascade");
	assert_null(request_route_name(API_ROUTES));
}

static void test_request__values_are_decoded_and_checked(void **state)
{
	assert_int_equal(parse("/api/search?q=common+prosperity%21&level=County&from=2024-02-29&page=3&place="), 0);
	assert_string_equal(request_get(&rq, "q"), "common prosperity!");
	assert_string_equal(request_get(&rq, "level"), "county"); /* canonical */
	assert_string_equal(request_get(&rq, "from"), "2024-02-29");
	assert_null(request_get(&rq, "place")); /* empty: not given */
	assert_int_equal(request_count(&rq, "page", 1), 3);
	assert_int_equal(request_count(&rq, "per_page", 20), 20);
	assert_int_equal(parse("/api/search?q=%E5%85%B1%E5%90%8C%E5%AF%8C%E8%A3%95"), 0);
	assert_string_equal(request_get(&rq, "q"), "共同富裕");
	assert_int_equal(parse("/api/search?&&q=a&&"), 0);
	assert_string_equal(request_get(&rq, "q"), "a");
}

static void test_request__bad_parameters_say_which_and_why(void **state)
{
	static const struct {
		const char *target, *why;
	} cases[] = {
		{"/api/search?x=1", "unknown parameter 'x' (the search route takes: q, from, to"},
		{"/api/info?q=1", "the info route takes: none"},
		{"/api/search?from=2023-02-29", "'from' must be a date"},
		{"/api/search?from=2023-13-01", "'from' must be a date"},
		{"/api/search?to=0999-01-01", "'to' must be a date"},
		{"/api/search?level=national", "'level' must be one of central, provincial, prefectural, county, other"},
		{"/api/search?page=0", "'page' must be a whole number from 1 to 1000"},
		{"/api/search?page=+1", "'page' must be a whole number"},
		{"/api/search?page=1.0", "'page' must be a whole number"},
		{"/api/search?q=a&q=b", "'q' is given more than once"},
		{"/api/search?q=a%0ab", "control character"},
		{"/api/search?q=%C3", "not valid UTF-8"},
		{"/api/person?id=1", "'name' is required"},
		{"/api/person?name=a&id=-1", "'id' must be a positive whole number"},
		{"/api/events?by=day", "'by' must be month or week"},
		{"/api/formulation?f=a&split=year", "'split' must be level"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		int status = parse(cases[i].target);
		if (status != 400 || !strstr(rq.error, cases[i].why))
			fail_msg("%s: %d '%s', expected 400 '%s'", cases[i].target, status, rq.error, cases[i].why);
	}
}

static void test_request__lengths_and_counts_are_bounded(void **state)
{
	char target[REQUEST_MAX_TARGET + 64];
	snprintf(target, sizeof target, "/api/search?q=%0*d", REQUEST_MAX_TEXT, 0);
	assert_int_equal(parse(target), 0);
	snprintf(target, sizeof target, "/api/search?q=%0*d", REQUEST_MAX_TEXT + 1, 0);
	assert_int_equal(parse(target), 400);
	assert_non_null(strstr(rq.error, "longer than 200 bytes"));
	memset(target, 'a', sizeof target - 1);
	target[0] = '/';
	target[sizeof target - 1] = '\0';
	assert_int_equal(parse(target), 414);
	/* f repeats up to 8 times */
	char many[512] = "/api/formulation?";
	for (int i = 0; i < 8; i++)
		snprintf(many + strlen(many), sizeof many - strlen(many), "f=%d&", i);
	assert_int_equal(parse(many), 0);
	const char *fs[8];
	assert_int_equal(request_values(&rq, "f", fs, 8), 8);
	assert_string_equal(fs[7], "7");
	strcat(many, "f=8");
	assert_int_equal(parse(many), 400);
	assert_non_null(strstr(rq.error, "at most 8 times"));
	/* the most names a target can hold decode within the request's store */
	char *empty = malloc(REQUEST_MAX_TARGET + 1);
	assert_non_null(empty);
	memcpy(empty, "/api/search?", 12);
	for (size_t i = 12; i < REQUEST_MAX_TARGET; i++)
		empty[i] = i % 2 ? '=' : '&';
	empty[REQUEST_MAX_TARGET] = '\0';
	assert_int_equal(parse(empty), 400); /* "=" alone: the empty name is no parameter */
	free(empty);
}

static void test_request__methods_and_hosts(void **state)
{
	assert_true(request_method_allowed("GET"));
	assert_true(request_method_allowed("HEAD"));
	assert_false(request_method_allowed("POST"));
	assert_false(request_method_allowed("get"));
	assert_false(request_method_allowed(NULL));
	assert_true(request_host_allowed("127.0.0.1:8321", 8321));
	assert_true(request_host_allowed("localhost", 8321));
	assert_true(request_host_allowed("LOCALHOST:8321", 8321));
	assert_true(request_host_allowed("[::1]:8321", 8321));
	assert_false(request_host_allowed("localhost:8322", 8321));
	assert_false(request_host_allowed("evil.example:8321", 8321));
	assert_false(request_host_allowed("localhost.evil.example", 8321));
	assert_false(request_host_allowed("127.0.0.1:8321x", 8321));
	assert_false(request_host_allowed("", 8321));
	assert_false(request_host_allowed(NULL, 8321));
}

static void test_request__key_is_the_route_and_parameters_by_name(void **state)
{
	char a[256], b[256];
	assert_int_equal(parse("/api/search?q=flood&level=county&page=2"), 0);
	size_t n = request_key(a, sizeof a, &rq);
	assert_true(n > 0);
	assert_int_equal(n, strlen(a));
	/* another order, another case of the level: the same question */
	assert_int_equal(parse("/api/search?page=2&level=County&q=flood"), 0);
	assert_int_equal(request_key(b, sizeof b, &rq), n);
	assert_string_equal(a, b);
	/* another value or another route: another key */
	assert_int_equal(parse("/api/search?q=flood&level=county&page=3"), 0);
	request_key(b, sizeof b, &rq);
	assert_string_not_equal(a, b);
	assert_int_equal(parse("/api/events?level=county"), 0);
	request_key(b, sizeof b, &rq);
	assert_string_not_equal(a, b);
	/* a key that does not fit is none: that answer is not kept */
	assert_int_equal(parse("/api/search?q=flood&level=county&page=2"), 0);
	assert_int_equal(request_key(b, n, &rq), 0);
	assert_int_equal(request_key(b, n + 1, &rq), n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_request__root_and_files_are_assets),
		cmocka_unit_test(test_request__no_way_out_of_the_asset_folder),
		cmocka_unit_test(test_request__routes_and_unknown_routes),
		cmocka_unit_test(test_request__values_are_decoded_and_checked),
		cmocka_unit_test(test_request__bad_parameters_say_which_and_why),
		cmocka_unit_test(test_request__lengths_and_counts_are_bounded),
		cmocka_unit_test(test_request__methods_and_hosts),
		cmocka_unit_test(test_request__key_is_the_route_and_parameters_by_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
