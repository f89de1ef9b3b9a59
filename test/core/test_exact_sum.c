/*
 * The exact sum: order independence, exact cancellation, correct rounding at
 * the ends of the double range, the stored form.
 */
#include "core/exact_sum.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

static double
sum_of(const double *x, int n)
{
	EcoExactSum s;
	double		r;
	int			i;

	eco_xsum_init(&s);
	for (i = 0; i < n; i++)
		eco_xsum_add(&s, x[i]);
	eco_xsum_to_double(&s, &r);
	return r;
}

/* a deterministic generator (the test must not depend on rand()) */
static uint64_t rng = 88172645463325252u;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static double
random_double(void)
{
	/* fractional values of very different sizes, both signs */
	double		m = (double) (next() >> 11) / 9007199254740992.0;
	int			e = (int) (next() % 80) - 40;

	return ((next() & 1) ? -1 : 1) * ldexp(m, e);
}

int
main(void)
{
	double		r;
	double		x[1000];
	int			i;

	CHECK(sum_of(NULL, 0) == 0.0, "empty sum is 0");
	{
		double		a[] = {1e100, 1.0, -1e100};

		CHECK(sum_of(a, 3) == 1.0, "1e100 + 1 - 1e100 = 1 exactly");
	}
	{
		double		a[] = {0.1, 0.2, 0.3};
		double		b[] = {0.3, 0.2, 0.1};

		/* the exact sum of the three doubles, rounded once */
		CHECK(sum_of(a, 3) == sum_of(b, 3), "order does not matter");
		CHECK(sum_of(a, 3) == 0.6, "0.1+0.2+0.3 rounded once (not 0.6000000000000001): %.17g", sum_of(a, 3));
	}
	{
		/* ties to even: 1 + 2^-53 is halfway between 1 and 1 + 2^-52 */
		double		a[] = {1.0, ldexp(1.0, -53)};
		double		b[] = {1.0, ldexp(1.0, -53), ldexp(1.0, -1074)};
		double		c[] = {1.0 + ldexp(1.0, -52), ldexp(1.0, -53)};

		CHECK(sum_of(a, 2) == 1.0, "tie rounds to even (down)");
		CHECK(sum_of(b, 3) == 1.0 + ldexp(1.0, -52), "a tiny sticky bit rounds up");
		CHECK(sum_of(c, 2) == 1.0 + ldexp(1.0, -51), "tie rounds to even (up)");
	}
	{
		double		a[] = {ldexp(1.0, -1074), ldexp(1.0, -1074), ldexp(3.0, -1074)};
		double		b[] = {DBL_MIN, -ldexp(1.0, -1074)};

		CHECK(sum_of(a, 3) == ldexp(5.0, -1074), "subnormals add exactly");
		CHECK(sum_of(b, 2) == nextafter(DBL_MIN, 0), "normal minus subnormal");
	}
	{
		EcoExactSum s;

		eco_xsum_init(&s);
		eco_xsum_add(&s, DBL_MAX);
		eco_xsum_add(&s, DBL_MAX);
		CHECK(!eco_xsum_to_double(&s, &r) && isinf(r) && r > 0, "2 DBL_MAX overflows");
		eco_xsum_sub(&s, DBL_MAX);
		CHECK(eco_xsum_to_double(&s, &r) && r == DBL_MAX, "and back: %g", r);
		eco_xsum_sub(&s, DBL_MAX);
		eco_xsum_sub(&s, DBL_MAX);
		CHECK(eco_xsum_to_double(&s, &r) && r == -DBL_MAX && eco_xsum_sign(&s) < 0, "negative");
		/* DBL_MAX + half an ulp rounds to 2^1024: out of range */
		eco_xsum_init(&s);
		eco_xsum_add(&s, DBL_MAX);
		eco_xsum_add(&s, ldexp(1.0, 970));
		CHECK(!eco_xsum_to_double(&s, &r), "DBL_MAX + half ulp overflows (tie to even)");
		eco_xsum_sub(&s, ldexp(1.0, 960));
		CHECK(eco_xsum_to_double(&s, &r) && r == DBL_MAX, "just below the tie");
	}
	/* random fractional values: any order, any grouping, same bits */
	for (i = 0; i < 1000; i++)
		x[i] = random_double();
	{
		EcoExactSum a,
					b,
					c,
					whole;
		double		r1,
					r2,
					r3;
		long double naive = 0;

		eco_xsum_init(&whole);
		for (i = 0; i < 1000; i++)
			eco_xsum_add(&whole, x[i]);
		eco_xsum_to_double(&whole, &r1);
		eco_xsum_init(&a);
		eco_xsum_init(&b);
		eco_xsum_init(&c);
		for (i = 999; i >= 0; i--)
			eco_xsum_add(i % 3 == 0 ? &a : i % 3 == 1 ? &b : &c, x[i]);
		eco_xsum_merge(&b, &c);
		eco_xsum_merge(&a, &b);
		eco_xsum_to_double(&a, &r2);
		CHECK(r1 == r2, "grouped and reversed: %.17g %.17g", r1, r2);
		/* a moving window: add all, remove the first 500, add them again */
		for (i = 0; i < 500; i++)
			eco_xsum_sub(&a, x[i]);
		for (i = 0; i < 500; i++)
			eco_xsum_add(&a, x[i]);
		eco_xsum_to_double(&a, &r3);
		CHECK(r1 == r3, "removal is exact");
		for (i = 0; i < 1000; i++)
			naive += x[i];
		CHECK(fabs(r1 - (double) naive) <= 1e-9 * fabs(r1) + 1e-12, "close to a long double sum");
		for (i = 0; i < 1000; i++)
			eco_xsum_sub(&a, x[i]);
		CHECK(eco_xsum_sign(&a) == 0 && eco_xsum_to_double(&a, &r3) && r3 == 0.0, "all removed: 0");
	}
	/* exact products */
	{
		EcoExactSum s;
		double		a = 1.0 + ldexp(1.0, -30);

		double		p,
					e;

		eco_xsum_init(&s);
		eco_two_product(a, a, &p, &e);
		eco_xsum_add(&s, p);
		eco_xsum_add(&s, e);
		eco_xsum_sub(&s, 1.0 + ldexp(1.0, -29));
		CHECK(eco_xsum_to_double(&s, &r) && r == ldexp(1.0, -60), "x*x kept to its last bit: %g", r);
	}
	/* the stored form: round trip, canonical, rejected forms */
	{
		EcoExactSum s,
					t;
		uint8_t		buf[ECO_XSUM_STORED_MAX];
		uint8_t		buf2[ECO_XSUM_STORED_MAX];
		size_t		n,
					n2;
		double		r1,
					r2;

		eco_xsum_init(&s);
		for (i = 0; i < 1000; i++)
			eco_xsum_add(&s, x[i]);
		n = eco_xsum_write(&s, buf);
		CHECK(eco_xsum_read(&t, buf, n) == n, "read back");
		eco_xsum_to_double(&s, &r1);
		eco_xsum_to_double(&t, &r2);
		CHECK(r1 == r2, "same value read back");
		n2 = eco_xsum_write(&t, buf2);
		CHECK(n == n2 && memcmp(buf, buf2, n) == 0, "canonical");
		CHECK(eco_xsum_read(&t, buf, n - 1) == 0, "too short");
		buf[0] = 2;
		CHECK(eco_xsum_read(&t, buf, n) == 0, "bad sign byte");
		eco_xsum_init(&s);
		n = eco_xsum_write(&s, buf);
		CHECK(n == 3 && eco_xsum_read(&t, buf, n) == 3 && eco_xsum_sign(&t) == 0, "zero");
		buf[0] = 1;
		CHECK(eco_xsum_read(&t, buf, n) == 0, "negative zero rejected");
		eco_xsum_add(&s, 1.0);
		n = eco_xsum_write(&s, buf);
		buf[n - 1] = 0;
		buf[n - 2] = 0;
		buf[n - 3] = 0;
		buf[n - 4] = 0;
		CHECK(eco_xsum_read(&t, buf, n) == 0, "zero top chunk rejected");
		buf[1] = ECO_XSUM_CHUNKS;
		CHECK(eco_xsum_read(&t, buf, n) == 0, "chunk past the end rejected");
	}
	/*
	 * The compact form gives the value the full form gives, whether terms of
	 * a narrow range stay compact or a wide one moves it to the full form
	 * part way, through additions, removals, merges and the stored form.
	 */
	{
		static EcoExactSum storage[4];
		int			round;
		int			compact_kept = 0;
		int			moved = 0;
		int			same = 0;

		for (round = 0; round < 400; round++)
		{
			EcoXsum		a,
						b;
			EcoExactSum full,
						va,
						vb,
						back;
			double		r1,
						r2,
						r3;
			int			spread = round % 4 == 0 ? 600 : round % 4 == 1 ? 80 : 20;
			int			n = 1 + (int) (next() % 300);

			eco_xs_init(&a);
			eco_xs_init(&b);
			eco_xsum_init(&full);
			for (i = 0; i < n; i++)
			{
				double		m = (double) (next() >> 11) / 9007199254740992.0;
				double		v = ((next() % 5) == 0 ? -1 : 1) * ldexp(m, (int) (next() % spread) - spread / 2);
				EcoXsum    *t = (i % 3 == 0) ? &b : &a;

				eco_xsum_add(&full, v);
				if (!eco_xs_add(t, v))
				{
					eco_xs_attach(t, &storage[t == &a ? 0 : 1]);
					CHECK(eco_xs_add(t, v), "adds once attached");
				}
			}
			if (!eco_xs_merge(&a, &b))
			{
				eco_xs_attach(&a, &storage[0]);
				CHECK(eco_xs_merge(&a, &b), "merges once attached");
			}
			if (a.big == NULL)
				compact_kept++;
			else
				moved++;
			eco_xs_value(&a, &va);
			eco_xsum_to_double(&va, &r1);
			{
				double		direct;

				eco_xs_to_double(&a, &direct);
				CHECK(direct == r1 && eco_xs_sign(&a) == eco_xsum_sign(&va),
					  "compact rounding = full rounding: %a %a", direct, r1);
			}
			eco_xsum_to_double(&full, &r2);
			/* through the full form and back to the compact one, when it fits */
			{
				EcoXsum		c;
				uint8_t		buf[ECO_XSUM_STORED_MAX];
				size_t		len = eco_xsum_write(&va, buf);

				eco_xsum_read(&back, buf, len);
				if (eco_xs_from_full(&c, &back))
					eco_xs_value(&c, &vb);
				else
					vb = back;
				eco_xsum_to_double(&vb, &r3);
			}
			if (r1 == r2 && r2 == r3 && eco_xsum_sign(&va) == eco_xsum_sign(&full))
				same++;
		}
		CHECK(same == 400, "compact and full agree in %d of 400 rounds", same);
		CHECK(compact_kept > 100 && moved > 50, "both forms exercised: %d compact, %d moved", compact_kept, moved);
	}
	/* removal back to zero keeps the compact form */
	{
		EcoXsum		s;
		EcoExactSum v;

		eco_xs_init(&s);
		for (i = 0; i < 1000; i++)
			CHECK(eco_xs_add(&s, x[i] * 1e-3 + 1.0), "narrow range stays compact");
		for (i = 0; i < 1000; i++)
			CHECK(eco_xs_sub(&s, x[i] * 1e-3 + 1.0), "and removal too");
		eco_xs_value(&s, &v);
		CHECK(eco_xsum_sign(&v) == 0 && s.big == NULL, "back to zero, compact");
	}
	return UNIT_DONE("test_exact_sum");
}
