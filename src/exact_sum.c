/*
 * Glue for aggregate states holding exact sums: their serialized form and
 * the errors of reading it back.
 */
#include "postgres.h"

#include "exact_sum.h"
#include "libpq/pqformat.h"

void
eco_pq_sendxsum(StringInfo buf, const EcoExactSum *s)
{
	uint8		bytes[ECO_XSUM_STORED_MAX];
	size_t		n = eco_xsum_write(s, bytes);

	pq_sendbytes(buf, (const char *) bytes, (int) n);
}

void
eco_pq_getxsum(StringInfo buf, EcoExactSum *s, const char *what)
{
	size_t		n = eco_xsum_read(s, (const uint8 *) buf->data + buf->cursor,
								  (size_t) (buf->len - buf->cursor));

	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid serialized %s state: malformed exact sum at byte %d",
						what, buf->cursor)));
	buf->cursor += (int) n;
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

double
eco_xsum_result(const EcoExactSum *s, const char *what)
{
	double		result;

	if (!eco_xsum_to_double(s, &result))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s out of range: the sum passes 1.8e308", what),
				 errhint("Sums must stay below 1.8e308.")));
	return result;
}
