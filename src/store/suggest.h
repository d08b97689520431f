/* store/suggest.h — names the store does not hold, with the nearest it does (internal). */
#ifndef READOUT_STORE_SUGGEST_H
#define READOUT_STORE_SUGGEST_H

#include "readout/store.h"

/* 0 when place (case-blind) is a stored place, province or region, or is NULL; else
 * READOUT_ENOTFOUND, the message naming the nearest stored places. */
int store__check_place(readout_store *st, const char *place);

/* 0 when post (case-blind) is a stored post's name, or is NULL; else READOUT_ENOTFOUND, the
 * message naming the nearest post names. */
int store__check_post(readout_store *st, const char *name);

/* READOUT_ENOTFOUND with a message naming the persons whose names are nearest to name (or
 * another error that stopped looking for them). */
int store__no_person(readout_store *st, const char *name);

#endif
