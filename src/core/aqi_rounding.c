/*
 * The `rounding` option of the daily report (aqi_rounding.h).
 */
#include "core/aqi_rounding.h"

#include <stdlib.h>
#include <string.h>

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

/*
 * The copy, made on first use and kept for the process (its fast readings
 * are kept per column, so its columns must stay where they are): one, as
 * one standard reads its concentrations as given, HJ 633-2012.
 */
static const EcoAqiStandard *copy_of;
static EcoAqiStandard copy;

const EcoAqiStandard *
eco_aqi_rounding_standard(const EcoAqiStandard *standard, EcoAqiRounding rounding)
{
	size_t		size = sizeof(EcoAqiColumn) * (size_t) standard->ncolumns;
	EcoAqiColumn *columns;

	if (rounding != ECO_AQI_ROUNDING_REPORTING || !eco_aqi_rounding_matters(standard))
		return standard;
	if (copy_of == standard)
		return &copy;
	if (copy_of != NULL)
		return NULL;
	columns = malloc(size);
	if (columns == NULL)
		return NULL;
	memcpy(columns, standard->columns, size);
	copy = *standard;
	copy.columns = columns;
	copy.preparation = ECO_CONC_ROUND_HALF_EVEN;
	copy_of = standard;
	return &copy;
}
