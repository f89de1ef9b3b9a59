/*
 * Core tests of the daily AQI's rounding option (core/aqi_rounding.h): the
 * names, which standards it changes, the GB/T 8170 reading at reporting
 * precision (on, just below and just above every half), which inputs of a
 * report it rounds, and the air summary's days and day counts under both
 * options.
 */
#include <math.h>
#include <string.h>

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
		{ECO_SO2, 2.5, 2}, {ECO_NO2, 3.5, 4}, {ECO_PM10, 150.5, 150},
		{ECO_O3_8H, 160.5, 160}, {ECO_O3_1H, 200.5, 200}, {ECO_O3_1H, 201.5, 202},
		{ECO_CO, 2.25, 2.2}, {ECO_CO, 2.35, 2.4}, {ECO_CO, 2.2, 2.2},
		{ECO_CO, 2.249999, 2.2}, {ECO_CO, 2.250001, 2.3}, {ECO_CO, 4.05, 4.0},
		{ECO_CO, 0.04, 0}, {ECO_CO, 0.05, 0}, {ECO_CO, 0.15, 0.2},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK(eco_aqi_reporting_value(cases[i].p, cases[i].in) == cases[i].out,
			  "%s %.9g at reporting precision is %.9g, got %.17g",
			  eco_pollutant_name(cases[i].p), cases[i].in, cases[i].out,
			  eco_aqi_reporting_value(cases[i].p, cases[i].in));
	/* no measurement: unchanged, for the report to refuse as given */
	CHECK(eco_aqi_reporting_value(ECO_PM25, -0.0) == 0 && !signbit(eco_aqi_reporting_value(ECO_PM25, -0.0)),
		  "a negative zero is a measurement of zero");
	CHECK(eco_aqi_reporting_value(ECO_PM25, -0.4) == -0.4, "negative unchanged");
	CHECK(eco_aqi_reporting_value(ECO_PM25, -1) == -1, "negative unchanged");
	CHECK(isnan(eco_aqi_reporting_value(ECO_PM25, NAN)), "NaN unchanged");
	CHECK(eco_aqi_reporting_value(ECO_PM25, INFINITY) == INFINITY, "infinity unchanged");
	CHECK(eco_aqi_reporting_value(ECO_PM25, 2e12 + 0.5) == 2e12 + 0.5, "beyond fixed point unchanged");
	CHECK(eco_aqi_reporting_value(ECO_PM25, 1e12) == 1e12, "the largest fixed point value");
}

/* the daily report's inputs: so2 no2 pm10 co o3_8h pm25 o3_1h so2_24h */
static void
test_round_report(void)
{
	EcoAqiPlan p12,
				p26,
				pus;
	double		c[ECO_DAILY_SLOTS];
	bool		present[ECO_DAILY_SLOTS] = {true, true, true, true, true, true, true, false};
	const double given[ECO_DAILY_SLOTS] = {2.5, 40.5, 150.5, 2.25, 160.5, 75.4, 200.5, 300.7};
	const double rounded[ECO_DAILY_SLOTS] = {2, 40, 150, 2.2, 160, 75, 200, 300.7};
	EcoAqi		aqi;
	int			culprit;
	int			i;

	eco_aqi_plan(std("hj633-2012"), ECO_REPORT_DAILY, &p12);
	eco_aqi_plan(std("hj633-2026"), ECO_REPORT_DAILY, &p26);
	eco_aqi_plan(std("us-epa-2024"), ECO_REPORT_DAILY, &pus);

	memcpy(c, given, sizeof(c));
	eco_aqi_round_report(&p12, ECO_AQI_ROUNDING_REPORTING, c, present);
	for (i = 0; i < ECO_DAILY_SLOTS; i++)
		CHECK(c[i] == rounded[i], "2012 reporting: slot %d %.9g gives %.9g, got %.17g",
			  i, given[i], rounded[i], c[i]);

	memcpy(c, given, sizeof(c));
	eco_aqi_round_report(&p12, ECO_AQI_ROUNDING_AS_GIVEN, c, present);
	CHECK(memcmp(c, given, sizeof(c)) == 0, "2012 as given: unchanged");
	memcpy(c, given, sizeof(c));
	eco_aqi_round_report(&p26, ECO_AQI_ROUNDING_REPORTING, c, present);
	CHECK(memcmp(c, given, sizeof(c)) == 0, "2026: left to the standard's own rounding");
	memcpy(c, given, sizeof(c));
	eco_aqi_round_report(&pus, ECO_AQI_ROUNDING_REPORTING, c, present);
	CHECK(memcmp(c, given, sizeof(c)) == 0, "US: left to the standard's own truncation");

	/* what is no measurement stays as given, so the errors name it */
	{
		double		bad[ECO_DAILY_SLOTS] = {-0.4, NAN, 20000.4, 200.04, 2000.3, INFINITY, 0.4, 0};
		bool		all[ECO_DAILY_SLOTS] = {true, true, true, true, true, true, true, true};

		eco_aqi_round_report(&p12, ECO_AQI_ROUNDING_REPORTING, bad, all);
		CHECK(bad[0] == -0.4, "negative stays");
		CHECK(isnan(bad[1]), "NaN stays");
		CHECK(bad[2] == 20000.4, "PM10 above its plausibility limit (20000) stays");
		CHECK(bad[3] == 200.04, "CO above its plausibility limit (200) stays");
		CHECK(bad[4] == 2000.3, "O3 above its plausibility limit (2000) stays");
		CHECK(isinf(bad[5]), "infinity stays");
		CHECK(bad[6] == 0, "O3 1-h 0.4 rounds");
		CHECK(bad[7] == 0, "so2_24h, not an input of the 2012 daily report, untouched");
	}
	{
		/* just at the plausibility limits: rounded, and never above them */
		double		at[ECO_DAILY_SLOTS] = {4999.6, 40.5, 19999.5, 199.96, 1999.5, 75.4, 0, 0};
		bool		some[ECO_DAILY_SLOTS] = {true, false, true, true, true, false, false, false};

		eco_aqi_round_report(&p12, ECO_AQI_ROUNDING_REPORTING, at, some);
		CHECK(at[0] == 5000 && at[2] == 20000 && at[3] == 200 && at[4] == 2000,
			  "values at the limits: %g %g %g %g", at[0], at[2], at[3], at[4]);
		CHECK(at[1] == 40.5 && at[5] == 75.4, "absent inputs untouched");
	}
	{
		/* a present input not of the report keeps its value */
		double		x[ECO_DAILY_SLOTS] = {0, 0, 0, 0, 0, 0, 0, 300.7};
		bool		only[ECO_DAILY_SLOTS] = {false, false, false, false, false, false, false, true};

		eco_aqi_round_report(&p12, ECO_AQI_ROUNDING_REPORTING, x, only);
		CHECK(x[7] == 300.7, "rejected input as given: %g", x[7]);
	}

	{
		/* exactly the plan's slots: a plan of five leaves the sixth */
		EcoAqiPlan five = p12;
		double		x[ECO_DAILY_SLOTS] = {75.4, 75.4, 75.4, 2.25, 75.4, 75.4, 75.4, 75.4};
		bool		all[ECO_DAILY_SLOTS] = {true, true, true, true, true, true, true, true};

		five.nslots = 5;
		eco_aqi_round_report(&five, ECO_AQI_ROUNDING_REPORTING, x, all);
		CHECK(x[0] == 75 && x[3] == 2.2 && x[4] == 75 && x[5] == 75.4 && x[6] == 75.4,
			  "the first five rounded, the rest not: %g %g %g %g %g", x[0], x[3], x[4], x[5], x[6]);
	}

	/* the example: PM2.5 75.4 is 101 as given, 100 at reporting precision */
	{
		double		x[ECO_DAILY_SLOTS] = {0, 0, 0, 0, 0, 75.4, 0, 0};
		bool		pm[ECO_DAILY_SLOTS] = {false, false, false, false, false, true, false, false};

		CHECK(eco_aqi_report_planned(&p12, x, pm, &aqi, &culprit) == ECO_AQI_OK &&
			  aqi.value == 101, "75.4 as given: %d", aqi.value);
		eco_aqi_round_report(&p12, ECO_AQI_ROUNDING_REPORTING, x, pm);
		CHECK(eco_aqi_report_planned(&p12, x, pm, &aqi, &culprit) == ECO_AQI_OK &&
			  aqi.value == 100, "75.4 at reporting precision: %d", aqi.value);
	}
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
	test_value();
	test_round_report();
	test_summary_days();
	return UNIT_DONE("test_aqi_rounding");
}
