/*
 * The exact rate comparison: cross products that a double (or long double)
 * would round, overflow or underflow.
 */
#include "core/rate.h"

#include <float.h>
#include <math.h>

#include "unit.h"

int
main(void)
{
	CHECK(eco_rate_cmp(1, 2, 2, 4) == 0, "1/2 = 2/4");
	CHECK(eco_rate_cmp(1, 3, 1, 2) < 0, "1/3 < 1/2");
	CHECK(eco_rate_cmp(209, 209, 1, 1) == 0, "209/209 = 1/1");
	CHECK(eco_rate_cmp(0, 5, 0, 1) == 0, "0/5 = 0/1");
	CHECK(eco_rate_cmp(0, 5, 1e-300, 1e300) < 0, "0 < tiny");
	/* denominator 0: after every value, equal among themselves */
	CHECK(eco_rate_cmp(1, 0, 1e300, 1e-300) > 0, "1/0 after the largest value");
	CHECK(eco_rate_cmp(0, 0, 7, 0) == 0, "0/0 = 7/0");
	CHECK(eco_rate_cmp(0, 1, 0, 0) < 0, "0/1 before 0/0");
	/* products that overflow or underflow a double */
	CHECK(eco_rate_cmp(1e300, 1e-300, 1e300, 2e-300) > 0, "huge quotients");
	CHECK(eco_rate_cmp(1e-300, 1e300, 2e-300, 1e300) < 0, "tiny quotients");
	CHECK(eco_rate_cmp(DBL_MAX, DBL_MAX, ldexp(1.0, -1074), ldexp(1.0, -1074)) == 0, "max/max = min/min");
	CHECK(eco_rate_cmp(ldexp(1.0, -1074), 1, 1, DBL_MAX) < 0, "2^-1074 < 1/DBL_MAX");
	CHECK(eco_rate_cmp(ldexp(1.0, -1074), ldexp(1.0, -1000), 1, ldexp(1.0, 74)) == 0, "2^-1074/2^-1000 = 1/2^74");
	/* products that differ only beyond 64 bits: long double would tie them */
	{
		double		a = 1.0 + ldexp(1.0, -52);

		/* a/1 versus (1 + 2^-51)/a: a*a = 1 + 2^-51 + 2^-104 > 1 + 2^-51 */
		CHECK(eco_rate_cmp(a, 1, 1.0 + ldexp(1.0, -51), a) > 0,
			  "(1+2^-52)^2 > 1+2^-51 exactly");
		CHECK(eco_rate_cmp(1.0 + ldexp(1.0, -51), a, a, 1) < 0, "antisymmetric");
	}
	CHECK(eco_rate_hash_key(1, 2) == eco_rate_hash_key(2, 4), "equal rates share a key");
	CHECK(isnan(eco_rate_hash_key(3, 0)), "denominator 0 key");
	CHECK(!eco_rate_part_valid(-1) && !eco_rate_part_valid(NAN) &&
		  !eco_rate_part_valid(INFINITY) && eco_rate_part_valid(0), "part validity");
	/* merging: exact sums of the parts, refused (unchanged) beyond a double */
	{
		double		n = 1,
					d = 2;

		CHECK(eco_rate_add(&n, &d, 3, 4) && n == 4 && d == 6, "1/2 + 3/4 = 4/6");
		CHECK(eco_rate_add(&n, &d, 0, 0) && n == 4 && d == 6, "+ 0/0");
		n = DBL_MAX, d = 1;
		CHECK(eco_rate_add(&n, &d, 0, 1) && n == DBL_MAX && d == 2, "the largest numerator stays");
		CHECK(!eco_rate_add(&n, &d, DBL_MAX, 1) && n == DBL_MAX && d == 2,
			  "numerator beyond a double: refused, unchanged");
		n = 1, d = DBL_MAX;
		CHECK(!eco_rate_add(&n, &d, 1, DBL_MAX) && n == 1 && d == DBL_MAX,
			  "denominator beyond a double: refused, unchanged");
		n = 1e308, d = 1;
		CHECK(eco_rate_add(&n, &d, 7e307, 0) && n == 1.7e308, "just below the limit");
		CHECK(!eco_rate_add(&n, &d, 1e307, 0) && n == 1.7e308, "just above it");
	}
	/* the quotient: none for 0 of 0, out of range beyond a double */
	{
		double		q = -1;

		CHECK(eco_rate_quotient(1, 4, &q) == ECO_RATE_QUOTIENT && q == 0.25, "1/4 = %g", q);
		CHECK(eco_rate_quotient(0, 4, &q) == ECO_RATE_QUOTIENT && q == 0, "0/4 = %g", q);
		q = -1;
		CHECK(eco_rate_quotient(1, 0, &q) == ECO_RATE_NO_VALUE && q == -1, "1/0: no value");
		CHECK(eco_rate_quotient(0, 0, &q) == ECO_RATE_NO_VALUE, "0/0: no value");
		CHECK(eco_rate_quotient(0.1, 1e-310, &q) == ECO_RATE_OUT_OF_RANGE, "0.1/1e-310: out of range");
		CHECK(eco_rate_quotient(DBL_MAX, 1, &q) == ECO_RATE_QUOTIENT && q == DBL_MAX, "DBL_MAX/1");
		CHECK(eco_rate_quotient(DBL_MAX, 0.5, &q) == ECO_RATE_OUT_OF_RANGE, "DBL_MAX/0.5");
		CHECK(eco_rate_quotient(ldexp(1.0, -1074), ldexp(1.0, -1074), &q) == ECO_RATE_QUOTIENT && q == 1,
			  "the smallest over itself");
	}
	CHECK(eco_rate_part_valid(0) && eco_rate_part_valid(DBL_MAX) && eco_rate_part_valid(-0.0),
		  "0, -0 and the largest are parts");
	CHECK(!eco_rate_part_valid(-ldexp(1.0, -1074)) && !eco_rate_part_valid(INFINITY) &&
		  !eco_rate_part_valid(NAN), "the smallest negative, infinity and NaN are not");

	return UNIT_DONE("test_rate");
}
