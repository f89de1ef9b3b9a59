/*
 * Text arguments parsed once per call site (see callsite.h).
 */
#include "postgres.h"
#include "compat.h"

#include "mb/pg_wchar.h"
#include "nodes/primnodes.h"

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

static inline void
keep_constant(CallSiteSlot *slot, int value)
{
	slot->constant_value = value;
	slot->constant_parsed = true;
}

int
callsite_arg(FunctionCallInfo fcinfo, int argno, CallSiteParser parse)
{
	CallSiteSlot *slot = arg_slot(fcinfo, argno);
	text	   *arg;
	const char *bytes;
	int			len;
	int			value;

	Assert(slot->table == NULL);
	if (slot->constant_parsed)
		return slot->constant_value;
	arg = PG_GETARG_TEXT_PP(argno);
	bytes = VARDATA_ANY(arg);
	len = VARSIZE_ANY_EXHDR(arg);
	if (entry_holds(&slot->last, bytes, len))
		return slot->last.value;
	value = parse(bytes, len);
	if (slot->constant)
		keep_constant(slot, value);
	else if (len <= CALLSITE_BYTES_MAX)
		entry_set(&slot->last, bytes, len, value);
	return value;
}

int
callsite_arg_varying(FunctionCallInfo fcinfo, int argno, CallSiteParser parse)
{
	CallSiteSlot *slot = arg_slot(fcinfo, argno);
	text	   *arg;
	const char *bytes;
	int			len;
	uint32		h = 2166136261u;	/* FNV-1a */
	int			i;
	int			value;

	if (slot->constant_parsed)
		return slot->constant_value;
	arg = PG_GETARG_TEXT_PP(argno);
	bytes = VARDATA_ANY(arg);
	len = VARSIZE_ANY_EXHDR(arg);
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
	{
		if (entry_holds(&slot->table[i], bytes, len))
			return slot->table[i].value;
		if (slot->table[i].len < 0)
			break;
	}
	value = parse(bytes, len);
	if (slot->constant)
		keep_constant(slot, value);
	else if (len <= CALLSITE_BYTES_MAX && slot->used < CALLSITE_VARYING_MAX)
	{
		entry_set(&slot->table[i], bytes, len, value);
		slot->used++;
	}
	return value;
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

int
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
				 errmsg("unknown language \"%s\"", input_excerpt(name, len)),
				 errhint("Accepted languages: zh, en.")));
	return i;
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
