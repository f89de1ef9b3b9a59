/*
 * air_summary input and output (text, binary) and its operator classes:
 * equality, the btree order, hashing.  Output, send, = and hashing read the
 * stored form of any working form.
 */
#include "postgres.h"
#include "compat.h"

#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"

#include "air_summary.h"
#include "air_summary_forms.h"
#include "callsite.h"


static int
hex_digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

#define TEXT_FORM_HINT "An air_summary is written in base64 of its stored form (as air_summary output gives it), or as \\x followed by hexadecimal digits (the form of ecoinsp 1.0)."

/*
 * The text form: base64 of the canonical stored form; the 1.0 form, \x and
 * hexadecimal digits, is read too (dumps of 1.0 restore).  Either is checked
 * character by character, then the stored form byte by byte.
 */
PG_FUNCTION_INFO_V1(air_summary_in);
Datum
air_summary_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	uint8	   *bytes;
	size_t		nbytes;
	size_t		i;

	if (len >= 2 && str[0] == '\\' && str[1] == 'x')
	{
		if (len % 2 != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type air_summary: \"%s\"", input_excerpt(str, len)),
					 errdetail("An odd number of hexadecimal digits."),
					 errhint(TEXT_FORM_HINT)));
		bytes = palloc(len / 2);
		for (i = 2; i < len; i += 2)
		{
			int			hi = hex_digit_value(str[i]);
			int			lo = hex_digit_value(str[i + 1]);

			if (hi < 0 || lo < 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid hexadecimal digit in air_summary at position %d", (int) i + 1),
						 errhint(TEXT_FORM_HINT)));
			bytes[i / 2 - 1] = (uint8) (hi << 4 | lo);
		}
		nbytes = len / 2 - 1;
	}
	else
	{
		const char *reason;
		size_t		position;

		bytes = palloc(len / 4 * 3 + 3);
		reason = eco_air_text_decode(str, len, bytes, &nbytes, &position);
		if (reason)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type air_summary: \"%s\"", input_excerpt(str, len)),
					 errdetail("At character %d: %s.", (int) position + 1, reason),
					 errhint(TEXT_FORM_HINT)));
	}
	PG_RETURN_BYTEA_P(airsum_packed_from_bytes(bytes, nbytes, ERRCODE_INVALID_TEXT_REPRESENTATION));
}

/* the packed bytes without the form byte */
static bytea *
stored_form(FunctionCallInfo fcinfo, int argno, const uint8 **bytes, size_t *len)
{
	bytea	   *v = PG_GETARG_BYTEA_PP(argno);
	bytea	   *packed = NULL;

	if (FORM_OF(v) == FORM_RUNS && VARSIZE_ANY_EXHDR(v) >= RUNS_DATA)
		packed = airsum_runs_packed(v);
	if (packed)
		v = packed;
	else if (!is_packed(v))
		v = airsum_packed_from(airsum_read_summary(v, airsum_scratch(fcinfo)));
	*bytes = stored_bytes(v, len);
	return v;
}

PG_FUNCTION_INFO_V1(air_summary_out);
Datum
air_summary_out(PG_FUNCTION_ARGS)
{
	const uint8 *bytes;
	size_t		len;
	char	   *out;

	stored_form(fcinfo, 0, &bytes, &len);
	out = palloc(eco_air_text_length(len) + 1);
	eco_air_text_encode(bytes, len, out);
	PG_RETURN_CSTRING(out);
}

PG_FUNCTION_INFO_V1(air_summary_recv);
Datum
air_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const uint8 *bytes = (const uint8 *) buf->data + buf->cursor;
	size_t		len = buf->len - buf->cursor;

	buf->cursor = buf->len;
	/* malformed bytes: 22P03, as every type's binary input (README) */
	PG_RETURN_BYTEA_P(airsum_packed_from_bytes(bytes, len, ERRCODE_INVALID_BINARY_REPRESENTATION));
}

PG_FUNCTION_INFO_V1(air_summary_send);
Datum
air_summary_send(PG_FUNCTION_ARGS)
{
	const uint8 *bytes;
	size_t		len;
	StringInfoData buf;

	stored_form(fcinfo, 0, &bytes, &len);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * ---- Equality and hashing ----
 *
 * Every path writes the canonical stored form (core/air_summary.h) and the
 * input re-packs what it reads, so two summaries hold the same data exactly
 * when their stored bytes are equal.
 */
static bool
summaries_equal(FunctionCallInfo fcinfo)
{
	const uint8 *a;
	const uint8 *b;
	size_t		alen;
	size_t		blen;

	stored_form(fcinfo, 0, &a, &alen);
	stored_form(fcinfo, 1, &b, &blen);
	return alen == blen && memcmp(a, b, alen) == 0;
}

PG_FUNCTION_INFO_V1(air_summary_eq);
Datum
air_summary_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(summaries_equal(fcinfo));
}

PG_FUNCTION_INFO_V1(air_summary_ne);
Datum
air_summary_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!summaries_equal(fcinfo));
}

/*
 * An order for sorting only (DISTINCT aggregates, merge joins, ordered
 * aggregates grouped by a summary): by year, then AQI standard, then the
 * stored bytes.  It says nothing about air quality.
 */
static int
summaries_cmp(FunctionCallInfo fcinfo)
{
	const uint8 *a;
	const uint8 *b;
	size_t		alen;
	size_t		blen;
	int			c;

	stored_form(fcinfo, 0, &a, &alen);
	stored_form(fcinfo, 1, &b, &blen);
	/* stored forms are at least a header long */
	if (eco_air_packed_year(a) != eco_air_packed_year(b))
		return eco_air_packed_year(a) < eco_air_packed_year(b) ? -1 : 1;
	if (eco_air_packed_rule(a) != eco_air_packed_rule(b))
		return eco_air_packed_rule(a) < eco_air_packed_rule(b) ? -1 : 1;
	c = memcmp(a, b, Min(alen, blen));
	if (c != 0)
		return c < 0 ? -1 : 1;
	return alen == blen ? 0 : alen < blen ? -1 : 1;
}

PG_FUNCTION_INFO_V1(air_summary_cmp);
Datum
air_summary_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(summaries_cmp(fcinfo));
}

PG_FUNCTION_INFO_V1(air_summary_lt);
Datum
air_summary_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(summaries_cmp(fcinfo) < 0);
}

PG_FUNCTION_INFO_V1(air_summary_le);
Datum
air_summary_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(summaries_cmp(fcinfo) <= 0);
}

PG_FUNCTION_INFO_V1(air_summary_ge);
Datum
air_summary_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(summaries_cmp(fcinfo) >= 0);
}

PG_FUNCTION_INFO_V1(air_summary_gt);
Datum
air_summary_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(summaries_cmp(fcinfo) > 0);
}

/* the extended hash of the stored form of argument 0 */
static uint64
stored_form_hash(FunctionCallInfo fcinfo, uint64 seed)
{
	const uint8 *bytes;
	size_t		len;

	stored_form(fcinfo, 0, &bytes, &len);
	return DatumGetUInt64(hash_any_extended(bytes, (int) len, seed));
}

/* hash_any's value: the low 32 bits of hash_any_extended with seed 0 */
PG_FUNCTION_INFO_V1(air_summary_hash);
Datum
air_summary_hash(PG_FUNCTION_ARGS)
{
	return UInt32GetDatum((uint32) stored_form_hash(fcinfo, 0));
}

PG_FUNCTION_INFO_V1(air_summary_hash_extended);
Datum
air_summary_hash_extended(PG_FUNCTION_ARGS)
{
	return UInt64GetDatum(stored_form_hash(fcinfo, PG_GETARG_INT64(1)));
}
