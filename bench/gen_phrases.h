/* gen_phrases.h — the phrase fragments gen_corpus composes readouts from: a small grammar of
 * openers, verbs, objects, purposes and closings written in the genre's (machine-translated)
 * register. Fragments may hold %-slots that gen_corpus.c expands; see the list below.
 * Pure data: no code here depends on anything but this header. */
#ifndef READOUT_BENCH_GEN_PHRASES_H
#define READOUT_BENCH_GEN_PHRASES_H

#include <stddef.h>

/* Slots understood by gen_corpus.c's expander:
 *   %P host place   %L level noun (province, city...)   %A level adjective (provincial...)
 *   %S sector       %F a formulation (quoted or not)     %C the Party congress in force
 *   %X Xi Jinping reference   %N the doc's main speaker   %Y year   %Z next year
 *   %V adverb + verb + object   %W two to four %V joined   %O object   %R purpose clause
 *   %T context phrase   %G subject group   %M modal   %D topic   %E predicate nominal
 *   %K plenary session   %B number word (two..nine)   %U unit word (Provincial...)
 * '"' in a fragment opens or closes a quotation (rendered straight or curly per document).
 * Titles and hosts (ph_*_roles, ph_*_hosts) use their own slots, filled from the host:
 *   $U unit ("Provincial", or "Heilongjiang Provincial" when the place is named)
 *   $G head of government   $V deputy head   $B "Department" or "Bureau"   $E a department
 *   $M ministry   $H its head   $D its deputy head */
typedef struct phrase_list {
	const char *const *v;
	size_t n;
} phrase_list;

extern const phrase_list ph_adverbs, ph_verbs, ph_objects, ph_sectors, ph_purposes, ph_contexts,
	ph_groups, ph_modals, ph_topics, ph_predicates, ph_openers, ph_clauses, ph_imperatives,
	ph_fragments, ph_meeting_types, ph_meeting_purposes, ph_formulation_verbs,
	ph_formulations_fallback, ph_numbered_items, ph_closings, ph_departments, ph_ministries,
	ph_newspapers, ph_number_words, ph_ordinals, ph_attendee_groups, ph_common_surnames,
	ph_name_syllables, ph_local_roles, ph_ministry_roles, ph_local_hosts, ph_ministry_hosts,
	ph_slogans;

#endif
