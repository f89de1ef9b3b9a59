/*
 * GB 3095 limits, reporting precision and composite-index denominators.
 */
#include "core/air_limits.h"

#include "core/aqi.h"
#include "core/gbt8170.h"
#include "core/names.h"

/*
 * The six daily indicators as the summary's accessors name them, in the order
 * of the hint; only the daily indicator's period suffix is accepted (unlisted).
 */
#define SUMMARY_POLLUTANT_ENTRIES \
	ECO_NAME("so2", ECO_SO2), ECO_NAME_UNLISTED("so2_24h", ECO_SO2), \
	ECO_NAME("no2", ECO_NO2), ECO_NAME_UNLISTED("no2_24h", ECO_NO2), \
	ECO_NAME("pm10", ECO_PM10), ECO_NAME_UNLISTED("pm10_24h", ECO_PM10), \
	ECO_NAME("co", ECO_CO), ECO_NAME_UNLISTED("co_24h", ECO_CO), \
	ECO_NAME("o3_8h", ECO_O3_8H), ECO_NAME("o3", ECO_O3_8H), \
	ECO_NAME("pm2.5", ECO_PM25), ECO_NAME("pm25", ECO_PM25), \
	ECO_NAME_UNLISTED("pm2.5_24h", ECO_PM25)
#define SUMMARY_POLLUTANT_NOTE "; so2, no2, pm10, co and pm2.5 also with the suffix _24h"

static const EcoNameEntry summary_pollutant_entries[] = {
	SUMMARY_POLLUTANT_ENTRIES, ECO_NAME_END
};

const EcoNameTable eco_air_pollutant_names = {
	.thing = "pollutant", .things = "pollutants", .entries = summary_pollutant_entries,
	.note = SUMMARY_POLLUTANT_NOTE, .after = " for an air summary"
};

static const EcoNameEntry summary_pollutant_or_all_entries[] = {
	SUMMARY_POLLUTANT_ENTRIES, ECO_NAME("all", ECO_AIR_ALL_POLLUTANTS), ECO_NAME_END
};

const EcoNameTable eco_air_pollutant_or_all_names = {
	.thing = "pollutant", .things = "pollutants", .entries = summary_pollutant_or_all_entries,
	.note = SUMMARY_POLLUTANT_NOTE ", and all for the six together", .after = " for an air summary"
};

/*
 * Reporting precision (HJ 663-2013 practice; HJ 633-2026 §4.2.2): integers of
 * µg/m³, CO to 0.1 mg/m³.
 */
int64_t
eco_air_reporting_quantum(int pollutant)
{
	return pollutant == ECO_CO ? ECO_FIXED_SCALE / 10 : ECO_FIXED_SCALE;
}

int
eco_air_reporting_decimals(int pollutant)
{
	return pollutant == ECO_CO ? 1 : 0;
}

#define NONE (-1)

/*
 * GB 3095-2012 Table 1 and GB 3095-2026 Table 1, in reporting units (CO in
 * 0.1 mg/m³: 4 mg/m³ is 40).  Rows are the pollutants in EcoPollutant order;
 * the columns are Class I and Class II of the annual and the 24-hour (O3:
 * daily maximum 8-hour) limit.
 */
typedef struct EcoLimitRow
{
	int			annual[2];		/* Class I, Class II */
	int			daily[2];
} EcoLimitRow;

/* GB 3095-2012 Table 1 */
static const EcoLimitRow gb3095_2012[ECO_AIR_N_POLLUTANTS] = {
	/* annual        24 h / 8 h */
	{{20, 60}, {50, 150}},		/* SO2   µg/m³ */
	{{40, 40}, {80, 80}},		/* NO2   µg/m³ */
	{{40, 70}, {50, 150}},		/* PM10  µg/m³ */
	{{NONE, NONE}, {40, 40}},	/* CO    0.1 mg/m³ (4 mg/m³) */
	{{NONE, NONE}, {100, 160}},	/* O3    µg/m³, daily maximum 8 h */
	{{15, 35}, {35, 75}},		/* PM2.5 µg/m³ */
};

/* GB 3095-2026 Table 1, 过渡阶段 (transitional) columns */
static const EcoLimitRow gb3095_2026_transitional[ECO_AIR_N_POLLUTANTS] = {
	{{20, 60}, {50, 150}},		/* SO2 */
	{{40, 40}, {80, 80}},		/* NO2 */
	{{40, 60}, {50, 120}},		/* PM10 */
	{{NONE, NONE}, {40, 40}},	/* CO */
	{{NONE, NONE}, {100, 160}},	/* O3 */
	{{15, 30}, {35, 60}},		/* PM2.5 */
};

/* GB 3095-2026 Table 1, final columns (from 2031-01-01) */
static const EcoLimitRow gb3095_2026_final[ECO_AIR_N_POLLUTANTS] = {
	{{20, 20}, {50, 50}},		/* SO2 */
	{{30, 30}, {50, 50}},		/* NO2 */
	{{20, 50}, {50, 100}},		/* PM10 */
	{{NONE, NONE}, {40, 40}},	/* CO */
	{{NONE, NONE}, {100, 160}},	/* O3 */
	{{10, 25}, {25, 50}},		/* PM2.5 */
};

/* the editions' tables, by EcoGb3095 */
static const EcoLimitRow *const editions[ECO_GB3095_N] = {
	[ECO_GB3095_2012] = gb3095_2012,
	[ECO_GB3095_2026_TRANSITIONAL] = gb3095_2026_transitional,
	[ECO_GB3095_2026_FINAL] = gb3095_2026_final,
};

int
eco_gb3095_limit(EcoGb3095 edition, int pollutant, EcoLimitPeriod period, int klass)
{
	const EcoLimitRow *row = &editions[edition][pollutant];

	return period == ECO_LIMIT_ANNUAL ? row->annual[klass - 1] : row->daily[klass - 1];
}

static const EcoNameEntry gb3095_entries[] = {
	ECO_NAME("gb3095-2012", ECO_GB3095_2012),
	ECO_NAME("gb3095-2026", ECO_GB3095_2026_TRANSITIONAL),
	ECO_NAME("gb3095-2026-final", ECO_GB3095_2026_FINAL),
	ECO_NAME_END
};

const EcoNameTable eco_gb3095_names = {
	.thing = "air quality standard", .things = "GB 3095 editions", .entries = gb3095_entries,
	.note = ", or NULL for the default of the summary's year; gb3095-2026 has the"
	" transitional limits (to 2030), gb3095-2026-final those from 2031"
};

/*
 * GB 3095-2026 took effect on 2026-03-01 and abolished GB 3095-2012 (its
 * foreword); its
 * final limits apply from 2031-01-01 (§4.4).  A calendar year is evaluated
 * after its end, under the edition then in force: years up to 2025 against
 * 2012, 2026 (ten of its twelve months under the new standard, assessed when
 * the old one is abolished) to 2030 against the transitional limits.
 */
EcoGb3095
eco_gb3095_default_for_year(int year)
{
	if (year <= 2025)
		return ECO_GB3095_2012;
	if (year <= 2030)
		return ECO_GB3095_2026_TRANSITIONAL;
	return ECO_GB3095_2026_FINAL;
}

/*
 * 城市环境空气质量排名技术规定: S_i are the GB 3095-2012 Class II limits
 * (annual for SO2, NO2, PM10, PM2.5; 24-hour for CO; MDA8 for O3), in
 * reporting units.  No 2026-era denominators or weights were published in a
 * text we could read, so these stay for every year (docs/design.md).
 */
static const int composite_denominator[ECO_AIR_N_POLLUTANTS] = {
	60,							/* SO2   annual */
	40,							/* NO2   annual */
	70,							/* PM10  annual */
	40,							/* CO    24 h, 4 mg/m³ */
	160,						/* O3    daily maximum 8 h */
	35,							/* PM2.5 annual */
};

int
eco_composite_denominator(int pollutant)
{
	return composite_denominator[pollutant];
}
