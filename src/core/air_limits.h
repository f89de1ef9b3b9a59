/*
 * GB 3095 concentration limits of the six basic pollutants, the reporting
 * precision of HJ 663 practice and the composite-index denominators of the
 * city ranking rules (城市环境空气质量排名技术规定), as the annual air-quality
 * summary evaluates them.
 *
 * Concentrations here are integers of "reporting units": 1 µg/m³ for SO2,
 * NO2, PM10, O3 and PM2.5, 0.1 mg/m³ for CO (HJ 663-2013 practice, HJ
 * 633-2026 §4.2.2).  The pollutant numbering is EcoPollutant's (core/aqi.h)
 * for the six daily indicators 0..5.
 */
#ifndef ECOINSP_AIR_LIMITS_H
#define ECOINSP_AIR_LIMITS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/names.h"

#define ECO_AIR_N_POLLUTANTS 6	/* SO2, NO2, PM10, CO, O3_8h, PM2.5 */
#define ECO_AIR_ALL_POLLUTANTS (-1)

/*
 * The name tables (core/names.h) of the summary's pollutant argument (value:
 * the pollutant 0..5; 'o3' is the daily maximum 8-hour mean, the only O3
 * indicator a summary holds, and a period suffix must be the daily
 * indicator's: 'pm2.5_24h', 'o3_8h'), and of the same argument where 'all'
 * (ECO_AIR_ALL_POLLUTANTS) names the six together.
 */
extern const EcoNameTable eco_air_pollutant_names;
extern const EcoNameTable eco_air_pollutant_or_all_names;

/* The evaluated editions of GB 3095.  Part of no on-disk format. */
typedef enum EcoGb3095
{
	ECO_GB3095_2012 = 0,
	ECO_GB3095_2026_TRANSITIONAL,	/* 2026-03-01 .. 2030-12-31 (§4.4) */
	ECO_GB3095_2026_FINAL,		/* from 2031-01-01 (§4.4) */
	ECO_GB3095_N
} EcoGb3095;

/* Averaging periods of a limit. */
typedef enum EcoLimitPeriod
{
	ECO_LIMIT_ANNUAL = 0,
	ECO_LIMIT_DAILY,			/* 24-hour mean; O3: daily maximum 8-hour mean */
	ECO_LIMIT_N_PERIODS
} EcoLimitPeriod;

/* The size of one reporting unit in fixed-point units (gbt8170.h). */
extern int64_t eco_air_reporting_quantum(int pollutant);

/* Decimals of the reporting unit (0, or 1 for CO). */
extern int	eco_air_reporting_decimals(int pollutant);

/*
 * The limit in reporting units for a pollutant, period and class (1 or 2);
 * -1 when the standard sets none (CO and O3 have no annual limit).
 */
extern int	eco_gb3095_limit(EcoGb3095 edition, int pollutant, EcoLimitPeriod period,
							 int klass);

/*
 * The name table of the edition argument (EcoGb3095): 'gb3095-2012',
 * 'gb3095-2026', 'gb3095-2026-final'.
 */
extern const EcoNameTable eco_gb3095_names;

/* The edition a summary of a calendar year is evaluated against by default. */
extern EcoGb3095 eco_gb3095_default_for_year(int year);

/*
 * S_i of the composite index (环境空气质量综合指数) in reporting units: the
 * GB 3095-2012 Class II annual limit for SO2, NO2, PM10, PM2.5, the 24-hour
 * limit for CO and the 8-hour limit for O3.
 */
extern int	eco_composite_denominator(int pollutant);

#endif
