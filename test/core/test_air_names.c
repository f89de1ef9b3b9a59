/*
 * The name tables of the air summary's arguments (core/air_limits.h,
 * core/air_summary.h): every spelling each accepted before the tables (1.3's
 * hand-written parsers in src/air_summary.c and src/air_summary_agg.c) maps
 * to the same value, its neighbours are refused, and each hint lists what
 * the table accepts.
 */
#include <string.h>

#include "core/air_summary.h"
#include "core/aqi.h"
#include "core/names.h"
#include "unit.h"

#define UNKNOWN (-100)

/* the value name looks up to in table, UNKNOWN when refused */
static int
named(const EcoNameTable *table, const char *name)
{
	int			value = UNKNOWN;

	return eco_name_lookup(table, name, (int) strlen(name), &value) ? value : UNKNOWN;
}

/*
 * 1.3's summary pollutant (summary_pollutant in src/air_summary.c): a name
 * of eco_pollutant_names whose pollutant is one of the six and whose period
 * suffix, if any, is the daily indicator's.
 */
static int
old_summary_pollutant(const char *name)
{
	EcoPollutant pollutant;
	EcoPeriod	period;

	if (!eco_pollutant_from_name(name, (int) strlen(name), &pollutant, &period))
		return UNKNOWN;
	if (pollutant >= ECO_AIR_N_POLLUTANTS)
		return UNKNOWN;
	if (period != 0 && period != (pollutant == ECO_O3_8H ? ECO_PERIOD_8H : ECO_PERIOD_24H))
		return UNKNOWN;
	return pollutant;
}

/* a spelling and the value it must name in a table (UNKNOWN: refused) */
static const struct
{
	const EcoNameTable *table;
	const char *name;
	int			value;
}			cases[] = {
	{&eco_air_pollutant_or_all_names, "all", ECO_AIR_ALL_POLLUTANTS},
	{&eco_air_pollutant_or_all_names, "ALL", ECO_AIR_ALL_POLLUTANTS},
	{&eco_air_pollutant_or_all_names, " a_ll ", ECO_AIR_ALL_POLLUTANTS},
	{&eco_air_pollutant_or_all_names, "al", UNKNOWN},
	{&eco_air_pollutant_or_all_names, "alll", UNKNOWN},
	{&eco_air_pollutant_or_all_names, "all6", UNKNOWN},
	{&eco_air_pollutant_or_all_names, "", UNKNOWN},
	{&eco_air_pollutant_names, "all", UNKNOWN},
	{&eco_gb3095_names, "gb3095-2012", ECO_GB3095_2012},
	{&eco_gb3095_names, "GB 3095-2012", ECO_GB3095_2012},
	{&eco_gb3095_names, "gb3095_2012", ECO_GB3095_2012},
	{&eco_gb3095_names, "gb3095-2026", ECO_GB3095_2026_TRANSITIONAL},
	{&eco_gb3095_names, "GB3095-2026", ECO_GB3095_2026_TRANSITIONAL},
	{&eco_gb3095_names, "gb3095-2026-final", ECO_GB3095_2026_FINAL},
	{&eco_gb3095_names, "GB 3095-2026 (final)", ECO_GB3095_2026_FINAL},
	{&eco_gb3095_names, "gb3095", UNKNOWN},
	{&eco_gb3095_names, "gb3095-2018", UNKNOWN},
	{&eco_gb3095_names, "gb3095-201", UNKNOWN},
	{&eco_gb3095_names, "gb3095-20122", UNKNOWN},
	{&eco_gb3095_names, "gb3095-2026-fina", UNKNOWN},
	{&eco_gb3095_names, "gb3095-2026-transitional", UNKNOWN},
	{&eco_gb3095_names, "2012", UNKNOWN},
	{&eco_gb3095_names, "", UNKNOWN},
	{&eco_air_statistic_names, "annual", ECO_AIR_STAT_ANNUAL},
	{&eco_air_statistic_names, "ANNUAL", ECO_AIR_STAT_ANNUAL},
	{&eco_air_statistic_names, "mean", ECO_AIR_STAT_MEAN},
	{&eco_air_statistic_names, "Mean", ECO_AIR_STAT_MEAN},
	{&eco_air_statistic_names, "24h", ECO_AIR_STAT_DAILY_LIMIT},
	{&eco_air_statistic_names, "24-H", ECO_AIR_STAT_DAILY_LIMIT},
	{&eco_air_statistic_names, "daily", ECO_AIR_STAT_DAILY_LIMIT},
	{&eco_air_statistic_names, "DAILY", ECO_AIR_STAT_DAILY_LIMIT},
	/* a prefix or a longer name is no name */
	{&eco_air_statistic_names, "24", UNKNOWN},
	{&eco_air_statistic_names, "dailyx", UNKNOWN},
	{&eco_air_statistic_names, "annua", UNKNOWN},
	{&eco_air_statistic_names, "means", UNKNOWN},
	{&eco_air_statistic_names, "p95", UNKNOWN},
	{&eco_air_statistic_names, "8h", UNKNOWN},
	{&eco_air_statistic_names, "", UNKNOWN},
	{&eco_air_basis_names, "exceedance", ECO_AIR_BASIS_EXCEEDANCE},
	{&eco_air_basis_names, "Exceedance", ECO_AIR_BASIS_EXCEEDANCE},
	{&eco_air_basis_names, "primary", ECO_AIR_BASIS_PRIMARY},
	{&eco_air_basis_names, "PRIMARY", ECO_AIR_BASIS_PRIMARY},
	{&eco_air_basis_names, "exceed", UNKNOWN},
	{&eco_air_basis_names, "exceedances", UNKNOWN},
	{&eco_air_basis_names, "prim", UNKNOWN},
	{&eco_air_basis_names, "all", UNKNOWN},
	{&eco_air_basis_names, "", UNKNOWN},
	{&eco_air_aqi_rule_names, "hj633-2012", ECO_AIR_AQI_HJ633_2012},
	{&eco_air_aqi_rule_names, "HJ 633-2012", ECO_AIR_AQI_HJ633_2012},
	{&eco_air_aqi_rule_names, "hj633-2026", ECO_AIR_AQI_HJ633_2026},
	{&eco_air_aqi_rule_names, "HJ633_2026", ECO_AIR_AQI_HJ633_2026},
	{&eco_air_aqi_rule_names, "hj633", UNKNOWN},
	{&eco_air_aqi_rule_names, "hj633-2013", UNKNOWN},
	{&eco_air_aqi_rule_names, "by date", UNKNOWN},
	{&eco_air_aqi_rule_names, "", UNKNOWN},
};

/* each table's error, unknown <thing> "x"<after>, and its hint */
static const struct
{
	const EcoNameTable *table;
	const char *thing;
	const char *after;
	const char *hint;
}			tables[] = {
	{&eco_air_pollutant_names, "pollutant", " for an air summary",
		"Accepted pollutants (case-insensitive): so2, no2, pm10, co, o3_8h (o3), pm2.5 (pm25);"
	" so2, no2, pm10, co and pm2.5 also with the suffix _24h."},
	{&eco_air_pollutant_or_all_names, "pollutant", " for an air summary",
		"Accepted pollutants (case-insensitive): so2, no2, pm10, co, o3_8h (o3), pm2.5 (pm25),"
		" all; so2, no2, pm10, co and pm2.5 also with the suffix _24h, and all for the six"
	" together."},
	{&eco_gb3095_names, "air quality standard", NULL,
		"Accepted GB 3095 editions (case-insensitive): gb3095-2012, gb3095-2026,"
		" gb3095-2026-final, or NULL for the default of the summary's year; gb3095-2026 has"
	" the transitional limits (to 2030), gb3095-2026-final those from 2031."},
	{&eco_air_statistic_names, "statistic", NULL,
		"Accepted statistics (case-insensitive): annual, mean, 24h (daily); annual is what HJ 663"
	" evaluates for the year, 24h the percentile of the 24-hour limit."},
	{&eco_air_basis_names, "basis", " for primary pollutant days",
		"Accepted bases (case-insensitive): exceedance, primary; exceedance counts the days"
	" with AQI above 100, primary every day with a primary pollutant (AQI above 50)."},
	{&eco_air_aqi_rule_names, "AQI standard", " for an air summary",
		"Accepted standards (case-insensitive): hj633-2012, hj633-2026, or NULL for the"
	" standard in force on each day."},
};

static void
test_tables(void)
{
	char		hint[512];
	size_t		i;
	int			value = UNKNOWN;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK(named(cases[i].table, cases[i].name) == cases[i].value, "%s '%s'",
			  cases[i].table->thing, cases[i].name);
	CHECK(!eco_name_lookup(&eco_air_statistic_names, "annual", 7, &value), "annual with its NUL");
	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
	{
		const EcoNameTable *t = tables[i].table;

		CHECK(strcmp(t->thing, tables[i].thing) == 0 &&
			  (tables[i].after == NULL ? t->after == NULL :
			   t->after != NULL && strcmp(t->after, tables[i].after) == 0),
			  "unknown %s \"x\"%s", tables[i].thing, tables[i].after ? tables[i].after : "");
		eco_name_hint(t, hint, sizeof(hint));
		CHECK(strcmp(hint, tables[i].hint) == 0, "%s hint: %s", t->thing, hint);
	}
}

static void
test_pollutants(void)
{
	static const struct
	{
		const char *name;
		int			value;
	}			cases[] = {
		{"so2", ECO_SO2}, {"SO2", ECO_SO2}, {"so2_24h", ECO_SO2}, {"SO2-24H", ECO_SO2},
		{"no2", ECO_NO2}, {"no2_24h", ECO_NO2},
		{"pm10", ECO_PM10}, {"PM10_24h", ECO_PM10},
		{"co", ECO_CO}, {"CO_24h", ECO_CO},
		{"o3", ECO_O3_8H}, {"O3", ECO_O3_8H}, {"o3_8h", ECO_O3_8H}, {"O3-8H", ECO_O3_8H},
		{"o3 8h", ECO_O3_8H},
		{"pm2.5", ECO_PM25}, {"PM2.5", ECO_PM25}, {"pm25", ECO_PM25}, {"pm2_5", ECO_PM25},
		{"PM 2.5", ECO_PM25}, {"pm2.5_24h", ECO_PM25}, {"pm25_24h", ECO_PM25},
		/* a trailing separator is nothing */
		{"pm2.5_", ECO_PM25}, {"o3_", ECO_O3_8H},
		/* refused: no daily indicator of the summary */
		{"o3_1h", UNKNOWN}, {"O3-1H", UNKNOWN}, {"o3_24h", UNKNOWN}, {"o3_15min", UNKNOWN},
		{"pm2.5_8h", UNKNOWN}, {"pm25_1h", UNKNOWN}, {"so2_1h", UNKNOWN}, {"so2_8h", UNKNOWN},
		{"so2_15min", UNKNOWN}, {"co_8h", UNKNOWN}, {"co_1h", UNKNOWN}, {"no2_1h", UNKNOWN},
		{"pm10_8h", UNKNOWN}, {"pm1", UNKNOWN}, {"pm2", UNKNOWN}, {"o", UNKNOWN},
		{"24h", UNKNOWN}, {"", UNKNOWN}, {"all", UNKNOWN}, {"al", UNKNOWN}, {"alll", UNKNOWN},
		{"benzene", UNKNOWN}, {"so2_24h_24h", UNKNOWN}, {"o3_8h_8h", UNKNOWN},
	};
	size_t		i;
	const EcoNameEntry *e;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		int			expected = cases[i].value;

		CHECK(named(&eco_air_pollutant_names, cases[i].name) == expected,
			  "summary pollutant '%s'", cases[i].name);
		/* the same with 'all', for every name but 'all' */
		CHECK(named(&eco_air_pollutant_or_all_names, cases[i].name) == expected ||
			  strcmp(cases[i].name, "all") == 0,
			  "summary pollutant or all '%s'", cases[i].name);
		/* and as 1.3 read them */
		CHECK(old_summary_pollutant(cases[i].name) == expected,
			  "1.3 read '%s' so too", cases[i].name);
	}
	/* every spelling of the AQI's pollutant table reads as 1.3 read it */
	for (e = eco_pollutant_names.entries; e->spelling != NULL; e++)
		CHECK(named(&eco_air_pollutant_names, e->spelling) == old_summary_pollutant(e->spelling),
			  "'%s' as in 1.3", e->spelling);
	/* and every spelling of the summary's table is one of it */
	for (e = eco_air_pollutant_names.entries; e->spelling != NULL; e++)
		CHECK(old_summary_pollutant(e->spelling) == e->value, "'%s' was read so in 1.3",
			  e->spelling);
	CHECK(strcmp(eco_name_spelling(&eco_air_pollutant_names, ECO_O3_8H), "o3_8h") == 0,
		  "o3_8h listed first");
}

static void
test_aqi_rules(void)
{
	const EcoNameEntry *e;

	/* 1.3 read it through the AQI standard table: the two HJ 633 and nothing else */
	for (e = eco_aqi_standard_names.entries; e->spelling != NULL; e++)
	{
		int			expected = e->value == ECO_HJ633_2012 ? ECO_AIR_AQI_HJ633_2012 :
			e->value == ECO_HJ633_2026 ? ECO_AIR_AQI_HJ633_2026 : UNKNOWN;

		CHECK(named(&eco_air_aqi_rule_names, e->spelling) == expected, "'%s' as in 1.3",
			  e->spelling);
	}
	for (e = eco_air_aqi_rule_names.entries; e->spelling != NULL; e++)
		CHECK(eco_aqi_standard(e->spelling, (int) strlen(e->spelling)) ==
			  eco_aqi_standard_by_id(e->value == ECO_AIR_AQI_HJ633_2012 ? ECO_HJ633_2012 :
									 ECO_HJ633_2026),
			  "'%s' is that AQI standard", e->spelling);
	/* the stored rule's name, as aqi_standard(s) prints it */
	CHECK(strcmp(eco_air_aqi_rule_name(ECO_AIR_AQI_BY_DATE), "by date") == 0, "by date");
	CHECK(strcmp(eco_air_aqi_rule_name(ECO_AIR_AQI_HJ633_2012), "hj633-2012") == 0, "2012 name");
	CHECK(strcmp(eco_air_aqi_rule_name(ECO_AIR_AQI_HJ633_2026), "hj633-2026") == 0, "2026 name");
}

int
main(void)
{
	test_tables();
	test_pollutants();
	test_aqi_rules();
	return UNIT_DONE("test_air_names");
}
