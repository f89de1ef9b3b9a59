/*
 * Text arguments parsed once per call site (see callsite.h).
 */
#include "postgres.h"
#include "compat.h"

#include "mb/pg_wchar.h"
#include "nodes/primnodes.h"
#include "utils/builtins.h"

#include "callsite.h"
#include "core/names.h"

/*
 * Longer texts are parsed on every call: only a name padded with separators
 * can be longer and still match (names.h).
 */
#define CALLSITE_BYTES_MAX ECO_NAME_MAX

typedef struct CallSiteEntry
{
	int			len;			/* -1: empty */
	int			value;
	char		bytes[CALLSITE_BYTES_MAX];
} CallSiteEntry;

/* open addressing, at most half full */
#define CALLSITE_TABLE_SIZE (2 * CALLSITE_VARYING_MAX)

typedef struct CallSiteSlot
{
	int			argno;			/* -1: free */
	bool		constant;		/* a Const of the calling expression */
	bool		constant_parsed;	/* ... and constant_value is its value */
	int			constant_value;
	CallSiteEntry last;			/* callsite_arg(): the last text parsed */
	CallSiteEntry *table;		/* callsite_arg_varying(): every text kept */
	int			used;
} CallSiteSlot;

typedef struct CallSite
{
	CallSiteSlot slots[CALLSITE_MAX_ARGS];
	void	   *extra;
	Size		extra_size;
} CallSite;

static CallSite *
call_site(FunctionCallInfo fcinfo)
{
	CallSite   *site = (CallSite *) fcinfo->flinfo->fn_extra;

	if (site == NULL)
	{
		int			i;

		site = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(CallSite));
		for (i = 0; i < CALLSITE_MAX_ARGS; i++)
		{
			site->slots[i].argno = -1;
			site->slots[i].last.len = -1;
		}
		fcinfo->flinfo->fn_extra = site;
	}
	return site;
}

/*
 * Whether argument argno is a Const in the expression that calls: then its
 * value is the same on every call through this fn_extra.  A Param is not (see
 * callsite.h), nor is anything else.
 */
static bool
arg_is_const(FunctionCallInfo fcinfo, int argno)
{
	Node	   *call = fcinfo->flinfo->fn_expr;
	List	   *args;

	if (call == NULL || !IsA(call, FuncExpr))
		return false;
	args = ((FuncExpr *) call)->args;
	return argno < list_length(args) && IsA(list_nth(args, argno), Const);
}

static CallSiteSlot *
arg_slot(FunctionCallInfo fcinfo, int argno)
{
	CallSite   *site = call_site(fcinfo);
	int			i;

	for (i = 0; i < CALLSITE_MAX_ARGS; i++)
	{
		CallSiteSlot *slot = &site->slots[i];

		if (slot->argno == argno)
			return slot;
		if (slot->argno == -1)
		{
			slot->argno = argno;
			slot->constant = arg_is_const(fcinfo, argno);
			return slot;
		}
	}
	elog(ERROR, "more than %d text arguments parsed at one call site", CALLSITE_MAX_ARGS);
	return NULL;				/* not reached */
}

static inline bool
entry_holds(const CallSiteEntry *entry, const char *bytes, int len)
{
	return entry->len == len && memcmp(entry->bytes, bytes, len) == 0;
}

static inline void
entry_set(CallSiteEntry *entry, const char *bytes, int len, int value)
{
	memcpy(entry->bytes, bytes, len);
	entry->len = len;
	entry->value = value;
}

/*
 * The entry of a varying argument's table that holds bytes, or the free
 * entry where they go.
 */
static CallSiteEntry *
varying_entry(FunctionCallInfo fcinfo, CallSiteSlot *slot, const char *bytes, int len)
{
	uint32		h = 2166136261u;	/* FNV-1a */
	int			i;

	if (slot->table == NULL)
	{
		slot->table = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
										 CALLSITE_TABLE_SIZE * sizeof(CallSiteEntry));
		for (i = 0; i < CALLSITE_TABLE_SIZE; i++)
			slot->table[i].len = -1;
	}
	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) bytes[i]) * 16777619u;
	for (i = h % CALLSITE_TABLE_SIZE;; i = (i + 1) % CALLSITE_TABLE_SIZE)
		if (slot->table[i].len < 0 || entry_holds(&slot->table[i], bytes, len))
			return &slot->table[i];
}

/*
 * The value of argument argno, parsed by parse, or looked up in table when
 * table is not NULL; varying: the call site keeps every spelling (up to
 * CALLSITE_VARYING_MAX), else the last one.
 */
static int
site_value(FunctionCallInfo fcinfo, int argno, bool varying, CallSiteParser parse,
		   const EcoNameTable *table)
{
	CallSiteSlot *slot = arg_slot(fcinfo, argno);
	CallSiteEntry *entry;
	text	   *arg;
	const char *bytes;
	int			len;
	int			value;

	Assert(varying || slot->table == NULL);
	if (slot->constant_parsed)
		return slot->constant_value;
	arg = PG_GETARG_TEXT_PP(argno);
	bytes = VARDATA_ANY(arg);
	len = VARSIZE_ANY_EXHDR(arg);
	entry = varying ? varying_entry(fcinfo, slot, bytes, len) : &slot->last;
	if (entry_holds(entry, bytes, len))
		return entry->value;
	value = table != NULL ? name_parse(table, bytes, len) : parse(bytes, len);
	if (slot->constant)
	{
		slot->constant_value = value;
		slot->constant_parsed = true;
	}
	else if (len <= CALLSITE_BYTES_MAX && (!varying || slot->used < CALLSITE_VARYING_MAX))
	{
		entry_set(entry, bytes, len, value);
		slot->used += varying;
	}
	return value;
}

int
callsite_arg(FunctionCallInfo fcinfo, int argno, CallSiteParser parse)
{
	return site_value(fcinfo, argno, false, parse, NULL);
}

int
callsite_arg_varying(FunctionCallInfo fcinfo, int argno, CallSiteParser parse)
{
	return site_value(fcinfo, argno, true, parse, NULL);
}

/* 22004 for a NULL name argument */
static void
check_not_null(FunctionCallInfo fcinfo, int argno, const EcoNameTable *table)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the %s must not be NULL", table->thing),
				 errhint("%s", name_hint(table))));
}

int
callsite_name(FunctionCallInfo fcinfo, int argno, const EcoNameTable *table)
{
	check_not_null(fcinfo, argno, table);
	return site_value(fcinfo, argno, false, NULL, table);
}

int
callsite_name_varying(FunctionCallInfo fcinfo, int argno, const EcoNameTable *table)
{
	check_not_null(fcinfo, argno, table);
	return site_value(fcinfo, argno, true, NULL, table);
}

int
name_parse(const EcoNameTable *table, const char *name, int len)
{
	int			value;

	if (!eco_name_lookup(table, name, len, &value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown %s \"%s\"%s", table->thing, input_excerpt(name, len),
						table->after != NULL ? table->after : ""),
				 errhint("%s", name_hint(table))));
	return value;
}

char *
name_hint(const EcoNameTable *table)
{
	size_t		size = eco_name_hint(table, NULL, 0) + 1;
	char	   *hint = palloc(size);

	eco_name_hint(table, hint, size);
	return hint;
}

void *
callsite_extra(FunctionCallInfo fcinfo, Size size)
{
	CallSite   *site = call_site(fcinfo);

	if (site->extra == NULL)
	{
		site->extra = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, size);
		site->extra_size = size;
	}
	Assert(site->extra_size == size);
	return site->extra;
}

/*
 * bulletin_lang(lang): 'zh' or 'en', the sentence functions' language
 * argument read as every label language is (800_bulletin.sql)
 */
PG_FUNCTION_INFO_V1(bulletin_lang);
Datum
bulletin_lang(PG_FUNCTION_ARGS)
{
	int			lang = callsite_name(fcinfo, 0, &eco_lang_names);

	PG_RETURN_TEXT_P(cstring_to_text(eco_name_spelling(&eco_lang_names, lang)));
}

const char *
input_excerpt(const char *input, int len)
{
	bool		terminated = len < 0;
	int			keep;

	if (terminated)
		len = strlen(input);
	keep = pg_mbcharcliplen(input, len, INPUT_EXCERPT_CHARS);
	if (keep < len)
		return psprintf("%.*s...", keep, input);
	return terminated ? input : pnstrdup(input, len);
}

const char *
text_excerpt(const text *t)
{
	return input_excerpt(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}
