/*
 * Environmental noise: the noise_grade type (HJ 640-2012 一级..五级), the
 * grade of a mean level, GB 3096-2008 zone limits and compliance, the day
 * and night of GB 3096-2008 §3, and the energy and length-weighted means.
 */
#include "postgres.h"
#include "compat.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/float.h"
#include "utils/timestamp.h"

#include "core/noise.h"
#include "callsite.h"
#include "exact_sum.h"

PG_FUNCTION_INFO_V1(noise_grade_label);
PG_FUNCTION_INFO_V1(noise_grade_of_level);
PG_FUNCTION_INFO_V1(noise_zone_limit);
PG_FUNCTION_INFO_V1(noise_zone_compliant);
PG_FUNCTION_INFO_V1(noise_period_of_timestamp);
PG_FUNCTION_INFO_V1(leq_mean_transfn);
PG_FUNCTION_INFO_V1(leq_mean_combine);
PG_FUNCTION_INFO_V1(leq_mean_final);
PG_FUNCTION_INFO_V1(length_weighted_mean_transfn);
PG_FUNCTION_INFO_V1(length_weighted_mean_combine);
PG_FUNCTION_INFO_V1(length_weighted_mean_final);

static void
check_level(const char *argname, double level_db)
{
	if (!eco_noise_level_valid(level_db))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s %s dB is not a sound level", argname, float8out_internal(level_db)),
				 errhint("A sound level is a finite number of dB between 0 and 200.")));
}

/* ---- grades, limits and periods ---- */

Datum
noise_grade_label(PG_FUNCTION_ARGS)
{
	int			grade = (int) DatumGetInt64(PG_GETARG_DATUM(0));
	int			lang = callsite_name(fcinfo, 1, &eco_lang_names);

	PG_RETURN_TEXT_P(cstring_to_text(lang == 0 ? eco_noise_grade_label_zh(grade)
									 : eco_noise_grade_label_en(grade)));
}

/*
 * (level_db, name, period): the values of the names of arguments 1 (in
 * table) and 2 (a period), then the checked level of argument 0, in that
 * order, so that a bad name is reported before a bad level
 */
static double
level_of_named(FunctionCallInfo fcinfo, const EcoNameTable *table, int *value, int *period)
{
	*value = callsite_name(fcinfo, 1, table);
	*period = callsite_name(fcinfo, 2, &eco_noise_period_names);
	check_level("level_db", PG_GETARG_FLOAT8(0));
	return PG_GETARG_FLOAT8(0);
}

Datum
noise_grade_of_level(PG_FUNCTION_ARGS)
{
	int			kind;
	int			period;
	double		level_db = level_of_named(fcinfo, &eco_noise_kind_names, &kind, &period);

	PG_RETURN_DATUM(Int64GetDatum(eco_noise_grade(level_db, (EcoNoiseKind) kind,
												  (EcoNoisePeriod) period)));
}

Datum
noise_zone_limit(PG_FUNCTION_ARGS)
{
	int			zone = callsite_name(fcinfo, 0, &eco_noise_zone_names);
	int			period = callsite_name(fcinfo, 1, &eco_noise_period_names);

	PG_RETURN_FLOAT8((double) eco_noise_zone_limit_db((EcoNoiseZone) zone, (EcoNoisePeriod) period));
}

Datum
noise_zone_compliant(PG_FUNCTION_ARGS)
{
	int			zone;
	int			period;
	double		level_db = level_of_named(fcinfo, &eco_noise_zone_names, &zone, &period);

	PG_RETURN_BOOL(eco_noise_compliant(level_db, (EcoNoiseZone) zone, (EcoNoisePeriod) period));
}

/* GB 3096-2008 §3: an hourly row belongs to the period its start lies in */
Datum
noise_period_of_timestamp(PG_FUNCTION_ARGS)
{
	Timestamp	ts = PG_GETARG_TIMESTAMP(0);
	struct pg_tm tm;
	fsec_t		fsec;

	if (TIMESTAMP_NOT_FINITE(ts) || timestamp2tm(ts, NULL, &tm, &fsec, NULL, NULL) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range: infinite timestamps have no time of day")));
	PG_RETURN_TEXT_P(cstring_to_text(eco_noise_period_of_hour(tm.tm_hour) == ECO_NOISE_DAY
									 ? "day" : "night"));
}

/*
 * ---- leq_mean and length_weighted_mean of 1.0: float8[] states ----
 *
 * Kept for catalogs of 1.0 until ALTER EXTENSION UPDATE; 1.1 accumulates
 * exactly (below), so that every plan gives the same bits.
 */

/*
 * The float8 array of a transition state, checked: one dimension, n
 * elements, no NULLs.  States come from the initial condition or from
 * these functions, but a user can call the support functions directly.
 */
static float8 *
state_values(ArrayType *state, int n, const char *aggname)
{
	if (ARR_NDIM(state) != 1 || ARR_DIMS(state)[0] != n || ARR_HASNULL(state) ||
		ARR_ELEMTYPE(state) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s state: expected a float8 array of %d elements", aggname, n)));
	return (float8 *) ARR_DATA_PTR(state);
}

/* the state array to update: in place inside an aggregate, else a copy */
static ArrayType *
writable_state(FunctionCallInfo fcinfo, int argno)
{
	if (AggCheckCallContext(fcinfo, NULL))
		return PG_GETARG_ARRAYTYPE_P(argno);
	return PG_GETARG_ARRAYTYPE_P_COPY(argno);
}

/* float8[3] {count, max_db, sum_scaled}: see EcoLeqState */
static EcoLeqState
leq_state_read(ArrayType *array)
{
	float8	   *v = state_values(array, 3, "leq_mean");
	EcoLeqState state = {v[0], v[1], v[2]};

	if (!eco_leq_state_valid(&state))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid leq_mean state {%g,%g,%g}", v[0], v[1], v[2])));
	return state;
}

static void
leq_state_write(ArrayType *array, const EcoLeqState *state)
{
	float8	   *v = (float8 *) ARR_DATA_PTR(array);

	v[0] = state->count;
	v[1] = state->max_db;
	v[2] = state->sum_scaled;
}

Datum
leq_mean_transfn(PG_FUNCTION_ARGS)
{
	ArrayType  *array = writable_state(fcinfo, 0);
	double		level_db = PG_GETARG_FLOAT8(1);
	float8	   *v = state_values(array, 3, "leq_mean");
	EcoLeqState state = {v[0], v[1], v[2]};

	check_level("level_db", level_db);
	eco_leq_add(&state, level_db);
	leq_state_write(array, &state);
	PG_RETURN_ARRAYTYPE_P(array);
}

Datum
leq_mean_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *array = writable_state(fcinfo, 0);
	EcoLeqState state = leq_state_read(array);
	EcoLeqState other = leq_state_read(PG_GETARG_ARRAYTYPE_P(1));

	eco_leq_merge(&state, &other);
	leq_state_write(array, &state);
	PG_RETURN_ARRAYTYPE_P(array);
}

Datum
leq_mean_final(PG_FUNCTION_ARGS)
{
	EcoLeqState state = leq_state_read(PG_GETARG_ARRAYTYPE_P(0));
	double		leq_db;

	if (!eco_leq_result(&state, &leq_db))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(leq_db);
}

/*
 * float8[3] {sum of l_i, sum of l_i * L_i, compensation of the second sum}:
 * L = Σ(l_i L_i) / Σ l_i, the second sum kept with Neumaier compensation so
 * that millions of segments add up to the last digit.
 */
static float8 *
weighted_state_read(ArrayType *array)
{
	float8	   *v = state_values(array, 3, "length_weighted_mean");

	if (!eco_weighted_state_valid(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid length_weighted_mean state {%g,%g,%g}", v[0], v[1], v[2])));
	return v;
}

static void
check_road_length(double length)
{
	if (!eco_road_length_valid(length))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("road_length %s is not a length", float8out_internal(length)),
				 errhint("A road length is a finite number, zero or more.")));
}

/* lengths so large that their sums overflow a double leave no mean to give */
static void
check_weighted_sums(const float8 *v)
{
	if (!eco_weighted_sums_finite(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("length_weighted_mean: road_length values too large, the sums of l and l·L overflow"),
				 errhint("A road length is a finite number of km (or m), far below 1e300.")));
}

Datum
length_weighted_mean_transfn(PG_FUNCTION_ARGS)
{
	ArrayType  *array = writable_state(fcinfo, 0);
	double		level_db = PG_GETARG_FLOAT8(1);
	double		length = PG_GETARG_FLOAT8(2);
	float8	   *v = state_values(array, 3, "length_weighted_mean");

	check_level("level_db", level_db);
	check_road_length(length);
	eco_weighted_add(v, length, level_db);
	check_weighted_sums(v);
	PG_RETURN_ARRAYTYPE_P(array);
}

Datum
length_weighted_mean_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *array = writable_state(fcinfo, 0);
	float8	   *v = weighted_state_read(array);
	float8	   *w = weighted_state_read(PG_GETARG_ARRAYTYPE_P(1));

	eco_weighted_merge(v, w);
	check_weighted_sums(v);
	PG_RETURN_ARRAYTYPE_P(array);
}

Datum
length_weighted_mean_final(PG_FUNCTION_ARGS)
{
	float8	   *v = weighted_state_read(PG_GETARG_ARRAYTYPE_P(0));
	double		mean_db;

	if (!eco_weighted_result(v, &mean_db))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(mean_db);
}

/*
 * ---- the exact means: exact_state (exact_sum.h) ----
 *
 * The C functions keep the names of 1.1, whose internal states they also
 * served; the serialize and deserialize symbols stay for the 1.1 script.
 */

#define LEQ_STATE_FORMAT 1
#define WEIGHTED_STATE_FORMAT 2

/* leq_mean: the number of levels and the exact sum of their energies */
typedef struct LeqState
{
	int64		count;
	EcoXsum		energy;
} LeqState;

/*
 * length_weighted_mean: the exact sums of l and of l·L, each product exact
 * as its rounded value and its fma error, summed apart: the errors are some
 * 2^-53 of the products, and one sum of both would span too many bits for
 * the compact form
 */
typedef struct WeightedState
{
	EcoXsum		length;
	EcoXsum		weighted;
	EcoXsum		weighted_error;
} WeightedState;

static void
leq_init(void *p)
{
	LeqState   *state = p;

	state->count = 0;
	eco_xs_init(&state->energy);
}

/* format byte, int64 count, the exact sum of the energies (exact_sum.h) */
static void
leq_write(StringInfo buf, const void *p)
{
	const LeqState *state = p;

	pq_sendbyte(buf, LEQ_STATE_FORMAT);
	pq_sendint64(buf, state->count);
	eco_pq_sendxs(buf, &state->energy);
}

static void
leq_read(StringInfo buf, void *p)
{
	LeqState   *state = p;
	double		energy;

	if (buf->len < 9 || pq_getmsgbyte(buf) != LEQ_STATE_FORMAT)
		eco_state_invalid(&eco_state_leq_mean, "Unknown format, or too short.");
	state->count = pq_getmsgint64(buf);
	eco_pq_getxs(buf, &state->energy, "leq_mean");
	if (!eco_xs_to_double(&state->energy, &energy) ||
		!eco_leq_energy_valid(energy, state->count) ||
		(state->count == 0 && eco_xs_sign(&state->energy) != 0))
		eco_state_invalid(&eco_state_leq_mean, "The count and the energy sum disagree.");
}

static void
leq_merge(void *p, const void *o, MemoryContext cxt)
{
	LeqState   *state = p;
	const LeqState *other = o;

	state->count += other->count;
	eco_xs_merge_in(&state->energy, &other->energy, cxt);
}

const EcoStateKind eco_state_leq_mean = {
	1, "leq_mean", sizeof(LeqState), leq_init, leq_write, leq_read, leq_merge
};

/*
 * 10^(L/10) of the levels seen last: measured levels repeat (0.1 dB steps),
 * and pow() was most of leq_mean's cost.  A direct-mapped cache keyed by the
 * level's bits gives the very double that pow() gave (an energy is never 0,
 * which marks an empty slot).
 */
#define ENERGY_CACHE_BITS 10
static uint64 energy_cache_key[1 << ENERGY_CACHE_BITS];
static double energy_cache_value[1 << ENERGY_CACHE_BITS];

static double
leq_energy_cached(double level_db)
{
	uint64		bits;
	int			slot;

	memcpy(&bits, &level_db, sizeof(bits));
	slot = (int) ((bits * UINT64CONST(0x9E3779B97F4A7C15)) >> (64 - ENERGY_CACHE_BITS));
	if (energy_cache_value[slot] == 0 || energy_cache_key[slot] != bits)
	{
		energy_cache_key[slot] = bits;
		energy_cache_value[slot] = eco_leq_energy(level_db);
	}
	return energy_cache_value[slot];
}

/*
 * A moving-window exact aggregate's SQL-visible C functions prefix_transfn
 * and _invfn (row(fcinfo, remove) adds or removes a row), _combine and the
 * 1.1 script's _serialize and _deserialize of its exact_state kind.
 */
#define MOVING_EXACT_AGG(prefix, row, kind) \
PG_FUNCTION_INFO_V1(prefix##_transfn); \
Datum prefix##_transfn(PG_FUNCTION_ARGS) { return row(fcinfo, false); } \
PG_FUNCTION_INFO_V1(prefix##_invfn); \
Datum prefix##_invfn(PG_FUNCTION_ARGS) { return row(fcinfo, true); } \
PG_FUNCTION_INFO_V1(prefix##_combine); \
Datum prefix##_combine(PG_FUNCTION_ARGS) { return eco_state_combine(fcinfo, &kind); } \
PG_FUNCTION_INFO_V1(prefix##_serialize); \
Datum prefix##_serialize(PG_FUNCTION_ARGS) { return eco_state_serialize(fcinfo, &kind); } \
PG_FUNCTION_INFO_V1(prefix##_deserialize); \
Datum prefix##_deserialize(PG_FUNCTION_ARGS) { return eco_state_deserialize(fcinfo, &kind); }

/* (state, level_db): NULL levels are skipped */
static Datum
leq_row(FunctionCallInfo fcinfo, bool remove)
{
	MemoryContext cxt;
	Datum		result;
	LeqState   *state = eco_state_rw(fcinfo, 0, &eco_state_leq_mean, &cxt, &result);

	if (!PG_ARGISNULL(1))
	{
		double		energy;

		check_level("level_db", PG_GETARG_FLOAT8(1));
		energy = leq_energy_cached(PG_GETARG_FLOAT8(1));
		if (remove)
		{
			eco_xs_sub_in(&state->energy, energy, cxt);
			state->count--;
		}
		else
		{
			eco_xs_add_in(&state->energy, energy, cxt);
			state->count++;
		}
	}
	return result;
}

MOVING_EXACT_AGG(leq_mean_exact, leq_row, eco_state_leq_mean)

PG_FUNCTION_INFO_V1(leq_mean_exact_final);
Datum
leq_mean_exact_final(PG_FUNCTION_ARGS)
{
	const LeqState *state = PG_ARGISNULL(0) ? NULL : eco_state_ro(fcinfo, 0, &eco_state_leq_mean);

	if (state == NULL || state->count <= 0)
		PG_RETURN_NULL();
	/* at most 2^63 energies of at most 1e20: far below 1.8e308 */
	PG_RETURN_FLOAT8(eco_leq_of_energy(eco_xs_result(&state->energy, "leq_mean energy"),
									   state->count));
}

static void
weighted_init(void *p)
{
	WeightedState *state = p;

	eco_xs_init(&state->length);
	eco_xs_init(&state->weighted);
	eco_xs_init(&state->weighted_error);
}

/* format byte, the exact sums of l, of the products l·L and of their errors (exact_sum.h) */
static void
weighted_write(StringInfo buf, const void *p)
{
	const WeightedState *state = p;

	pq_sendbyte(buf, WEIGHTED_STATE_FORMAT);
	eco_pq_sendxs(buf, &state->length);
	eco_pq_sendxs(buf, &state->weighted);
	eco_pq_sendxs(buf, &state->weighted_error);
}

/* the sum of l·L: products and errors together, rounded once */
static bool
weighted_total(const WeightedState *state, double *result)
{
	EcoExactSum total;
	EcoExactSum error;

	eco_xs_value(&state->weighted, &total);
	eco_xs_value(&state->weighted_error, &error);
	eco_xsum_merge(&total, &error);
	return eco_xsum_to_double(&total, result);
}

static void
weighted_read(StringInfo buf, void *p)
{
	WeightedState *state = p;
	double		length;
	double		weighted;

	if (buf->len < 1 || pq_getmsgbyte(buf) != WEIGHTED_STATE_FORMAT)
		eco_state_invalid(&eco_state_length_weighted_mean, "Unknown format.");
	eco_pq_getxs(buf, &state->length, "length_weighted_mean");
	eco_pq_getxs(buf, &state->weighted, "length_weighted_mean");
	eco_pq_getxs(buf, &state->weighted_error, "length_weighted_mean");
	/* both sums non-negative, l·L at most 200 l (each rounded once) */
	if (eco_xs_sign(&state->length) < 0 || eco_xs_sign(&state->weighted) < 0 ||
		(eco_xs_to_double(&state->length, &length) &&
		 (!weighted_total(state, &weighted) || weighted < 0 ||
		  weighted > ECO_NOISE_MAX_DB * length * (1 + 1e-15))))
		eco_state_invalid(&eco_state_length_weighted_mean, "A negative sum, or l·L above 200 l.");
}

static void
weighted_merge(void *p, const void *o, MemoryContext cxt)
{
	WeightedState *state = p;
	const WeightedState *other = o;

	eco_xs_merge_in(&state->length, &other->length, cxt);
	eco_xs_merge_in(&state->weighted, &other->weighted, cxt);
	eco_xs_merge_in(&state->weighted_error, &other->weighted_error, cxt);
}

const EcoStateKind eco_state_length_weighted_mean = {
	2, "length_weighted_mean", sizeof(WeightedState),
	weighted_init, weighted_write, weighted_read, weighted_merge
};

static void
weighted_out_of_range(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("length_weighted_mean: road_length values too large, the sums of l and l·L overflow"),
			 errhint("A road length is a finite number of km (or m), far below 1e300.")));
}

/* (state, level_db, road_length): rows with a NULL are skipped */
static Datum
weighted_row(FunctionCallInfo fcinfo, bool remove)
{
	MemoryContext cxt;
	Datum		result;
	WeightedState *state = eco_state_rw(fcinfo, 0, &eco_state_length_weighted_mean, &cxt, &result);
	double		level_db;
	double		length;
	double		product;
	double		error;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return result;
	level_db = PG_GETARG_FLOAT8(1);
	length = PG_GETARG_FLOAT8(2);
	check_level("level_db", level_db);
	check_road_length(length);
	eco_two_product(length, level_db, &product, &error);
	if (isinf(product))
		weighted_out_of_range();
	if (remove)
	{
		eco_xs_sub_in(&state->length, length, cxt);
		eco_xs_sub_in(&state->weighted, product, cxt);
		eco_xs_sub_in(&state->weighted_error, error, cxt);
	}
	else
	{
		eco_xs_add_in(&state->length, length, cxt);
		eco_xs_add_in(&state->weighted, product, cxt);
		eco_xs_add_in(&state->weighted_error, error, cxt);
	}
	return result;
}

MOVING_EXACT_AGG(length_weighted_mean_exact, weighted_row, eco_state_length_weighted_mean)

PG_FUNCTION_INFO_V1(length_weighted_mean_exact_final);
Datum
length_weighted_mean_exact_final(PG_FUNCTION_ARGS)
{
	const WeightedState *state;
	double		length;
	double		weighted;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = eco_state_ro(fcinfo, 0, &eco_state_length_weighted_mean);
	if (!eco_xs_to_double(&state->length, &length) || !weighted_total(state, &weighted))
		weighted_out_of_range();
	if (length <= 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(weighted / length);
}
