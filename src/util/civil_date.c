/* civil_date.c — YYYY-MM-DD dates checked and numbered (util/civil_date.h). libc only. */
#include "util/civil_date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool civil_day_number(const char *s, int64_t *out)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (size_t i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return false;
	int64_t y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1] || (m == 2 && d == 29 && !leap))
		return false;
	if (!out)
		return true;
	/* H. Hinnant's days_from_civil */
	y -= m <= 2;
	int64_t era = y / 400, yoe = y - era * 400; /* y >= 0 */
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1, doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	*out = era * 146097 + doe - 719468;
	return true;
}

bool civil_date_of(char out[11], int64_t n)
{
	/* H. Hinnant's civil_from_days */
	n += 719468;
	int64_t era = (n >= 0 ? n : n - 146096) / 146097, doe = n - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
	int64_t d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
	y += m <= 2;
	if (y < 1 || y > 9999)
		return false;
	snprintf(out, 11, "%04d-%02d-%02d", (int)y, (int)m, (int)d);
	return true;
}
