/* store/schema.h — schema text per backend (internal). */
#ifndef READOUT_STORE_SCHEMA_H
#define READOUT_STORE_SCHEMA_H

#define READOUT_SCHEMA_VERSION "1"

extern const char *const schema_sqlite;
extern const char *const schema_pg;

#endif
