/*
 * Plausibility limits: the largest concentration of each pollutant that can
 * be a measurement of ambient air, in the unit the standard's table uses.
 *
 * A value above its limit is an error, not an AQI of 500 "beyond the
 * scale": it is a unit slip (CO in µg/m³ instead of mg/m³, O3 in ppb where
 * the US table wants ppm) or a sentinel (9999), and it would otherwise turn
 * a year into heavy-pollution days without a word.  Every limit lies above
 * the top breakpoint of every column of its pollutant, so a plausible value
 * above the scale still gives the capped, "beyond" index.
 *
 * The reasoning, per pollutant (mass units: HJ 633-2012/2026 Table 1, the
 * European AQI and the UK DAQI; µg/m³, CO in mg/m³):
 *
 *   SO2    5000 µg/m³  top breakpoint 2620 (24 h); the worst hourly SO2 of
 *                      Chinese cities in the 2013 winter was in the low
 *                      thousands; rejects the 9999 sentinel.
 *   NO2    5000 µg/m³  top breakpoint 3840 (1 h); urban hourly NO2 rarely
 *                      passes 500.
 *   PM10  20000 µg/m³  top breakpoint 600; dust storms give hourly PM10 of
 *                      several thousand, up to the analysers' range of
 *                      10000; twice that is no measurement.
 *   CO      200 mg/m³  top breakpoint 150 (1 h); ambient hourly CO stays
 *                      below 20 mg/m³.  The same data in µg/m³ read
 *                      hundreds to thousands: any ordinary day of a year
 *                      in the wrong unit is above 200.
 *   O3     2000 µg/m³  top breakpoint 1200 (1 h); the highest hourly O3 of
 *                      the national network is near 500.
 *   PM2.5 10000 µg/m³  top breakpoint 500; haze and dust give hourly PM2.5
 *                      up to a few thousand; PM2.5 is part of PM10.
 *
 * US EPA 2024 (40 CFR 58 App. G): O3 and CO in ppm, SO2 and NO2 in ppb, PM
 * in µg/m³.
 *
 *   O3        1 ppm    top breakpoint 0.604 (1 h); O3 in ppb (30..100)
 *                      is above it.
 *   CO      200 ppm    top breakpoint 50.4; CO in ppb is above it.
 *   SO2    5000 ppb    top breakpoint 1004 (24 h).
 *   NO2    5000 ppb    top breakpoint 2049 (1 h).
 *   PM     as above.
 *
 * A limit cannot catch a slip by a factor near 1 (ppb against µg/m³ of
 * SO2, 2.6), nor one that makes values smaller (mg/m³ for µg/m³); those
 * stay the caller's to get right (docs/aqi.md, "Plausibility limits").
 */
#include "core/aqi.h"

#include <stddef.h>


/* indexed by EcoPollutant */
static const EcoPlausibleLimit mass_limits[ECO_N_POLLUTANTS] = {
	[ECO_SO2] = {"SO2", 5000, "µg/m³"},
	[ECO_NO2] = {"NO2", 5000, "µg/m³"},
	[ECO_PM10] = {"PM10", 20000, "µg/m³"},
	[ECO_CO] = {"CO", 200, "mg/m³"},
	[ECO_O3_8H] = {"O3", 2000, "µg/m³"},
	[ECO_PM25] = {"PM2.5", 10000, "µg/m³"},
	[ECO_O3_1H] = {"O3", 2000, "µg/m³"},
};

static const EcoPlausibleLimit us_limits[ECO_N_POLLUTANTS] = {
	[ECO_SO2] = {"SO2", 5000, "ppb"},
	[ECO_NO2] = {"NO2", 5000, "ppb"},
	[ECO_PM10] = {"PM10", 20000, "µg/m³"},
	[ECO_CO] = {"CO", 200, "ppm"},
	[ECO_O3_8H] = {"O3", 1, "ppm"},
	[ECO_PM25] = {"PM2.5", 10000, "µg/m³"},
	[ECO_O3_1H] = {"O3", 1, "ppm"},
};

const EcoPlausibleLimit *
eco_plausible_limit(EcoAqiStandardId standard, EcoPollutant pollutant)
{
	if ((int) pollutant < 0 || pollutant >= ECO_N_POLLUTANTS)
		return NULL;
	return standard == ECO_US_EPA_2024 ? &us_limits[pollutant] : &mass_limits[pollutant];
}

bool
eco_plausible(EcoAqiStandardId standard, EcoPollutant pollutant, double conc)
{
	const EcoPlausibleLimit *limit = eco_plausible_limit(standard, pollutant);

	return limit == NULL || conc <= limit->max;
}
