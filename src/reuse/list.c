/* list.c — stored reuse results as tables (readout_reuse_list): the store answers. */
#include "readout/reuse.h"
#include "store/reuse_db.h"
#include "util/error.h"

int readout_reuse_list(readout_cursor **out, readout_store *st, int what, const readout_reuse_query *q)
{
	readout_reuse_query none = {0};
	if (!q)
		q = &none;
	reuse_db_query dq = {what, q->doc, q->by, q->references, q->nreferences, q->limit};
	return readout_store__reuse_export(out, st, &dq);
}
