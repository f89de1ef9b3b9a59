/*
 * The `rounding` option of the daily report (aqi_rounding.h).
 */
#include "core/aqi_rounding.h"

#include "core/air_limits.h"
#include "core/gbt8170.h"

static const EcoNameEntry rounding_entries[] = {
	ECO_NAME("reporting", ECO_AQI_ROUNDING_REPORTING),
	ECO_NAME("as_given", ECO_AQI_ROUNDING_AS_GIVEN),
	ECO_NAME_END
};

const EcoNameTable eco_aqi_rounding_names = {
	.thing = "rounding", .things = "roundings", .entries = rounding_entries,
	.note = "; 'reporting', the default, reads the concentrations at reporting precision (GB/T 8170: integer µg/m³, CO 0.1 mg/m³) as bulletins do, 'as_given' reads HJ 633-2012 literally"
};

bool
eco_aqi_rounding_matters(const EcoAqiStandard *standard)
{
	return standard->preparation == ECO_CONC_AS_GIVEN && standard->levels == 0;
}

double
eco_aqi_reporting_value(EcoPollutant pollutant, double conc)
{
	/* every indicator reports in µg/m³ but CO (O3 1-h too) */
	int64_t		quantum = eco_air_reporting_quantum((int) pollutant);
	int64_t		fixed;

	if (!(conc >= 0) || !eco_fixed_from_double(conc, &fixed))
		return conc;
	return (double) eco_fixed_round_half_even(fixed, quantum) / (double) ECO_FIXED_SCALE;
}

void
eco_aqi_round_report(const EcoAqiPlan *plan, EcoAqiRounding rounding,
					 double *conc, const bool *present)
{
	int			i;

	if (rounding != ECO_AQI_ROUNDING_REPORTING || !eco_aqi_rounding_matters(plan->standard))
		return;
	for (i = 0; i < plan->nslots; i++)
	{
		const EcoAqiColumn *column = plan->column[i];

		/* eco_plausible() is false for NaN and +Infinity */
		if (!present[i] || column == NULL ||
			!eco_plausible(plan->standard->id, column->pollutant, conc[i]))
			continue;
		conc[i] = eco_aqi_reporting_value(column->pollutant, conc[i]);
	}
}
