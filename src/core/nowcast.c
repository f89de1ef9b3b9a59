/*
 * The US EPA NowCast (see nowcast.h for the sources).  For the hours
 * c1 (the latest) ... cN of one monitor:
 *
 *     w = cmin / cmax over the valid hours, at least the method's floor
 *     NowCast = sum w^(i-1) c_i / sum w^(i-1) over the valid hours,
 *
 * a missing hour keeping its place i; reported only when at least two of
 * c1, c2, c3 are valid (AirNow-Tech, "The NowCast for PM2.5 and PM10").
 */
#include "core/nowcast.h"

#include "core/gbt8170.h"
#include "core/names.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

static const EcoNowcastMethod methods[] = {
	/* PM2.5 (2013) and PM10 (2014): 12 hours, w at least 0.5; the result
	 * truncated to the AQI's reporting step before the 24-h breakpoints */
	{ECO_NOWCAST_PM25, "pm2.5", 12, 0.5, ECO_FIXED_SCALE / 10},
	{ECO_NOWCAST_PM10, "pm10", 12, 0.5, ECO_FIXED_SCALE},
	/* AirNow's ozone NowCast of 21 Apr 2016, replaced on 1 Aug 2019 by a
	 * fitted model: 8 hours, no minimum weight, read on the 8-h table.  The
	 * unit is the caller's (ppb or ppm), so nothing is truncated here. */
	{ECO_NOWCAST_O3_2016, "o3-2016", 8, 0.0, 0}
};

#define N_METHODS ((int) (sizeof(methods) / sizeof(methods[0])))

const EcoNowcastMethod *
eco_nowcast_method(EcoNowcastKind kind)
{
	int			i;

	for (i = 0; i < N_METHODS; i++)
		if (methods[i].kind == kind)
			return &methods[i];
	return NULL;
}

const EcoNowcastMethod *
eco_nowcast_method_by_name(const char *name, int len)
{
	/* folded names, in the order of methods[] */
	static const char *const folded_names[] = {"pm25", "pm10", "o32016", NULL};
	char		folded[ECO_NAME_MAX + 1];
	int			i;

	if (!eco_name_fold(name, len, folded))
		return NULL;
	i = eco_name_index(folded, folded_names);
	return i < 0 ? NULL : &methods[i];
}

void
eco_nowcast_init(EcoNowcastState *state)
{
	memset(state, 0, sizeof(*state));
}

static uint16_t
window_mask(const EcoNowcastMethod *method)
{
	return (uint16_t) ((1u << method->hours) - 1);
}

/* Moves the window on to end at hour `latest` (>= state->latest). */
static void
shift_to(EcoNowcastState *state, const EcoNowcastMethod *method, int64_t latest)
{
	int64_t		d = latest - state->latest;
	int			i;

	if (d >= method->hours)
	{
		state->valid = state->seen = 0;
		memset(state->value, 0, sizeof(state->value));
	}
	else if (d > 0)
	{
		for (i = method->hours - 1; i >= 0; i--)
			state->value[i] = i >= d ? state->value[i - d] : 0;
		state->valid = (uint16_t) ((state->valid << d) & window_mask(method));
		state->seen = (uint16_t) ((state->seen << d) & window_mask(method));
	}
	state->latest = latest;
}

EcoNowcastStatus
eco_nowcast_add(EcoNowcastState *state, EcoNowcastKind kind,
				int64_t hour, bool has_value, double value,
				int64_t *duplicate_hour)
{
	const EcoNowcastMethod *method = eco_nowcast_method(kind);
	int64_t		i;

	if (has_value && !isfinite(value))
		return ECO_NOWCAST_NOT_FINITE;
	if (has_value && value < 0)
		return ECO_NOWCAST_NEGATIVE;
	if (state->kind == 0)
	{
		state->kind = kind;
		state->latest = hour;
	}
	else if (state->kind != kind)
		return ECO_NOWCAST_OTHER_KIND;
	if (hour > state->latest)
		shift_to(state, method, hour);
	i = state->latest - hour;
	if (i >= method->hours)
		return ECO_NOWCAST_OK;	/* older than the window: not an input */
	if (state->seen & (1u << i))
	{
		*duplicate_hour = hour;
		return ECO_NOWCAST_DUPLICATE_HOUR;
	}
	state->seen |= (uint16_t) (1u << i);
	if (has_value)
	{
		state->valid |= (uint16_t) (1u << i);
		state->value[i] = value;
	}
	return ECO_NOWCAST_OK;
}

EcoNowcastStatus
eco_nowcast_merge(EcoNowcastState *dst, const EcoNowcastState *src,
				  int64_t *duplicate_hour)
{
	const EcoNowcastMethod *method;
	EcoNowcastState other;
	int			i;

	if (src->kind == 0)
		return ECO_NOWCAST_OK;
	if (dst->kind == 0)
	{
		*dst = *src;
		return ECO_NOWCAST_OK;
	}
	if (dst->kind != src->kind)
		return ECO_NOWCAST_OTHER_KIND;
	method = eco_nowcast_method(dst->kind);
	other = *src;
	if (other.latest > dst->latest)
		shift_to(dst, method, other.latest);
	else
		shift_to(&other, method, dst->latest);
	if (dst->seen & other.seen)
	{
		for (i = 0; !((dst->seen & other.seen) & (1u << i)); i++)
			;
		*duplicate_hour = dst->latest - i;
		return ECO_NOWCAST_DUPLICATE_HOUR;
	}
	for (i = 0; i < method->hours; i++)
		if (other.valid & (1u << i))
			dst->value[i] = other.value[i];
	dst->valid |= other.valid;
	dst->seen |= other.seen;
	return ECO_NOWCAST_OK;
}

EcoNowcastStatus
eco_nowcast_result(const EcoNowcastState *state, double *result)
{
	const EcoNowcastMethod *method;
	double		cmin = HUGE_VAL;
	double		cmax = 0;
	double		w;
	double		weight = 1;
	double		num = 0;
	double		den = 0;
	int			first = -1;
	int			i;

	if (state->kind == 0)
		return ECO_NOWCAST_EMPTY;
	method = eco_nowcast_method(state->kind);
	/* at least 2 of the 3 most recent hours (c1, c2, c3) */
	if (((state->valid & 1) != 0) + ((state->valid & 2) != 0) + ((state->valid & 4) != 0) < 2)
		return ECO_NOWCAST_INCOMPLETE;
	for (i = 0; i < method->hours; i++)
		if (state->valid & (1u << i))
		{
			cmin = fmin(cmin, state->value[i]);
			cmax = fmax(cmax, state->value[i]);
		}
	if (cmax == 0)
	{
		*result = 0;			/* all hours zero */
		return ECO_NOWCAST_OK;
	}
	w = cmin / cmax;
	if (w < method->weight_floor)
		w = method->weight_floor;

	/*
	 * The weights counted from the latest valid hour: w^(i - first) instead
	 * of w^i changes numerator and denominator by the same factor, keeps the
	 * denominator >= 1 and gives w = 0 (ozone, a zero hour) its limit, the
	 * latest valid value.
	 */
	for (i = 0; i < method->hours; i++)
	{
		if (first >= 0)
			weight *= w;
		if (!(state->valid & (1u << i)))
			continue;
		if (first < 0)
			first = i;
		num += weight * state->value[i];
		den += weight;
	}
	*result = num / den;
	if (method->truncate_to > 0)
	{
		int64_t		fixed;

		/* values are bounded by the inputs, which are finite */
		if (eco_fixed_from_double(*result, &fixed))
			*result = (double) eco_fixed_truncate(fixed, method->truncate_to) /
				(double) ECO_FIXED_SCALE;
	}
	return ECO_NOWCAST_OK;
}

const char *
eco_nowcast_check(const EcoNowcastState *state)
{
	const EcoNowcastMethod *method;
	int			i;

	if (state->kind == 0)
	{
		if (state->latest != 0 || state->valid != 0 || state->seen != 0)
			return "an empty state with hours";
		for (i = 0; i < ECO_NOWCAST_MAX_HOURS; i++)
			if (state->value[i] != 0)
				return "an empty state with values";
		return NULL;
	}
	method = eco_nowcast_method(state->kind);
	if (method == NULL)
		return "unknown NowCast method";
	if ((state->seen & ~window_mask(method)) != 0)
		return "an hour outside the method's window";
	if ((state->seen & 1) == 0)
		return "no row at the latest hour";
	if ((state->valid & ~state->seen) != 0)
		return "a value for an hour without a row";
	for (i = 0; i < ECO_NOWCAST_MAX_HOURS; i++)
	{
		double		v = state->value[i];

		if (state->valid & (1u << i))
		{
			if (!isfinite(v) || v < 0)
				return "a value that is negative or not finite";
		}
		else if (v != 0 || signbit(v))
			return "a value for an hour without one";
	}
	return NULL;
}
