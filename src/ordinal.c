/*
 * The small ordinal types of the extension, whose Datum is a by-value int64
 * rank (noise_grade 1..5, water_class 1..6, groundwater_class 1..5), written
 * once: each type is a descriptor (EcoOrdinalType: its core parser and
 * names, its json object) and one template gives it text and binary input
 * and output, the json and jsonb casts and the comparisons with text.  The
 * comparisons, hashing and integer casts need no descriptor: each type's
 * operators are SQL functions bound to the same C functions.
 */
#include "postgres.h"
#include "compat.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "core/groundwater.h"
#include "core/noise.h"
#include "core/water.h"
#include "callsite.h"

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

/* -1, 0 or 1: (a > b) - (a < b) of the two ranks */
Datum
eco_ordinal_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((RANK_ARG(0) > RANK_ARG(1)) - (RANK_ARG(0) < RANK_ARG(1)));
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

/* ---- the descriptors ---- */

/* a text field of the json object: its key and the words of a rank */
typedef struct EcoOrdinalField
{
	const char *key;
	const char *(*words) (int rank);
} EcoOrdinalField;

typedef struct EcoOrdinalType
{
	const char *name;			/* the SQL type, in messages */
	const char *rank_word;		/* "grade", "class": in the binary input's messages */
	int			max_rank;		/* ranks are 1..max_rank */
	int			(*from_text) (const char *text, int len);	/* 0 when malformed */
	const char *(*rank_name) (int rank);
	const char *input_hint;
	/* the json object: {rank_key: rank, "name": name, fields, flag_key: rank <= flag_max} */
	const char *rank_key;
	EcoOrdinalField fields[2];
	const char *flag_key;		/* NULL: no flag */
	int			flag_max;
} EcoOrdinalType;

/* the json (text) and jsonb objects of each rank, built once per backend */
#define ORDINAL_MAX_RANK 6
typedef struct OrdinalObjects
{
	text	   *json[ORDINAL_MAX_RANK + 1];
	Jsonb	   *jsonb[ORDINAL_MAX_RANK + 1];
} OrdinalObjects;

/*
 * noise_grade: the HJ 640-2012 grade number, name and wording;
 * water_class: the GB 3838-2002 class number and name, the status word of
 * 《地表水环境质量评价办法（试行）》 and whether it is I-III (优良);
 * groundwater_class: the GB/T 14848-2017 class number and name, the use
 * §4.1 says it suits and whether it suits a drinking-water source (I-III,
 * §4.1: III 以GB 5749-2006为依据).
 */
static const EcoOrdinalType noise_grade_type = {
	"noise_grade", "grade", ECO_NOISE_GRADE_MAX, eco_noise_grade_from_text, eco_noise_grade_name,
	"A noise grade is 一级, 二级, 三级, 四级, 五级 or 1..5.",
	"grade", {{"label", eco_noise_grade_label_zh}, {"label_en", eco_noise_grade_label_en}}, NULL, 0
};
static const EcoOrdinalType water_class_type = {
	"water_class", "class", ECO_WATER_CLASS_WORSE_V, eco_water_class_from_text, eco_water_class_name,
	"A water class is I, II, III, IV, V or 劣V (also Ⅰ..Ⅴ, 劣Ⅴ, V+, 1..6, with or without 类).",
	"class", {{"status", eco_water_class_status_zh}, {"status_en", eco_water_class_status_en}}, "good", 3
};
static const EcoOrdinalType groundwater_class_type = {
	"groundwater_class", "class", ECO_GW_CLASS_V, eco_gw_class_from_text, eco_gw_class_name,
	"A groundwater class is I, II, III, IV or V (also Ⅰ..Ⅴ, 1..5, with or without 类).",
	"class", {{"use", eco_gw_class_use_zh}, {"use_en", eco_gw_class_use_en}}, "drinking_source", 3
};

/* ---- the template ---- */

/* the rank a string names; 22P02 when it names none */
static int
ordinal_parse(const EcoOrdinalType *type, const char *str, int len)
{
	int			rank = type->from_text(str, len);

	if (rank < 1 || rank > type->max_rank)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", type->name, input_excerpt(str, len)),
				 errhint("%s", type->input_hint)));
	return rank;
}

static Datum
ordinal_in(FunctionCallInfo fcinfo, const EcoOrdinalType *type)
{
	char	   *str = PG_GETARG_CSTRING(0);

	PG_RETURN_DATUM(Int64GetDatum(ordinal_parse(type, str, (int) strlen(str))));
}

static Datum
ordinal_out(FunctionCallInfo fcinfo, const EcoOrdinalType *type)
{
	PG_RETURN_CSTRING(pstrdup(type->rank_name((int) RANK_ARG(0))));
}

#define ORDINAL_FORMAT_VERSION 1

/* binary form: format version byte, rank byte 1..max_rank; every byte checked (22P03) */
static Datum
ordinal_recv(FunctionCallInfo fcinfo, const EcoOrdinalType *type)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version;
	int			rank;

	if (buf->len - buf->cursor != 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary %s: %d bytes, expected 2", type->name, buf->len - buf->cursor)));
	version = pq_getmsgbyte(buf);
	rank = pq_getmsgbyte(buf);
	if (version != ORDINAL_FORMAT_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary %s: format version %d, expected %d",
						type->name, version, ORDINAL_FORMAT_VERSION)));
	if (rank < 1 || rank > type->max_rank)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary %s: %s %d, expected 1..%d",
						type->name, type->rank_word, rank, type->max_rank)));
	PG_RETURN_DATUM(Int64GetDatum(rank));
}

static Datum
ordinal_send(FunctionCallInfo fcinfo, const EcoOrdinalType *type)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, ORDINAL_FORMAT_VERSION);
	pq_sendbyte(&buf, (uint8) RANK_ARG(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* a string value of the jsonb object */
static void
push_string(JsonbParseState **state, const char *key, const char *value)
{
	JsonbValue	v;

	v.type = jbvString;
	v.val.string.val = unconstify(char *, key);
	v.val.string.len = strlen(key);
	pushJsonbValue(state, WJB_KEY, &v);
	v.val.string.val = unconstify(char *, value);
	v.val.string.len = strlen(value);
	pushJsonbValue(state, WJB_VALUE, &v);
}

/*
 * The object of a rank, as json text and as jsonb, each built from the
 * descriptor (the jsonb without reading json text back), in
 * TopMemoryContext: a type has at most six of them.
 */
static void
ordinal_build(const EcoOrdinalType *type, int rank, OrdinalObjects *objects)
{
	MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);
	StringInfoData buf;
	JsonbParseState *state = NULL;
	JsonbValue	v;
	int			i;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"%s\":%d,\"name\":", type->rank_key, rank);
	escape_json(&buf, type->rank_name(rank));
	for (i = 0; i < lengthof(type->fields); i++)
	{
		appendStringInfo(&buf, ",\"%s\":", type->fields[i].key);
		escape_json(&buf, type->fields[i].words(rank));
	}
	if (type->flag_key != NULL)
		appendStringInfo(&buf, ",\"%s\":%s", type->flag_key, rank <= type->flag_max ? "true" : "false");
	appendStringInfoChar(&buf, '}');
	objects->json[rank] = cstring_to_text(buf.data);

	pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
	v.type = jbvString;
	v.val.string.val = unconstify(char *, type->rank_key);
	v.val.string.len = strlen(type->rank_key);
	pushJsonbValue(&state, WJB_KEY, &v);
	v.type = jbvNumeric;
	v.val.numeric = int64_to_numeric(rank);
	pushJsonbValue(&state, WJB_VALUE, &v);
	push_string(&state, "name", type->rank_name(rank));
	for (i = 0; i < lengthof(type->fields); i++)
		push_string(&state, type->fields[i].key, type->fields[i].words(rank));
	if (type->flag_key != NULL)
	{
		v.type = jbvString;
		v.val.string.val = unconstify(char *, type->flag_key);
		v.val.string.len = strlen(type->flag_key);
		pushJsonbValue(&state, WJB_KEY, &v);
		v.type = jbvBool;
		v.val.boolean = rank <= type->flag_max;
		pushJsonbValue(&state, WJB_VALUE, &v);
	}
	objects->jsonb[rank] = JsonbValueToJsonb(pushJsonbValue(&state, WJB_END_OBJECT, NULL));
	MemoryContextSwitchTo(old);
}

/* the object of the rank of argument 0 as json or jsonb: a copy of the one built */
static Datum
ordinal_json(FunctionCallInfo fcinfo, const EcoOrdinalType *type, OrdinalObjects *objects, bool jsonb)
{
	int			rank = (int) RANK_ARG(0);
	struct varlena *object;

	if (rank < 1 || rank > type->max_rank)
		elog(ERROR, "%s rank %d out of range", type->name, rank);
	if (objects->json[rank] == NULL)
		ordinal_build(type, rank, objects);
	object = jsonb ? (struct varlena *) objects->jsonb[rank] : (struct varlena *) objects->json[rank];
	PG_RETURN_POINTER(memcpy(palloc(VARSIZE(object)), object, VARSIZE(object)));
}

/*
 * Each type's SQL-visible C functions (the names the extension scripts bind):
 * <type>_in, _out, _recv, _send, _json, _jsonb, and the comparisons with
 * text <type>_text_<op>(type, text) and text_<type>_<op>(text, type).
 *
 * The comparisons with text: JDBC's setString binds varchar (stringtype=varchar,
 * its default) and other drivers bind text: "class <= $1" then finds no
 * operator for the ordinal type and a string.  These operators read the
 * string with the type's own text input (names and numbers alike: '二级',
 * '2', 'III', 'Ⅲ类'; a malformed one is 22P02, as the input's) and compare
 * ranks.  varchar reaches them by its implicit cast to text.  The string is
 * parsed once per call site while its bytes stay the same (src/callsite.c).
 */
#define ORDINAL_FN(type, suffix, body) \
PG_FUNCTION_INFO_V1(type##_##suffix); \
Datum \
type##_##suffix(PG_FUNCTION_ARGS) \
{ \
	body; \
}

#define ORDINAL_TEXT_OP(type, name, op) \
ORDINAL_FN(type, text_##name, PG_RETURN_BOOL(RANK_ARG(0) op callsite_arg(fcinfo, 1, parse_##type))) \
PG_FUNCTION_INFO_V1(text_##type##_##name); \
Datum \
text_##type##_##name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(callsite_arg(fcinfo, 0, parse_##type) op RANK_ARG(1)); \
}

#define ORDINAL_TYPE(type) \
static OrdinalObjects type##_objects; \
static int \
parse_##type(const char *name, int len) \
{ \
	return ordinal_parse(&type##_type, name, len); \
} \
ORDINAL_FN(type, in, return ordinal_in(fcinfo, &type##_type)) \
ORDINAL_FN(type, out, return ordinal_out(fcinfo, &type##_type)) \
ORDINAL_FN(type, recv, return ordinal_recv(fcinfo, &type##_type)) \
ORDINAL_FN(type, send, return ordinal_send(fcinfo, &type##_type)) \
ORDINAL_FN(type, json, return ordinal_json(fcinfo, &type##_type, &type##_objects, false)) \
ORDINAL_FN(type, jsonb, return ordinal_json(fcinfo, &type##_type, &type##_objects, true)) \
ORDINAL_TEXT_OP(type, eq, ==) \
ORDINAL_TEXT_OP(type, ne, !=) \
ORDINAL_TEXT_OP(type, lt, <) \
ORDINAL_TEXT_OP(type, le, <=) \
ORDINAL_TEXT_OP(type, gt, >) \
ORDINAL_TEXT_OP(type, ge, >=)

ORDINAL_TYPE(noise_grade)
ORDINAL_TYPE(water_class)
ORDINAL_TYPE(groundwater_class)
