/*
 * Glue for aggregate states holding exact sums: the full form allocated on
 * demand, the serialized form and the errors of reading it back.
 */
#include "postgres.h"
#include "compat.h"

#include "exact_sum.h"
#include "libpq/pqformat.h"

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

MemoryContext
eco_agg_context(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "%s called in non-aggregate context", fn);
	return aggcontext;
}
