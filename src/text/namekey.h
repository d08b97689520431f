/* text/namekey.h — the key a person's name is matched by (internal). One function for the
 * extractor (two spellings in one text are one person), the store (one person across texts)
 * and the queries (a name typed by a user): "Lü Wei", "Lv Wei", "LYU Wei", "Lu: Wei" and
 * "Lǚ Wèi" share the key "lvwei"; "Chen Min'er" and "CHEN Miner" share "chenminer".
 * Depends on utf8proc only. */
#ifndef READOUT_TEXT_NAMEKEY_H
#define READOUT_TEXT_NAMEKEY_H

#include <stddef.h>

/* Folds s[0, len) and appends it to out, which holds *used bytes and has room for cap (a NUL
 * is kept after them). The key is: Latin letters without their tone marks, in lower case,
 * and digits; ü (written ü, u with a combining diaeresis, "u:" or "v") as "v", except before
 * an "e" after l or n ("lüe", "lve" and "lue" are one syllable, written "lue"); a word that
 * opens with "lyu" or "nyu" (passport spellings of lü and nü) as "lv", "nv"; spaces,
 * punctuation and other marks dropped; letters of other scripts kept, case-folded. What does
 * not fit is cut at a character's end. Returns the bytes appended. */
size_t name_key_append(char *out, size_t *used, size_t cap, const char *s, size_t len);

/* The key of a NUL-terminated name into out (cap > 0); returns its length. */
size_t name_key(char *out, size_t cap, const char *name);

#endif
