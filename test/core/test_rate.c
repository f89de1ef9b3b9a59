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
	return UNIT_DONE("test_rate");
}
