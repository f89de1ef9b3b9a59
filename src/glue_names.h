/*
 * Parsing a text argument that names something (an item, a kind, a zone)
 * once per call site rather than once per row: the last text seen and its
 * parsed value are kept in the caller's fn_extra memory, and a row whose
 * text has the same bytes reuses the value.
 */
#ifndef ECOINSP_GLUE_NAMES_H
#define ECOINSP_GLUE_NAMES_H

#include "postgres.h"

#include "core/names.h"

typedef struct CachedName
{
	int			len;			/* -1 until a name was parsed */
	int			value;
	char		bytes[ECO_NAME_MAX];
} CachedName;

/* Parses len bytes into *value; raises the error itself when the name is unknown. */
typedef int (*NameParser) (const char *name, int len);

static inline int
cached_name_value(CachedName *cache, text *name, NameParser parse)
{
	const char *bytes = VARDATA_ANY(name);
	int			len = VARSIZE_ANY_EXHDR(name);
	int			value;

	if (cache->len == len && memcmp(cache->bytes, bytes, len) == 0)
		return cache->value;
	value = parse(bytes, len);
	if (len <= ECO_NAME_MAX)
	{
		memcpy(cache->bytes, bytes, len);
		cache->len = len;
		cache->value = value;
	}
	return value;
}

/* fn_extra of the call site as nslots CachedName, allocated on first use. */
static inline CachedName *
call_site_names(FunctionCallInfo fcinfo, int nslots)
{
	CachedName *slots = (CachedName *) fcinfo->flinfo->fn_extra;

	if (slots == NULL)
	{
		int			i;

		slots = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, nslots * sizeof(CachedName));
		for (i = 0; i < nslots; i++)
			slots[i].len = -1;
		fcinfo->flinfo->fn_extra = slots;
	}
	return slots;
}

/*
 * The language of a label argument, a NameParser: 0 for 'zh', 1 for 'en'
 * (folded as names are).
 */
static inline int
parse_lang(const char *name, int len)
{
	static const char *const langs[] = {"zh", "en", NULL};
	char		folded[ECO_NAME_MAX + 1];
	int			i = -1;

	if (eco_name_fold(name, len, folded))
		i = eco_name_index(folded, langs);
	if (i < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown language \"%.*s\"", len, name),
				 errhint("Accepted languages: zh, en.")));
	return i;
}

#endif
