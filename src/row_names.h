/*
 * Names that change from row to row within one call site (the item column
 * of an aggregate over a sample's rows): a small open-addressing table of
 * the raw names seen and their parsed values, kept in the call site's
 * fn_extra memory, so each distinct spelling is parsed once per query.  At
 * most ROW_NAMES_SIZE/2 names are kept; others are parsed every time.
 */
#ifndef ECOINSP_ROW_NAMES_H
#define ECOINSP_ROW_NAMES_H

#include "glue_names.h"

#define ROW_NAMES_SIZE 256

typedef struct RowNameEntry
{
	int			len;			/* -1 when empty */
	int			value;
	char		bytes[ECO_NAME_MAX];
} RowNameEntry;

typedef struct RowNames
{
	int			used;
	RowNameEntry entries[ROW_NAMES_SIZE];
} RowNames;

static inline void
row_names_init(RowNames *names)
{
	int			i;

	names->used = 0;
	for (i = 0; i < ROW_NAMES_SIZE; i++)
		names->entries[i].len = -1;
}

static inline int
row_name_value(RowNames *names, text *name, NameParser parse)
{
	const char *bytes = VARDATA_ANY(name);
	int			len = VARSIZE_ANY_EXHDR(name);
	uint32		h = 2166136261u;
	int			i;
	int			slot;
	int			value;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) bytes[i]) * 16777619u;
	for (slot = h % ROW_NAMES_SIZE;; slot = (slot + 1) % ROW_NAMES_SIZE)
	{
		RowNameEntry *e = &names->entries[slot];

		if (e->len == len && memcmp(e->bytes, bytes, len) == 0)
			return e->value;
		if (e->len < 0)
			break;
	}
	value = parse(bytes, len);
	if (len <= ECO_NAME_MAX && names->used < ROW_NAMES_SIZE / 2)
	{
		RowNameEntry *e = &names->entries[slot];

		memcpy(e->bytes, bytes, len);
		e->len = len;
		e->value = value;
		names->used++;
	}
	return value;
}

#endif
