/*
 * The US EPA NowCast: an hourly estimate of a longer-term mean from the
 * last hours' concentrations, weighted towards the latest hour when the
 * level changes fast (AirNow-Tech "The NowCast for PM2.5 and PM10"; EPA
 * fact sheet "PM NowCast"; for ozone the 2016 AirNow update).
 *
 * The state is a fixed window of hours ending at the latest hour seen, so
 * it is bounded whatever the input: a row older than the window is ignored,
 * a row newer than the latest hour moves the window on.  The answer depends
 * on the set of rows only, never on their order or grouping: two rows for
 * one hour are an error when that hour is in the final window (the hours
 * the NowCast reads), wherever they arrive, and ignored like any other row
 * when it is older; a duplicate is therefore recorded in the state and
 * reported by eco_nowcast_result(), once the final window is known.
 */
#ifndef ECOINSP_NOWCAST_H
#define ECOINSP_NOWCAST_H

#include <stdbool.h>
#include <stdint.h>

#include "core/names.h"

#define ECO_NOWCAST_MAX_HOURS 12

/* The methods; the numbering is part of the serialized state. */
typedef enum EcoNowcastKind
{
	ECO_NOWCAST_PM25 = 1,		/* 12 h, weight floor 0.5, truncated to 0.1 */
	ECO_NOWCAST_PM10 = 2,		/* 12 h, weight floor 0.5, truncated to 1 */
	ECO_NOWCAST_O3_2016 = 3		/* legacy (AirNow 2016-2019): 8 h, no floor */
} EcoNowcastKind;

typedef struct EcoNowcastMethod
{
	EcoNowcastKind kind;
	int			hours;			/* 12 or 8 */
	double		weight_floor;	/* 0.5, or 0 for the 2016 ozone NowCast */
	int			truncate_exp;	/* truncated to 10^truncate_exp: -1 or 0 */
	bool		truncates;		/* false: no truncation (o3-2016) */
} EcoNowcastMethod;

/* The method of a kind; NULL when unknown. */
extern const EcoNowcastMethod *eco_nowcast_method(EcoNowcastKind kind);

/* The pollutant argument's names (core/names.h): "pm2.5", "pm10", "o3-2016". */
extern const EcoNameTable eco_nowcast_names;

typedef struct EcoNowcastState
{
	EcoNowcastKind kind;		/* 0 until the first row */
	int64_t		latest;			/* hour number of the latest row */
	uint16_t	valid;			/* bit i: hour latest - i has a value */
	uint16_t	seen;			/* bit i: hour latest - i had a row */
	uint16_t	duplicate;		/* bit i: hour latest - i had two rows or more */
	double		value[ECO_NOWCAST_MAX_HOURS];	/* 0 where not valid */
} EcoNowcastState;

typedef enum EcoNowcastStatus
{
	ECO_NOWCAST_OK = 0,
	ECO_NOWCAST_INCOMPLETE,		/* fewer than 2 of the 3 latest hours valid */
	ECO_NOWCAST_EMPTY,			/* no row */
	ECO_NOWCAST_DUPLICATE_HOUR,	/* two rows for one hour */
	ECO_NOWCAST_OTHER_KIND,		/* rows of two different methods */
	ECO_NOWCAST_NEGATIVE,
	ECO_NOWCAST_NOT_FINITE,
	ECO_NOWCAST_OUT_OF_RANGE	/* a value above ECO_NOWCAST_MAX_VALUE */
} EcoNowcastStatus;

/*
 * The largest concentration accepted (ECO_FIXED_MAX_INPUT, as for hourly
 * values): the weighted sums of 12 such values stay finite, and every
 * result is below it.
 */
#define ECO_NOWCAST_MAX_VALUE 1e12

extern void eco_nowcast_init(EcoNowcastState *state);

/*
 * One row: its hour number and its value (has_value false: a row whose
 * value is missing, which still counts as an hour).  A second row for an
 * hour of the window is recorded, not reported (see above).  Errors of the
 * value itself (negative, not finite, out of range) and of the method are
 * reported whatever the hour.
 */
extern EcoNowcastStatus eco_nowcast_add(EcoNowcastState *state, EcoNowcastKind kind,
										int64_t hour, bool has_value, double value);

/*
 * Merges src into dst (the combine step of a parallel aggregate); hours in
 * both are recorded as duplicates.
 */
extern EcoNowcastStatus eco_nowcast_merge(EcoNowcastState *dst, const EcoNowcastState *src);

/*
 * The NowCast at the latest hour, truncated as the method says on the exact
 * decimal values of the inputs (the shortest decimal that reads back as each
 * double: 35.4999999 is truncated to 35.4, 12.3 stays 12.3).
 * ECO_NOWCAST_DUPLICATE_HOUR, with the latest such hour in *duplicate_hour,
 * when an hour of the window had two rows.
 */
extern EcoNowcastStatus eco_nowcast_result(const EcoNowcastState *state, double *result,
										   int64_t *duplicate_hour);

/* NULL when the state could have been built by eco_nowcast_add(), else why not. */
extern const char *eco_nowcast_check(const EcoNowcastState *state);

#endif
