/* fuzz_reuse_stream.c — libFuzzer target: the stages of reuse as JSON Lines filters
 * (readout_reuse_stream) on arbitrary bytes, each stage in turn: documents, n-gram lines, pair
 * lines, candidate lines and routed lines all go through the strict scanners or jansson, and
 * every line must be used or reported, never crash or leak. The input also serves as the side
 * file of ROUTE and ALIGN, so candidate and boilerplate lines meet the documents they name.
 * Small limits exercise the "line too long" path. */
#include "readout/readout.h"
#include "readout/reuse.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void ignore(void *user, const char *where, const char *why)
{
	(void)user, (void)where, (void)why;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char side[] = "/tmp/readout-fuzz-reuse-XXXXXX";
	int fd = mkstemp(side);
	if (fd < 0)
		return 0;
	FILE *sf = fdopen(fd, "wb");
	if (!sf) {
		close(fd);
		unlink(side);
		return 0;
	}
	fwrite(data, 1, size, sf);
	fclose(sf);
	const char *sides[1] = {side};
	for (int stage = READOUT_REUSE_STAGE_NGRAMS; stage <= READOUT_REUSE_STAGE_ALIGN; stage++) {
		FILE *in = fmemopen((void *)data, size ? size : 1, "rb");
		FILE *out = fopen("/dev/null", "wb");
		if (in && out) {
			readout_reuse_stream_options o = READOUT_REUSE_STREAM_OPTIONS_INIT;
			o.reuse.ngram = 2;
			o.reuse.max_df = 3;
			o.reuse.min_shared = 1;
			o.reuse.min_matches = 2;
			o.max_line = 4096;
			o.bad_line = ignore;
			o.side_files = sides;
			o.nside_files = stage == READOUT_REUSE_STAGE_ROUTE || stage == READOUT_REUSE_STAGE_ALIGN;
			readout_reuse_stream_report r;
			readout_reuse_stream(&r, stage, in, "fuzz", out, &o);
		}
		if (in)
			fclose(in);
		if (out)
			fclose(out);
	}
	unlink(side);
	return 0;
}
