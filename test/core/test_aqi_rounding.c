/*
 * Core tests of the daily AQI's rounding option (core/aqi_rounding.h): the
 * names, which standards it changes, the GB/T 8170 reading at reporting
 * precision (on, just below and just above every half), which inputs of a
 * report it rounds, and the air summary's days and day counts under both
 * options.
 */
#include <math.h>
#include <string.h>

#include "core/air_limits.h"
#include "core/air_summary.h"
#include "core/aqi.h"
#include "core/aqi_rounding.h"
#include "unit.h"

static const EcoAqiStandard *
std(const char *name)
{
	return eco_aqi_standard(name, (int) strlen(name));
}

static bool
named(const char *name, EcoAqiRounding *r)
{
	int			value = -1;
	bool		found = eco_name_lookup(&eco_aqi_rounding_names, name, (int) strlen(name), &value);

	if (found)
		*r = (EcoAqiRounding) value;
	return found;
}

static void
test_names(void)
{
	EcoAqiRounding r;
	char		longname[200];
	char		hint[512];
	const char *hint_start = "Accepted roundings (case-insensitive): reporting, as_given; 'reporting', the default,";
	int			value;

	CHECK(strcmp(eco_aqi_rounding_names.thing, "rounding") == 0, "the thing named");
	CHECK(strcmp(eco_name_spelling(&eco_aqi_rounding_names, ECO_AQI_ROUNDING_REPORTING), "reporting") == 0 &&
		  strcmp(eco_name_spelling(&eco_aqi_rounding_names, ECO_AQI_ROUNDING_AS_GIVEN), "as_given") == 0,
		  "the names as SQL shows them");
	CHECK(ECO_AQI_ROUNDING_REPORTING == 0 && ECO_AQI_ROUNDING_AS_GIVEN == 1, "the default is 0");
	eco_name_hint(&eco_aqi_rounding_names, hint, sizeof(hint));
	CHECK(strncmp(hint, hint_start, strlen(hint_start)) == 0,
		  "the hint lists both, the default first: %s", hint);
	r = ECO_AQI_ROUNDING_AS_GIVEN;
	CHECK(named("reporting", &r) && r == ECO_AQI_ROUNDING_REPORTING, "reporting");
	r = ECO_AQI_ROUNDING_REPORTING;
	CHECK(named("as_given", &r) && r == ECO_AQI_ROUNDING_AS_GIVEN, "as_given");
	r = ECO_AQI_ROUNDING_REPORTING;
	CHECK(named("AS-Given", &r) && r == ECO_AQI_ROUNDING_AS_GIVEN, "folded like every name");
	r = ECO_AQI_ROUNDING_AS_GIVEN;
	CHECK(named(" Reporting ", &r) && r == ECO_AQI_ROUNDING_REPORTING, "blanks ignored");
	CHECK(!named("", &r), "empty");
	CHECK(!named("report", &r), "a prefix");
	CHECK(!named("reportingx", &r), "longer");
	CHECK(!named("given", &r), "a suffix");
	CHECK(!named("half_even", &r), "unknown");
	memset(longname, 'a', sizeof(longname));
	CHECK(!eco_name_lookup(&eco_aqi_rounding_names, longname, (int) sizeof(longname), &value), "too long");
	/* len counts, not the NUL */
	CHECK(eco_name_lookup(&eco_aqi_rounding_names, "as_givenXYZ", 8, &value) &&
		  value == ECO_AQI_ROUNDING_AS_GIVEN, "len bytes only");
}

static void
test_matters(void)
{
	CHECK(eco_aqi_rounding_matters(std("hj633-2012")), "HJ 633-2012 reads as given");
	CHECK(!eco_aqi_rounding_matters(std("hj633-2026")), "HJ 633-2026 rounds itself");
	CHECK(!eco_aqi_rounding_matters(std("us-epa-2024")), "US EPA truncates itself");
	CHECK(!eco_aqi_rounding_matters(std("eea-2024")), "EEA is banded");
	CHECK(!eco_aqi_rounding_matters(std("eea-2021")), "EEA 2021 is banded");
	CHECK(!eco_aqi_rounding_matters(std("uk-daqi")), "DAQI is banded");
}

/* the copy of HJ 633-2012 read at reporting precision */
static void
test_standard(void)
{
	const EcoAqiStandard *s12 = std("hj633-2012");
	const EcoAqiStandard *r12 = eco_aqi_rounding_standard(s12, ECO_AQI_ROUNDING_REPORTING);
	const char *others[] = {"hj633-2026", "us-epa-2024", "eea-2024", "eea-2021", "uk-daqi"};
	size_t		i;
	int			c;

	CHECK(r12 != NULL && r12 != s12, "2012 at reporting precision is a copy");
	{
		/* one copy: a second standard that reads as given gets none */
		EcoAqiStandard other = *s12;

		CHECK(eco_aqi_rounding_standard(&other, ECO_AQI_ROUNDING_REPORTING) == NULL,
			  "no copy of a second standard");
		CHECK(eco_aqi_rounding_standard(&other, ECO_AQI_ROUNDING_AS_GIVEN) == &other,
			  "a second standard as given: itself");
	}
	CHECK(eco_aqi_rounding_standard(s12, ECO_AQI_ROUNDING_REPORTING) == r12, "made once");
	CHECK(eco_aqi_rounding_standard(s12, ECO_AQI_ROUNDING_AS_GIVEN) == s12, "as given: itself");
	CHECK(eco_aqi_rounding_standard(r12, ECO_AQI_ROUNDING_REPORTING) == r12,
		  "the copy rounds already: itself");
	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++)
	{
		const EcoAqiStandard *o = std(others[i]);

		CHECK(eco_aqi_rounding_standard(o, ECO_AQI_ROUNDING_REPORTING) == o &&
			  eco_aqi_rounding_standard(o, ECO_AQI_ROUNDING_AS_GIVEN) == o, "%s: itself", others[i]);
	}
	CHECK(r12->id == ECO_HJ633_2012 && strcmp(r12->name, s12->name) == 0 &&
		  strcmp(r12->title, s12->title) == 0, "the same standard by id and names");
	CHECK(r12->preparation == ECO_CONC_ROUND_HALF_EVEN && s12->preparation == ECO_CONC_AS_GIVEN,
		  "the copy rounds half to even; the original still reads as given");
	CHECK(r12->rounding == s12->rounding && r12->aqi_min == s12->aqi_min &&
		  r12->exceeding_above == s12->exceeding_above && r12->primary_above == s12->primary_above &&
		  memcmp(r12->daily, s12->daily, sizeof(s12->daily)) == 0,
		  "the same rules and daily report");
	CHECK(r12->ncolumns == s12->ncolumns && r12->columns != s12->columns, "columns of its own");
	for (c = 0; c < s12->ncolumns; c++)
	{
		const EcoAqiColumn *a = &s12->columns[c];
		const EcoAqiColumn *b = &r12->columns[c];

		CHECK(a->pollutant == b->pollutant && a->period == b->period && a->rows == b->rows &&
			  a->nrows == b->nrows && a->quantum == b->quantum && a->above == b->above,
			  "column %d: the same breakpoints", c);
		/* the step the copy rounds to is the reporting precision */
		CHECK(b->quantum == eco_air_reporting_quantum(b->pollutant == ECO_O3_1H ? ECO_O3_8H : (int) b->pollutant),
			  "column %d (%s): its step is the reporting precision", c, eco_pollutant_name(b->pollutant));
	}
}

/*
 * Each concentration read at reporting precision, through the copy's exact
 * road (eco_iaqi) and its fast reading (a report of that input alone), is
 * the original's index at the rounded value.
 */
static void
test_value(void)
{
	struct
	{
		EcoPollutant p;
		double		in;
		double		out;
	}			cases[] = {
		{ECO_PM25, 75.4, 75}, {ECO_PM25, 75.5, 76}, {ECO_PM25, 76.5, 76},
		{ECO_PM25, 74.5, 74}, {ECO_PM25, 75.499999, 75}, {ECO_PM25, 75.500001, 76},
		{ECO_PM25, 76.499999, 76}, {ECO_PM25, 76.500001, 77}, {ECO_PM25, 75, 75},
		{ECO_PM25, 0, 0}, {ECO_PM25, 0.5, 0}, {ECO_PM25, 1.5, 2}, {ECO_PM25, 0.4, 0},
		{ECO_PM25, 115.5, 116}, {ECO_PM25, 150.4, 150}, {ECO_PM25, 499.5, 500},
		{ECO_SO2, 2.5, 2}, {ECO_SO2, 150.5, 150}, {ECO_NO2, 80.5, 80}, {ECO_NO2, 81.5, 82},
		{ECO_PM10, 150.5, 150}, {ECO_PM10, 151.5, 152},
		{ECO_O3_8H, 160.5, 160}, {ECO_O3_8H, 800.4, 800}, {ECO_O3_1H, 200.5, 200}, {ECO_O3_1H, 201.5, 202},
		{ECO_CO, 2.25, 2.2}, {ECO_CO, 2.35, 2.4}, {ECO_CO, 2.2, 2.2}, {ECO_CO, 4.05, 4.0},
		{ECO_CO, 2.249999, 2.2}, {ECO_CO, 2.250001, 2.3}, {ECO_CO, 4.15, 4.2},
		{ECO_CO, 0.04, 0}, {ECO_CO, 0.05, 0}, {ECO_CO, 0.15, 0.2},
	};
	const EcoAqiStandard *s12 = std("hj633-2012");
	const EcoAqiStandard *r12 = eco_aqi_rounding_standard(s12, ECO_AQI_ROUNDING_REPORTING);
	EcoAqiPlan plan;
	size_t		i;

	eco_aqi_plan(r12, ECO_REPORT_DAILY, &plan);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		EcoPeriod	period = s12->default_period[cases[i].p];
		int			want = -1,
					got = -1,
					fast = -1;
		bool		beyond;
		double		conc[ECO_DAILY_SLOTS] = {0};
		bool		present[ECO_DAILY_SLOTS] = {false};
		EcoAqi		aqi;
		int			culprit;

		eco_iaqi(s12, eco_aqi_column(s12, cases[i].p, period), cases[i].out, &want, &beyond);
		eco_iaqi(r12, eco_aqi_column(r12, cases[i].p, period), cases[i].in, &got, &beyond);
		conc[cases[i].p] = cases[i].in;
		present[cases[i].p] = true;
		if (eco_aqi_report_planned(&plan, conc, present, &aqi, &culprit) == ECO_AQI_OK)
			fast = aqi.value;
		CHECK(got == want && fast == want, "%s %.9g reads as %.9g: index %d, got %d, by the report %d",
			  eco_pollutant_name(cases[i].p), cases[i].in, cases[i].out, want, got, fast);
	}
	/* the example: PM2.5 75.4 is 101 as given, 100 at reporting precision */
	{
		int			a = -1,
					b = -1;
		bool		beyond;

		eco_iaqi(s12, eco_aqi_column(s12, ECO_PM25, ECO_PERIOD_24H), 75.4, &a, &beyond);
		eco_iaqi(r12, eco_aqi_column(r12, ECO_PM25, ECO_PERIOD_24H), 75.4, &b, &beyond);
		CHECK(a == 101 && b == 100, "75.4: %d as given, %d at reporting precision", a, b);
	}
}

/* what is no measurement is refused as given by the copy too */
static void
test_refusals(void)
{
	const EcoAqiStandard *r12 = eco_aqi_rounding_standard(std("hj633-2012"), ECO_AQI_ROUNDING_REPORTING);
	int			index;
	bool		beyond;

	CHECK(eco_iaqi(r12, eco_aqi_column(r12, ECO_PM25, ECO_PERIOD_24H), -0.4, &index, &beyond) == ECO_AQI_NEGATIVE,
		  "-0.4 is negative, not 0");
	CHECK(eco_iaqi(r12, eco_aqi_column(r12, ECO_PM25, ECO_PERIOD_24H), NAN, &index, &beyond) == ECO_AQI_NOT_FINITE,
		  "NaN");
	CHECK(eco_iaqi(r12, eco_aqi_column(r12, ECO_CO, ECO_PERIOD_24H), 200.04, &index, &beyond) == ECO_AQI_IMPLAUSIBLE,
		  "CO 200.04 is above the plausibility limit, not 200.0");
	CHECK(eco_iaqi(r12, eco_aqi_column(r12, ECO_CO, ECO_PERIOD_24H), 199.96, &index, &beyond) == ECO_AQI_OK &&
		  index == 500 && beyond, "CO 199.96: 200.0, beyond the scale");
	CHECK(eco_iaqi(r12, eco_aqi_column(r12, ECO_O3_8H, ECO_PERIOD_8H), 800.6, &index, &beyond) == ECO_AQI_NEEDS_OTHER_PERIOD,
		  "O3 8-h 800.6 reads as 801: above the column, O3 1-h needed");
	CHECK(eco_iaqi(r12, eco_aqi_column(r12, ECO_O3_8H, ECO_PERIOD_8H), 800.4, &index, &beyond) == ECO_AQI_OK &&
		  index == 300, "O3 8-h 800.4 reads as 800: 300");
}

/* one station-day (or several: several stations of one city) */
static void
add_day(EcoAirSummary *s, int day, int pollutant, double v)
{
	double		conc[ECO_AIR_N_POLLUTANTS] = {0};
	bool		present[ECO_AIR_N_POLLUTANTS] = {false};
	int			culprit;

	conc[pollutant] = v;
	present[pollutant] = true;
	CHECK(eco_air_add(s, day, conc, present, &culprit) == ECO_AIR_OK, "add %g", v);
}

/* a day with all six (HJ 633-2026 §5.3 withholds an incomplete AQI up to 100) */
static void
add_full_day(EcoAirSummary *s, int day, double pm25)
{
	add_day(s, day, ECO_SO2, 5);
	add_day(s, day, ECO_NO2, 5);
	add_day(s, day, ECO_PM10, 5);
	add_day(s, day, ECO_CO, 0.2);
	add_day(s, day, ECO_O3_8H, 5);
	add_day(s, day, ECO_PM25, pm25);
}

static EcoAirSummary s12,
			s26,
			sdate;

static int
day_aqi(const EcoAirSummary *s, int day, EcoAqiRounding r, EcoAirDayAqi *out)
{
	eco_air_day_aqi_rounded(s, day, r, out);
	return out->has_aqi ? out->aqi : -1;
}

static void
test_summary_days(void)
{
	EcoAirDayAqi d;
	EcoAirDayCounts rep,
				giv,
				plain;
	int			march1 = eco_air_day_of_year(2026, 3, 1);

	eco_air_init(&s12, 2016, ECO_AIR_AQI_HJ633_2012);
	add_day(&s12, 0, ECO_PM25, 75.4);	/* 100 at reporting precision, 101 as given */
	add_day(&s12, 1, ECO_PM25, 75.0);	/* two stations: mean 75.5 */
	add_day(&s12, 1, ECO_PM25, 76.0);	/* -> 76 (102) / 75.5 (101) */
	add_day(&s12, 2, ECO_CO, 2.25);		/* 2.2 -> 55 / 2.25 -> 57 */
	add_day(&s12, 3, ECO_O3_8H, 800.4);	/* 800 -> 300 / above 800: needs O3 1-h */
	add_day(&s12, 4, ECO_PM25, 150.4);	/* 150 -> 200 / 150.4 -> 201 (level 5) */
	add_day(&s12, 5, ECO_PM25, 75);		/* the same both ways */

	CHECK(day_aqi(&s12, 0, ECO_AQI_ROUNDING_REPORTING, &d) == 100, "75.4 reporting: %d", d.aqi);
	CHECK(d.over_100 == 0 && d.level == 2 && d.primary == (1 << ECO_PM25), "75.4 reporting fields");
	CHECK(day_aqi(&s12, 0, ECO_AQI_ROUNDING_AS_GIVEN, &d) == 101, "75.4 as given: %d", d.aqi);
	CHECK(d.over_100 == (1 << ECO_PM25) && d.level == 3, "75.4 as given fields");
	CHECK(day_aqi(&s12, 1, ECO_AQI_ROUNDING_REPORTING, &d) == 102, "mean 75.5 reporting: %d", d.aqi);
	CHECK(day_aqi(&s12, 1, ECO_AQI_ROUNDING_AS_GIVEN, &d) == 101, "mean 75.5 as given: %d", d.aqi);
	CHECK(day_aqi(&s12, 2, ECO_AQI_ROUNDING_REPORTING, &d) == 55, "CO 2.25 reporting: %d", d.aqi);
	CHECK(day_aqi(&s12, 2, ECO_AQI_ROUNDING_AS_GIVEN, &d) == 57, "CO 2.25 as given: %d", d.aqi);
	CHECK(day_aqi(&s12, 3, ECO_AQI_ROUNDING_REPORTING, &d) == 300, "O3 800.4 reporting: %d", d.aqi);
	CHECK(day_aqi(&s12, 3, ECO_AQI_ROUNDING_AS_GIVEN, &d) == -1 && d.over_100 == (1 << ECO_O3_8H),
		  "O3 800.4 as given: no AQI, exceeding");
	CHECK(day_aqi(&s12, 4, ECO_AQI_ROUNDING_REPORTING, &d) == 200 && d.level == 4, "150.4 reporting: %d", d.aqi);
	CHECK(day_aqi(&s12, 4, ECO_AQI_ROUNDING_AS_GIVEN, &d) == 201 && d.level == 5, "150.4 as given: %d", d.aqi);
	CHECK(day_aqi(&s12, 5, ECO_AQI_ROUNDING_REPORTING, &d) == 100 &&
		  day_aqi(&s12, 5, ECO_AQI_ROUNDING_AS_GIVEN, &d) == 100, "75 both ways");
	CHECK(day_aqi(&s12, 6, ECO_AQI_ROUNDING_AS_GIVEN, &d) == -1 && d.over_100 == 0, "a day without data");

	eco_air_day_counts_rounded(&s12, ECO_AQI_ROUNDING_REPORTING, &rep);
	eco_air_day_counts_rounded(&s12, ECO_AQI_ROUNDING_AS_GIVEN, &giv);
	eco_air_day_counts(&s12, &plain);
	CHECK(memcmp(&rep, &plain, sizeof(rep)) == 0, "eco_air_day_counts reads at reporting precision");
	CHECK(rep.aqi_days == 6 && giv.aqi_days == 5, "aqi days %d %d", rep.aqi_days, giv.aqi_days);
	CHECK(rep.at_level[1] + rep.at_level[2] == 3 && giv.at_level[1] + giv.at_level[2] == 2,
		  "good days %d %d", rep.at_level[1] + rep.at_level[2], giv.at_level[1] + giv.at_level[2]);
	CHECK(rep.at_level[5] + rep.at_level[6] == 1 && giv.at_level[5] + giv.at_level[6] == 1,
		  "heavy days: O3 300 at reporting precision, PM2.5 201 as given");
	CHECK(rep.at_level[4] == 1 && giv.at_level[4] == 0, "level 4 days %d %d", rep.at_level[4], giv.at_level[4]);
	CHECK(rep.exceedance_days == 3 && giv.exceedance_days == 3,
		  "exceedance days %d %d", rep.exceedance_days, giv.exceedance_days);
	CHECK(rep.over_100[ECO_PM25] == 2 && giv.over_100[ECO_PM25] == 3,
		  "PM2.5 over 100 %d %d", rep.over_100[ECO_PM25], giv.over_100[ECO_PM25]);

	/* HJ 633-2026 rounds itself: both options read alike */
	eco_air_init(&s26, 2027, ECO_AIR_AQI_HJ633_2026);
	add_full_day(&s26, 0, 60.4);	/* 60 -> 100 */
	add_full_day(&s26, 1, 60.5);	/* 60 (half to even) -> 100 */
	add_full_day(&s26, 2, 61.5);	/* 62 */
	add_day(&s26, 3, ECO_PM25, 200.25);
	eco_air_day_counts_rounded(&s26, ECO_AQI_ROUNDING_REPORTING, &rep);
	eco_air_day_counts_rounded(&s26, ECO_AQI_ROUNDING_AS_GIVEN, &giv);
	CHECK(memcmp(&rep, &giv, sizeof(rep)) == 0, "2026: the same counts");
	CHECK(day_aqi(&s26, 0, ECO_AQI_ROUNDING_AS_GIVEN, &d) == 100 &&
		  day_aqi(&s26, 1, ECO_AQI_ROUNDING_AS_GIVEN, &d) == 100, "2026 60.4 and 60.5: 100");

	/* by date: the option changes the days before 2026-03-01 only */
	eco_air_init(&sdate, 2026, ECO_AIR_AQI_BY_DATE);
	add_day(&sdate, march1 - 1, ECO_PM25, 75.4);
	add_full_day(&sdate, march1, 60.4);
	CHECK(day_aqi(&sdate, march1 - 1, ECO_AQI_ROUNDING_REPORTING, &d) == 100 &&
		  day_aqi(&sdate, march1 - 1, ECO_AQI_ROUNDING_AS_GIVEN, &d) == 101,
		  "2026-02-28 under HJ 633-2012");
	CHECK(day_aqi(&sdate, march1, ECO_AQI_ROUNDING_REPORTING, &d) == 100 &&
		  day_aqi(&sdate, march1, ECO_AQI_ROUNDING_AS_GIVEN, &d) == 100,
		  "2026-03-01 under HJ 633-2026");
}

int
main(void)
{
	test_names();
	test_matters();
	test_standard();
	test_value();
	test_refusals();
	test_summary_days();
	return UNIT_DONE("test_aqi_rounding");
}
