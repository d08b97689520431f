/* test_index.c — src/reuse/index.c: which n-grams anchor passages (in 2 to max_df documents),
 * which are boilerplate (marked wherever they occur), and the anchors two documents share. */
#include "support.h"
#include "reuse/index.h"

#include <stdlib.h>
#include <string.h>

static reuse_corpus c;
static reuse_index ix;

static int teardown(void **state)
{
	reuse_index_dispose(&ix);
	reuse_corpus_dispose(&c);
	return 0;
}

/* A document of the given terms (small numbers stand for words). */
static void add(const uint32_t *terms, size_t n)
{
	reuse_doc d;
	memset(&d, 0, sizeof d);
	d.id = (int64_t)c.n + 1;
	d.is_new = true;
	d.level = LEVEL_UNKNOWN;
	assert_int_equal(reuse_corpus_add(&c, &d, terms, n), 0);
}

static bool marked(size_t doc, uint32_t pos)
{
	reuse_side s = reuse_corpus_side(&c, doc);
	return reuse_marked(&s, pos);
}

static void test_index__keeps_ngrams_of_two_to_max_df_documents(void **state)
{
	const uint32_t a[] = {1, 2, 3, 4, 5, 6}, b[] = {9, 1, 2, 3, 4, 8}, d[] = {7, 7, 7, 7};
	add(a, 6);
	add(NULL, 0); /* a text of stop words alone */
	add(b, 6);
	add(d, 4);
	assert_int_equal(reuse_index_build(&ix, &c, 4, 2, 1, 0, NULL, NULL), 0);
	assert_int_equal(ix.ngrams, 1); /* 1 2 3 4: in two documents; the rest in one */
	assert_int_equal(ix.boilerplate, 0);
	reuse_anchor *an = NULL;
	size_t n = 0, cap = 0;
	assert_int_equal(reuse_index_shared(&ix, 0, 2, &an, &n, &cap), 0);
	assert_int_equal(n, 1);
	assert_int_equal(an[0].a, 0);
	assert_int_equal(an[0].b, 1);
	n = 0;
	assert_int_equal(reuse_index_shared(&ix, 0, 3, &an, &n, &cap), 0);
	assert_int_equal(n, 0);
	assert_int_equal(reuse_index_shared(&ix, 0, 1, &an, &n, &cap), 0);
	assert_int_equal(n, 0);
	free(an);
}

static void test_index__marks_boilerplate_wherever_it_occurs(void **state)
{
	const uint32_t t[] = {1, 2, 3, 4};
	const uint32_t a[] = {10, 1, 2, 3, 4, 11}, b[] = {1, 2, 3, 4, 12, 13}, d[] = {14, 15, 1, 2, 3, 4};
	add(a, 6);
	add(b, 6);
	add(d, 6);
	add(t, 4);
	assert_int_equal(reuse_index_build(&ix, &c, 4, 3, 1, 0, NULL, NULL), 0);
	assert_int_equal(ix.boilerplate, 1); /* in 4 documents, more than 3 */
	assert_int_equal(ix.ngrams, 0);
	assert_false(marked(0, 0));
	for (uint32_t p = 1; p <= 4; p++)
		assert_true(marked(0, p));
	assert_false(marked(0, 5));
	assert_true(marked(1, 0) && marked(1, 3));
	assert_false(marked(1, 4));
	assert_true(marked(2, 2) && marked(2, 5));
	assert_false(marked(2, 1));
}

static void test_index__counts_a_document_once_at_its_first_position(void **state)
{
	const uint32_t a[] = {1, 2, 3, 4, 9, 1, 2, 3, 4}, b[] = {8, 8, 1, 2, 3, 4};
	add(a, 9);
	add(b, 6);
	/* with max_df 1, two documents are one too many: a document holding the n-gram twice counts once */
	assert_int_equal(reuse_index_build(&ix, &c, 4, 1, 1, 0, NULL, NULL), 0);
	assert_int_equal(ix.boilerplate, 1);
	assert_true(marked(0, 0) && marked(0, 5) && marked(0, 8));
	reuse_index_dispose(&ix);
	assert_int_equal(reuse_index_build(&ix, &c, 4, 2, 1, 0, NULL, NULL), 0);
	assert_int_equal(ix.ngrams, 1);
	reuse_anchor *an = NULL;
	size_t n = 0, cap = 0;
	assert_int_equal(reuse_index_shared(&ix, 0, 1, &an, &n, &cap), 0);
	assert_int_equal(n, 1);
	assert_int_equal(an[0].a, 0); /* the first of the two */
	assert_int_equal(an[0].b, 2);
	free(an);
}

static void test_index__gives_the_same_index_in_any_number_of_slices_and_threads(void **state)
{
	/* 300 documents of 40 terms drawn from 60 words: many n-grams, some shared */
	uint32_t t[40];
	uint64_t x = 42;
	for (int d = 0; d < 300; d++) {
		for (int i = 0; i < 40; i++) {
			x = x * 6364136223846793005ull + 1442695040888963407ull;
			t[i] = (uint32_t)(x >> 60);
		}
		add(t, 40);
	}
	assert_int_equal(reuse_index_build(&ix, &c, 3, 4, 1, 0, NULL, NULL), 0);
	reuse_index one = ix;
	size_t nmarks = c.nterms / 64 + 1;
	uint64_t *marks = malloc(nmarks * sizeof *marks);
	memcpy(marks, c.marks, nmarks * sizeof *marks);
	memset(&ix, 0, sizeof ix);
	/* slices of at most 1,000 occurrences: a dozen of them, sorted on four threads */
	assert_int_equal(reuse_index_build(&ix, &c, 3, 4, 4, 1000, NULL, NULL), 0);
	assert_int_equal(ix.ngrams, one.ngrams);
	assert_int_equal(ix.boilerplate, one.boilerplate);
	assert_true(one.boilerplate > 0 && one.ngrams > 0);
	assert_memory_equal(ix.doc_first, one.doc_first, (c.n + 1) * sizeof *ix.doc_first);
	assert_memory_equal(ix.grams, one.grams, ix.doc_first[c.n] * sizeof *ix.grams);
	assert_memory_equal(c.marks, marks, nmarks * sizeof *marks);
	reuse_index_dispose(&one);
	free(marks);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_index__keeps_ngrams_of_two_to_max_df_documents, teardown),
		cmocka_unit_test_teardown(test_index__marks_boilerplate_wherever_it_occurs, teardown),
		cmocka_unit_test_teardown(test_index__counts_a_document_once_at_its_first_position, teardown),
		cmocka_unit_test_teardown(test_index__gives_the_same_index_in_any_number_of_slices_and_threads, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
