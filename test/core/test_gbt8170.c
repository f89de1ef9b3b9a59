/* GB/T 8170 rounding and the exact fixed-point reading of measurements. */
#include "unit.h"
#include "core/gbt8170.h"

#include <math.h>
#include <string.h>

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
	/* a zero among the significant digits is a digit (1.05 is 1, 0, 5) */
	check_round(1.05, 1, 1.0);
	check_round(1.051, 1, 1.1);
	check_round(2.005, 2, 2.0);
	check_round(10.25, 1, 10.2);
	check_round(100.5, 0, 100.0);
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
	 * eco_div_half_even, the one rounding of a quotient: on half (to the
	 * even quotient, both parities), just below and just above it, exact
	 * quotients, negative numerators (floor first), odd denominators, den 1
	 */
	CHECK(eco_div_half_even(15, 10) == 2, "15/10 -> 2 (half, up to even)");
	CHECK(eco_div_half_even(25, 10) == 2, "25/10 -> 2 (half, down to even)");
	CHECK(eco_div_half_even(14, 10) == 1, "14/10 -> 1");
	CHECK(eco_div_half_even(16, 10) == 2, "16/10 -> 2");
	CHECK(eco_div_half_even(24, 10) == 2, "24/10 -> 2");
	CHECK(eco_div_half_even(26, 10) == 3, "26/10 -> 3");
	CHECK(eco_div_half_even(20, 10) == 2, "20/10 -> 2");
	CHECK(eco_div_half_even(0, 7) == 0, "0/7 -> 0");
	CHECK(eco_div_half_even(5, 1) == 5, "5/1 -> 5");
	CHECK(eco_div_half_even(-15, 10) == -2, "-15/10 -> -2");
	CHECK(eco_div_half_even(-25, 10) == -2, "-25/10 -> -2");
	CHECK(eco_div_half_even(-14, 10) == -1, "-14/10 -> -1");
	CHECK(eco_div_half_even(-16, 10) == -2, "-16/10 -> -2");
	CHECK(eco_div_half_even(-20, 10) == -2, "-20/10 -> -2");
	CHECK(eco_div_half_even(-5, 10) == 0, "-5/10 -> 0");
	CHECK(eco_div_half_even(5, 10) == 0, "5/10 -> 0");
	CHECK(eco_div_half_even(4, 3) == 1, "4/3 -> 1");
	CHECK(eco_div_half_even(5, 3) == 2, "5/3 -> 2");
	CHECK(eco_div_half_even(3, 2) == 2, "3/2 -> 2");
	CHECK(eco_div_half_even(1, 2) == 0, "1/2 -> 0");
	CHECK(eco_div_half_even(INT64_C(27041666666667), 1000000) == 27041667,
		  "27041666.666667 -> 27041667");
	CHECK(eco_div_half_even(INT64_C(99999999999999950), 100) == INT64_C(1000000000000000),
		  "999999999999999.5 -> 1000000000000000 (even)");
	CHECK(eco_div_half_even(INT64_C(99999999999999850), 100) == INT64_C(999999999999998),
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

	/* eco_div_half_even: below half down, above up, exactly half to even, every sign */
	CHECK(eco_div_half_even(24, 10) == 2, "2.4 -> 2");
	CHECK(eco_div_half_even(25, 10) == 2, "2.5 -> 2 (even)");
	CHECK(eco_div_half_even(26, 10) == 3, "2.6 -> 3");
	CHECK(eco_div_half_even(34, 10) == 3, "3.4 -> 3");
	CHECK(eco_div_half_even(35, 10) == 4, "3.5 -> 4 (even)");
	CHECK(eco_div_half_even(36, 10) == 4, "3.6 -> 4");
	CHECK(eco_div_half_even(30, 10) == 3, "3.0 exact");
	CHECK(eco_div_half_even(0, 7) == 0, "0");
	CHECK(eco_div_half_even(-24, 10) == -2, "-2.4 -> -2");
	CHECK(eco_div_half_even(-25, 10) == -2, "-2.5 -> -2 (even)");
	CHECK(eco_div_half_even(-26, 10) == -3, "-2.6 -> -3");
	CHECK(eco_div_half_even(-35, 10) == -4, "-3.5 -> -4 (even)");
	CHECK(eco_div_half_even(-34, 10) == -3, "-3.4 -> -3");
	CHECK(eco_div_half_even(-36, 10) == -4, "-3.6 -> -4");
	CHECK(eco_div_half_even(-5, 10) == 0, "-0.5 -> 0 (even)");
	CHECK(eco_div_half_even(5, 10) == 0, "0.5 -> 0 (even)");
	CHECK(eco_div_half_even(15, 10) == 2, "1.5 -> 2 (even)");
	CHECK(eco_div_half_even(-15, 10) == -2, "-1.5 -> -2 (even)");
	CHECK(eco_div_half_even(7, 1) == 7, "a divisor of 1");
	CHECK(eco_div_half_even(1, 2) == 0, "1/2 -> 0");
	CHECK(eco_div_half_even(3, 2) == 2, "3/2 -> 2");
	CHECK(eco_div_half_even(1, 3) == 0, "1/3 -> 0");
	CHECK(eco_div_half_even(2, 3) == 1, "2/3 -> 1");
	CHECK(eco_div_half_even(INT64_C(4611686018427387903), INT64_C(4611686018427387904)) == 1,
		  "just below 1 near 2^62: no overflow in the comparison with half");
	CHECK(eco_div_half_even(INT64_C(2305843009213693952), INT64_C(4611686018427387904)) == 0,
		  "exactly half near 2^62 -> 0 (even)");
	CHECK(eco_div_half_even(INT64_C(6917529027641081856), INT64_C(4611686018427387904)) == 2,
		  "exactly 1.5 near 2^62 -> 2 (even)");
	{
		int64_t		num;
		int64_t		den;
		int			bad = 0;

		/* against the definition: the nearest integer, ties to the even one */
		for (den = 1; den <= 40; den++)
			for (num = -400; num <= 400; num++)
			{
				int64_t		got = eco_div_half_even(num, den);
				int64_t		twice_diff = 2 * (num - got * den);		/* 2 (num/den - got) den */

				if (twice_diff > den || twice_diff < -den ||
					((twice_diff == den || twice_diff == -den) && got % 2 != 0))
					bad++;
			}
		CHECK(bad == 0, "eco_div_half_even is not the nearest, ties to even, on %d quotients", bad);
	}

	/* eco_pct_tenths: 100 * part / whole to 0.1, half to even */
	{
		int64_t		t = -1;

		CHECK(eco_pct_tenths(1, 16, &t) && t == 62, "1 of 16 = 6.25 %% -> 6.2, got %lld", (long long) t);
		CHECK(eco_pct_tenths(3, 16, &t) && t == 188, "3 of 16 = 18.75 %% -> 18.8, got %lld", (long long) t);
		CHECK(eco_pct_tenths(5, 16, &t) && t == 312, "5 of 16 = 31.25 %% -> 31.2, got %lld", (long long) t);
		CHECK(eco_pct_tenths(313, 365, &t) && t == 858, "313 of 365 = 85.75..%% -> 85.8, got %lld", (long long) t);
		CHECK(eco_pct_tenths(1, 3, &t) && t == 333, "1 of 3 -> 33.3, got %lld", (long long) t);
		CHECK(eco_pct_tenths(2, 3, &t) && t == 667, "2 of 3 -> 66.7, got %lld", (long long) t);
		CHECK(eco_pct_tenths(209, 209, &t) && t == 1000, "all -> 100.0, got %lld", (long long) t);
		CHECK(eco_pct_tenths(0, 5, &t) && t == 0, "none -> 0.0, got %lld", (long long) t);
		CHECK(eco_pct_tenths(1, 1, &t) && t == 1000, "1 of 1 (whole just above 0) -> 100.0");
		t = 5;
		CHECK(!eco_pct_tenths(0, 0, &t) && t == 0, "0 of 0: no percentage, tenths 0");
		t = 5;
		CHECK(!eco_pct_tenths(1, -1, &t) && t == 0, "a negative whole: no percentage");
		CHECK(eco_pct_tenths(1, 2000, &t) && t == 0, "0.05 %% -> 0.0 (even)");
		CHECK(eco_pct_tenths(3, 2000, &t) && t == 2, "0.15 %% -> 0.2 (even)");
		CHECK(eco_pct_tenths(INT64_C(9000000000000), INT64_C(9000000000000), &t) && t == 1000,
			  "large counts");
	}

	/* eco_units_text: units of 10^-decimals as decimal text */
	{
		char		buf[ECO_UNITS_TEXT_LEN];

		eco_units_text(62, 1, buf);
		CHECK(strcmp(buf, "6.2") == 0, "62 tenths: %s", buf);
		eco_units_text(1000, 1, buf);
		CHECK(strcmp(buf, "100.0") == 0, "1000 tenths: %s", buf);
		eco_units_text(5, 1, buf);
		CHECK(strcmp(buf, "0.5") == 0, "5 tenths: %s", buf);
		eco_units_text(-1205, 2, buf);
		CHECK(strcmp(buf, "-12.05") == 0, "-1205 hundredths: %s", buf);
		eco_units_text(-5, 2, buf);
		CHECK(strcmp(buf, "-0.05") == 0, "-5 hundredths: %s", buf);
		eco_units_text(0, 2, buf);
		CHECK(strcmp(buf, "0.00") == 0, "0 hundredths: %s", buf);
		eco_units_text(-42, 0, buf);
		CHECK(strcmp(buf, "-42") == 0, "-42 units: %s", buf);
		eco_units_text(42, 0, buf);
		CHECK(strcmp(buf, "42") == 0, "42 units: %s", buf);
		eco_units_text(INT64_MIN, 0, buf);
		CHECK(strcmp(buf, "-9223372036854775808") == 0, "INT64_MIN: %s", buf);
		eco_units_text(INT64_MAX, 18, buf);
		CHECK(strcmp(buf, "9.223372036854775807") == 0, "18 decimals: %s", buf);
	}

	/* eco_decimal_of_double: the decimal a double was written as */
	{
		double		count = -1;
		int			scale = -1;

		CHECK(eco_decimal_of_double(31.0, &count, &scale) && count == 31 && scale == 0, "31");
		CHECK(eco_decimal_of_double(0.074, &count, &scale) && count == 74 && scale == 3, "0.074");
		CHECK(eco_decimal_of_double(-2.5, &count, &scale) && count == -25 && scale == 1, "-2.5");
		CHECK(eco_decimal_of_double(0.0, &count, &scale) && count == 0 && scale == 0, "0");
		CHECK(eco_decimal_of_double(1e-9, &count, &scale) && count == 1 && scale == 9, "1e-9: the last scale");
		CHECK(!eco_decimal_of_double(1e-10, &count, &scale), "1e-10: beyond the last scale");
		CHECK(!eco_decimal_of_double(0.1 + 0.2, &count, &scale), "0.1 + 0.2 has no short form");
		CHECK(eco_decimal_of_double(1125899906842623.0, &count, &scale) &&
			  count == 1125899906842623.0, "2^50 - 1: the largest count");
		CHECK(!eco_decimal_of_double(1125899906842624.0, &count, &scale), "2^50: too large");
		CHECK(!eco_decimal_of_double(112589990684262.5, &count, &scale),
			  "2^50 / 10 + 0.5: its count passes 2^50");
		CHECK(!eco_decimal_of_double(INFINITY, &count, &scale), "Infinity");
		CHECK(!eco_decimal_of_double(NAN, &count, &scale), "NaN");
		CHECK(eco_powers_of_ten[0] == 1 && eco_powers_of_ten[9] == 1e9, "powers of ten");
	}

	return UNIT_DONE("gbt8170");
}
