/* names.c — name lists in one array, found through a strmap; strings in an arena. */
#include "store/names.h"
#include "util/error.h"
#include "util/grow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void names_init(names *m)
{
	memset(m, 0, sizeof *m);
	arena_init(&m->strings, 0);
}

void names_clear(names *m)
{
	for (size_t i = 0; i < m->n; i++) {
		for (size_t k = 0; k < m->lists[i].n; k++)
			free(m->lists[i].v[k].facets);
		free(m->lists[i].v);
	}
	m->n = 0;
	m->namesakes = m->facets = 0;
	strmap_dispose(&m->index);
	memset(&m->index, 0, sizeof m->index);
	arena_reset(&m->strings);
}

size_t names_memory(const names *m)
{
	return m->n * (sizeof *m->lists + 2 * sizeof *m->index.slots) + m->namesakes * sizeof(namesake) +
	       m->facets * sizeof(name_facet) + m->strings.used_total;
}

void names_dispose(names *m)
{
	names_clear(m);
	free(m->lists);
	arena_dispose(&m->strings);
	memset(m, 0, sizeof *m);
}

name_list *names_find(names *m, const char *key)
{
	uint32_t i;
	return strmap_get(&m->index, key, strlen(key), &i) ? &m->lists[i] : NULL;
}

name_list *names_add_list(names *m, const char *key)
{
	size_t len = strlen(key);
	char *copy = arena_strndup(&m->strings, key, len);
	if (!copy || m->n >= UINT32_MAX ||
	    !grow_array((void **)&m->lists, &m->cap, m->n + 1, sizeof *m->lists, 256) ||
	    strmap_put(&m->index, copy, len, (uint32_t)m->n))
		return NULL;
	name_list *l = &m->lists[m->n++];
	*l = (name_list){.key = copy};
	return l;
}

int names_add(names *m, name_list *l, int64_t id, int64_t mentions, const char *region, const char *name)
{
	bool ok = true;
	const char *r = arena_strdup_opt(&m->strings, region, &ok);
	const char *nm = arena_strdup_opt(&m->strings, name, &ok);
	if (!ok)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	if (!grow_array((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v, 4))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	l->v[l->n++] = (namesake){id, mentions, r, nm, NULL, 0, 0};
	m->namesakes++;
	return 0;
}

const char *names_name_of(const name_list *l, int64_t id)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].id == id)
			return l->v[i].name;
	return NULL;
}

int names_set_region(names *m, name_list *l, int64_t id, const char *region)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].id == id) {
			bool ok = true;
			const char *r = arena_strdup_opt(&m->strings, region, &ok);
			if (!ok)
				return readout_error__set(READOUT_ENOMEM, "out of memory");
			l->v[i].region = r;
			return 0;
		}
	return 0;
}

int names_add_facet(names *m, name_list *l, int64_t id, const char *key, const char *first, const char *last,
                    int64_t dated, int64_t documents)
{
	for (size_t i = 0; i < l->n; i++) {
		namesake *p = &l->v[i];
		if (p->id != id)
			continue;
		bool ok = true;
		const char *k = arena_strdup_opt(&m->strings, key, &ok);
		if (!ok || !grow_array((void **)&p->facets, &p->cap, p->nfacets + 1, sizeof *p->facets, 2))
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		name_facet *f = &p->facets[p->nfacets++];
		*f = (name_facet){k, "", "", dated, documents};
		snprintf(f->first, sizeof f->first, "%s", first ? first : "");
		snprintf(f->last, sizeof f->last, "%s", last ? last : "");
		m->facets++;
		return 0;
	}
	return 0;
}

const namesake *names_owner(const name_list *l, const char *key)
{
	for (size_t i = 0; i < l->n; i++)
		for (size_t k = 0; k < l->v[i].nfacets; k++)
			if (strcmp(l->v[i].facets[k].key, key) == 0)
				return &l->v[i];
	return NULL;
}

size_t names_facets(const name_list *l)
{
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		n += l->v[i].nfacets;
	return n;
}
