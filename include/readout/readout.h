/* readout/readout.h — everything public, in one include. */
#ifndef READOUT_H
#define READOUT_H

#define READOUT_VERSION "0.1.0"

#include "readout/buf.h"
#include "readout/error.h"
#include "readout/extract.h"
#include "readout/ingest.h"
#include "readout/lexicon.h"
#include "readout/pipeline.h"
#include "readout/query.h"
#include "readout/source.h"

#endif
