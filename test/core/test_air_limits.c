/*
 * GB 3095 limits, reporting precision and the default edition of a year
 * (core/air_limits.h), without a server: every cell of GB 3095-2012 Table 1
 * and of GB 3095-2026 Table 1 (transitional and final columns), transcribed
 * here from the standards' tables as the reference notes print them,
 * independently of src/core/air_limits.c; sql/airsum_compliance_limits.sql
 * judges summaries against the same cells.
 */
#include <string.h>

#include "core/air_limits.h"
#include "core/aqi.h"
#include "core/gbt8170.h"
#include "core/names.h"
#include "unit.h"

#define NONE (-1)

/*
 * In reporting units (µg/m³, CO 0.1 mg/m³: 4 mg/m³ is 40), Class I and
 * Class II of GB 3095-2012 Table 1, then of the transitional (过渡阶段) and
 * the final columns of GB 3095-2026 Table 1, laid out as that table is.
 */
static const struct
{
	int			pollutant;
	EcoLimitPeriod period;
	int			limit[ECO_GB3095_N][2];
}			rows[] = {
	{ECO_SO2, ECO_LIMIT_ANNUAL, {{20, 60}, {20, 60}, {20, 20}}},
	{ECO_SO2, ECO_LIMIT_DAILY, {{50, 150}, {50, 150}, {50, 50}}},
	{ECO_NO2, ECO_LIMIT_ANNUAL, {{40, 40}, {40, 40}, {30, 30}}},
	{ECO_NO2, ECO_LIMIT_DAILY, {{80, 80}, {80, 80}, {50, 50}}},
	{ECO_CO, ECO_LIMIT_ANNUAL, {{NONE, NONE}, {NONE, NONE}, {NONE, NONE}}},
	{ECO_CO, ECO_LIMIT_DAILY, {{40, 40}, {40, 40}, {40, 40}}},
	{ECO_O3_8H, ECO_LIMIT_ANNUAL, {{NONE, NONE}, {NONE, NONE}, {NONE, NONE}}},
	{ECO_O3_8H, ECO_LIMIT_DAILY, {{100, 160}, {100, 160}, {100, 160}}},
	{ECO_PM10, ECO_LIMIT_ANNUAL, {{40, 70}, {40, 60}, {20, 50}}},
	{ECO_PM10, ECO_LIMIT_DAILY, {{50, 150}, {50, 120}, {50, 100}}},
	{ECO_PM25, ECO_LIMIT_ANNUAL, {{15, 35}, {15, 30}, {10, 25}}},
	{ECO_PM25, ECO_LIMIT_DAILY, {{35, 75}, {35, 60}, {25, 50}}},
};

static void
test_limits(void)
{
	size_t		i;
	int			e,
				k;

	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		for (e = 0; e < ECO_GB3095_N; e++)
			for (k = 1; k <= 2; k++)
			{
				int			got = eco_gb3095_limit((EcoGb3095) e, rows[i].pollutant, rows[i].period, k);

				CHECK(got == rows[i].limit[e][k - 1],
					  "edition %d, %s, period %d, class %d: %d (expected %d)", e,
					  eco_pollutant_name((EcoPollutant) rows[i].pollutant), (int) rows[i].period,
					  k, got, rows[i].limit[e][k - 1]);
			}
	/* every pollutant and period is listed once */
	CHECK(sizeof(rows) / sizeof(rows[0]) == ECO_AIR_N_POLLUTANTS * ECO_LIMIT_N_PERIODS, "every row");
}

/* the edition a name gives is the one whose limits the name says */
static void
test_named_editions(void)
{
	int			edition = -1;

	CHECK(eco_name_lookup(&eco_gb3095_names, "gb3095-2026-final", 17, &edition) &&
		  eco_gb3095_limit((EcoGb3095) edition, ECO_PM25, ECO_LIMIT_ANNUAL, 2) == 25,
		  "gb3095-2026-final: PM2.5 25");
	CHECK(eco_name_lookup(&eco_gb3095_names, "gb3095-2026", 11, &edition) &&
		  eco_gb3095_limit((EcoGb3095) edition, ECO_PM25, ECO_LIMIT_ANNUAL, 2) == 30,
		  "gb3095-2026: PM2.5 30");
	CHECK(eco_name_lookup(&eco_gb3095_names, "gb3095-2012", 11, &edition) &&
		  eco_gb3095_limit((EcoGb3095) edition, ECO_PM25, ECO_LIMIT_ANNUAL, 2) == 35,
		  "gb3095-2012: PM2.5 35");
}

static void
test_default_editions(void)
{
	/* GB 3095-2026 §4.4: in force 2026-03-01, final limits from 2031-01-01 */
	CHECK(eco_gb3095_default_for_year(1) == ECO_GB3095_2012, "year 1");
	CHECK(eco_gb3095_default_for_year(2025) == ECO_GB3095_2012, "2025");
	CHECK(eco_gb3095_default_for_year(2026) == ECO_GB3095_2026_TRANSITIONAL, "2026");
	CHECK(eco_gb3095_default_for_year(2030) == ECO_GB3095_2026_TRANSITIONAL, "2030");
	CHECK(eco_gb3095_default_for_year(2031) == ECO_GB3095_2026_FINAL, "2031");
	CHECK(eco_gb3095_default_for_year(9999) == ECO_GB3095_2026_FINAL, "9999");
}

static void
test_reporting_precision(void)
{
	int			p;

	/* whole µg/m³; CO to 0.1 mg/m³ */
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		CHECK(eco_air_reporting_decimals(p) == (p == ECO_CO ? 1 : 0), "%s decimals",
			  eco_pollutant_name((EcoPollutant) p));
		CHECK(eco_air_reporting_quantum(p) == (p == ECO_CO ? ECO_FIXED_SCALE / 10 : ECO_FIXED_SCALE),
			  "%s quantum", eco_pollutant_name((EcoPollutant) p));
	}
	/* 城市环境空气质量排名技术规定: the GB 3095-2012 Class II limits */
	CHECK(eco_composite_denominator(ECO_SO2) == 60 && eco_composite_denominator(ECO_NO2) == 40 &&
		  eco_composite_denominator(ECO_PM10) == 70 && eco_composite_denominator(ECO_CO) == 40 &&
		  eco_composite_denominator(ECO_O3_8H) == 160 && eco_composite_denominator(ECO_PM25) == 35,
		  "composite-index denominators");
}

int
main(void)
{
	test_limits();
	test_named_editions();
	test_default_editions();
	test_reporting_precision();
	return UNIT_DONE("test_air_limits");
}
