/*
 * The rate type: a numerator over a denominator, merged exactly by adding
 * both parts, so that rates per district roll up into the city's rate.
 *
 * Equality and order are by value (1/2 = 2/4), compared exactly in core.  A
 * rate with denominator 0 ("0 of 0": nothing counted) has no value: it sorts
 * after every other rate, equals every other such rate, and its fraction and
 * percentage are NULL.
 */
#include "postgres.h"
#include "compat.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "callsite.h"
#include "core/rate.h"
#include "exact_sum.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "rate.h"
#include "round_gb8170.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/numeric.h"

/* The first byte of the binary form; a new layout gets a new number. */
#define RATE_BINARY_VERSION 1

static void
check_rate_part(double x, const char *what)
{
	if (!eco_rate_part_valid(x))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s of a rate must be a finite non-negative number, not %s",
						what, float8out_internal(x)),
				 errhint("Accepted: 0 <= %s < Infinity.", what)));
}

Rate *
eco_rate_new(double numerator, double denominator, const char *what)
{
	Rate	   *result = palloc(sizeof(Rate));
	char		label[NAMEDATALEN * 2];

	snprintf(label, sizeof(label), "%s numerator", what);
	check_rate_part(numerator, label);
	snprintf(label, sizeof(label), "%s denominator", what);
	check_rate_part(denominator, label);
	/* -0 is not negative; store it as 0 so that it prints as "0" */
	result->numerator = numerator + 0.0;
	result->denominator = denominator + 0.0;
	return result;
}

/* ---------- text and binary forms ---------- */

PG_FUNCTION_INFO_V1(rate_in);
Datum
rate_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	char	   *slash = strchr(text, '/');
	char	   *numerator_text;
	char	   *end;
	double		numerator;
	double		denominator;

	if (slash == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type rate: \"%s\"", input_excerpt(text, -1)),
				 errhint("A rate is written numerator/denominator, for example 209/209 or 0.5/3.25.")));
	numerator_text = pnstrdup(text, slash - text);
	/* float8in_internal rejects empty and trailing text itself */
	numerator = float8in_internal(numerator_text, NULL, "rate", input_excerpt(text, -1));
	denominator = float8in_internal(slash + 1, &end, "rate", input_excerpt(text, -1));
	if (*end != '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type rate: \"%s\"", input_excerpt(text, -1)),
				 errhint("A rate is written numerator/denominator, for example 209/209 or 0.5/3.25.")));
	PG_RETURN_RATE_P(eco_rate_new(numerator, denominator, "input"));
}

/*
 * The shortest decimal of each part that reads back as the same double,
 * whatever extra_float_digits says, so that the text form round-trips.
 */
PG_FUNCTION_INFO_V1(rate_out);
Datum
rate_out(PG_FUNCTION_ARGS)
{
	Rate	   *rate = PG_GETARG_RATE_P(0);
	char	   *result = palloc(2 * DOUBLE_SHORTEST_DECIMAL_LEN + 1);
	int			len;

	len = double_to_shortest_decimal_buf(rate->numerator, result);
	result[len++] = '/';
	double_to_shortest_decimal_buf(rate->denominator, result + len);
	PG_RETURN_CSTRING(result);
}

/* Binary form: version byte, numerator, denominator (IEEE 754, network order). */
PG_FUNCTION_INFO_V1(rate_recv);
Datum
rate_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version;
	double		numerator;
	double		denominator;

	if (buf->len - buf->cursor != 1 + 2 * sizeof(float8))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary rate: %d bytes", buf->len - buf->cursor),
				 errhint("A binary rate is 17 bytes: a version byte (%d) and two float8.",
						 RATE_BINARY_VERSION)));
	version = pq_getmsgbyte(buf);
	if (version != RATE_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary rate: unknown format version %d", version),
				 errhint("The supported version is %d.", RATE_BINARY_VERSION)));
	numerator = pq_getmsgfloat8(buf);
	denominator = pq_getmsgfloat8(buf);
	PG_RETURN_RATE_P(eco_rate_new(numerator, denominator, "binary input"));
}

PG_FUNCTION_INFO_V1(rate_send);
Datum
rate_send(PG_FUNCTION_ARGS)
{
	Rate	   *rate = PG_GETARG_RATE_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, RATE_BINARY_VERSION);
	pq_sendfloat8(&buf, rate->numerator);
	pq_sendfloat8(&buf, rate->denominator);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------- constructor and accessors ---------- */

PG_FUNCTION_INFO_V1(rate_make);
Datum
rate_make(PG_FUNCTION_ARGS)
{
	PG_RETURN_RATE_P(eco_rate_new(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), "rate()"));
}

PG_FUNCTION_INFO_V1(rate_numerator);
Datum
rate_numerator(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(PG_GETARG_RATE_P(0)->numerator);
}

PG_FUNCTION_INFO_V1(rate_denominator);
Datum
rate_denominator(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(PG_GETARG_RATE_P(0)->denominator);
}

/*
 * numerator / denominator (denominator > 0) as a double: an error when the
 * quotient passes the largest double (0.1/1e-310), not Infinity.
 */
static double
rate_quotient(const Rate *rate, const char *what)
{
	double		q = 0;

	if (eco_rate_quotient(rate->numerator, rate->denominator, &q) == ECO_RATE_OUT_OF_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s of rate %s/%s is out of range for type double precision",
						what, float8out_internal(rate->numerator),
						float8out_internal(rate->denominator)),
				 errhint("Use pct() or a cast to numeric for quotients beyond 1.8e308.")));
	return q;
}

PG_FUNCTION_INFO_V1(rate_fraction);
Datum
rate_fraction(PG_FUNCTION_ARGS)
{
	Rate	   *rate = PG_GETARG_RATE_P(0);

	if (rate->denominator == 0.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(rate_quotient(rate, "fraction()"));
}

/* The percentage 100 * numerator / denominator rounded per GB/T 8170 §3.3. */
PG_FUNCTION_INFO_V1(rate_pct);
Datum
rate_pct(PG_FUNCTION_ARGS)
{
	Rate	   *rate = PG_GETARG_RATE_P(0);
	int32		digits = PG_GETARG_INT32(1);
	Numeric		hundred_times;

	if (digits < -ECO_NUMERIC_DIGITS_MAX || digits > ECO_NUMERIC_DIGITS_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("digits of pct() must lie in -%d..%d, not %d",
						ECO_NUMERIC_DIGITS_MAX, ECO_NUMERIC_DIGITS_MAX, digits),
				 errhint("digits is the number of decimals of the percentage.")));
	if (rate->denominator == 0.0)
		PG_RETURN_NULL();
	hundred_times = DatumGetNumeric(DirectFunctionCall2(numeric_mul,
														NumericGetDatum(eco_float8_to_numeric_exact(rate->numerator)),
														NumericGetDatum(int64_to_numeric(100))));
	PG_RETURN_NUMERIC(eco_numeric_round_quotient(hundred_times,
												 eco_float8_to_numeric_exact(rate->denominator),
												 digits));
}

/* ---------- casts: a rate without a value cannot become a number ---------- */

static void
check_has_value(Rate *rate, const char *type_name)
{
	if (rate->denominator == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("rate %s/0 has no value to cast to %s",
						float8out_internal(rate->numerator), type_name),
				 errhint("Use fraction(rate), which is NULL for a denominator of 0.")));
}

PG_FUNCTION_INFO_V1(rate_to_float8);
Datum
rate_to_float8(PG_FUNCTION_ARGS)
{
	Rate	   *rate = PG_GETARG_RATE_P(0);

	check_has_value(rate, "double precision");
	PG_RETURN_FLOAT8(rate_quotient(rate, "cast to double precision"));
}

PG_FUNCTION_INFO_V1(rate_to_numeric);
Datum
rate_to_numeric(PG_FUNCTION_ARGS)
{
	Rate	   *rate = PG_GETARG_RATE_P(0);

	check_has_value(rate, "numeric");
	return DirectFunctionCall2(numeric_div,
							   NumericGetDatum(eco_float8_to_numeric_exact(rate->numerator)),
							   NumericGetDatum(eco_float8_to_numeric_exact(rate->denominator)));
}

/* ---------- comparison and hashing by value ---------- */

static int
rate_compare(FunctionCallInfo fcinfo)
{
	Rate	   *a = PG_GETARG_RATE_P(0);
	Rate	   *b = PG_GETARG_RATE_P(1);

	return eco_rate_cmp(a->numerator, a->denominator, b->numerator, b->denominator);
}

PG_FUNCTION_INFO_V1(rate_cmp);
Datum
rate_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(rate_compare(fcinfo));
}

#define RATE_COMPARISON(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(rate_compare(fcinfo) op 0); \
}

RATE_COMPARISON(rate_lt, <)
RATE_COMPARISON(rate_le, <=)
RATE_COMPARISON(rate_eq, ==)
RATE_COMPARISON(rate_ne, !=)
RATE_COMPARISON(rate_ge, >=)
RATE_COMPARISON(rate_gt, >)

/*
 * min() and max(): of equal rates with different parts (1/2 and 2/4) the one
 * with the smaller denominator (then numerator) is kept, whatever the order
 * of the rows, so that every plan returns the same parts.
 */
static int
rate_compare_parts(FunctionCallInfo fcinfo)
{
	Rate	   *a = PG_GETARG_RATE_P(0);
	Rate	   *b = PG_GETARG_RATE_P(1);
	int			c = rate_compare(fcinfo);

	if (c != 0)
		return c;
	if (a->denominator != b->denominator)
		return a->denominator < b->denominator ? -1 : 1;
	return (a->numerator > b->numerator) - (a->numerator < b->numerator);
}

PG_FUNCTION_INFO_V1(rate_smaller);
Datum
rate_smaller(PG_FUNCTION_ARGS)
{
	return rate_compare_parts(fcinfo) <= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1);
}

PG_FUNCTION_INFO_V1(rate_larger);
Datum
rate_larger(PG_FUNCTION_ARGS)
{
	int			c = rate_compare(fcinfo);

	if (c == 0)
		return rate_compare_parts(fcinfo) <= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1);
	return c > 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1);
}

/* Equal rates have one correctly rounded quotient: hash that as a float8. */
PG_FUNCTION_INFO_V1(rate_hash);
Datum
rate_hash(PG_FUNCTION_ARGS)
{
	Rate	   *rate = PG_GETARG_RATE_P(0);

	return DirectFunctionCall1(hashfloat8,
							   Float8GetDatum(eco_rate_hash_key(rate->numerator, rate->denominator)));
}

PG_FUNCTION_INFO_V1(rate_hash_extended);
Datum
rate_hash_extended(PG_FUNCTION_ARGS)
{
	Rate	   *rate = PG_GETARG_RATE_P(0);

	return DirectFunctionCall2(hashfloat8extended,
							   Float8GetDatum(eco_rate_hash_key(rate->numerator, rate->denominator)),
							   PG_GETARG_DATUM(1));
}

/* ---------- merging: the + operator and the aggregates ---------- */

static void
add_to_rate(Rate *rate, double numerator, double denominator)
{
	if (!eco_rate_add(&rate->numerator, &rate->denominator, numerator, denominator))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("rate out of range: merging gives an infinite numerator or denominator"),
				 errhint("Numerators and denominators must stay below 1.8e308.")));
}

/*
 * a + b: numerators and denominators added (the + operator, sum, combine);
 * the aggregates' state changed in place (eco_agg_writable: no palloc per row).
 */
PG_FUNCTION_INFO_V1(rate_merge);
Datum
rate_merge(PG_FUNCTION_ARGS)
{
	Rate	   *other = PG_GETARG_RATE_P(1);
	Rate	   *result = eco_agg_writable(fcinfo, 0, sizeof(Rate));

	add_to_rate(result, other->numerator, other->denominator);
	PG_RETURN_RATE_P(result);
}

/* rate_agg(hit boolean): a true row counts in both parts, a false one in the denominator. */
PG_FUNCTION_INFO_V1(rate_agg_hit_transfn);
Datum
rate_agg_hit_transfn(PG_FUNCTION_ARGS)
{
	Rate	   *result = eco_agg_writable(fcinfo, 0, sizeof(Rate));

	add_to_rate(result, PG_GETARG_BOOL(1) ? 1.0 : 0.0, 1.0);
	PG_RETURN_RATE_P(result);
}

/*
 * rate_agg(numerator, denominator) of 1.0 (state rate, parts added in
 * doubles): kept for 1.0 catalogs until ALTER EXTENSION UPDATE; 1.1 uses
 * rate_agg_parts_exact_transfn.
 */
PG_FUNCTION_INFO_V1(rate_agg_parts_transfn);
Datum
rate_agg_parts_transfn(PG_FUNCTION_ARGS)
{
	double		numerator = PG_GETARG_FLOAT8(1);
	double		denominator = PG_GETARG_FLOAT8(2);
	Rate	   *result;

	check_rate_part(numerator, "rate_agg() numerator");
	check_rate_part(denominator, "rate_agg() denominator");
	result = eco_agg_writable(fcinfo, 0, sizeof(Rate));
	add_to_rate(result, numerator, denominator);
	PG_RETURN_RATE_P(result);
}

/*
 * The exact aggregates sum(rate) and rate_agg(numerator, denominator): both
 * parts summed exactly (core/exact_sum.h) and rounded once at the end, so
 * that serial, parallel, hashed, sorted and moving-window plans give the same
 * bits.  Rows with a NULL argument are skipped; no rows give 0/0.
 */
typedef struct RateSumState
{
	EcoXsum		numerator;
	EcoXsum		denominator;
} RateSumState;

#define RATE_SUM_STATE_FORMAT 1

static void
rate_sum_init(void *p)
{
	RateSumState *state = p;

	eco_xs_init(&state->numerator);
	eco_xs_init(&state->denominator);
}

/* format byte, the numerator's exact sum, the denominator's (exact_sum.h) */
static void
rate_sum_write(StringInfo buf, const void *p)
{
	const RateSumState *state = p;

	pq_sendbyte(buf, RATE_SUM_STATE_FORMAT);
	eco_pq_sendxs(buf, &state->numerator);
	eco_pq_sendxs(buf, &state->denominator);
}

static void
rate_sum_read(StringInfo buf, void *p)
{
	RateSumState *state = p;

	if (buf->len < 1 || pq_getmsgbyte(buf) != RATE_SUM_STATE_FORMAT)
		eco_state_invalid(&eco_state_rate_sum, "Unknown format.");
	eco_pq_getxs(buf, &state->numerator, "rate sum");
	eco_pq_getxs(buf, &state->denominator, "rate sum");
	/* parts are never negative, so neither is a sum of them */
	if (eco_xs_sign(&state->numerator) < 0 || eco_xs_sign(&state->denominator) < 0)
		eco_state_invalid(&eco_state_rate_sum, "A negative sum.");
}

static void
rate_sum_merge(void *p, const void *o, MemoryContext cxt)
{
	RateSumState *state = p;
	const RateSumState *other = o;

	eco_xs_merge_in(&state->numerator, &other->numerator, cxt);
	eco_xs_merge_in(&state->denominator, &other->denominator, cxt);
}

const EcoStateKind eco_state_rate_sum = {
	3, "rate_sum", sizeof(RateSumState), rate_sum_init, rate_sum_write, rate_sum_read, rate_sum_merge
};

static void
rate_sum_step(RateSumState *state, double numerator, double denominator, bool remove,
			  MemoryContext cxt)
{
	if (remove)
	{
		eco_xs_sub_in(&state->numerator, numerator, cxt);
		eco_xs_sub_in(&state->denominator, denominator, cxt);
	}
	else
	{
		eco_xs_add_in(&state->numerator, numerator, cxt);
		eco_xs_add_in(&state->denominator, denominator, cxt);
	}
}

/* sum(rate): (state, rate); remove = true for the moving window's inverse */
static Datum
rate_sum_row(FunctionCallInfo fcinfo, bool remove)
{
	MemoryContext cxt;
	Datum		result;
	RateSumState *state = eco_state_rw(fcinfo, 0, &eco_state_rate_sum, &cxt, &result);
	Rate	   *rate;

	if (!PG_ARGISNULL(1))
	{
		rate = PG_GETARG_RATE_P(1);
		rate_sum_step(state, rate->numerator, rate->denominator, remove, cxt);
	}
	return result;
}

PG_FUNCTION_INFO_V1(rate_sum_transfn);
Datum
rate_sum_transfn(PG_FUNCTION_ARGS)
{
	return rate_sum_row(fcinfo, false);
}

PG_FUNCTION_INFO_V1(rate_sum_invfn);
Datum
rate_sum_invfn(PG_FUNCTION_ARGS)
{
	return rate_sum_row(fcinfo, true);
}

/* rate_agg(numerator, denominator): (state, float8, float8) */
static Datum
rate_agg_parts_row(FunctionCallInfo fcinfo, bool remove)
{
	MemoryContext cxt;
	Datum		result;
	RateSumState *state = eco_state_rw(fcinfo, 0, &eco_state_rate_sum, &cxt, &result);
	double		numerator;
	double		denominator;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return result;
	numerator = PG_GETARG_FLOAT8(1);
	denominator = PG_GETARG_FLOAT8(2);
	check_rate_part(numerator, "rate_agg() numerator");
	check_rate_part(denominator, "rate_agg() denominator");
	rate_sum_step(state, numerator, denominator, remove, cxt);
	return result;
}

PG_FUNCTION_INFO_V1(rate_agg_parts_exact_transfn);
Datum
rate_agg_parts_exact_transfn(PG_FUNCTION_ARGS)
{
	return rate_agg_parts_row(fcinfo, false);
}

PG_FUNCTION_INFO_V1(rate_agg_parts_invfn);
Datum
rate_agg_parts_invfn(PG_FUNCTION_ARGS)
{
	return rate_agg_parts_row(fcinfo, true);
}

PG_FUNCTION_INFO_V1(rate_sum_combine);
Datum
rate_sum_combine(PG_FUNCTION_ARGS)
{
	return eco_state_combine(fcinfo, &eco_state_rate_sum);
}

/* the 1.1 script's serialize and deserialize functions */
PG_FUNCTION_INFO_V1(rate_sum_serialize);
Datum
rate_sum_serialize(PG_FUNCTION_ARGS)
{
	return eco_state_serialize(fcinfo, &eco_state_rate_sum);
}

PG_FUNCTION_INFO_V1(rate_sum_deserialize);
Datum
rate_sum_deserialize(PG_FUNCTION_ARGS)
{
	return eco_state_deserialize(fcinfo, &eco_state_rate_sum);
}

/* the exact sums rounded once; 0/0 when no row was aggregated */
PG_FUNCTION_INFO_V1(rate_sum_final);
Datum
rate_sum_final(PG_FUNCTION_ARGS)
{
	const RateSumState *state;

	if (PG_ARGISNULL(0))
		PG_RETURN_RATE_P(eco_rate_new(0.0, 0.0, "sum"));
	state = eco_state_ro(fcinfo, 0, &eco_state_rate_sum);
	PG_RETURN_RATE_P(eco_rate_new(eco_xs_result(&state->numerator, "rate numerator"),
								  eco_xs_result(&state->denominator, "rate denominator"),
								  "sum"));
}

/*
 * pp_change(current, previous): the change of the percentage, in percentage
 * points, as the double nearest to the exact value
 * 100 (n1 d2 - n2 d1) / (d1 d2) of the parts' decimals.  Two percentages
 * subtracted in doubles round three times, and 100*3/16 - 100*11/40 gives
 * -21.250000000000004, which GB/T 8170 reports as -21.3 instead of -21.2.
 */
PG_FUNCTION_INFO_V1(rate_pp_change);
Datum
rate_pp_change(PG_FUNCTION_ARGS)
{
	Rate	   *current = PG_GETARG_RATE_P(0);
	Rate	   *previous = PG_GETARG_RATE_P(1);
	Datum		n1,
				d1,
				n2,
				d2;
	Datum		cross;
	Datum		exact;
	double		change;

	if (current->denominator == 0.0 || previous->denominator == 0.0)
		PG_RETURN_NULL();
	n1 = NumericGetDatum(eco_float8_to_numeric_exact(current->numerator));
	d1 = NumericGetDatum(eco_float8_to_numeric_exact(current->denominator));
	n2 = NumericGetDatum(eco_float8_to_numeric_exact(previous->numerator));
	d2 = NumericGetDatum(eco_float8_to_numeric_exact(previous->denominator));
	cross = DirectFunctionCall2(numeric_sub,
								DirectFunctionCall2(numeric_mul, n1, d2),
								DirectFunctionCall2(numeric_mul, n2, d1));
	exact = DirectFunctionCall2(numeric_div,
								DirectFunctionCall2(numeric_mul, cross,
													NumericGetDatum(int64_to_numeric(100))),
								DirectFunctionCall2(numeric_mul, d1, d2));
	change = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow, exact));
	if (isinf(change))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("pp_change() of rates %s/%s and %s/%s is out of range for type double precision",
						float8out_internal(current->numerator), float8out_internal(current->denominator),
						float8out_internal(previous->numerator), float8out_internal(previous->denominator)),
				 errhint("The change in percentage points must stay below 1.8e308.")));
	PG_RETURN_FLOAT8(change);
}
