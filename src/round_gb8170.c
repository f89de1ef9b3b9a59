/*
 * round_gb8170(): GB/T 8170-2008 §3.3 rounding ("四舍六入五成双": a dropped
 * part above half rounds up, below half down, exactly half to the even
 * neighbour) of the exact decimal value, for numeric and double precision.
 *
 * numeric is rounded in numeric: the quotient by 10^-digits is split into an
 * integer part and an exact remainder, and the remainder decides.  double
 * precision goes through core's eco_round_gb8170 on the shortest decimal
 * that reads back as the double (0.125 is 0.125, not 0.1250000000000000...).
 */
#include "postgres.h"
#include "compat.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "core/gbt8170.h"
#include "fmgr.h"
#include "round_gb8170.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

/* core's eco_round_gb8170 handles these decimals (a double has 17 digits) */
#define FLOAT8_DIGITS_MAX 15

static Numeric
numeric_from_text(const char *text)
{
	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(text),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

static Numeric
power_of_ten(int exponent)
{
	char		text[16];

	snprintf(text, sizeof(text), "1e%d", exponent);
	return numeric_from_text(text);
}

Numeric
eco_float8_to_numeric_exact(double x)
{
	char		text[DOUBLE_SHORTEST_DECIMAL_LEN];

	if (isnan(x))
		return numeric_from_text("NaN");
	if (isinf(x))
		return numeric_from_text(x > 0 ? "Infinity" : "-Infinity");
	double_to_shortest_decimal_buf(x, text);
	return numeric_from_text(text);
}

#define NUM(x) NumericGetDatum(x)
#define CALL2(f, a, b) DatumGetNumeric(DirectFunctionCall2(f, NUM(a), NUM(b)))

static bool
numeric_is_negative(Numeric x)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NUM(x),
											 NUM(int64_to_numeric(0)))) < 0;
}

Numeric
eco_numeric_round_quotient(Numeric numerator, Numeric denominator, int digits)
{
	bool		negative;
	Numeric		scaled;
	Numeric		quotient;
	Numeric		twice_remainder;
	Numeric		two = int64_to_numeric(2);
	int			cmp;
	Numeric		result;

	/* work on magnitudes; the sign is put back at the end */
	negative = (numeric_is_negative(numerator) != numeric_is_negative(denominator));
	numerator = DatumGetNumeric(DirectFunctionCall1(numeric_abs, NUM(numerator)));
	denominator = DatumGetNumeric(DirectFunctionCall1(numeric_abs, NUM(denominator)));

	/* numerator * 10^digits = quotient * denominator + remainder, all exact */
	scaled = CALL2(numeric_mul, numerator, power_of_ten(digits));
	quotient = CALL2(numeric_div_trunc, scaled, denominator);
	twice_remainder = CALL2(numeric_mul, two,
							CALL2(numeric_sub, scaled, CALL2(numeric_mul, quotient, denominator)));
	cmp = DatumGetInt32(DirectFunctionCall2(numeric_cmp, NUM(twice_remainder), NUM(denominator)));
	if (cmp > 0 ||
		(cmp == 0 && !DatumGetBool(DirectFunctionCall2(numeric_eq,
													   NUM(CALL2(numeric_mod, quotient, two)),
													   NUM(int64_to_numeric(0))))))
		quotient = CALL2(numeric_add, quotient, int64_to_numeric(1));

	result = CALL2(numeric_mul, quotient, power_of_ten(-digits));
	if (negative)
		result = DatumGetNumeric(DirectFunctionCall1(numeric_uminus, NUM(result)));
	/* the value is already a multiple of 10^-digits: this only sets the scale */
	return DatumGetNumeric(DirectFunctionCall2(numeric_round, NUM(result),
											   Int32GetDatum(Max(digits, 0))));
}

static void
check_digits(int32 digits, int limit)
{
	if (digits < -limit || digits > limit)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("digits of round_gb8170() must lie in -%d..%d, not %d",
						limit, limit, digits),
				 errhint("digits is the number of decimals kept; negative rounds to tens, hundreds, ...")));
}

PG_FUNCTION_INFO_V1(round_gb8170_numeric);
Datum
round_gb8170_numeric(PG_FUNCTION_ARGS)
{
	Numeric		value = PG_GETARG_NUMERIC(0);
	int32		digits = PG_GETARG_INT32(1);

	check_digits(digits, ECO_NUMERIC_DIGITS_MAX);
	if (numeric_is_nan(value) || numeric_is_inf(value))
		PG_RETURN_NUMERIC(value);
	PG_RETURN_NUMERIC(eco_numeric_round_quotient(value, int64_to_numeric(1), digits));
}

PG_FUNCTION_INFO_V1(round_gb8170_float8);
Datum
round_gb8170_float8(PG_FUNCTION_ARGS)
{
	double		value = PG_GETARG_FLOAT8(0);
	int32		digits = PG_GETARG_INT32(1);
	Numeric		rounded;

	check_digits(digits, FLOAT8_DIGITS_MAX);
	rounded = eco_float8_to_numeric_exact(eco_round_gb8170(value, digits));
	if (!isfinite(value))
		PG_RETURN_NUMERIC(rounded);
	/* the value is already a multiple of 10^-digits: this only sets the scale */
	return DirectFunctionCall2(numeric_round, NUM(rounded), Int32GetDatum(Max(digits, 0)));
}
