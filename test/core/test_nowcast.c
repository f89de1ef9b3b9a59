/* Unit tests of the NowCast core (src/core/nowcast.c). */
#include "core/nowcast.h"
#include "unit.h"

#include <math.h>
#include <string.h>

/* hours[0] is the latest hour; NAN marks a missing hour (a row, no value) */
static EcoNowcastStatus
nowcast_of(EcoNowcastKind kind, const double *hours, int n, double *result)
{
	EcoNowcastState s;
	int64_t		dup;
	int			i;

	eco_nowcast_init(&s);
	for (i = n - 1; i >= 0; i--)
		eco_nowcast_add(&s, kind, 1000 - i, !isnan(hours[i]), isnan(hours[i]) ? 0 : hours[i]);
	return eco_nowcast_result(&s, result, &dup);
}

/* the kind a name looks up to, 0 when unknown */
static int
nowcast_named(const char *name)
{
	int			kind = 0;

	return eco_name_lookup(&eco_nowcast_names, name, (int) strlen(name), &kind) ? kind : 0;
}

int
main(void)
{
	double		r = -1;
	EcoNowcastState a;
	EcoNowcastState b;
	EcoNowcastState c;
	int64_t		dup = 0;
	int			i;

	/* AirNow's 2016 ozone example: 63, 69, 80, 74, 60, -, 35, 22 ppb */
	{
		const double o3[] = {63, 69, 80, 74, 60, NAN, 35, 22};

		CHECK(nowcast_of(ECO_NOWCAST_O3_2016, o3, 8, &r) == ECO_NOWCAST_OK &&
			  fabs(r - 65.27) < 0.01, "ozone example: %g", r);
	}
	/* the EPA fact sheet pulse: 71 ug/m3 after zeros gives 71 / sum 0.5^i */
	{
		double		pm[12] = {71};

		CHECK(nowcast_of(ECO_NOWCAST_PM25, pm, 12, &r) == ECO_NOWCAST_OK && r == 35.5,
			  "pulse: %.10g", r);
		pm[0] = 0;
		pm[1] = 71;
		CHECK(nowcast_of(ECO_NOWCAST_PM25, pm, 12, &r) == ECO_NOWCAST_OK && r == 17.7,
			  "pulse + 1 h: %.10g", r);
	}
	/* all equal: the plain mean; all zero: 0 */
	{
		const double eq[] = {12.34, 12.34, 12.34};
		const double zero[12] = {0};

		CHECK(nowcast_of(ECO_NOWCAST_PM25, eq, 3, &r) == ECO_NOWCAST_OK && r == 12.3, "equal: %g", r);
		CHECK(nowcast_of(ECO_NOWCAST_PM10, zero, 12, &r) == ECO_NOWCAST_OK && r == 0, "zero: %g", r);
	}
	/* completeness: 2 of the 3 latest hours */
	{
		const double c1[] = {NAN, NAN, 10, 10, 10};
		const double c2[] = {10, NAN, 10};
		const double c3[] = {NAN, 10, 10};

		CHECK(nowcast_of(ECO_NOWCAST_PM25, c1, 5, &r) == ECO_NOWCAST_INCOMPLETE, "c1, c2 missing");
		CHECK(nowcast_of(ECO_NOWCAST_PM25, c2, 3, &r) == ECO_NOWCAST_OK, "c2 missing");
		CHECK(nowcast_of(ECO_NOWCAST_PM25, c3, 3, &r) == ECO_NOWCAST_OK && r == 10, "c1 missing");
	}
	/* ozone with a zero hour: w = 0 gives the latest valid value */
	{
		const double o3[] = {NAN, 40, 0};

		CHECK(nowcast_of(ECO_NOWCAST_O3_2016, o3, 3, &r) == ECO_NOWCAST_OK && r == 40, "w = 0: %g", r);
	}
	{
		const double pm[] = {NAN, 20, NAN, 10};

		CHECK(nowcast_of(ECO_NOWCAST_PM10, pm, 4, &r) == ECO_NOWCAST_INCOMPLETE, "1 of 3");
	}
	/* a missing hour keeps its place (the weights of the later hours) */
	{
		const double pm[] = {20, NAN, 10, NAN, 10};

		/* w = 0.5: (20 + 0.25*10 + 0.0625*10) / (1 + 0.25 + 0.0625) = 17.619.. */
		CHECK(nowcast_of(ECO_NOWCAST_PM10, pm, 5, &r) == ECO_NOWCAST_OK && r == 17, "gaps: %g", r);
		CHECK(nowcast_of(ECO_NOWCAST_PM25, pm, 5, &r) == ECO_NOWCAST_OK && r == 17.6, "gaps: %g", r);
	}
	/* order does not matter; merge equals add; the window drops old hours */
	eco_nowcast_init(&a);
	eco_nowcast_init(&b);
	for (i = 0; i < 30; i++)
		CHECK(eco_nowcast_add(i % 2 ? &a : &b, ECO_NOWCAST_PM25, 500 - i, true, 5 + i) == ECO_NOWCAST_OK,
			  "add %d", i);
	CHECK(eco_nowcast_merge(&a, &b) == ECO_NOWCAST_OK && a.latest == 500 && a.seen == 0xFFF &&
		  a.duplicate == 0 && a.value[11] == 16 && eco_nowcast_check(&a) == NULL, "merge");
	c = a;
	CHECK(eco_nowcast_merge(&c, &b) == ECO_NOWCAST_OK && eco_nowcast_check(&c) == NULL &&
		  eco_nowcast_result(&c, &r, &dup) == ECO_NOWCAST_DUPLICATE_HOUR && dup == 500,
		  "merge duplicate %lld", (long long) dup);
	CHECK(eco_nowcast_add(&b, ECO_NOWCAST_PM25, 498, true, 1) == ECO_NOWCAST_OK &&
		  eco_nowcast_result(&b, &r, &dup) == ECO_NOWCAST_DUPLICATE_HOUR && dup == 498,
		  "add duplicate");
	CHECK(eco_nowcast_add(&b, ECO_NOWCAST_PM25, 400, true, 1) == ECO_NOWCAST_OK, "old hour ignored");
	CHECK(eco_nowcast_add(&b, ECO_NOWCAST_PM10, 500, true, 1) == ECO_NOWCAST_OTHER_KIND, "other kind");
	CHECK(eco_nowcast_add(&b, ECO_NOWCAST_PM25, 501, true, -1) == ECO_NOWCAST_NEGATIVE, "negative");
	CHECK(eco_nowcast_add(&b, ECO_NOWCAST_PM25, 501, true, NAN) == ECO_NOWCAST_NOT_FINITE, "NaN");
	CHECK(eco_nowcast_add(&b, ECO_NOWCAST_PM25, 501, true, 1.7e308) == ECO_NOWCAST_OUT_OF_RANGE, "1.7e308");
	CHECK(eco_nowcast_add(&b, ECO_NOWCAST_PM25, 501, true, 1e12) == ECO_NOWCAST_OK, "1e12");
	/* a duplicate that the window leaves is no error, in either order */
	{
		EcoNowcastState d;

		eco_nowcast_init(&d);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 10, true, 5);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 10, true, 6);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 30, true, 5);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 31, true, 5);
		CHECK(eco_nowcast_result(&d, &r, &dup) == ECO_NOWCAST_OK && r == 5, "old duplicate first: %g", r);
		eco_nowcast_init(&d);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 30, true, 5);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 31, true, 5);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 10, true, 5);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 10, true, 6);
		CHECK(eco_nowcast_result(&d, &r, &dup) == ECO_NOWCAST_OK && r == 5, "old duplicate last: %g", r);
		/* a duplicate at hour 21 leaves the window when hour 33 comes */
		eco_nowcast_init(&d);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 21, true, 5);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 21, true, 5);
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 32, true, 5);
		CHECK(eco_nowcast_result(&d, &r, &dup) == ECO_NOWCAST_DUPLICATE_HOUR && dup == 21, "in window");
		eco_nowcast_add(&d, ECO_NOWCAST_PM25, 33, true, 5);
		CHECK(eco_nowcast_result(&d, &r, &dup) == ECO_NOWCAST_OK && eco_nowcast_check(&d) == NULL,
			  "left the window");
	}
	/* truncation on the decimal values */
	{
		const double a1[] = {35.4999999, 35.4999999, 35.4999999};
		const double a2[] = {54.9999999, 54.9999999, 54.9999999};
		const double a3[] = {12.3, 12.3, 12.3, 12.3, 12.3, 12.3, 12.3, 12.3, 12.3, 12.3, 12.3, 12.3};
		const double a4[] = {0.3, 0.3, 0.3};
		const double a5[] = {12, 6};	/* w = 0.5: (12 + 3) / 1.5 = 10 */
		/* the oldest hour a little lower: just below 35.5 */
		const double a6[] = {35.5, 35.5, 35.5, 35.5, 35.5, 35.5, 35.5, 35.5, 35.5, 35.5, 35.5,
		35.49999999999999};
		const double a8[] = {35.5, 35.5, 1e-300};	/* w = 0.5: 53.25 / 1.75 */
		const double a7[] = {1e12, 1e12, 1e12};

		CHECK(nowcast_of(ECO_NOWCAST_PM25, a1, 3, &r) == ECO_NOWCAST_OK && r == 35.4, "35.4999999: %.17g", r);
		CHECK(nowcast_of(ECO_NOWCAST_PM10, a2, 3, &r) == ECO_NOWCAST_OK && r == 54, "54.9999999: %.17g", r);
		CHECK(nowcast_of(ECO_NOWCAST_PM25, a3, 12, &r) == ECO_NOWCAST_OK && r == 12.3, "12.3: %.17g", r);
		CHECK(nowcast_of(ECO_NOWCAST_PM25, a4, 3, &r) == ECO_NOWCAST_OK && r == 0.3, "0.3: %.17g", r);
		CHECK(nowcast_of(ECO_NOWCAST_PM10, a5, 2, &r) == ECO_NOWCAST_OK && r == 10, "10: %.17g", r);
		CHECK(nowcast_of(ECO_NOWCAST_PM25, a6, 12, &r) == ECO_NOWCAST_OK && r == 35.4, "35.5-: %.17g", r);
		CHECK(nowcast_of(ECO_NOWCAST_PM25, a8, 3, &r) == ECO_NOWCAST_OK && r == 30.4, "1e-300: %.17g", r);
		CHECK(nowcast_of(ECO_NOWCAST_PM25, a7, 3, &r) == ECO_NOWCAST_OK && r == 1e12, "1e12: %.17g", r);
	}
	/* the state check */
	b = a;
	b.value[3] = -1;
	CHECK(eco_nowcast_check(&b) != NULL, "negative value");
	b = a;
	b.seen = 0xFFE;
	CHECK(eco_nowcast_check(&b) != NULL, "no latest row");
	b = a;
	b.kind = 9;
	CHECK(eco_nowcast_check(&b) != NULL, "unknown kind");
	eco_nowcast_init(&b);
	CHECK(eco_nowcast_check(&b) == NULL && eco_nowcast_result(&b, &r, &dup) == ECO_NOWCAST_EMPTY, "empty");
	b = a;
	b.duplicate = 0x1000;
	CHECK(eco_nowcast_check(&b) != NULL, "duplicate outside the window");
	/* names */
	CHECK(nowcast_named("PM2.5") == ECO_NOWCAST_PM25, "PM2.5");
	CHECK(nowcast_named("pm25") == ECO_NOWCAST_PM25, "pm25");
	CHECK(nowcast_named("PM10") == ECO_NOWCAST_PM10, "PM10");
	CHECK(nowcast_named("O3-2016") == ECO_NOWCAST_O3_2016, "O3-2016");
	CHECK(nowcast_named("o3") == 0, "o3 alone");
	CHECK(nowcast_named("pm1") == 0, "pm1");
	CHECK(nowcast_named("o3-2019") == 0, "o3-2019");
	for (i = ECO_NOWCAST_PM25; i <= ECO_NOWCAST_O3_2016; i++)
		CHECK(nowcast_named(eco_name_spelling(&eco_nowcast_names, i)) == i &&
			  eco_nowcast_method(i) != NULL && eco_nowcast_method(i)->kind == (EcoNowcastKind) i,
			  "method %d by its name", i);
	return UNIT_DONE("test_nowcast");
}
