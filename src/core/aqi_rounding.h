/*
 * The precision at which a daily report reads its concentrations: the
 * `rounding` option of aqi_daily() and of the day counts of an air summary.
 *
 * HJ 633-2026 §4.2.2-4.2.3 round the concentrations by GB/T 8170 (half to
 * even) to integers in µg/m³ and CO to 0.1 mg/m³ before the index; HJ
 * 633-2012 has no such clause.  Bulletins count the published daily values,
 * which are at that precision (HJ 663-2013 evaluates the daily values as
 * published: integers, CO one decimal), so under HJ 633-2012 the reading
 * "at reporting precision" is the bulletins' and the default, and "as given"
 * is the 2012 text read literally.  A standard that prepares concentrations
 * itself (HJ 633-2026 rounds, US EPA truncates to its reporting steps) reads
 * them the same way under both options.
 */
#ifndef ECOINSP_AQI_ROUNDING_H
#define ECOINSP_AQI_ROUNDING_H

#include <stdbool.h>

#include "core/air_summary.h"
#include "core/aqi.h"
#include "core/names.h"

typedef enum EcoAqiRounding
{
	ECO_AQI_ROUNDING_REPORTING = 0, /* at reporting precision (the default) */
	ECO_AQI_ROUNDING_AS_GIVEN = 1	/* as given to the standard */
} EcoAqiRounding;

/*
 * The option's name argument (core/names.h): "reporting", "as_given"; its
 * hint says which is the default and what it reads.
 */
extern const EcoNameTable eco_aqi_rounding_names;

/*
 * Whether the option changes what the standard reads: only for a standard on
 * the 0..500 scale that reads its concentrations as given (HJ 633-2012).
 */
extern bool eco_aqi_rounding_matters(const EcoAqiStandard *standard);

/*
 * conc at reporting precision for pollutant (GB/T 8170 half to even to 1
 * µg/m³, CO 0.1 mg/m³): the double nearest to the rounded decimal.  A value
 * that is no measurement (negative, not finite, too large for fixed point)
 * is returned unchanged, so that the report refuses it as given.
 */
extern double eco_aqi_reporting_value(EcoPollutant pollutant, double conc);

/*
 * The inputs of a planned report as the option reads them: when the option
 * applies, every present input that the standard accepts as a measurement
 * (finite, >= 0, plausible) is put at reporting precision, in place; the
 * others are left for the report to refuse with the value given.
 */
extern void eco_aqi_round_report(const EcoAqiPlan *plan, EcoAqiRounding rounding,
								 double *conc, const bool *present);

/*
 * The daily AQI of an air summary's day and the day counts of its year
 * (air_summary.h: eco_air_day_aqi, eco_air_day_counts, which read at
 * reporting precision) under the option.  The summary keeps the exact sums
 * of the daily values, so "as given" reads each day's mean sum / count as
 * aqi_daily() reads a double: both options are read from the same stored
 * form.
 */
extern void eco_air_day_aqi_rounded(const EcoAirSummary *s, int day_of_year,
									EcoAqiRounding rounding, EcoAirDayAqi *out);
extern void eco_air_day_counts_rounded(const EcoAirSummary *s, EcoAqiRounding rounding,
									   EcoAirDayCounts *out);

#endif
