/* extract/hosts.h — an event's host, place and level (internal). */
#ifndef READOUT_EXTRACT_HOSTS_H
#define READOUT_EXTRACT_HOSTS_H

#include "extract/doc.h"

/* What the host finder knows of one document: the places it names, weighed once. Lives in
 * the document's arena. */
typedef struct hosts hosts;

int hosts_new(hosts **out, doc *d);

/* Whether sentence s reports a body doing something: a host the finder would take from it. */
bool hosts_sentence_reports(const hosts *h, size_t s);

/* Whether sentence s is in a photo's caption: its line ends with the photographer's credit
 * ("(Photo by Xu Guokang)", "(Xinhua/Li Ming)", "[Photo/Xinhua]"). */
bool hosts_caption(const hosts *h, size_t s);

/* Fills out's host, place and level for the event introduced by sentence anchor, whose text
 * starts at sentence from (those before it report another event; headlines still count).
 * Those who presided and spoke give the level when the host's name does not. */
int hosts_fill(hosts *h, readout_event *out, size_t anchor, size_t from, const int *presided, size_t npresided,
               const int *spoke, size_t nspoke);

#endif
