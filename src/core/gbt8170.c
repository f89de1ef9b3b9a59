/*
 * GB/T 8170-2008 §3.3 rounding rules, on exact decimal values.
 */
#include "core/gbt8170.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int64_t
eco_fixed_round_half_even(int64_t v, int64_t quantum)
{
	return eco_divide_half_even(v, quantum) * quantum;
}

int64_t
eco_fixed_truncate(int64_t v, int64_t quantum)
{
	return (v / quantum) * quantum;
}

/*
 * The shortest "%.*e" form of x that reads back as x: at most 17 significant
 * digits always suffice for a double.
 */
static void
shortest_decimal(double x, char *buf, size_t len)
{
	int			precision;

	for (precision = 0; precision < 17; precision++)
	{
		snprintf(buf, len, "%.*e", precision, x);
		if (strtod(buf, NULL) == x)
			return;
	}
	snprintf(buf, len, "%.17e", x);
}

double
eco_round_gb8170(double x, int digits)
{
	char		text[64];
	char		mantissa[32];
	char	   *e;
	int			exponent;
	int			ndigits = 0;
	int			keep;
	int			i;
	bool		negative;
	bool		round_up;
	char		out[96];
	double		result;

	if (!isfinite(x) || x == 0.0 || digits < -15 || digits > 15)
		return x;
	negative = x < 0;
	shortest_decimal(fabs(x), text, sizeof(text));

	/* text is d[.ddd]e±XX: collect the significant digits and the exponent */
	e = strchr(text, 'e');
	exponent = atoi(e + 1);
	for (i = 0; text + i < e; i++)
		if (text[i] >= '0' && text[i] <= '9')
			mantissa[ndigits++] = text[i];

	/*
	 * The value is 0.d1d2...dn * 10^(exponent + 1); the digits kept are those
	 * at decimal positions down to 10^-digits.
	 */
	keep = exponent + 1 + digits;
	if (keep >= ndigits)
		return x;				/* nothing beyond the kept position */
	if (keep < 0)
		return negative ? -0.0 : 0.0;

	if (mantissa[keep] > '5')
		round_up = true;
	else if (mantissa[keep] < '5')
		round_up = false;
	else
	{
		bool		beyond_five = false;

		for (i = keep + 1; i < ndigits; i++)
			if (mantissa[i] != '0')
				beyond_five = true;
		if (beyond_five)
			round_up = true;
		else					/* exactly half: to the even neighbour */
			round_up = keep > 0 && ((mantissa[keep - 1] - '0') % 2 == 1);
	}

	/* rebuild the kept digits as an integer count of 10^-digits units */
	mantissa[keep] = '\0';
	snprintf(out, sizeof(out), "%s0.%se%d", negative ? "-" : "",
			 keep > 0 ? mantissa : "0", exponent + 1);
	result = strtod(out, NULL);
	if (round_up)
	{
		double		unit;

		snprintf(out, sizeof(out), "1e%d", -digits);
		unit = strtod(out, NULL);
		/* re-read through decimal text so that the result is the nearest double */
		snprintf(out, sizeof(out), "%.*f", digits > 0 ? digits : 0,
				 negative ? result - unit : result + unit);
		result = strtod(out, NULL);
	}
	return result;
}
