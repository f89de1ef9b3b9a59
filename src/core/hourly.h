/*
 * From hourly values to daily values: GB 3095-2012 / GB 3095-2026 Table 4
 * (data validity) and the O3 daily maximum 8-hour mean of HJ 663-2013 /
 * HJ 663-2026 (§6.1.2).
 *
 * Means are exact: every hourly value is read as a fixed-point integer of
 * 10^-6 units (gbt8170.h) and summed in 128 bits, so a sum can be taken apart
 * again (a moving window removes the value that leaves it) without any
 * floating-point drift, and the mean is the double nearest to the exact
 * quotient.
 */
#ifndef ECOINSP_HOURLY_H
#define ECOINSP_HOURLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/names.h"

/*
 * GB 3095-2012 Table 4 and GB 3095-2026 Table 4 (the same numbers):
 * a daily (24-hour) mean of SO2, NO2, CO, PM10, PM2.5 needs at least 20
 * hourly means of the day; an O3 8-hour mean needs at least 6 hourly means
 * of its 8 hours.
 */
#define ECO_DAILY_MEAN_MIN_HOURS 20
#define ECO_O3_8H_MEAN_MIN_HOURS 6

/*
 * HJ 663-2013 / HJ 663-2026 §6.1.2: the O3 daily maximum 8-hour mean (MDA8)
 * is taken over the 8-hour means ending at 08:00, 09:00, ..., 24:00 of the
 * day (17 windows, each inside the day); it is valid with at least 14 valid
 * 8-hour means, or with fewer when their maximum exceeds the limit anyway.
 * The limit is GB 3095 Class II O3 daily maximum 8-hour, 160 µg/m³, the same
 * in GB 3095-2012 Table 1 and GB 3095-2026 Table 1.
 */
#define ECO_HOURS_PER_DAY 24
#define ECO_O3_8H_HOURS 8
#define ECO_MDA8_FIRST_WINDOW_END 8
#define ECO_MDA8_LAST_WINDOW_END 24
#define ECO_MDA8_WINDOWS (ECO_MDA8_LAST_WINDOW_END - ECO_MDA8_FIRST_WINDOW_END + 1)
#define ECO_MDA8_MIN_VALID_WINDOWS 14
#define ECO_O3_MDA8_LIMIT_CLASS_II 160

/*
 * The largest hourly value accepted, in 10^-6 units (ECO_FIXED_MAX_INPUT
 * units): a sum of 2^64 / 10^18 > 18 of them needs the upper word.
 */
#define ECO_HOURLY_MAX_FIXED INT64_C(1000000000000000000)

/* An unsigned 128-bit sum of fixed-point values, as two 64-bit words. */
typedef struct EcoSum128
{
	uint64_t	hi;
	uint64_t	lo;
} EcoSum128;

/*
 * The state of a mean with a validity count: the exact sum of the non-NULL
 * values, how many there were, and how many are needed.
 */
typedef struct EcoValidMean
{
	EcoSum128	sum;
	int64_t		count;
	int32_t		min_count;
} EcoValidMean;

extern void eco_valid_mean_init(EcoValidMean *m, int32_t min_count);

/*
 * Adds / removes one value in 10^-6 units (0 <= v <= ECO_HOURLY_MAX_FIXED;
 * only a value added before is removed).  Adding is false, changing nothing,
 * when the count would pass ECO_VALID_MEAN_MAX_COUNT.
 */
/* count * 10^6 (the divisor of the mean) stays below 2^63 */
#define ECO_VALID_MEAN_MAX_COUNT (INT64_MAX / INT64_C(1000000))
extern bool eco_valid_mean_add(EcoValidMean *m, int64_t v);
extern void eco_valid_mean_remove(EcoValidMean *m, int64_t v);

/* a += b (sums and counts; min_count is the caller's to check); false as above */
extern bool eco_valid_mean_merge(EcoValidMean *a, const EcoValidMean *b);

/*
 * The mean when count >= min_count (true, *out set), else false.  *out is
 * the double nearest to the exact mean (ties to even).
 */
extern bool eco_valid_mean_result(const EcoValidMean *m, double *out);

/*
 * True when the fields can be the state of real values: count >= 0,
 * min_count >= 1, a zero sum without values, and a sum no larger than count
 * values of ECO_HOURLY_MAX_FIXED.  (For checking deserialized states.)
 */
extern bool eco_valid_mean_consistent(const EcoValidMean *m);

/*
 * The serialized forms of the aggregate states (parallel aggregation):
 * a format byte, then the fields big-endian.  valid_avg: min_count (4
 * bytes), count (8), sum.hi (8), sum.lo (8).  o3_max8h: the hour label (1
 * byte), the day (4, DateADT), seen (4), measured (4), the 24 values (8
 * each).  Loading checks the size, the format byte and the state; a state
 * that fails eco_*_consistent (or, o3_max8h, has an unknown label) is still
 * filled in, for the message.
 */
#define ECO_VALID_MEAN_STORED_FORMAT 1
#define ECO_VALID_MEAN_STORED_BYTES (1 + 4 + 8 + 8 + 8)
#define ECO_O3_DAY_STORED_FORMAT 1
#define ECO_O3_DAY_STORED_BYTES (1 + 1 + 4 + 4 + 4 + ECO_HOURS_PER_DAY * 8)

typedef enum EcoStoredStatus
{
	ECO_STORED_OK,
	ECO_STORED_BAD_SIZE,		/* len is not the form's size */
	ECO_STORED_BAD_FORMAT,		/* the first byte is not the format */
	ECO_STORED_INCONSISTENT		/* the fields make no state */
} EcoStoredStatus;

extern void eco_valid_mean_store(const EcoValidMean *m, uint8_t out[ECO_VALID_MEAN_STORED_BYTES]);
extern EcoStoredStatus eco_valid_mean_load(const uint8_t *in, size_t len, EcoValidMean *m);

/* The exact quotient sum / divisor (divisor > 0) rounded to nearest double. */
extern double eco_sum128_div(const EcoSum128 *sum, uint64_t divisor);

/*
 * How a timestamp names its hour.  START: the hour [t, t + 1 h) (hour 0 is
 * 00:00-01:00 of its day).  END: the hour [t - 1 h, t) (the row stamped 00:00
 * is the 24th hour of the previous day).
 */
typedef enum EcoHourLabel
{
	ECO_HOUR_START = 1,
	ECO_HOUR_END = 2
} EcoHourLabel;

/* The hour_label argument's names (core/names.h): "start", "end". */
extern const EcoNameTable eco_hour_label_names;

/*
 * The day and hour slot (0..23: slot h is the clock hour h:00-h+1:00) of the
 * hour that a timestamp stamps, for timestamps counted in microseconds from
 * a midnight.  *day counts days from that midnight (negative before it).
 * False when t is not on a whole hour.
 */
extern bool eco_hour_slot(int64_t usecs, EcoHourLabel label,
						  int64_t *day, int *slot);

/* One day's hourly O3 values of one station, slot 0..23 as above. */
typedef struct EcoO3Day
{
	uint32_t	seen;			/* bit h: a row for slot h was given */
	uint32_t	measured;		/* bit h: that row had a value */
	int64_t		value[ECO_HOURS_PER_DAY];	/* 10^-6 units; 0 unless measured */
} EcoO3Day;

extern void eco_o3_day_init(EcoO3Day *d);

/*
 * Records slot h (measured: value v in 10^-6 units, else a missing hour).
 * False, changing nothing, when slot h was already given.
 */
extern bool eco_o3_day_add(EcoO3Day *d, int slot, bool measured, int64_t v);

/*
 * a += b.  False, changing nothing, when both give the same slot; then
 * *dup_slot is the first such slot.
 */
extern bool eco_o3_day_merge(EcoO3Day *a, const EcoO3Day *b, int *dup_slot);

/* True when the fields are consistent (measured within seen, values in range, 0 unless measured). */
extern bool eco_o3_day_consistent(const EcoO3Day *d);

/* o3_max8h's state in its serialized form (above); day is a DateADT */
extern void eco_o3_day_store(EcoHourLabel label, int32_t day, const EcoO3Day *d,
							 uint8_t out[ECO_O3_DAY_STORED_BYTES]);
extern EcoStoredStatus eco_o3_day_load(const uint8_t *in, size_t len, EcoHourLabel *label,
									   int32_t *day, EcoO3Day *d);

/* The outcome of HJ 663 §6.1.2 for one day. */
typedef struct EcoMda8
{
	int			valid_windows;	/* of the 17, those with >= 6 hours */
	bool		valid;			/* >= 14 valid windows, or max > limit */
	double		value;			/* max of the valid windows (if any) */
} EcoMda8;

extern EcoMda8 eco_o3_mda8(const EcoO3Day *d);

#endif
