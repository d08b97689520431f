/* util/civil_date.h — calendar dates written YYYY-MM-DD: whether one is a real date, and its
 * day number, for the date arithmetic of the store and reuse. libc only. */
#ifndef READOUT_UTIL_CIVIL_DATE_H
#define READOUT_UTIL_CIVIL_DATE_H

#include <stdbool.h>
#include <stdint.h>

/* Whether s is a date of the proleptic Gregorian calendar written YYYY-MM-DD (no 30 February,
 * 29 February in leap years only); then its days since 1970-01-01 into *out when out is not
 * NULL. */
bool civil_day_number(const char *s, int64_t *out);

/* The date of day number n (days since 1970-01-01) as "YYYY-MM-DD" into out (11 bytes), for
 * years 1 to 9999; false for others. */
bool civil_date_of(char out[11], int64_t n);

#endif
