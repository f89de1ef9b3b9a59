/*
 * The annual air-quality summary: one calendar year of a city's (or one
 * station's) daily concentrations of the six basic pollutants, kept so that
 * summaries merge exactly (the annual assessment of HJ 663-2013).
 *
 * Several values for one day are several stations of one city: the city's
 * daily concentration is the arithmetic mean of its stations' valid values
 * (HJ 663-2013).  So a summary keeps, per day and
 * pollutant, the exact sum (fixed point, 10^-6 units, gbt8170.h) and the
 * number of station values.  Merging station summaries gives the city's;
 * merging monthly summaries gives the year's.
 *
 * Every statistic derives from the city daily values at reporting precision
 * (air_limits.h): the daily mean sum/count rounded once by GB/T 8170.
 */
#ifndef ECOINSP_AIR_SUMMARY_H
#define ECOINSP_AIR_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/air_limits.h"

#define ECO_AIR_MAX_DAYS 366
/* a daily concentration above this (µg/m³, or mg/m³ for CO) is no measurement */
#define ECO_AIR_MAX_CONCENTRATION 100000.0
/* station values of one pollutant on one day */
#define ECO_AIR_MAX_COUNT 65535
#define ECO_AIR_FORMAT_VERSION 1

/* Which HJ 633 computes the daily AQI; stored in the summary. */
typedef enum EcoAirAqiRule
{
	ECO_AIR_AQI_BY_DATE = 0,	/* HJ 633-2012 before 2026-03-01, HJ 633-2026 from then */
	ECO_AIR_AQI_HJ633_2012 = 1,
	ECO_AIR_AQI_HJ633_2026 = 2,
	ECO_AIR_AQI_N_RULES = 3
} EcoAirAqiRule;

typedef enum EcoAirStatus
{
	ECO_AIR_OK = 0,
	ECO_AIR_NEGATIVE,
	ECO_AIR_NOT_FINITE,
	ECO_AIR_TOO_LARGE,
	ECO_AIR_IMPLAUSIBLE,		/* above the plausibility limit (aqi.h) */
	ECO_AIR_TOO_MANY_VALUES,	/* more than ECO_AIR_MAX_COUNT values of one day */
	ECO_AIR_MALFORMED			/* a stored form that is not one */
} EcoAirStatus;

/*
 * GB 3095-2012/2026 Table 4: the daily values a month (27,
 * February 25) and a year (324, with every month valid) need to be valid.
 */
#define ECO_AIR_MIN_DAYS_MONTH 27
#define ECO_AIR_MIN_DAYS_FEBRUARY 25
#define ECO_AIR_MIN_DAYS_YEAR 324

typedef struct EcoAirSummary
{
	int32_t		year;
	int32_t		aqi_rule;		/* EcoAirAqiRule */
	int64_t		sum[ECO_AIR_MAX_DAYS][ECO_AIR_N_POLLUTANTS];
	uint16_t	count[ECO_AIR_MAX_DAYS][ECO_AIR_N_POLLUTANTS];
} EcoAirSummary;

/* An exact value num/den (den > 0) in reporting units. */
typedef struct EcoExact
{
	int64_t		num;
	int64_t		den;
} EcoExact;

/* The calendar */
extern bool eco_air_year_valid(int year);	/* 1..9999 */
extern int	eco_air_days_in_year(int year);
extern int	eco_air_day_of_year(int year, int month, int day);	/* 0-based */
extern int	eco_air_month_of_day(int year, int day_of_year);	/* 1..12 */
extern int	eco_air_month_first_day(int year, int month);	/* 0-based day of year */
extern const char *eco_air_aqi_rule_name(EcoAirAqiRule rule);

/*
 * The name table of the aggregate's standard argument: 'hj633-2012' and
 * 'hj633-2026' (EcoAirAqiRule), as the AQI functions spell them (NULL, the
 * rule by date, is the caller's).
 */
extern const EcoNameTable eco_air_aqi_rule_names;

extern void eco_air_init(EcoAirSummary *s, int year, EcoAirAqiRule rule);

/*
 * Adds one row (one station, one day): conc in µg/m³ (CO mg/m³), indexed by
 * pollutant 0..5; present[i] false = not measured.  Nothing is added unless
 * every value is valid; on an error *culprit is the pollutant at fault.
 */
extern EcoAirStatus eco_air_add(EcoAirSummary *s, int day_of_year,
								const double conc[ECO_AIR_N_POLLUTANTS],
								const bool present[ECO_AIR_N_POLLUTANTS],
								int *culprit);

/* Checks a row's values and reads them as fixed-point units (see eco_air_add). */
extern EcoAirStatus eco_air_read_values(const double conc[ECO_AIR_N_POLLUTANTS],
										const bool present[ECO_AIR_N_POLLUTANTS],
										int64_t fixed[ECO_AIR_N_POLLUTANTS], int *culprit);

/*
 * Adds `from` into `into` (same year and rule, checked by the caller).
 * ECO_AIR_TOO_MANY_VALUES (nothing added) when a day would hold more than
 * ECO_AIR_MAX_COUNT values: *culprit is the pollutant, *day the day.
 */
extern EcoAirStatus eco_air_merge(EcoAirSummary *into, const EcoAirSummary *from,
								  int *culprit, int *day);

/*
 * The stored form (layout: air_codec.c): a header of ECO_AIR_HEADER_BYTES,
 * then one record per day with data.  It is canonical: the same data give
 * the same bytes, whatever the order in which they were added or merged.
 */
#define ECO_AIR_HEADER_BYTES 12
/* a record's mask byte */
#define ECO_AIR_MASK_POLLUTANTS 0x3f	/* bit p: pollutant p present */
#define ECO_AIR_MASK_COUNTS_ONE 0x40	/* every count is 1 (counts omitted) */
#define ECO_AIR_MASK_RESERVED 0x80	/* always zero */

extern size_t eco_air_packed_max(void);
extern size_t eco_air_pack(const EcoAirSummary *s, uint8_t *buf);

/* Reads a stored form, checking every byte; NULL when valid, else the reason. */
extern const char *eco_air_unpack(const uint8_t *buf, size_t len, EcoAirSummary *s);

/* The same in two steps, to merge a stored form into s without a copy. */
extern const char *eco_air_unpack_header(const uint8_t *buf, size_t len, int *year,
										 EcoAirAqiRule *rule);

/*
 * Adds stored form buf into s.  ECO_AIR_OK; ECO_AIR_MALFORMED with *reason
 * when buf is malformed; ECO_AIR_TOO_MANY_VALUES (s then partly added) with
 * *culprit and *day when a day would hold more than ECO_AIR_MAX_COUNT values.
 */
extern EcoAirStatus eco_air_unpack_add(const uint8_t *buf, size_t len, EcoAirSummary *s,
									   const char **reason, int *culprit, int *day);

/*
 * The kind of a stored form the core wrote (eco_air_unpack_header checks one
 * from outside): its year and rule, and whether two are of one year and rule
 * (and format version).
 */
extern int	eco_air_packed_year(const uint8_t *header);
extern int	eco_air_packed_last_day(const uint8_t *header);	/* -1: no day */
/* of a checked header (len >= ECO_AIR_HEADER_BYTES): -1 when no day reads */
extern int	eco_air_packed_first_day(const uint8_t *buf, size_t len);
extern EcoAirAqiRule eco_air_packed_rule(const uint8_t *header);
extern bool eco_air_packed_same_kind(const uint8_t *a, const uint8_t *b);
/* the same kind and the same decimal scale of every pollutant (checked headers) */
extern bool eco_air_packed_same_scales(const uint8_t *a, const uint8_t *b);

/*
 * The text form: the stored form in base64 (RFC 4648, padded), a third
 * longer than the bytes where hexadecimal is twice as long.
 * eco_air_text_decode checks the alphabet, the padding and that unused bits
 * are zero (one text per stored form); NULL when valid, else the reason and
 * *position the offending character (0-based).  out: at least
 * 3 * (len / 4) bytes.
 */
extern size_t eco_air_text_length(size_t stored_len);	/* without the NUL */
extern void eco_air_text_encode(const uint8_t *buf, size_t len, char *out);	/* NUL-terminated */
extern const char *eco_air_text_decode(const char *text, size_t len, uint8_t *out,
									   size_t *outlen, size_t *position);

/*
 * Appends stored form b to stored form a, in place (a has room for blen more
 * bytes), when both have the same version, rule, year and scales and every
 * day of b follows every day of a: from the headers and b's first day, no
 * record is read.  Returns the new length of a, 0 when they do not append
 * (*reason set when a header is malformed).
 */
extern size_t eco_air_packed_append(uint8_t *a, size_t alen, const uint8_t *b, size_t blen,
									const char **reason);
/* whether eco_air_packed_append would take b (it writes at most blen bytes) */
extern bool eco_air_packed_follows(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen,
								   const char **reason);

/*
 * Building a stored form row by row, while the rows come in day order (one
 * station, days ascending):
 *   eco_air_packed_empty writes the header of a summary with no day;
 *   eco_air_packed_append_day appends a day of single values (fixed-point
 *   units) in place (room: ECO_AIR_RECORD_MAX bytes) and returns the new
 *   length, or 0 when the day does not follow the last one or (*finer_scale)
 *   a value needs a finer decimal scale than the form's;
 *   eco_air_packed_rescale rewrites a at the scales those values need, into
 *   out (alen + 4 bytes per value of a); returns the new length.
 */
#define ECO_AIR_RECORD_MAX (10 + 1 + 2 * 10 * ECO_AIR_N_POLLUTANTS)
extern size_t eco_air_packed_empty(uint8_t *out, int year, EcoAirAqiRule rule);
extern size_t eco_air_packed_append_day(uint8_t *a, size_t alen, int day,
										const int64_t fixed[ECO_AIR_N_POLLUTANTS],
										const bool present[ECO_AIR_N_POLLUTANTS],
										bool *finer_scale);
extern size_t eco_air_packed_rescale(const uint8_t *a, size_t alen,
									 const int64_t fixed[ECO_AIR_N_POLLUTANTS],
									 const bool present[ECO_AIR_N_POLLUTANTS], uint8_t *out);

/*
 * Merges two stored forms whose days do not interleave (all of a before all
 * of b) into out (eco_air_packed_max() bytes); false when they interleave or
 * differ in year or rule, or with *reason when one is malformed.
 */
extern bool eco_air_packed_concat(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen,
								  uint8_t *out, size_t *outlen, const char **reason);

/*
 * Splices two stored forms of one year, rule and scales whose days differ
 * (months out of order) into out (eco_air_packed_max() bytes): the canonical
 * form of their sum when both are canonical.  False, with *reason NULL, when
 * they differ in year, rule or scales or share a day; with *reason when one
 * is malformed.
 */
extern bool eco_air_packed_splice(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen,
								  uint8_t *out, size_t *outlen, const char **reason);

/* The city daily value at reporting precision (GB/T 8170 half to even). */
extern bool eco_air_daily_value(const EcoAirSummary *s, int day_of_year, int pollutant,
								int64_t *units);

/*
 * GB 3095 Table 4; pollutant ECO_AIR_ALL_POLLUTANTS: for the
 * day counts, days with all six; for month and year validity, each of the six
 * valid on its own days.
 */
extern int	eco_air_valid_days(const EcoAirSummary *s, int pollutant);
extern int	eco_air_valid_days_in_month(const EcoAirSummary *s, int month, int pollutant);
extern bool eco_air_valid_month(const EcoAirSummary *s, int month, int pollutant);
extern bool eco_air_valid_year(const EcoAirSummary *s, int pollutant);

/* The city daily values of one pollutant (reporting units), in day order. */
typedef struct EcoAirSeries
{
	int			n;
	int64_t		value[ECO_AIR_MAX_DAYS];
} EcoAirSeries;

extern void eco_air_series(const EcoAirSummary *s, int pollutant, EcoAirSeries *series);

/*
 * The same straight from a stored form, checking its layout and the fields
 * of that pollutant (the others are skipped); NULL when valid.
 */
extern const char *eco_air_packed_series(const uint8_t *buf, size_t len, int pollutant,
										 EcoAirSeries *series);

/* Mean of the city daily values; false when there is none. */
extern bool eco_air_series_mean(const EcoAirSeries *series, EcoExact *mean);

/*
 * HJ 663-2013 percentile (k = 1 + (n-1)p%, interpolated between the
 * ranks around k) of the city daily values, p in
 * fixed-point units of percent (0..100 * ECO_FIXED_SCALE); exact, with den a
 * power of ten.  False when there is no value.  The series may be reordered.
 */
extern bool eco_air_series_percentile(EcoAirSeries *series, int64_t p_fixed, EcoExact *value);
extern bool eco_air_percentile(const EcoAirSummary *s, int pollutant, int64_t p_fixed,
							   EcoExact *value);

/* An exact value rounded by GB/T 8170 (half to even) to an integer. */
extern int64_t eco_exact_round(EcoExact x);

/*
 * Figures as decimal text (what the glue hands to numeric input), into buf
 * of `size` bytes (32 hold any):
 *   eco_air_format_units: units / 10^decimals (decimals 0..2), all decimals
 *   written ("-12.34", "0.05", "7");
 *   eco_air_format_exact: x (num >= 0, den a power of ten) in reporting
 *   units with `decimals` decimals (CO: 1), its own digits beyond those
 *   without trailing zeros ("27.5", "27", "0.05").
 */
extern void eco_air_format_units(int64_t units, int decimals, char *buf, size_t size);
extern void eco_air_format_exact(EcoExact x, int decimals, char *buf, size_t size);

/* Statistics evaluated for a period (HJ 663-2013 annual assessment) */
typedef enum EcoAirStatistic
{
	ECO_AIR_STAT_ANNUAL = 0,	/* SO2 NO2 PM10 PM2.5 mean; CO P95; O3 P90 */
	ECO_AIR_STAT_MEAN,			/* the mean, for any pollutant */
	ECO_AIR_STAT_DAILY_LIMIT	/* the 24-hour-limit percentile: SO2 NO2 P98,
								 * PM10 PM2.5 CO P95; O3 (8-hour) P90 */
} EcoAirStatistic;

/* The name table of the statistic argument (EcoAirStatistic). */
extern const EcoNameTable eco_air_statistic_names;

/* The statistic at reporting precision, in reporting units; false if no value. */
extern bool eco_air_series_evaluation(EcoAirSeries *series, int pollutant,
									  EcoAirStatistic stat, int64_t *units);
extern bool eco_air_evaluation_value(const EcoAirSummary *s, int pollutant,
									 EcoAirStatistic stat, int64_t *units);

/*
 * Compliance with GB 3095 (the statistic at or below the class's limit, as
 * HJ 663-2013 judges it): 1 complies, 0 does not, -1 not
 * evaluable (the year is not valid for the pollutant by GB 3095 Table 4).
 */
extern int	eco_air_compliant(const EcoAirSummary *s, int pollutant, EcoGb3095 edition,
							  int klass);

/*
 * Composite index (城市环境空气质量排名技术规定): sum of C_i / S_i over the six
 * pollutants, in hundredths rounded by GB/T 8170; false when a C_i is
 * missing.  eco_air_subindex: one C_i / S_i in hundredths.
 */
extern bool eco_air_composite_index(const EcoAirSummary *s, int64_t *hundredths);
extern bool eco_air_subindex(const EcoAirSummary *s, int pollutant, int64_t *hundredths);

/* The pollutants (bit set) of the largest single index; 0 when incomplete. */
extern uint8_t eco_air_max_subindex_pollutants(const EcoAirSummary *s);

/* The daily AQI of the city (HJ 633, from the daily values). */
typedef struct EcoAirDayAqi
{
	bool		has_aqi;
	int			aqi;
	int			level;			/* 1..6 */
	uint8_t		primary;		/* bit set of pollutants 0..5 */
	uint8_t		over_100;		/* pollutants whose IAQI exceeds 100, also
								 * on a day without an AQI */
} EcoAirDayAqi;

extern void eco_air_day_aqi(const EcoAirSummary *s, int day_of_year, EcoAirDayAqi *out);

/*
 * Every day count of the daily AQI in one walk over the year (each day's AQI
 * costs seven index look-ups): days with an AQI, per level (HJ 633 Table 2,
 * at_level[1..6]), with AQI above 100, and per pollutant the days its IAQI
 * exceeds 100 (also without an AQI), it is (one of) the primary
 * pollutant(s), and it is so on a day with AQI above 100.
 */
typedef struct EcoAirDayCounts
{
	int			aqi_days;
	int			at_level[7];
	int			exceedance_days;
	int			over_100[ECO_AIR_N_POLLUTANTS];
	int			primary[ECO_AIR_N_POLLUTANTS];
	int			primary_exceedance[ECO_AIR_N_POLLUTANTS];
} EcoAirDayCounts;

extern void eco_air_day_counts(const EcoAirSummary *s, EcoAirDayCounts *out);

/*
 * The days a primary pollutant's count and share are taken over: every day
 * with a primary pollutant (AQI above 50), or the days with AQI above 100.
 */
typedef enum EcoAirBasis
{
	ECO_AIR_BASIS_PRIMARY = 0,
	ECO_AIR_BASIS_EXCEEDANCE
} EcoAirBasis;

/* The name table of the basis argument (EcoAirBasis). */
extern const EcoNameTable eco_air_basis_names;

#endif
