/* readout/lexicon.h — the genre's lexicons (surnames, pinyin, titles, places, formulations,
 * role cues, event vocabulary), loaded from the TSV files in data/.
 * A loaded lexicon is immutable and may be shared by any number of threads. */
#ifndef READOUT_LEXICON_H
#define READOUT_LEXICON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct readout_lexicon readout_lexicon;

/* Loads the lexicons. dir names a folder holding the data/ TSV files; NULL uses the copy
 * built into the library. On success *out belongs to the caller (readout_lexicon_free).
 * Returns 0, READOUT_ENOTFOUND (a file is missing), READOUT_EINVALID (a malformed line; the
 * message names file and line) or READOUT_ENOMEM. */
int readout_lexicon_load(readout_lexicon **out, const char *dir);

void readout_lexicon_free(readout_lexicon *lex);

/* Entry counts, for --version style reports and tests. */
typedef struct readout_lexicon_stats {
	size_t surnames, syllables, words, places, formulations, formulation_forms, role_cues, event_phrases;
} readout_lexicon_stats;

void readout_lexicon_stats_get(readout_lexicon_stats *out, const readout_lexicon *lex);

#ifdef __cplusplus
}
#endif
#endif
