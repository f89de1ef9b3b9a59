/*
 * Environmental noise: the grades of HJ 640-2012 (城市声环境常规监测) and
 * the zone limits of GB 3096-2008 (声环境质量标准).
 *
 * Levels are A-weighted equivalent levels in dB.  A level is accepted when
 * it is finite and within ECO_NOISE_MIN_DB..ECO_NOISE_MAX_DB; before it is
 * compared with a bound written to 0.1 dB it is rounded to 0.1 dB by GB/T
 * 8170 (half to even), so that a grade or a compliance verdict agrees with
 * the figure a bulletin prints.
 */
#ifndef ECOINSP_NOISE_H
#define ECOINSP_NOISE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/names.h"


#define ECO_NOISE_MIN_DB 0.0
#define ECO_NOISE_MAX_DB 200.0

/* HJ 640-2012 grades 一级..五级 */
#define ECO_NOISE_GRADE_MIN 1
#define ECO_NOISE_GRADE_MAX 5

/* What the mean describes (HJ 640-2012 §§ on regional and road-traffic noise). */
typedef enum EcoNoiseKind
{
	ECO_NOISE_REGIONAL = 0,		/* 区域环境噪声: arithmetic mean of grid points */
	ECO_NOISE_ROAD_TRAFFIC = 1	/* 道路交通噪声: length-weighted mean of segments */
} EcoNoiseKind;

/* GB 3096-2008 §3: day 06:00-22:00, night 22:00-06:00. */
typedef enum EcoNoisePeriod
{
	ECO_NOISE_DAY = 0,
	ECO_NOISE_NIGHT = 1
} EcoNoisePeriod;

/* GB 3096-2008 §4 functional zone classes, in the order of its Table 1. */
typedef enum EcoNoiseZone
{
	ECO_ZONE_0 = 0,
	ECO_ZONE_1,
	ECO_ZONE_2,
	ECO_ZONE_3,
	ECO_ZONE_4A,
	ECO_ZONE_4B,
	ECO_N_ZONES
} EcoNoiseZone;

/* The hour (0..23) at which the GB 3096-2008 day begins and the night begins. */
#define ECO_NOISE_DAY_START_HOUR 6
#define ECO_NOISE_NIGHT_START_HOUR 22

/* True when level is a possible sound level (finite, 0..200 dB). */
extern bool eco_noise_level_valid(double level_db);

/* level_db rounded to 0.1 dB (GB/T 8170), in units of 0.1 dB; level must be valid. */
extern int	eco_noise_decidb(double level_db);

/* HJ 640-2012 grade 1..5 of a valid level. */
extern int	eco_noise_grade(double level_db, EcoNoiseKind kind, EcoNoisePeriod period);

/* HJ 640-2012 wording of a grade 1..5: 好 .. 差, or the English words. */
extern const char *eco_noise_grade_label_zh(int grade);
extern const char *eco_noise_grade_label_en(int grade);
/* 一级 .. 五级 */
extern const char *eco_noise_grade_name(int grade);

/* GB 3096-2008 Table 1 limit in dB. */
extern int	eco_noise_zone_limit_db(EcoNoiseZone zone, EcoNoisePeriod period);

/* GB 3096-2008: a valid level, rounded to 0.1 dB, at most the zone's limit. */
extern bool eco_noise_compliant(double level_db, EcoNoiseZone zone, EcoNoisePeriod period);

/*
 * The name tables (core/names.h) of the kind (EcoNoiseKind), period
 * (EcoNoisePeriod) and zone (EcoNoiseZone) arguments.
 */
extern const EcoNameTable eco_noise_kind_names;
extern const EcoNameTable eco_noise_period_names;
extern const EcoNameTable eco_noise_zone_names;

/* The kind named, as eco_name_lookup() on eco_noise_kind_names; false when unknown. */
extern bool eco_noise_kind_from_name(const char *name, int len, EcoNoiseKind *kind);
/* "一级".."五级" or "1".."5", surrounding blanks allowed; 0 when malformed */
extern int	eco_noise_grade_from_text(const char *text, int len);

/* The period of an hour of the day 0..23 (an hourly Leq row labelled by its start). */
extern EcoNoisePeriod eco_noise_period_of_hour(int hour);

/*
 * Energy mean (GB 3096-2008 / HJ 640-2012: Leq = 10 lg((1/n) sum 10^(0.1 L_i))),
 * as ecoinsp 1.1 computes it: the aggregate sums the energies 10^(L_i/10)
 * (each in [1, 1e20]) exactly, so the mean does not depend on the order or
 * grouping of the levels, and a level can be removed again (moving windows).
 */
extern double eco_leq_energy(double level_db);
/* 10 lg(energy / count) for the exact energy sum of count levels (count > 0) */
extern double eco_leq_of_energy(double energy, int64_t count);
/* whether an energy sum can be that of count levels in 0..200 dB */
extern bool eco_leq_energy_valid(double energy, int64_t count);

/*
 * The energy mean of ecoinsp 1.0 (its aggregate's float8[] state, kept for
 * catalogs not yet updated): accumulated with the running maximum factored out, so that neither
 * 10^(0.1 L) overflows nor small terms vanish beside large ones:
 * sum_scaled = sum 10^(0.1 (L_i - max_db)).
 */
typedef struct EcoLeqState
{
	double		count;
	double		max_db;
	double		sum_scaled;
} EcoLeqState;

extern void eco_leq_add(EcoLeqState *state, double level_db);
extern void eco_leq_merge(EcoLeqState *state, const EcoLeqState *other);
/* false when the state is empty */
extern bool eco_leq_result(const EcoLeqState *state, double *leq_db);
/* false when the fields are not a state eco_leq_add/merge could produce */
extern bool eco_leq_state_valid(const EcoLeqState *state);

/*
 * The length-weighted mean of ecoinsp 1.0 (its aggregate's float8[3] state,
 * kept for catalogs not yet updated): {Σ l_i, Σ l_i L_i, the Neumaier
 * compensation of the second sum}, L = Σ(l_i L_i) / Σ l_i.
 */
/* whether a road length is one: finite, zero or more */
extern bool eco_road_length_valid(double length);
/* *sum += x, the rounding error added to *compensation (Neumaier) */
extern void eco_compensated_add(double *sum, double *compensation, double x);
/* adds one segment of length (valid) at level_db (valid) */
extern void eco_weighted_add(double v[3], double length, double level_db);
/* adds another state's sums */
extern void eco_weighted_merge(double v[3], const double w[3]);
/* false when a sum overflowed a double */
extern bool eco_weighted_sums_finite(const double v[3]);
/* false when the fields are not a state eco_weighted_add/merge could produce */
extern bool eco_weighted_state_valid(const double v[3]);
/* false when the lengths add up to 0 (no mean) */
extern bool eco_weighted_result(const double v[3], double *mean_db);

#endif
