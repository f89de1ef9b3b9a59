/* GB/T 8170 rounding and the exact fixed-point reading of measurements. */
#include "unit.h"
#include "core/gbt8170.h"

#include <math.h>

static void
check_round(double x, int digits, double expected)
{
	double		got = eco_round_gb8170(x, digits);

	CHECK(got == expected, "round_gb8170(%.17g, %d) = %.17g, expected %.17g",
		  x, digits, got, expected);
}

int
main(void)
{
	int64_t		v;

	/* GB/T 8170 §3.3: below five down, above five up, exactly five to even */
	check_round(0.125, 2, 0.12);
	check_round(0.135, 2, 0.14);
	check_round(2.675, 2, 2.68);	/* decimal 2.675, though the double is below it */
	check_round(2.665, 2, 2.66);
	check_round(12.5, 0, 12.0);
	check_round(13.5, 0, 14.0);
	check_round(13.51, 0, 14.0);
	check_round(13.49, 0, 13.0);
	check_round(-0.125, 2, -0.12);
	check_round(-13.5, 0, -14.0);
	check_round(85.75342465753425, 1, 85.8);
	check_round(99.83227105, 1, 99.8);
	check_round(3.2258064516129, 1, 3.2);
	check_round(1250.0, -2, 1200.0);
	check_round(1350.0, -2, 1400.0);
	check_round(0.04, 1, 0.0);
	check_round(0.05, 1, 0.0);
	check_round(0.15, 1, 0.2);
	check_round(0.95, 1, 1.0);
	check_round(9.95, 1, 10.0);
	check_round(99.95, 1, 100.0);
	check_round(7.0, 1, 7.0);
	check_round(0.0, 1, 0.0);
	CHECK(isnan(eco_round_gb8170(NAN, 1)), "NaN stays NaN");

	/* the fixed-point reading is exact for the decimals people write */
	CHECK(eco_fixed_from_double(2.2, &v) && v == 2200000, "2.2 -> %lld", (long long) v);
	CHECK(eco_fixed_from_double(75.1, &v) && v == 75100000, "75.1 -> %lld", (long long) v);
	CHECK(eco_fixed_from_double(0.054, &v) && v == 54000, "0.054 -> %lld", (long long) v);
	CHECK(!eco_fixed_from_double(INFINITY, &v), "infinity rejected");
	CHECK(!eco_fixed_from_double(NAN, &v), "NaN rejected");
	CHECK(!eco_fixed_from_double(2e12, &v), "too large rejected");
	CHECK(eco_fixed_from_double(0.0078125, &v) && v == 7813, "1/128: a half unit rounds away from zero");
	CHECK(eco_fixed_from_double(-0.0078125, &v) && v == -7813, "-1/128");
	CHECK(eco_fixed_from_double(1e12, &v) && v == INT64_C(1000000000000000000), "the largest input");

	/*
	 * The inline reading is llround(x * 10^6): on random doubles of every
	 * magnitude up to 10^12, on both sides of every half unit, negative too.
	 */
	{
		uint64_t	state = UINT64_C(0x2545F4914F6CDD1D);
		int			bad = 0;
		int			n;

		for (n = 0; n < 2000000; n++)
		{
			double		x;
			int64_t		expect;

			state ^= state << 13;
			state ^= state >> 7;
			state ^= state << 17;
			if (n % 3 == 0)		/* a half unit and its neighbours */
				x = ((double) (state % 2000000000) + 0.5) / 1e6;
			else
				x = ldexp((double) (state >> 11), (int) (state % 93) - 93);
			if (n % 3 == 1)
				x = nextafter(x, n % 2 ? 0 : INFINITY);
			if (state & 1)
				x = -x;
			if (!(fabs(x) <= 1e12))
				continue;
			expect = (int64_t) llround(x * 1e6);
			if (!eco_fixed_from_double(x, &v) || v != expect)
				bad++;
		}
		CHECK(bad == 0, "the inline reading differs from llround(x * 1e6) on %d doubles", bad);
	}

	/*
	 * eco_divide_half_even, the one rounding of a quotient: on half (to the
	 * even quotient, both parities), just below and just above it, exact
	 * quotients, negative numerators (floor first), odd denominators, den 1
	 */
	CHECK(eco_divide_half_even(15, 10) == 2, "15/10 -> 2 (half, up to even)");
	CHECK(eco_divide_half_even(25, 10) == 2, "25/10 -> 2 (half, down to even)");
	CHECK(eco_divide_half_even(14, 10) == 1, "14/10 -> 1");
	CHECK(eco_divide_half_even(16, 10) == 2, "16/10 -> 2");
	CHECK(eco_divide_half_even(24, 10) == 2, "24/10 -> 2");
	CHECK(eco_divide_half_even(26, 10) == 3, "26/10 -> 3");
	CHECK(eco_divide_half_even(20, 10) == 2, "20/10 -> 2");
	CHECK(eco_divide_half_even(0, 7) == 0, "0/7 -> 0");
	CHECK(eco_divide_half_even(5, 1) == 5, "5/1 -> 5");
	CHECK(eco_divide_half_even(-15, 10) == -2, "-15/10 -> -2");
	CHECK(eco_divide_half_even(-25, 10) == -2, "-25/10 -> -2");
	CHECK(eco_divide_half_even(-14, 10) == -1, "-14/10 -> -1");
	CHECK(eco_divide_half_even(-16, 10) == -2, "-16/10 -> -2");
	CHECK(eco_divide_half_even(-20, 10) == -2, "-20/10 -> -2");
	CHECK(eco_divide_half_even(-5, 10) == 0, "-5/10 -> 0");
	CHECK(eco_divide_half_even(5, 10) == 0, "5/10 -> 0");
	CHECK(eco_divide_half_even(4, 3) == 1, "4/3 -> 1");
	CHECK(eco_divide_half_even(5, 3) == 2, "5/3 -> 2");
	CHECK(eco_divide_half_even(3, 2) == 2, "3/2 -> 2");
	CHECK(eco_divide_half_even(1, 2) == 0, "1/2 -> 0");
	CHECK(eco_divide_half_even(INT64_C(27041666666667), 1000000) == 27041667,
		  "27041666.666667 -> 27041667");
	CHECK(eco_divide_half_even(INT64_C(99999999999999950), 100) == INT64_C(1000000000000000),
		  "999999999999999.5 -> 1000000000000000 (even)");
	CHECK(eco_divide_half_even(INT64_C(99999999999999850), 100) == INT64_C(999999999999998),
		  "999999999999998.5 -> 999999999999998 (even)");
	CHECK(eco_fixed_round_half_even(2500000, 1000000) == 2000000, "2.5 -> 2");
	CHECK(eco_fixed_round_half_even(3500000, 1000000) == 4000000, "3.5 -> 4");
	CHECK(eco_fixed_round_half_even(3500001, 1000000) == 4000000, "3.500001 -> 4");
	CHECK(eco_fixed_round_half_even(2449999, 100000) == 2400000, "2.449999 -> 2.4");
	CHECK(eco_fixed_round_half_even(2450000, 100000) == 2400000, "2.45 -> 2.4");
	CHECK(eco_fixed_round_half_even(2550000, 100000) == 2600000, "2.55 -> 2.6");
	CHECK(eco_fixed_round_half_even(-2500000, 1000000) == -2000000, "-2.5 -> -2");
	CHECK(eco_fixed_truncate(9190000, 100000) == 9100000, "9.19 -> 9.1");
	CHECK(eco_fixed_truncate(54999, 1000) == 54000, "0.054999 -> 0.054");

	return UNIT_DONE("gbt8170");
}
