/*
 * Core tests of which percentile each pollutant is evaluated by (HJ
 * 663-2013's annual assessment; its 2026 revision keeps the list): SO2 and
 * NO2 the 98th percentile of the daily means, PM10, PM2.5 and CO the 95th,
 * O3 the 90th of the daily maximum 8-hour means; the annual statistic
 * (means, except CO P95 and O3 P90).  The statistic names: test_air_names.c.
 *
 * The series are 101 days whose values are 10, 20, ..., 1010 (CO 0.1 ..
 * 10.1 mg/m³) in a shuffled order: k = 1 + (n - 1)p/100 = 1 + p, so the
 * p-th percentile is 10 (1 + p) (CO (1 + p)/10) and every whole percentile differs from its
 * neighbours; a pollutant evaluated by the wrong percentile is off by 10 or
 * more.
 */
#include <string.h>

#include "core/air_summary.h"
#include "core/aqi.h"
#include "core/gbt8170.h"
#include "unit.h"

#define N_DAYS 101

static EcoAirSummary s;

static const char *const names[ECO_AIR_N_POLLUTANTS] = {"SO2", "NO2", "PM10", "CO", "O3_8h", "PM2.5"};

/* the percentile each pollutant's 24-hour (O3: 8-hour) limit is judged by */
static const int expected_percentile[ECO_AIR_N_POLLUTANTS] = {98, 98, 95, 95, 90, 95};

/*
 * The p-th percentile in reporting units (µg/m³; CO in 0.1 mg/m³, which is
 * the unit the core's percentiles and statistics are in): rank 1 + p.
 */
static int64_t
rank_units(int pollutant, int64_t rank)
{
	return pollutant == ECO_CO ? rank : 10 * rank;
}

static void
build(int year)
{
	int			d,
				p;

	eco_air_init(&s, year, ECO_AIR_AQI_BY_DATE);
	for (d = 0; d < N_DAYS; d++)
	{
		/* 37 is prime to 101: the ranks come in shuffled order */
		int			rank = (d * 37) % N_DAYS + 1;
		double		conc[ECO_AIR_N_POLLUTANTS];
		bool		present[ECO_AIR_N_POLLUTANTS];
		int			culprit;

		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			conc[p] = p == ECO_CO ? rank / 10.0 : rank * 10.0;
			present[p] = true;
		}
		CHECK(eco_air_add(&s, d, conc, present, &culprit) == ECO_AIR_OK, "%d day %d", year, d);
	}
}

static void
test_percentiles(int year)
{
	int			p,
				pct;

	build(year);
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		int64_t		units;
		EcoExact	x;

		/* every whole percentile from 90 to 99 is its own value */
		for (pct = 90; pct <= 99; pct++)
		{
			CHECK(eco_air_percentile(&s, p, pct * ECO_FIXED_SCALE, &x) &&
				  x.num == rank_units(p, 1 + pct) * x.den,
				  "%d %s P%d", year, names[p], pct);
		}
		/* a fractional percentile interpolates: P92.5 at k = 93.5 */
		CHECK(eco_air_percentile(&s, p, 92 * ECO_FIXED_SCALE + ECO_FIXED_SCALE / 2, &x) &&
			  x.num * 10 == rank_units(p, 935) * x.den,
			  "%d %s P92.5", year, names[p]);

		/* the 24-hour-limit statistic is the pollutant's own percentile */
		CHECK(eco_air_evaluation_value(&s, p, ECO_AIR_STAT_DAILY_LIMIT, &units) &&
			  units == rank_units(p, 1 + expected_percentile[p]),
			  "%d %s 24h statistic %lld, not P%d", year, names[p], (long long) units,
			  expected_percentile[p]);

		/* the mean of 10..1010 is 510 (CO 5.1) */
		CHECK(eco_air_evaluation_value(&s, p, ECO_AIR_STAT_MEAN, &units) &&
			  units == rank_units(p, 51), "%d %s mean %lld", year, names[p], (long long) units);

		/* the annual statistic: CO P95 and O3 P90, the others their mean */
		CHECK(eco_air_evaluation_value(&s, p, ECO_AIR_STAT_ANNUAL, &units) &&
			  units == (p == ECO_CO ? 96 : p == ECO_O3_8H ? 910 : 510),
			  "%d %s annual %lld", year, names[p], (long long) units);
	}
}

static void
test_empty(void)
{
	int64_t		units;
	int			p;

	eco_air_init(&s, 2025, ECO_AIR_AQI_BY_DATE);
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		CHECK(!eco_air_evaluation_value(&s, p, ECO_AIR_STAT_DAILY_LIMIT, &units), "%s none", names[p]);
		CHECK(!eco_air_evaluation_value(&s, p, ECO_AIR_STAT_ANNUAL, &units), "%s none", names[p]);
		CHECK(!eco_air_evaluation_value(&s, p, ECO_AIR_STAT_MEAN, &units), "%s none", names[p]);
	}
}

int
main(void)
{
	test_percentiles(2025);		/* HJ 663-2013 */
	test_percentiles(2026);		/* HJ 663-2026 */
	test_empty();
	return UNIT_DONE("test_air_percentiles");
}
