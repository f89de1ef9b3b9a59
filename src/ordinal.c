/*
 * Comparison, hashing, integer casts, comparisons with text and the json
 * casts shared by the small ordinal types of the extension whose Datum is a
 * by-value int64 rank (noise_grade 1..5, water_class 1..6,
 * groundwater_class 1..5): each type's operators are SQL functions bound to
 * these C functions, so the ordering is written once.
 */
#include "postgres.h"
#include "compat.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"

#include "callsite.h"
#include "ordinal.h"

#define RANK_ARG(n) DatumGetInt64(PG_GETARG_DATUM(n))

PG_FUNCTION_INFO_V1(eco_ordinal_cmp);
PG_FUNCTION_INFO_V1(eco_ordinal_eq);
PG_FUNCTION_INFO_V1(eco_ordinal_ne);
PG_FUNCTION_INFO_V1(eco_ordinal_lt);
PG_FUNCTION_INFO_V1(eco_ordinal_le);
PG_FUNCTION_INFO_V1(eco_ordinal_gt);
PG_FUNCTION_INFO_V1(eco_ordinal_ge);
PG_FUNCTION_INFO_V1(eco_ordinal_hash);
PG_FUNCTION_INFO_V1(eco_ordinal_hash_extended);
PG_FUNCTION_INFO_V1(eco_ordinal_to_int4);
PG_FUNCTION_INFO_V1(eco_ordinal_larger);
PG_FUNCTION_INFO_V1(eco_ordinal_smaller);

Datum
eco_ordinal_cmp(PG_FUNCTION_ARGS)
{
	int64		a = RANK_ARG(0);
	int64		b = RANK_ARG(1);

	PG_RETURN_INT32(a < b ? -1 : (a > b ? 1 : 0));
}

Datum
eco_ordinal_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) == RANK_ARG(1));
}

Datum
eco_ordinal_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) != RANK_ARG(1));
}

Datum
eco_ordinal_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) < RANK_ARG(1));
}

Datum
eco_ordinal_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) <= RANK_ARG(1));
}

Datum
eco_ordinal_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) > RANK_ARG(1));
}

Datum
eco_ordinal_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) >= RANK_ARG(1));
}

Datum
eco_ordinal_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) RANK_ARG(0));
}

Datum
eco_ordinal_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) RANK_ARG(0), DatumGetInt64(PG_GETARG_DATUM(1)));
}

/* the rank itself: 1..5 for a noise grade, 1..6 for a water class */
Datum
eco_ordinal_to_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) RANK_ARG(0));
}

/* min() and max(): the better and the worse of two */
Datum
eco_ordinal_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(Int64GetDatum(Max(RANK_ARG(0), RANK_ARG(1))));
}

Datum
eco_ordinal_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(Int64GetDatum(Min(RANK_ARG(0), RANK_ARG(1))));
}

/*
 * ---- Comparisons with text ----
 *
 * JDBC's setString binds varchar (stringtype=varchar, its default) and other
 * drivers bind text: "class <= $1" then finds no operator for the ordinal
 * type and a string.  These operators read the string with the type's own
 * text input (names and numbers alike: '二级', '2', 'III', 'Ⅲ类'; a malformed
 * one is 22P02, as the input's) and compare ranks.  varchar reaches them by
 * its implicit cast to text.  The string is parsed once per call site while
 * its bytes stay the same (src/callsite.c).
 */
extern Datum noise_grade_in(PG_FUNCTION_ARGS);
extern Datum water_class_in(PG_FUNCTION_ARGS);
extern Datum groundwater_class_in(PG_FUNCTION_ARGS);

/* a CallSiteParser of each type: its text input on the string */
#define ORDINAL_TEXT_PARSER(type) \
static int \
parse_##type(const char *name, int len) \
{ \
	return (int) DatumGetInt64(DirectFunctionCall1(type##_in, CStringGetDatum(pnstrdup(name, len)))); \
}

ORDINAL_TEXT_PARSER(noise_grade)
ORDINAL_TEXT_PARSER(water_class)
ORDINAL_TEXT_PARSER(groundwater_class)

/* <type>_text_<op>(type, text) and text_<type>_<op>(text, type) */
#define ORDINAL_TEXT_ONE(type, name, op) \
PG_FUNCTION_INFO_V1(type##_text_##name); \
Datum \
type##_text_##name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(RANK_ARG(0) op callsite_arg(fcinfo, 1, parse_##type)); \
} \
PG_FUNCTION_INFO_V1(text_##type##_##name); \
Datum \
text_##type##_##name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(callsite_arg(fcinfo, 0, parse_##type) op RANK_ARG(1)); \
}

#define ORDINAL_TEXT(type) \
ORDINAL_TEXT_ONE(type, eq, ==) \
ORDINAL_TEXT_ONE(type, ne, !=) \
ORDINAL_TEXT_ONE(type, lt, <) \
ORDINAL_TEXT_ONE(type, le, <=) \
ORDINAL_TEXT_ONE(type, gt, >) \
ORDINAL_TEXT_ONE(type, ge, >=)

ORDINAL_TEXT(noise_grade)
ORDINAL_TEXT(water_class)
ORDINAL_TEXT(groundwater_class)

/*
 * ---- json and jsonb ----
 *
 * The object of a rank (to_json(row), to_jsonb(row) and row_to_json(row)
 * use the casts), in C as the aqi casts (src/bi.c): as SQL functions over
 * the accessors they were 100 times slower than the text output.
 */
Datum
eco_ordinal_json(const EcoOrdinalJson *desc, int rank, bool jsonb)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"%s\":%d,\"name\":", desc->rank_key, rank);
	escape_json(&buf, desc->name(rank));
	for (i = 0; i < lengthof(desc->fields); i++)
	{
		appendStringInfo(&buf, ",\"%s\":", desc->fields[i].key);
		escape_json(&buf, desc->fields[i].words(rank));
	}
	if (desc->flag_key != NULL)
		appendStringInfo(&buf, ",\"%s\":%s", desc->flag_key, rank <= desc->flag_max ? "true" : "false");
	appendStringInfoChar(&buf, '}');
	if (jsonb)
		return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
	return PointerGetDatum(cstring_to_text(buf.data));
}
