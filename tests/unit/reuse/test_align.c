/* test_align.c — src/reuse/align.c: which passages two texts share, and where they start and
 * end, under the changes two translations of one text show. Texts are split with
 * reuse/words.c; anchors are their shared 4-grams of content words, as the index finds them. */
#include "support.h"
#include "reuse/align.h"
#include "reuse/corpus.h"
#include "reuse/words.h"

#include <stdlib.h>
#include <string.h>

/* A text as the aligner sees it. */
typedef struct doc {
	const char *text;
	reuse_words w;
	uint64_t marks[64];
} doc;

static doc x, y;
static reuse_aligner al;
static reuse_passage *out;
static size_t nout, cap;

static int teardown(void **state)
{
	reuse_words_dispose(&x.w);
	reuse_words_dispose(&y.w);
	reuse_aligner_dispose(&al);
	free(out);
	out = NULL;
	nout = cap = 0;
	memset(&x, 0, sizeof x);
	memset(&y, 0, sizeof y);
	return 0;
}

static void load(doc *d, const char *text)
{
	d->text = text;
	assert_int_equal(reuse_words_build(&d->w, text, strlen(text)), 0);
	assert_true(d->w.ncontent < 64 * 64);
}

static reuse_side side(doc *d)
{
	return (reuse_side){d->w.terms, d->marks, 0, d->w.ncontent};
}

/* Marks the content words of d inside the first occurrence of phrase as boilerplate. */
static void mark(doc *d, const char *phrase)
{
	const char *at = strstr(d->text, phrase);
	assert_non_null(at);
	uint32_t from = (uint32_t)(at - d->text), to = from + (uint32_t)strlen(phrase);
	for (size_t i = 0; i < d->w.ncontent; i++) {
		const reuse_word *wd = &d->w.words[d->w.at[i]];
		if (wd->start >= from && wd->end <= to)
			d->marks[i / 64] |= (uint64_t)1 << (i % 64);
	}
}

/* Aligns x with y over their shared 4-grams (each at its first position in each text). */
static void align(void)
{
	reuse_align_params p = REUSE_ALIGN_INIT;
	reuse_anchor anchors[4096];
	size_t n = 0;
	for (size_t i = 0; i + 4 <= x.w.ncontent; i++) {
		uint64_t h = reuse_ngram_hash(x.w.terms + i, 4);
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = reuse_ngram_hash(x.w.terms + k, 4) == h;
		for (size_t j = 0; j + 4 <= y.w.ncontent && !seen; j++)
			if (reuse_ngram_hash(y.w.terms + j, 4) == h) {
				assert_true(n < sizeof anchors / sizeof *anchors);
				anchors[n++] = (reuse_anchor){(uint32_t)i, (uint32_t)j};
				break;
			}
	}
	reuse_side a = side(&x), b = side(&y);
	nout = 0;
	assert_int_equal(reuse_align(&al, &a, &b, anchors, n, &p, &out, &nout, &cap), 0);
}

/* Aligns x with y, their stock phrase marked as boilerplate in both. */
static void align_marked(const char *stock)
{
	mark(&x, stock);
	mark(&y, stock);
	align();
}

/* The text a passage covers in d: from its first to its last content word. */
static const char *covered(const doc *d, uint32_t c0, uint32_t c1)
{
	static char buf[2][2048];
	static int k;
	k ^= 1;
	uint32_t s = d->w.words[d->w.at[c0]].start, e = d->w.words[d->w.at[c1 - 1]].end;
	assert_true(e - s < sizeof buf[k]);
	memcpy(buf[k], d->text + s, e - s);
	buf[k][e - s] = '\0';
	return buf[k];
}

static bool ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);
	return n >= m && strcmp(s + n - m, tail) == 0;
}

#define PASSAGE                                                                                    \
	"The meeting stressed that all regions and departments must put the safety of people's lives " \
	"first, strengthen the monitoring of flood and drought conditions along major rivers, improve " \
	"early warning systems in mountain villages, relocate residents from dangerous areas in advance, " \
	"and ensure that reservoirs, dikes and urban drainage facilities are inspected every week."

static void test_align__finds_an_exact_copy_whole(void **state)
{
	load(&x, "The conference opened with a report on grain prices in the north. " PASSAGE
	          " Tea growers from Yunnan asked for cheaper loans.");
	load(&y, "Vocational schools will enrol more students from poor families next year. " PASSAGE
	          " The city will plant ten thousand trees along the canal.");
	align();
	assert_int_equal(nout, 1);
	assert_string_equal(covered(&x, out[0].a0, out[0].a1), "meeting stressed that all regions and departments must put the "
	                                                        "safety of people's lives first, strengthen the monitoring of flood "
	                                                        "and drought conditions along major rivers, improve early warning "
	                                                        "systems in mountain villages, relocate residents from dangerous areas "
	                                                        "in advance, and ensure that reservoirs, dikes and urban drainage "
	                                                        "facilities are inspected every week");
	assert_string_equal(covered(&x, out[0].a0, out[0].a1), covered(&y, out[0].b0, out[0].b1));
	assert_int_equal(out[0].matches, out[0].a1 - out[0].a0);
}

static void test_align__tolerates_other_words_dropped_and_inserted_words(void **state)
{
	load(&x, "Grain prices were discussed first. " PASSAGE " Tea growers asked for loans.");
	load(&y, "Schools will enrol more students. The meeting emphasized that all localities and departments should "
	          "effectively put the safety of lives of the people first, reinforce the monitoring of flood and drought "
	          "conditions along major rivers, perfect early warning systems in mountain villages, relocate residents "
	          "from dangerous zones ahead of time, and make sure that reservoirs, dikes and urban drainage facilities "
	          "are inspected every week. The city will plant trees.");
	align();
	assert_int_equal(nout, 1);
	assert_true(strncmp(covered(&x, out[0].a0, out[0].a1), "meeting", 7) == 0);
	assert_true(strncmp(covered(&y, out[0].b0, out[0].b1), "meeting emphasized", 18) == 0);
	assert_true(ends_with(covered(&y, out[0].b0, out[0].b1), "inspected every week"));
}

static void test_align__keeps_a_moved_clause_in_the_passage(void **state)
{
	load(&x, "Grain prices were discussed first. " PASSAGE " Tea growers asked for loans.");
	/* the last sentence's clauses in the other order */
	load(&y, "Schools will enrol more students. The meeting stressed that all regions and departments must put the "
	          "safety of people's lives first, strengthen the monitoring of flood and drought conditions along major "
	          "rivers, improve early warning systems in mountain villages. Reservoirs, dikes and urban drainage "
	          "facilities must be inspected every week, and residents relocated from dangerous areas in advance. "
	          "The city will plant trees.");
	align();
	assert_int_equal(nout, 1);
	const char *a = covered(&x, out[0].a0, out[0].a1), *b = covered(&y, out[0].b0, out[0].b1);
	assert_true(strncmp(a, "meeting stressed", 16) == 0);
	assert_true(ends_with(a, "inspected every week"));
	assert_true(strncmp(b, "meeting stressed", 16) == 0);
	assert_true(ends_with(b, "dangerous areas in advance"));
}

static void test_align__boilerplate_alone_makes_no_passage(void **state)
{
	const char *stock = "The meeting called on Party members and cadres at all levels to study and implement the "
	                    "spirit of the 20th National Congress and unite closely around the Party Central Committee.";
	char a[1024], b[1024];
	snprintf(a, sizeof a, "Grain prices were discussed first. %s Tea growers asked for loans.", stock);
	snprintf(b, sizeof b, "Schools will enrol more students. %s The city will plant trees.", stock);
	load(&x, a);
	load(&y, b);
	align();
	assert_int_equal(nout, 1); /* unmarked, the sentence is a passage */
	align_marked(stock);
	assert_int_equal(nout, 0);
}

static void test_align__boilerplate_inside_a_passage_does_not_cut_it(void **state)
{
	const char *stock = "The meeting called on Party members and cadres at all levels to study and implement the "
	                    "spirit of the 20th National Congress.";
	const char *rest = "Tea growers in Pu'er will receive loans at half the usual interest to replant old gardens, "
	                   "and the province will open two testing laboratories for exported leaves.";
	char a[2048], b[2048];
	snprintf(a, sizeof a, "Grain prices came first. %s %s %s Then a film was shown.", PASSAGE, stock, rest);
	snprintf(b, sizeof b, "Schools will enrol students. %s %s %s The city will plant trees.", PASSAGE, stock, rest);
	load(&x, a);
	load(&y, b);
	align_marked(stock);
	assert_int_equal(nout, 1);
	assert_true(ends_with(covered(&x, out[0].a0, out[0].a1), "exported leaves"));
	assert_true(strncmp(covered(&y, out[0].b0, out[0].b1), "meeting stressed", 16) == 0);
	/* its words are in the passage, not in its count */
	assert_true(out[0].equal > out[0].matches + 10);
}

static void test_align__a_few_shared_words_are_no_passage(void **state)
{
	load(&x, "Work safety in coal mines across the province was reviewed on Monday by the committee.");
	load(&y, "The committee said coal mines across the province will close for two days of checks.");
	align();
	assert_int_equal(nout, 0);
}

static void test_align__a_paragraph_one_text_adds_makes_two_passages(void **state)
{
	const char *first = "Grain reserves in the northeast will be checked by inspection teams before the winter and "
	                    "damaged granaries repaired with funds from the provincial budget this year.";
	const char *second = "Teachers in remote villages will receive a monthly allowance, and schools with fewer than "
	                     "fifty pupils will share buses and canteens with their neighbours.";
	char a[2048], b[2048];
	snprintf(a, sizeof a, "%s %s", first, second);
	snprintf(b, sizeof b, "%s Tourism in the Three Gorges recovered to the level of 2019, with cruise ships full "
	                      "until October and hotels in Yichang raising their prices by a third. %s", first, second);
	load(&x, a);
	load(&y, b);
	align();
	assert_int_equal(nout, 2);
}

static void test_align__gives_the_same_passages_whatever_the_anchor_order(void **state)
{
	load(&x, "Grain prices were discussed first. " PASSAGE " Tea growers asked for loans.");
	load(&y, "Schools will enrol more students. " PASSAGE " The city will plant trees.");
	align();
	reuse_passage first = out[0];
	/* the same anchors reversed */
	reuse_anchor anchors[256];
	size_t n = 0;
	for (size_t i = 0; i + 4 <= x.w.ncontent; i++)
		for (size_t j = 0; j + 4 <= y.w.ncontent; j++)
			if (reuse_ngram_hash(x.w.terms + i, 4) == reuse_ngram_hash(y.w.terms + j, 4) && n < 256)
				anchors[n++] = (reuse_anchor){(uint32_t)i, (uint32_t)j};
	for (size_t i = 0; i < n / 2; i++) {
		reuse_anchor t = anchors[i];
		anchors[i] = anchors[n - 1 - i];
		anchors[n - 1 - i] = t;
	}
	reuse_align_params p = REUSE_ALIGN_INIT;
	reuse_side a = side(&x), b = side(&y);
	nout = 0;
	assert_int_equal(reuse_align(&al, &a, &b, anchors, n, &p, &out, &nout, &cap), 0);
	assert_int_equal(nout, 1);
	assert_memory_equal(&out[0], &first, sizeof first);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_align__finds_an_exact_copy_whole, teardown),
		cmocka_unit_test_teardown(test_align__tolerates_other_words_dropped_and_inserted_words, teardown),
		cmocka_unit_test_teardown(test_align__keeps_a_moved_clause_in_the_passage, teardown),
		cmocka_unit_test_teardown(test_align__boilerplate_alone_makes_no_passage, teardown),
		cmocka_unit_test_teardown(test_align__boilerplate_inside_a_passage_does_not_cut_it, teardown),
		cmocka_unit_test_teardown(test_align__a_few_shared_words_are_no_passage, teardown),
		cmocka_unit_test_teardown(test_align__a_paragraph_one_text_adds_makes_two_passages, teardown),
		cmocka_unit_test_teardown(test_align__gives_the_same_passages_whatever_the_anchor_order, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
