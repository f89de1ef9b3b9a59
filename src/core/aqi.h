/*
 * The air quality index: HJ 633-2012, HJ 633-2026 and US EPA (2024), and the
 * banded real-time indices: the European AQI (EEA, 2024 and previous bands)
 * and the UK DAQI.
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

#include "core/names.h"

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
	ECO_AQI_NO_STANDARD = 0,	/* a bare index value ("200" as text input):
								 * what a client's untyped parameter next to
								 * an aqi reads as; it only compares */
	ECO_HJ633_2012 = 1,
	ECO_HJ633_2026 = 2,
	ECO_US_EPA_2024 = 3,
	ECO_EEA_2024 = 4,			/* banded: levels 1..6 */
	ECO_EEA_2021 = 5,			/* banded: levels 1..6 (previous bands) */
	ECO_UK_DAQI = 6				/* banded: index 1..10 */
} EcoAqiStandardId;

/* the top of the index scale (HJ 633-2012 Table 1, HJ 633-2026, US EPA) */
#define ECO_AQI_TOP 500

/* Averaging periods of a breakpoint table column. */
typedef enum EcoPeriod
{
	ECO_PERIOD_1H = 1,
	ECO_PERIOD_8H = 8,
	ECO_PERIOD_24H = 24,
	ECO_PERIOD_15MIN = 15		/* UK DAQI SO2: 15-minute mean */
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
	ECO_AQI_NEEDS_OTHER_PERIOD,	/* HJ 633-2012 notes 2 and 3, US EPA O3/SO2: value
								 * above the column, and the substitute indicator
								 * was not given */
	ECO_AQI_IMPLAUSIBLE			/* above the pollutant's plausibility limit */
} EcoAqiStatus;

/* One computed index, as the aqi type stores it. */
typedef struct EcoAqi
{
	int			value;			/* 0..500; a banded index: its level 1..levels */
	EcoAqiStandardId standard;
	uint8_t		primary;		/* bit set of EcoPollutant: 首要污染物 */
	uint8_t		exceeding;		/* bit set of EcoPollutant: 超标污染物 (HJ 633-2012 only) */
	bool		beyond;			/* a sub-index was above the top of the scale */
} EcoAqi;

/* ---- The tables (aqi_tables.c) ---- */

/* How a concentration is prepared before the row lookup. */
typedef enum EcoConcPreparation
{
	ECO_CONC_AS_GIVEN,			/* HJ 633-2012: no pre-rounding */
	ECO_CONC_ROUND_HALF_EVEN,	/* HJ 633-2026 §4.2.2-4.2.3: GB/T 8170 */
	ECO_CONC_TRUNCATE			/* US EPA TAD: truncate to the reporting step */
} EcoConcPreparation;

/* How the linear interpolation becomes an integer index. */
typedef enum EcoIndexRounding
{
	ECO_INDEX_CEIL,				/* HJ 633-2012 §6.2, HJ 633-2026 §4.2.6 */
	ECO_INDEX_HALF_UP			/* US EPA TAD: nearest integer, .5 up (AirNow) */
} EcoIndexRounding;

/* What a concentration above a column's top breakpoint gives. */
typedef enum EcoAboveTop
{
	ECO_ABOVE_CAP,				/* 500, beyond-the-scale flag set */
	ECO_ABOVE_FIXED,			/* a fixed index (HJ 633-2026 notes b and c) */
	ECO_ABOVE_SUBSTITUTE		/* the index of another column (HJ 633-2012
								 * notes 2 and 3, US EPA O3 8-h and SO2 1-h) */
} EcoAboveTop;

/* One row of a breakpoint table, concentrations in 10^-6 of the unit. */
typedef struct EcoAqiSegment
{
	int64_t		c_lo;
	int64_t		c_hi;
	int			i_lo;
	int			i_hi;
} EcoAqiSegment;

/* One column of a breakpoint table: a pollutant indicator and its period. */
typedef struct EcoAqiColumn
{
	EcoPollutant pollutant;
	EcoPeriod	period;
	int64_t		quantum;		/* resolution, fixed units: the pre-rounding
								 * (2026) or truncation (US) step, and the
								 * step at which indexes are tabulated */
	const EcoAqiSegment *rows;
	int			nrows;
	EcoAboveTop above;
	int			above_index;	/* FIXED: the index; SUBSTITUTE: its floor */
	EcoPollutant substitute;	/* SUBSTITUTE: the column used instead */
	EcoPeriod	substitute_period;
} EcoAqiColumn;

/* The reports an AQI is computed for. */
typedef enum EcoAqiReport
{
	ECO_REPORT_DAILY = 0,		/* 日报 */
	ECO_REPORT_HOURLY = 1		/* 实时报 */
} EcoAqiReport;

/* The role of one input of a report. */
typedef enum EcoSlotRole
{
	ECO_SLOT_REJECTED = 0,		/* not an input of this report: error if given */
	ECO_SLOT_INDICATOR,			/* an indicator: missing makes the report incomplete */
	ECO_SLOT_OPTIONAL,			/* contributes when given, never "missing" */
	ECO_SLOT_SUBSTITUTE			/* only used in place of another column */
} EcoSlotRole;

typedef struct EcoAqiSlot
{
	EcoSlotRole role;
	EcoPollutant pollutant;		/* the pollutant it is credited to */
	EcoPeriod	period;
} EcoAqiSlot;

/* Inputs of the daily report, in the order of aqi_daily()'s arguments. */
#define ECO_DAILY_SLOTS 8		/* EcoPollutant order, then SO2 24-h */
#define ECO_DAILY_SO2_24H 7
/* Inputs of the real-time report, in the order of aqi_hourly()'s arguments. */
typedef enum EcoHourlySlot
{
	ECO_HOURLY_SO2 = 0,
	ECO_HOURLY_NO2,
	ECO_HOURLY_PM10,
	ECO_HOURLY_CO,
	ECO_HOURLY_O3,
	ECO_HOURLY_PM25,
	ECO_HOURLY_O3_8H,
	ECO_HOURLY_PM10_24H,
	ECO_HOURLY_PM25_24H,
	ECO_HOURLY_SO2_24H,
	ECO_HOURLY_SLOTS
} EcoHourlySlot;
#define ECO_MAX_SLOTS ECO_HOURLY_SLOTS

/* One standard: its breakpoint columns, its rules and its levels. */
typedef struct EcoAqiStandard
{
	EcoAqiStandardId id;
	const char *name;			/* canonical, lower case */
	const char *title;			/* "HJ 633-2012", ... */
	const EcoAqiColumn *columns;
	int			ncolumns;
	EcoConcPreparation preparation;
	EcoIndexRounding rounding;
	bool		hourly_pm_uses_daily;	/* PM 1-h on the 24-h breakpoints */
	int			aqi_min;		/* lowest reported AQI (2026 §4.1.1: 1) */
	int			primary_above;	/* primary pollutants only when AQI > this */
	int			exceeding_above;	/* exceeding pollutants: IAQI > this; <0: none */
	bool		incomplete_hides_to_100;	/* HJ 633-2026 §5.3 */
	EcoPeriod	default_period[ECO_N_POLLUTANTS];	/* the daily indicator */
	EcoAqiSlot	daily[ECO_DAILY_SLOTS];
	EcoAqiSlot	hourly[ECO_HOURLY_SLOTS];
	bool		has_hourly;
	int			level_top[5];	/* the highest index of levels 1..5 */
	const char *category_zh[6];
	const char *category_en[6];
	const char *color[6];

	/*
	 * A banded index (EEA, DAQI): the value is the level 1..levels, read
	 * off columns whose rows map a band to one level (i_lo = i_hi); its
	 * labels and colours are per level.  0: the 0..500 scale above.
	 */
	int			levels;
	const char *level_category_zh[10];
	const char *level_category_en[10];
	const char *level_color[10];
	bool		no_daily;		/* the standard defines no daily report */
} EcoAqiStandard;

/* The standards, NULL-terminated. */
extern const EcoAqiStandard *const eco_aqi_standards[];

/* ---- Names ---- */

/*
 * Parses a pollutant name, folded as names are (core/names.h), with the common spellings
 * ("pm2.5", "pm25", "PM2_5", "o3", "o3_8h", "o3-1h", "so2", "co", ...).
 * *period is set from a period suffix in the name ("o3_8h" gives
 * ECO_PERIOD_8H) and to 0 when the name carries none.  False when unknown.
 */
extern bool eco_pollutant_from_name(const char *name, int len,
									EcoPollutant *pollutant, EcoPeriod *period);

/* The canonical name of a pollutant indicator ("SO2", "PM2.5", "O3_8h", ...). */
extern const char *eco_pollutant_name(EcoPollutant pollutant);

/*
 * Plausibility limits (air_plausible.c, with the reasoning per pollutant):
 * the largest concentration that can be a measurement, in the unit of the
 * standard's table.  Above it a value is an error (a unit slip or a
 * sentinel), not an index "beyond" the scale.
 */
typedef struct EcoPlausibleLimit
{
	const char *name;			/* "CO" */
	double		max;			/* accepted up to and including this */
	const char *unit;			/* "mg/m³" */
} EcoPlausibleLimit;

extern const EcoPlausibleLimit *eco_plausible_limit(EcoAqiStandardId standard,
													EcoPollutant pollutant);
extern bool eco_plausible(EcoAqiStandardId standard, EcoPollutant pollutant, double conc);

/* The indicator named by a pollutant and a period (O3 splits by period). */
extern EcoPollutant eco_pollutant_for_period(EcoPollutant pollutant, EcoPeriod period);

/*
 * The name tables (core/names.h) of the pollutant argument (value: the
 * pollutant | the period of its suffix << 8, 0 without one), the period
 * argument (EcoPeriod) and the standard argument (EcoAqiStandardId).
 */
extern const EcoNameTable eco_pollutant_names;
extern const EcoNameTable eco_period_names;

/* The pollutant and the period of a value of eco_pollutant_names. */
#define ECO_NAMED_POLLUTANT(value) ((EcoPollutant) ((value) & 0xff))
#define ECO_NAMED_PERIOD(value) ((EcoPeriod) ((value) >> 8))
extern const EcoNameTable eco_aqi_standard_names;

/* The breakpoint column of a standard for an indicator; NULL if none. */
extern const EcoAqiColumn *eco_aqi_column(const EcoAqiStandard *standard,
										  EcoPollutant pollutant, EcoPeriod period);

/* Looks a standard up by name ("hj633-2012", ...); NULL when unknown. */
extern const EcoAqiStandard *eco_aqi_standard(const char *name, int len);
/* ... and by its stored number; NULL when unknown. */
extern const EcoAqiStandard *eco_aqi_standard_by_id(EcoAqiStandardId id);

/* ---- Computation ---- */

/*
 * The sub-index of one concentration.  *index is set on ECO_AQI_OK; status
 * ECO_AQI_NONE when the column defines nothing at that concentration (US EPA
 * O3 1-h below 0.125 ppm, SO2 24-h below 305 ppb); ECO_AQI_NEEDS_OTHER_PERIOD
 * when the column substitutes another one (the caller must supply it).
 */
extern EcoAqiStatus eco_iaqi(const EcoAqiStandard *standard, const EcoAqiColumn *column,
							 double conc, int *index, bool *beyond);

/*
 * A whole report.  conc/present are indexed by the report's slots (the
 * argument order of aqi_daily()/aqi_hourly()).  On an error status *culprit
 * is the slot at fault (for NEEDS_OTHER_PERIOD: the slot to supply).
 */
extern EcoAqiStatus eco_aqi_report(const EcoAqiStandard *standard, EcoAqiReport report,
								   const double *conc, const bool *present,
								   EcoAqi *result, int *culprit);

/*
 * The fast reading of a column: its index at any double, exact, by a table
 * look-up corrected against precomputed thresholds (see aqi.c).  Built once
 * per process; NULL when it cannot be.  eco_aqi_fast_index() returns -1 for
 * the values it leaves to the exact road (eco_iaqi): not indexed by the
 * column, at or above its top, negative or not finite.
 */
typedef struct EcoAqiFast EcoAqiFast;
extern const EcoAqiFast *eco_aqi_fast(const EcoAqiStandard *standard,
									  const EcoAqiColumn *column);
extern int	eco_aqi_fast_index(const EcoAqiFast *fast, double conc);

/*
 * The same with the report's columns resolved once (a caller computing many
 * rows keeps the plan): eco_aqi_report() is eco_aqi_plan() followed by
 * eco_aqi_report_planned().
 */
typedef struct EcoAqiPlan
{
	const EcoAqiStandard *standard;
	const EcoAqiSlot *slots;
	int			nslots;
	bool		available;		/* false: the standard has no such report */
	const EcoAqiColumn *column[ECO_MAX_SLOTS];	/* NULL for rejected slots */
	int			substitute[ECO_MAX_SLOTS];	/* slot of the substitute column, or -1 */
	const EcoAqiFast *fast[ECO_MAX_SLOTS];	/* NULL: exact road only */
} EcoAqiPlan;

extern void eco_aqi_plan(const EcoAqiStandard *standard, EcoAqiReport report, EcoAqiPlan *plan);
extern EcoAqiStatus eco_aqi_report_planned(const EcoAqiPlan *plan,
										   const double *conc, const bool *present,
										   EcoAqi *result, int *culprit);

/*
 * The daily report from the EcoPollutant-indexed values alone (no SO2 24-h
 * substitute), as the annual summary computes it per day.
 */
extern EcoAqiStatus eco_aqi_daily(const EcoAqiStandard *standard,
								  const double conc[ECO_N_POLLUTANTS],
								  const bool present[ECO_N_POLLUTANTS],
								  EcoAqi *result);

/* ---- Levels ---- */

/*
 * The AQI level 1..6 of an index value under a standard (HJ 633 Table 2,
 * the US EPA categories), from the standard's table; a banded index (EEA,
 * DAQI) is its own level; 0 for an unknown standard.
 */
extern int	eco_aqi_level(EcoAqiStandardId standard, int value);

/* Category and colour of an index value (level 1..6). */
extern const char *eco_aqi_category(const EcoAqiStandard *standard, int value, bool english);
extern const char *eco_aqi_color(const EcoAqiStandard *standard, int value);

/* ---- Stored values ---- */

/*
 * Checks that a stored value can be the result of a computation under its
 * standard; NULL when valid, else the reason.
 */
extern const char *eco_aqi_check(const EcoAqi *aqi);

/*
 * The aqi type's 8-byte packing, which is also its sort key: value in bits
 * 40.., then standard, primary, exceeding, beyond, so that comparing the
 * packed integers orders by value first and equality means identical fields.
 * Inline: the cast to integer and the comparisons with integers unpack every
 * row.
 */
static inline uint64_t
eco_aqi_pack(const EcoAqi *aqi)
{
	return ((uint64_t) aqi->value << 40) |
		((uint64_t) aqi->standard << 32) |
		((uint64_t) aqi->primary << 24) |
		((uint64_t) aqi->exceeding << 16) |
		((uint64_t) (aqi->beyond ? 1 : 0) << 8);
}

static inline void
eco_aqi_unpack(uint64_t packed, EcoAqi *aqi)
{
	aqi->value = (int) ((packed >> 40) & 0xFFFF);
	aqi->standard = (EcoAqiStandardId) ((packed >> 32) & 0xFF);
	aqi->primary = (uint8_t) ((packed >> 24) & 0xFF);
	aqi->exceeding = (uint8_t) ((packed >> 16) & 0xFF);
	aqi->beyond = ((packed >> 8) & 0xFF) != 0;
}

/*
 * The order of two packed values: the packing's integer order, except that a
 * bare index value (ECO_AQI_NO_STANDARD) compares by value alone, so that
 * "aqi > '200'" means value > 200 whatever the standard and pollutants.
 */
static inline bool
eco_aqi_packed_is_bare(uint64_t packed)
{
	return ((packed >> 32) & 0xFF) == ECO_AQI_NO_STANDARD;
}

static inline int
eco_aqi_packed_compare(uint64_t a, uint64_t b)
{
	if (eco_aqi_packed_is_bare(a) || eco_aqi_packed_is_bare(b))
	{
		a >>= 40;
		b >>= 40;
	}
	return a < b ? -1 : (a > b ? 1 : 0);
}

#endif
