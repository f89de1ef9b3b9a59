/*
 * The air quality index: HJ 633-2012, HJ 633-2026 and US EPA (2024).
 *
 * This header is the contract between the AQI core and its users (the aqi
 * type's glue, the air-quality evaluation).  Breakpoint tables live in
 * aqi_tables.c, one table per standard, each transcribed like the standard's
 * own table; the arithmetic in aqi.c is exact (fixed-point integers, see
 * gbt8170.h), so a concentration on a breakpoint gives the breakpoint's
 * index and ceil() never sees a binary rounding error.
 */
#ifndef ECOINSP_AQI_H
#define ECOINSP_AQI_H

#include <stdbool.h>
#include <stdint.h>

/*
 * Pollutant indicators.  The numbering is part of the on-disk format of the
 * aqi type (bit sets of primary and exceeding pollutants): never renumber,
 * only append.
 */
typedef enum EcoPollutant
{
	ECO_SO2 = 0,
	ECO_NO2 = 1,
	ECO_PM10 = 2,
	ECO_CO = 3,
	ECO_O3_8H = 4,				/* O3 8-hour (moving / daily maximum) mean */
	ECO_PM25 = 5,
	ECO_O3_1H = 6,				/* O3 1-hour mean (daily maximum in daily reports) */
	ECO_N_POLLUTANTS = 7
} EcoPollutant;

/*
 * Standards.  The numbering is part of the on-disk format of the aqi type:
 * never renumber, only append.
 */
typedef enum EcoAqiStandardId
{
	ECO_HJ633_2012 = 1,
	ECO_HJ633_2026 = 2,
	ECO_US_EPA_2024 = 3
} EcoAqiStandardId;

/* Averaging periods of a breakpoint table column. */
typedef enum EcoPeriod
{
	ECO_PERIOD_1H = 1,
	ECO_PERIOD_8H = 8,
	ECO_PERIOD_24H = 24
} EcoPeriod;

/* Status of an index computation. */
typedef enum EcoAqiStatus
{
	ECO_AQI_OK = 0,
	ECO_AQI_NONE,				/* no indicator measured: the result is NULL */
	ECO_AQI_NOT_PUBLISHED,		/* HJ 633-2026 §5.3: incomplete and AQI <= 100 */
	ECO_AQI_NEGATIVE,			/* a concentration below zero */
	ECO_AQI_NOT_FINITE,			/* NaN or infinity */
	ECO_AQI_NO_PERIOD,			/* the standard has no table for that pollutant and period */
	ECO_AQI_NEEDS_OTHER_PERIOD	/* HJ 633-2012 notes 2 and 3, US EPA O3/SO2: value
								 * above the column, and the substitute indicator
								 * was not given */
} EcoAqiStatus;

/* One computed index, as the aqi type stores it. */
typedef struct EcoAqi
{
	int			value;			/* 0..500 */
	EcoAqiStandardId standard;
	uint8_t		primary;		/* bit set of EcoPollutant: 首要污染物 */
	uint8_t		exceeding;		/* bit set of EcoPollutant: 超标污染物 (HJ 633-2012 only) */
	bool		beyond;			/* a sub-index was above the top of the scale */
} EcoAqi;

/*
 * Parses a pollutant name, case-insensitively, with the common spellings
 * ("pm2.5", "pm25", "PM2_5", "o3", "o3_8h", "o3-1h", "so2", "co", ...).
 * *period is set from a period suffix in the name ("o3_8h" gives
 * ECO_PERIOD_8H) and to 0 when the name carries none.  False when unknown.
 */
extern bool eco_pollutant_from_name(const char *name, int len,
									EcoPollutant *pollutant, EcoPeriod *period);

/* The canonical name of a pollutant indicator ("SO2", "PM2.5", "O3_8h", ...). */
extern const char *eco_pollutant_name(EcoPollutant pollutant);

/* Looks a standard up by name ("hj633-2012", ...); NULL when unknown. */
extern const struct EcoAqiStandard *eco_aqi_standard(const char *name, int len);

/* Daily report (日报): inputs indexed by EcoPollutant; present[i] false = not measured. */
extern EcoAqiStatus eco_aqi_daily(const struct EcoAqiStandard *standard,
								  const double conc[ECO_N_POLLUTANTS],
								  const bool present[ECO_N_POLLUTANTS],
								  EcoAqi *result);

/* AQI level 1..6 of an index value under a standard (Table 2 of HJ 633). */
extern int	eco_aqi_level(EcoAqiStandardId standard, int value);

#endif
