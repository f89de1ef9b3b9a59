/*
 * The accessors of air_summary (HJ 663-2013 statistics, GB 3095 compliance,
 * day counts of the daily AQI) and the names they take: PostgreSQL glue over
 * core/air_summary.h.  The type's forms, I/O and aggregates: the other
 * air_summary_*.c files.
 */
#include "postgres.h"
#include "compat.h"

#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "air_summary.h"
#include "air_summary_forms.h"
#include "callsite.h"
#include "exact_sum.h"
#include "rate.h"
#include "core/air_limits.h"
#include "core/aqi.h"
#include "core/gbt8170.h"


/* integer argument argno, 1 to hi; else 22023 "<before><value><after>" */
static int32
int_arg_1_to(FunctionCallInfo fcinfo, int argno, int32 hi, const char *before, const char *after,
			 const char *hint)
{
	int32		value = PG_GETARG_INT32(argno);

	if (value < 1 || value > hi)
		eco_bad_parameter(psprintf("%s%d%s", before, value, after), hint);
	return value;
}

/* an AQI level argument, 1 to 6 (HJ 633 Table 2); else 22023 */
int32
airsum_level_arg(FunctionCallInfo fcinfo, int argno)
{
	return int_arg_1_to(fcinfo, argno, 6, "AQI level ", " does not exist",
						"HJ 633 Table 2 has levels 1 (一级) to 6 (六级).");
}

/* a pollutant of the summary (0..5) */
static int
pollutant_arg(FunctionCallInfo fcinfo, int argno)
{
	return callsite_name(fcinfo, argno, &eco_air_pollutant_names);
}

/* A figure as a numeric, from the core's decimal text of it. */
static Datum
numeric_from_text(const char *text)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(text),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

static Datum
numeric_from_units(int64 units, int decimals)
{
	char		buf[32];

	eco_air_format_units(units, decimals, buf, sizeof(buf));
	return numeric_from_text(buf);
}

/*
 * An exact value num / 10^k (den a power of ten) of reporting units with
 * `decimals` decimals (CO: 1), as a numeric with no trailing zeros beyond
 * those decimals.
 */
static Datum
numeric_from_exact(EcoExact x, int decimals)
{
	char		buf[32];

	eco_air_format_exact(x, decimals, buf, sizeof(buf));
	return numeric_from_text(buf);
}

static int
optional_pollutant_arg(FunctionCallInfo fcinfo, int argno)
{
	return PG_NARGS() > argno ? pollutant_arg(fcinfo, argno) : ECO_AIR_ALL_POLLUTANTS;
}

PG_FUNCTION_INFO_V1(air_summary_valid_days);
Datum
air_summary_valid_days(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = airsum_summary_arg(fcinfo, 0);

	PG_RETURN_INT32(eco_air_valid_days(s, optional_pollutant_arg(fcinfo, 1)));
}

PG_FUNCTION_INFO_V1(air_summary_is_valid_year);
Datum
air_summary_is_valid_year(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = airsum_summary_arg(fcinfo, 0);

	PG_RETURN_BOOL(eco_air_valid_year(s, optional_pollutant_arg(fcinfo, 1)));
}

PG_FUNCTION_INFO_V1(air_summary_is_valid_month);
Datum
air_summary_is_valid_month(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = airsum_summary_arg(fcinfo, 0);
	int32		month = int_arg_1_to(fcinfo, 1, 12, "month ", " is not a month", "Months are 1 to 12.");

	PG_RETURN_BOOL(eco_air_valid_month(s, month, optional_pollutant_arg(fcinfo, 2)));
}

PG_FUNCTION_INFO_V1(air_summary_mean);
Datum
air_summary_mean(PG_FUNCTION_ARGS)
{
	int			pollutant = pollutant_arg(fcinfo, 1);
	EcoAirSeries series;
	EcoExact	mean;

	airsum_series_arg(fcinfo, 0, pollutant, &series);
	if (!eco_air_series_mean(&series, &mean))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((double) mean.num / (double) mean.den /
					 (pollutant == ECO_CO ? 10.0 : 1.0));
}

PG_FUNCTION_INFO_V1(air_summary_percentile);
Datum
air_summary_percentile(PG_FUNCTION_ARGS)
{
	int			pollutant = pollutant_arg(fcinfo, 1);
	double		p = PG_GETARG_FLOAT8(2);
	int64_t		p_fixed;
	EcoAirSeries series;
	EcoExact	value;

	if (!(p >= 0 && p <= 100) || !eco_fixed_from_double(p, &p_fixed))
		eco_bad_parameter(psprintf("percentile %g is out of range", p),
						  "A percentile is from 0 to 100.");
	airsum_series_arg(fcinfo, 0, pollutant, &series);
	if (!eco_air_series_percentile(&series, p_fixed, &value))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(numeric_from_exact(value, eco_air_reporting_decimals(pollutant)));
}

PG_FUNCTION_INFO_V1(air_summary_evaluation_value);
Datum
air_summary_evaluation_value(PG_FUNCTION_ARGS)
{
	int			pollutant = pollutant_arg(fcinfo, 1);
	int			stat = ECO_AIR_STAT_ANNUAL;
	EcoAirSeries series;
	int64_t		units;

	if (PG_NARGS() > 2)
		stat = callsite_name(fcinfo, 2, &eco_air_statistic_names);
	airsum_series_arg(fcinfo, 0, pollutant, &series);
	if (!eco_air_series_evaluation(&series, pollutant, stat, &units))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(numeric_from_units(units, eco_air_reporting_decimals(pollutant)));
}

static int
gb3095_arg(FunctionCallInfo fcinfo, int argno, int year)
{
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return eco_gb3095_default_for_year(year);
	return callsite_name(fcinfo, argno, &eco_gb3095_names);
}

static int
class_arg(FunctionCallInfo fcinfo, int argno)
{
	return int_arg_1_to(fcinfo, argno, 2, "class ", " is not a GB 3095 class",
						"Class 1 applies to 一类区, class 2 to 二类区.");
}

/*
 * All six pollutants in SQL's three-valued AND: 0 when one does not comply,
 * -1 when none fails but one cannot be evaluated, else 1.
 */
static int
compliant_all(const EcoAirSummary *s, EcoGb3095 edition, int klass)
{
	bool		unknown = false;
	int			p;

	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		int			result = eco_air_compliant(s, p, edition, klass);

		if (result == 0)
			return 0;
		unknown |= result < 0;
	}
	return unknown ? -1 : 1;
}

/*
 * compliant(s, pollutant, class, standard): a NULL standard is the year's
 * default; pollutant 'all': the six together, as compliant(s) but for any
 * class and edition.
 */
PG_FUNCTION_INFO_V1(air_summary_compliant);
Datum
air_summary_compliant(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s;
	int			pollutant;
	int			klass;
	int			edition;
	int			result;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	s = airsum_summary_arg(fcinfo, 0);
	pollutant = callsite_name(fcinfo, 1, &eco_air_pollutant_or_all_names);
	klass = class_arg(fcinfo, 2);
	edition = gb3095_arg(fcinfo, 3, s->year);
	result = pollutant == ECO_AIR_ALL_POLLUTANTS ? compliant_all(s, edition, klass) :
		eco_air_compliant(s, pollutant, edition, klass);
	if (result < 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(result == 1);
}

/* compliant(s): all six, Class II, the default edition of the summary's year */
PG_FUNCTION_INFO_V1(air_summary_compliant_all);
Datum
air_summary_compliant_all(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = airsum_summary_arg(fcinfo, 0);
	int			result = compliant_all(s, eco_gb3095_default_for_year(s->year), 2);

	if (result < 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(result == 1);
}

/* The subindex of argument 1's pollutant, or the composite index; NULL without one. */
static Datum
index_of(FunctionCallInfo fcinfo, bool composite)
{
	const EcoAirSummary *s = airsum_summary_arg(fcinfo, 0);
	int64_t		hundredths;

	if (!(composite ? eco_air_composite_index(s, &hundredths) :
		  eco_air_subindex(s, pollutant_arg(fcinfo, 1), &hundredths)))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(numeric_from_units(hundredths, 2));
}

PG_FUNCTION_INFO_V1(air_summary_subindex);
Datum
air_summary_subindex(PG_FUNCTION_ARGS)
{
	return index_of(fcinfo, false);
}

PG_FUNCTION_INFO_V1(air_summary_composite_index);
Datum
air_summary_composite_index(PG_FUNCTION_ARGS)
{
	return index_of(fcinfo, true);
}

/* the canonical names of a set of pollutants, comma-separated */
static text *
pollutant_set_text(uint8 set)
{
	StringInfoData buf;
	int			p;

	initStringInfo(&buf);
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (set & (1 << p))
			appendStringInfo(&buf, "%s%s", buf.len ? "," : "", eco_pollutant_name(p));
	return cstring_to_text(buf.data);
}

PG_FUNCTION_INFO_V1(air_summary_max_subindex_pollutant);
Datum
air_summary_max_subindex_pollutant(PG_FUNCTION_ARGS)
{
	uint8		set = eco_air_max_subindex_pollutants(airsum_summary_arg(fcinfo, 0));

	if (set == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(pollutant_set_text(set));
}

typedef enum DayCount
{
	COUNT_AQI_DAYS,
	COUNT_GOOD_DAYS,
	COUNT_AT_LEVEL,
	COUNT_HEAVY_DAYS,
	COUNT_EXCEEDANCE_DAYS,		/* AQI > 100 */
	COUNT_POLLUTANT_OVER_100,	/* the pollutant's IAQI > 100 */
	COUNT_PRIMARY,				/* the pollutant (one of) the primary pollutant(s) */
	COUNT_PRIMARY_EXCEEDANCE	/* ... on a day with AQI > 100 */
} DayCount;

static int
count_days(const EcoAirSummary *s, DayCount what, int arg)
{
	EcoAirDayCounts c;

	eco_air_day_counts(s, &c);
	switch (what)
	{
		case COUNT_AQI_DAYS:
			return c.aqi_days;
		case COUNT_GOOD_DAYS:
			return c.at_level[1] + c.at_level[2];
		case COUNT_AT_LEVEL:
			return c.at_level[arg];
		case COUNT_HEAVY_DAYS:
			return c.at_level[5] + c.at_level[6];
		case COUNT_EXCEEDANCE_DAYS:
			return c.exceedance_days;
		case COUNT_POLLUTANT_OVER_100:
			/* a pollutant can exceed on a day whose AQI cannot be formed */
			return c.over_100[arg];
		case COUNT_PRIMARY:
			return c.primary[arg];
		case COUNT_PRIMARY_EXCEEDANCE:
			return c.primary_exceedance[arg];
	}
	return 0;
}

PG_FUNCTION_INFO_V1(air_summary_aqi_days);
Datum
air_summary_aqi_days(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(count_days(airsum_summary_arg(fcinfo, 0), COUNT_AQI_DAYS, 0));
}

PG_FUNCTION_INFO_V1(air_summary_good_days);
Datum
air_summary_good_days(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(count_days(airsum_summary_arg(fcinfo, 0), COUNT_GOOD_DAYS, 0));
}

PG_FUNCTION_INFO_V1(air_summary_heavy_days);
Datum
air_summary_heavy_days(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(count_days(airsum_summary_arg(fcinfo, 0), COUNT_HEAVY_DAYS, 0));
}

PG_FUNCTION_INFO_V1(air_summary_days_at_level);
Datum
air_summary_days_at_level(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = airsum_summary_arg(fcinfo, 0);
	int32		level = airsum_level_arg(fcinfo, 1);

	PG_RETURN_INT32(count_days(s, COUNT_AT_LEVEL, level));
}

PG_FUNCTION_INFO_V1(air_summary_exceedance_days);
Datum
air_summary_exceedance_days(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = airsum_summary_arg(fcinfo, 0);

	if (PG_NARGS() > 1)
		PG_RETURN_INT32(count_days(s, COUNT_POLLUTANT_OVER_100, pollutant_arg(fcinfo, 1)));
	PG_RETURN_INT32(count_days(s, COUNT_EXCEEDANCE_DAYS, 0));
}

/* the day count of a basis argument: COUNT_PRIMARY or COUNT_PRIMARY_EXCEEDANCE */
static DayCount
basis_arg(FunctionCallInfo fcinfo, int argno)
{
	return callsite_name(fcinfo, argno, &eco_air_basis_names) == ECO_AIR_BASIS_EXCEEDANCE ?
		COUNT_PRIMARY_EXCEEDANCE : COUNT_PRIMARY;
}

/* primary_pollutant_days(s, pollutant [, basis]) */
PG_FUNCTION_INFO_V1(air_summary_primary_pollutant_days);
Datum
air_summary_primary_pollutant_days(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = airsum_summary_arg(fcinfo, 0);
	int			pollutant = pollutant_arg(fcinfo, 1);
	DayCount	basis = PG_NARGS() > 2 ? basis_arg(fcinfo, 2) : COUNT_PRIMARY;

	PG_RETURN_INT32(count_days(s, basis, pollutant));
}

/*
 * primary_pollutant_share(s, pollutant, basis): primary_pollutant_days()
 * over the days its basis counts (410_air_summary_rate.sql)
 */
PG_FUNCTION_INFO_V1(air_summary_primary_pollutant_share);
Datum
air_summary_primary_pollutant_share(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = airsum_summary_arg(fcinfo, 0);
	int			pollutant = pollutant_arg(fcinfo, 1);
	DayCount	basis = basis_arg(fcinfo, 2);
	EcoAirDayCounts c;

	eco_air_day_counts(s, &c);
	if (basis == COUNT_PRIMARY_EXCEEDANCE)
		PG_RETURN_RATE_P(eco_rate_new(c.primary_exceedance[pollutant], c.exceedance_days, "rate()"));
	PG_RETURN_RATE_P(eco_rate_new(c.primary[pollutant], c.aqi_days - c.at_level[1], "rate()"));
}

PG_FUNCTION_INFO_V1(air_summary_year);
Datum
air_summary_year(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(airsum_summary_arg(fcinfo, 0)->year);
}

PG_FUNCTION_INFO_V1(air_summary_aqi_standard);
Datum
air_summary_aqi_standard(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(eco_air_aqi_rule_name(airsum_summary_arg(fcinfo, 0)->aqi_rule)));
}

/* report_concentration(pollutant, value): GB/T 8170 to the reporting precision */
PG_FUNCTION_INFO_V1(report_concentration);
Datum
report_concentration(PG_FUNCTION_ARGS)
{
	int			pollutant;
	double		value = PG_GETARG_FLOAT8(1);
	int64_t		fixed;
	int64_t		quantum;

	/* every indicator, O3 1-hour included, a period suffix or not (aqi.h) */
	pollutant = ECO_NAMED_POLLUTANT(callsite_name(fcinfo, 0, &eco_pollutant_names));
	quantum = eco_air_reporting_quantum(pollutant);
	if (!(value >= 0) || !eco_fixed_from_double(value, &fixed) ||
		value > ECO_AIR_MAX_CONCENTRATION)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s concentration %.15g is not a measurement", eco_pollutant_name(pollutant), value),
				 errhint("Concentrations are finite, from 0 to %g (µg/m³; CO mg/m³).",
						 ECO_AIR_MAX_CONCENTRATION)));
	PG_RETURN_DATUM(numeric_from_units(eco_div_half_even(fixed, quantum),
									   eco_air_reporting_decimals(pollutant)));
}
