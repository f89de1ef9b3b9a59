/*
 * Glue for aggregate states holding exact sums: the full form allocated on
 * demand, the serialized form and the errors of reading it back.
 */
#include "postgres.h"
#include "compat.h"

#include "exact_sum.h"
#include "core/gbt8170.h"
#include "core/water.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/memutils.h"

static void
attach_in(EcoXsum *s, MemoryContext cxt)
{
	eco_xs_attach(s, MemoryContextAlloc(cxt, sizeof(EcoExactSum)));
}

void
eco_xs_add_in(EcoXsum *s, double x, MemoryContext cxt)
{
	if (!eco_xs_add(s, x))
	{
		attach_in(s, cxt);
		(void) eco_xs_add(s, x);
	}
}

void
eco_xs_sub_in(EcoXsum *s, double x, MemoryContext cxt)
{
	if (!eco_xs_sub(s, x))
	{
		attach_in(s, cxt);
		(void) eco_xs_sub(s, x);
	}
}

void
eco_xs_merge_in(EcoXsum *s, const EcoXsum *other, MemoryContext cxt)
{
	if (!eco_xs_merge(s, other))
	{
		attach_in(s, cxt);
		(void) eco_xs_merge(s, other);
	}
}

void
eco_xs_copy_in(EcoXsum *dst, const EcoXsum *src, MemoryContext cxt)
{
	*dst = *src;
	if (src->big != NULL)
	{
		dst->big = MemoryContextAlloc(cxt, sizeof(EcoExactSum));
		*dst->big = *src->big;
	}
}

double
eco_xs_result(const EcoXsum *s, const char *what)
{
	double		result;

	if (!eco_xs_to_double(s, &result))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s out of range: the sum passes 1.8e308", what),
				 errhint("Sums must stay below 1.8e308.")));
	return result;
}

void
eco_pq_sendxs(StringInfo buf, const EcoXsum *s)
{
	EcoExactSum v;
	uint8		bytes[ECO_XSUM_STORED_MAX];
	size_t		n;

	eco_xs_value(s, &v);
	n = eco_xsum_write(&v, bytes);
	pq_sendbytes(buf, (const char *) bytes, (int) n);
}

void
eco_pq_getxs(StringInfo buf, EcoXsum *s, const char *what)
{
	EcoExactSum v;
	size_t		n = eco_xsum_read(&v, (const uint8 *) buf->data + buf->cursor,
								  (size_t) (buf->len - buf->cursor));

	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid serialized %s state: malformed exact sum at byte %d",
						what, buf->cursor)));
	buf->cursor += (int) n;
	if (!eco_xs_from_full(s, &v))
	{
		eco_xs_init(s);
		s->big = palloc(sizeof(EcoExactSum));
		*s->big = v;
	}
}

void
eco_read_state_bytes(StringInfo buf, bytea *bytes)
{
	buf->data = VARDATA_ANY(bytes);
	buf->len = VARSIZE_ANY_EXHDR(bytes);
	buf->maxlen = buf->len;
	buf->cursor = 0;
}

void
eco_check_state_end(StringInfo buf, const char *what)
{
	if (buf->cursor != buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid serialized %s state: %d bytes after the end",
						what, buf->len - buf->cursor)));
}

void
eco_bad_parameter(const char *message, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s", message),
			 errhint("%s", hint)));
}

MemoryContext
eco_agg_context(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext aggcontext;

	/* a user can call a transition function directly: an error, not a bug */
	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s called in non-aggregate context", fn)));
	return aggcontext;
}

void *
eco_agg_writable(FunctionCallInfo fcinfo, int argno, Size size)
{
	void	   *state = PG_GETARG_POINTER(argno);
	void	   *copy;

	if (AggCheckCallContext(fcinfo, NULL))
		return state;
	copy = palloc(size);
	memcpy(copy, state, size);
	return copy;
}

/* ---- exact_state: the one state type of the summing aggregates ---- */

static const EcoStateKind *const state_kinds[] = {
	&eco_state_leq_mean,
	&eco_state_length_weighted_mean,
	&eco_state_rate_sum,
	&eco_state_water_section,
	&eco_state_drinking_water,
	&eco_state_groundwater_sample,
};

#define N_STATE_KINDS lengthof(state_kinds)

/* the expanded form: the family's C struct, and its stored form once asked for */
typedef struct EcoStateObject
{
	ExpandedObjectHeader hdr;
	const EcoStateKind *kind;
	void	   *state;
	bytea	   *flat;			/* the stored form, NULL while not made or stale */
} EcoStateObject;

static Size state_flat_size(ExpandedObjectHeader *eohptr);
static void state_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size);

static const ExpandedObjectMethods state_methods = {
	state_flat_size,
	state_flatten_into
};

void
eco_state_invalid(const EcoStateKind *kind, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s state", kind->name),
			 errdetail("%s", detail)));
}

void
eco_item_means_init(int *waterbody, int64 *count, EcoXsum *sum, int n)
{
	int			i;

	*waterbody = 0;
	for (i = 0; i < n; i++)
	{
		count[i] = 0;
		eco_xs_init(&sum[i]);
	}
}

void
eco_item_means_write(StringInfo buf, int version, int waterbody,
					 const int64 *count, const EcoXsum *sum, int n)
{
	int			i;

	pq_sendbyte(buf, (uint8) version);
	pq_sendbyte(buf, (uint8) waterbody);
	pq_sendbyte(buf, (uint8) n);
	for (i = 0; i < n; i++)
	{
		pq_sendint64(buf, count[i]);
		eco_pq_sendxs(buf, &sum[i]);
	}
}

void
eco_item_means_read(StringInfo buf, int version, int *waterbody,
					int64 *count, EcoXsum *sum, int n, const EcoStateKind *kind)
{
	int			i;

	if (buf->len < 3 || pq_getmsgbyte(buf) != version)
		eco_state_invalid(kind, "Unknown format version.");
	*waterbody = pq_getmsgbyte(buf);
	if (*waterbody != 0 && *waterbody != ECO_RIVER && *waterbody != ECO_LAKE)
		eco_state_invalid(kind, "Unknown waterbody.");
	if (pq_getmsgbyte(buf) != n)
		eco_state_invalid(kind, "Wrong number of items.");
	for (i = 0; i < n; i++)
	{
		double		lowest = i == ECO_W_TEMPERATURE ? ECO_WATER_MIN_TEMPERATURE : 0;
		double		total;

		if (buf->len - buf->cursor < 8)
			eco_state_invalid(kind, "Too short.");
		count[i] = pq_getmsgint64(buf);
		eco_pq_getxs(buf, &sum[i], kind->name);
		if (count[i] < 0 || !eco_xs_to_double(&sum[i], &total) ||
			(count[i] == 0 && eco_xs_sign(&sum[i]) != 0) ||
			total < lowest * (double) count[i] * (1 + 1e-12) ||
			total > ECO_FIXED_MAX_INPUT * (double) count[i] * (1 + 1e-12))
			eco_state_invalid(kind, "An item's count or sum is out of range.");
		if (count[i] > 0 && *waterbody == 0)
			eco_state_invalid(kind, "Items without a waterbody.");
	}
}

void
eco_item_means_merge(int64 *count, EcoXsum *sum, const int64 *other_count,
					 const EcoXsum *other_sum, int n, MemoryContext cxt)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		count[i] += other_count[i];
		eco_xs_merge_in(&sum[i], &other_sum[i], cxt);
	}
}

/* the stored form: the kind byte, then the family's fields */
static bytea *
state_write(const EcoStateKind *kind, const void *state)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoSpaces(&buf, VARHDRSZ);
	appendStringInfoChar(&buf, (char) kind->id);
	kind->write(&buf, state);
	SET_VARSIZE(buf.data, buf.len);
	return (bytea *) buf.data;
}

static Size
state_flat_size(ExpandedObjectHeader *eohptr)
{
	EcoStateObject *obj = (EcoStateObject *) eohptr;

	if (obj->flat == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(obj->hdr.eoh_context);

		obj->flat = state_write(obj->kind, obj->state);
		MemoryContextSwitchTo(old);
	}
	return VARSIZE(obj->flat);
}

static void
state_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	EcoStateObject *obj = (EcoStateObject *) eohptr;

	Assert(obj->flat != NULL && allocated_size == VARSIZE(obj->flat));
	memcpy(result, obj->flat, allocated_size);
}

static const EcoStateKind *
kind_of_id(int id)
{
	int			i;

	for (i = 0; i < (int) N_STATE_KINDS; i++)
		if (state_kinds[i]->id == id)
			return state_kinds[i];
	return NULL;
}

static void
wrong_kind(const EcoStateKind *want, int id)
{
	const EcoStateKind *got = kind_of_id(id);

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("a %s state was expected, not a%s %s state", want->name,
					got == NULL ? "n unknown" : "", got == NULL ? "" : got->name),
			 errhint("An exact_state is combined and finished only by the aggregates of its kind.")));
}

/*
 * Reads a whole stored form (kind byte first) into a new state in the
 * current memory context; kind NULL accepts any kind and *kindp says which.
 */
static void *
state_read(const char *data, int len, const EcoStateKind *kind, const EcoStateKind **kindp)
{
	StringInfoData buf;
	const EcoStateKind *found;
	void	   *state;

	if (len < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid exact_state: %d bytes", len),
				 errdetail("A stored state has a kind byte and a format version byte at least.")));
	found = kind_of_id((uint8) data[0]);
	if (kind != NULL && found != kind)
		wrong_kind(kind, (uint8) data[0]);
	if (found == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid exact_state: unknown kind %d", (uint8) data[0])));
	buf.data = unconstify(char *, data) + 1;
	buf.len = len - 1;
	buf.maxlen = buf.len;
	buf.cursor = 0;
	state = palloc0(found->size);
	found->init(state);
	found->read(&buf, state);
	eco_check_state_end(&buf, found->name);
	if (kindp != NULL)
		*kindp = found;
	return state;
}

/*
 * The memory context of an aggregate's states: one child of the aggregate's
 * context, shared by all its groups (a context per group would cost 1 kB a
 * group, and hash aggregation sums the memory of every child context at
 * every new group).  The executor adopts a state as its own because the
 * parent of its context is the aggregate's; it would delete the context only
 * when a transition function returned another state in place of a
 * read-write one, which these never do.
 */
MemoryContext
eco_states_context(MemoryContext aggcontext, const char *name)
{
	MemoryContext child;

	for (child = aggcontext->firstchild; child != NULL; child = child->nextchild)
		if (strcmp(child->name, name) == 0)
			return child;
	/* name is a string literal, as AllocSetContextCreate requires */
	return AllocSetContextCreateInternal(aggcontext, name, ALLOCSET_DEFAULT_SIZES);
}

static EcoStateObject *
state_new(const EcoStateKind *kind, MemoryContext aggcontext)
{
	MemoryContext cxt = eco_states_context(aggcontext, "ecoinsp exact_state");
	EcoStateObject *obj = MemoryContextAlloc(cxt, sizeof(EcoStateObject));

	EOH_init_header(&obj->hdr, &state_methods, cxt);
	obj->kind = kind;
	obj->flat = NULL;
	obj->state = MemoryContextAllocZero(cxt, kind->size);
	kind->init(obj->state);
	return obj;
}

const void *
eco_state_ro(FunctionCallInfo fcinfo, int argno, const EcoStateKind *kind)
{
	Datum		d = PG_GETARG_DATUM(argno);
	bytea	   *flat;

	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
	{
		EcoStateObject *obj = (EcoStateObject *) DatumGetEOHP(d);

		if (obj->hdr.eoh_methods != &state_methods)
			elog(ERROR, "%s: not an exact_state", kind->name);
		if (obj->kind != kind)
			wrong_kind(kind, obj->kind->id);
		return obj->state;
	}
	flat = PG_DETOAST_DATUM_PACKED(d);
	return state_read(VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat), kind, NULL);
}

void *
eco_state_rw(FunctionCallInfo fcinfo, int argno, const EcoStateKind *kind,
			 MemoryContext *cxt, Datum *result)
{
	EcoStateObject *obj;

	if (!PG_ARGISNULL(argno) &&
		VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(argno))))
	{
		/* a state this aggregate made: changed in place, row after row */
		obj = (EcoStateObject *) DatumGetEOHP(PG_GETARG_DATUM(argno));
		if (obj->hdr.eoh_methods != &state_methods)
			elog(ERROR, "%s: not an exact_state", kind->name);
		if (obj->kind != kind)
			wrong_kind(kind, obj->kind->id);
	}
	else
	{
		/* the first row, or a stored or read-only state: a copy of it to change */
		obj = state_new(kind, eco_agg_context(fcinfo, kind->name));
		if (!PG_ARGISNULL(argno))
			kind->merge(obj->state, eco_state_ro(fcinfo, argno, kind), obj->hdr.eoh_context);
	}
	if (unlikely(obj->flat != NULL))
	{
		pfree(obj->flat);
		obj->flat = NULL;
	}
	*cxt = obj->hdr.eoh_context;
	*result = EOHPGetRWDatum(&obj->hdr);
	return obj->state;
}

Datum
eco_state_combine(FunctionCallInfo fcinfo, const EcoStateKind *kind)
{
	const void *other;
	void	   *state;
	MemoryContext cxt;
	Datum		result;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		/* checks the kind, and makes a stored state writable */
		(void) eco_state_rw(fcinfo, 0, kind, &cxt, &result);
		return result;
	}
	other = eco_state_ro(fcinfo, 1, kind);
	state = eco_state_rw(fcinfo, 0, kind, &cxt, &result);
	kind->merge(state, other, cxt);
	return result;
}

Datum
eco_state_serialize(FunctionCallInfo fcinfo, const EcoStateKind *kind)
{
	return PointerGetDatum(state_write(kind, eco_state_ro(fcinfo, 0, kind)));
}

Datum
eco_state_deserialize(FunctionCallInfo fcinfo, const EcoStateKind *kind)
{
	MemoryContext aggcontext = eco_agg_context(fcinfo, kind->name);
	bytea	   *flat = PG_GETARG_BYTEA_PP(0);
	EcoStateObject *obj = state_new(kind, aggcontext);
	MemoryContext old = MemoryContextSwitchTo(obj->hdr.eoh_context);

	obj->state = state_read(VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat), kind, NULL);
	MemoryContextSwitchTo(old);
	return EOHPGetRWDatum(&obj->hdr);
}

/* the stored form of a value, checked, in the current memory context */
static bytea *
state_checked(const char *data, int len, const EcoStateKind **kind)
{
	void	   *state = state_read(data, len, NULL, kind);
	bytea	   *canonical = state_write(*kind, state);

	/* every field read back as written: one stored form per value */
	if (VARSIZE(canonical) - VARHDRSZ != len || memcmp(VARDATA(canonical), data, len) != 0)
		eco_state_invalid(*kind, "The bytes are not the canonical stored form of the state they hold.");
	return canonical;
}

PG_FUNCTION_INFO_V1(exact_state_in);
Datum
exact_state_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	const char *colon = strchr(text, ':');
	const EcoStateKind *kind = NULL;
	const EcoStateKind *found;
	size_t		hexlen;
	char	   *bytes;
	int			len;
	int			i;

	for (i = 0; colon != NULL && i < (int) N_STATE_KINDS; i++)
		if (strlen(state_kinds[i]->name) == (size_t) (colon - text) &&
			strncmp(text, state_kinds[i]->name, colon - text) == 0)
			kind = state_kinds[i];
	if (kind == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type exact_state: \"%.100s\"", text),
				 errhint("An exact_state is written kind:hex, the kind one of leq_mean, length_weighted_mean, "
						 "rate_sum, water_section, drinking_water, groundwater_sample.")));
	hexlen = strlen(colon + 1);
	if (hexlen % 2 != 0 || strspn(colon + 1, "0123456789abcdef") != hexlen || hexlen > 1000000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type exact_state: \"%.100s\"", text),
				 errhint("After the kind and the colon, an even number of lower-case hexadecimal digits.")));
	bytes = palloc(hexlen / 2 + 1);
	bytes[0] = (char) kind->id;
	len = 1 + (int) hex_decode(colon + 1, hexlen, bytes + 1);
	PG_RETURN_BYTEA_P(state_checked(bytes, len, &found));
}

PG_FUNCTION_INFO_V1(exact_state_out);
Datum
exact_state_out(PG_FUNCTION_ARGS)
{
	bytea	   *flat = PG_GETARG_BYTEA_PP(0);
	const char *data = VARDATA_ANY(flat);
	int			len = VARSIZE_ANY_EXHDR(flat);
	const EcoStateKind *kind = len > 0 ? kind_of_id((uint8) data[0]) : NULL;
	StringInfoData buf;
	char	   *hex;

	if (kind == NULL)
		elog(ERROR, "exact_state of an unknown kind");
	hex = palloc(2 * (len - 1) + 1);
	hex[hex_encode(data + 1, len - 1, hex)] = '\0';
	initStringInfo(&buf);
	appendStringInfo(&buf, "%s:%s", kind->name, hex);
	PG_RETURN_CSTRING(buf.data);
}

/* binary: the stored form, kind byte first */
PG_FUNCTION_INFO_V1(exact_state_recv);
Datum
exact_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const EcoStateKind *kind;
	bytea	   *result = state_checked(buf->data + buf->cursor, buf->len - buf->cursor, &kind);

	buf->cursor = buf->len;
	PG_RETURN_BYTEA_P(result);
}

PG_FUNCTION_INFO_V1(exact_state_send);
Datum
exact_state_send(PG_FUNCTION_ARGS)
{
	bytea	   *flat = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
