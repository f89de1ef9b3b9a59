/*
 * The air quality index arithmetic of HJ 633-2012, HJ 633-2026 and the US
 * EPA AQI, over the tables in aqi_tables.c.
 *
 * Concentrations become fixed-point integers (10^-6 of the unit, see
 * gbt8170.h) before anything else, so the interpolation
 *
 *     IAQI = (IAQI_hi - IAQI_lo) / (BP_hi - BP_lo) * (C - BP_lo) + IAQI_lo
 *
 * (HJ 633-2012 §4.2 formula (1), HJ 633-2026 formula (1), TAD equation 1) is
 * an exact rational number and the rounding to an integer (up for HJ 633,
 * to nearest for the US) is done on it exactly: CO 2.2 mg/m3 gives 55.
 */
#include "core/aqi.h"

#include "core/gbt8170.h"
#include "core/names.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* a concentration too large for fixed point lies above every table */
#define ECO_FIXED_ABOVE_ALL (INT64_C(1) << 62)

static const char *const pollutant_names[ECO_N_POLLUTANTS] = {
	"SO2", "NO2", "PM10", "CO", "O3_8h", "PM2.5", "O3_1h"
};

const char *
eco_pollutant_name(EcoPollutant pollutant)
{
	return (unsigned) pollutant < ECO_N_POLLUTANTS ? pollutant_names[pollutant] : "?";
}

/* the period argument: "1h", "8h", "24h", "15min" */
static const EcoNameEntry period_entries[] = {
	ECO_NAME("1h", ECO_PERIOD_1H),
	ECO_NAME("8h", ECO_PERIOD_8H),
	ECO_NAME("24h", ECO_PERIOD_24H),
	ECO_NAME("15min", ECO_PERIOD_15MIN),
	ECO_NAME_END
};

const EcoNameTable eco_period_names = {
	.thing = "averaging period", .things = "periods", .entries = period_entries,
	.note = ", or NULL for the standard's own period of the pollutant"
};

/*
 * A pollutant and its names with a period suffix (unlisted): value
 * pollutant | period << 8; with the suffix _1h O3 is the 1-hour indicator,
 * with any other it is the 8-hour one.
 */
#define ECO_POLLUTANT_NAMES(name, p, p_1h) \
	ECO_NAME(name, (p)), \
	ECO_NAME_UNLISTED(name "_1h", (p_1h) | ECO_PERIOD_1H << 8), \
	ECO_NAME_UNLISTED(name "_8h", (p) | ECO_PERIOD_8H << 8), \
	ECO_NAME_UNLISTED(name "_24h", (p) | ECO_PERIOD_24H << 8), \
	ECO_NAME_UNLISTED(name "_15min", (p) | ECO_PERIOD_15MIN << 8)

static const EcoNameEntry pollutant_entries[] = {
	ECO_POLLUTANT_NAMES("SO2", ECO_SO2, ECO_SO2),
	ECO_POLLUTANT_NAMES("NO2", ECO_NO2, ECO_NO2),
	ECO_POLLUTANT_NAMES("PM10", ECO_PM10, ECO_PM10),
	ECO_POLLUTANT_NAMES("CO", ECO_CO, ECO_CO),
	ECO_POLLUTANT_NAMES("O3", ECO_O3_8H, ECO_O3_1H),
	ECO_POLLUTANT_NAMES("PM2.5", ECO_PM25, ECO_PM25),
	ECO_NAME_END
};

const EcoNameTable eco_pollutant_names = {
	.thing = "pollutant", .things = "pollutants", .entries = pollutant_entries,
	.note = ", each optionally with a period suffix _1h, _8h or _24h"
};

bool
eco_pollutant_from_name(const char *name, int len,
						EcoPollutant *pollutant, EcoPeriod *period)
{
	int			value;

	if (!eco_name_lookup(&eco_pollutant_names, name, len, &value))
		return false;
	*pollutant = ECO_NAMED_POLLUTANT(value);
	*period = ECO_NAMED_PERIOD(value);
	return true;
}

EcoPollutant
eco_pollutant_for_period(EcoPollutant pollutant, EcoPeriod period)
{
	if (pollutant == ECO_O3_8H || pollutant == ECO_O3_1H)
		return period == ECO_PERIOD_1H ? ECO_O3_1H :
			period == 0 ? pollutant : ECO_O3_8H;
	return pollutant;
}

const EcoAqiStandard *
eco_aqi_standard(const char *name, int len)
{
	int			id;

	if (!eco_name_lookup(&eco_aqi_standard_names, name, len, &id))
		return NULL;
	return eco_aqi_standard_by_id((EcoAqiStandardId) id);
}

const EcoAqiStandard *
eco_aqi_standard_by_id(EcoAqiStandardId id)
{
	int			i;

	for (i = 0; eco_aqi_standards[i] != NULL; i++)
		if (eco_aqi_standards[i]->id == id)
			return eco_aqi_standards[i];
	return NULL;
}

const EcoAqiColumn *
eco_aqi_column(const EcoAqiStandard *standard, EcoPollutant pollutant, EcoPeriod period)
{
	int			i;

	for (i = 0; i < standard->ncolumns; i++)
		if (standard->columns[i].pollutant == pollutant &&
			standard->columns[i].period == period)
			return &standard->columns[i];
	/* HJ 633-2026 formula (1); 2012 national practice since 2014-01-01 */
	if (standard->hourly_pm_uses_daily && period == ECO_PERIOD_1H &&
		(pollutant == ECO_PM10 || pollutant == ECO_PM25))
		return eco_aqi_column(standard, pollutant, ECO_PERIOD_24H);
	return NULL;
}

static EcoAqiStatus
check_concentration(const EcoAqiStandard *standard, EcoPollutant pollutant, double conc)
{
	if (isnan(conc) || isinf(conc))
		return ECO_AQI_NOT_FINITE;
	if (conc < 0)
		return ECO_AQI_NEGATIVE;
	if (!eco_plausible(standard->id, pollutant, conc))
		return ECO_AQI_IMPLAUSIBLE;
	return ECO_AQI_OK;
}

/* A fixed-point concentration prepared as the standard says. */
static int64_t
prepared_fixed(const EcoAqiStandard *standard, const EcoAqiColumn *column, int64_t c)
{
	switch (standard->preparation)
	{
		case ECO_CONC_ROUND_HALF_EVEN:
			return eco_fixed_round_half_even(c, column->quantum);
		case ECO_CONC_TRUNCATE:
			return eco_fixed_truncate(c, column->quantum);
		case ECO_CONC_AS_GIVEN:
			break;
	}
	return c;
}

/* The concentration as the standard reads it, in fixed-point units. */
static int64_t
prepared_concentration(const EcoAqiStandard *standard, const EcoAqiColumn *column,
					   double conc)
{
	int64_t		c;

	if (!eco_fixed_from_double(conc, &c))
		return ECO_FIXED_ABOVE_ALL;
	return prepared_fixed(standard, column, c);
}

/* The interpolation on one row, rounded exactly (num, den >= 0). */
static int
segment_index(const EcoAqiSegment *row, int64_t c, EcoIndexRounding rounding)
{
	int64_t		num = (int64_t) (row->i_hi - row->i_lo) * (c - row->c_lo);
	int64_t		den = row->c_hi - row->c_lo;

	if (rounding == ECO_INDEX_CEIL)
		return row->i_lo + (int) (num / den + (num % den != 0));
	/* nearest, .5 up: floor((2 num + den) / (2 den)) */
	return row->i_lo + (int) ((2 * num + den) / (2 * den));
}

static EcoAqiStatus
column_index(const EcoAqiStandard *standard, const EcoAqiColumn *column,
			 int64_t c, int *index, bool *beyond)
{
	int			r;

	*beyond = false;
	if (c < column->rows[0].c_lo)
		return ECO_AQI_NONE;
	for (r = 0; r < column->nrows; r++)
		if (c <= column->rows[r].c_hi)
		{
			*index = segment_index(&column->rows[r], c, standard->rounding);
			return ECO_AQI_OK;
		}
	switch (column->above)
	{
		case ECO_ABOVE_CAP:
			*index = ECO_AQI_TOP;
			*beyond = true;
			return ECO_AQI_OK;
		case ECO_ABOVE_FIXED:
			*index = column->above_index;
			return ECO_AQI_OK;
		case ECO_ABOVE_SUBSTITUTE:
			break;
	}
	return ECO_AQI_NEEDS_OTHER_PERIOD;
}

EcoAqiStatus
eco_iaqi(const EcoAqiStandard *standard, const EcoAqiColumn *column,
		 double conc, int *index, bool *beyond)
{
	EcoAqiStatus status = check_concentration(standard, column->pollutant, conc);

	if (status != ECO_AQI_OK)
		return status;
	return column_index(standard, column,
						prepared_concentration(standard, column, conc),
						index, beyond);
}

static int
level_of(const EcoAqiStandard *standard, int value)
{
	int			level;

	if (standard->levels > 0)
		return value;
	for (level = 0; level < 5; level++)
		if (value <= standard->level_top[level])
			return level + 1;
	return 6;
}

int
eco_aqi_level(EcoAqiStandardId id, int value)
{
	const EcoAqiStandard *standard = eco_aqi_standard_by_id(id);

	return standard != NULL ? level_of(standard, value) : 0;
}

const char *
eco_aqi_category(const EcoAqiStandard *standard, int value, bool english)
{
	int			level = level_of(standard, value);

	if (standard->levels > 0)
		return english ? standard->level_category_en[level - 1] :
			standard->level_category_zh[level - 1];
	return english ? standard->category_en[level - 1] : standard->category_zh[level - 1];
}

const char *
eco_aqi_color(const EcoAqiStandard *standard, int value)
{
	if (standard->levels > 0)
		return standard->level_color[value - 1];
	return standard->color[level_of(standard, value) - 1];
}

/*
 * The fast reading of a column.  Official data are on the column's
 * resolution (integers in ug/m3 and ppb, CO to 0.1 mg/m3), and daily means
 * are fractional (37.458...).  Both take the same road, exact without any
 * fixed-point or integer-division arithmetic per value:
 *
 *   - at_quantum[k], the column's index at exactly k quanta, gives a first
 *     guess from the integer part of conc / quantum;
 *   - start[i], the smallest double whose exact index (the arithmetic
 *     above, on the fixed-point reading of that double) is at least i,
 *     corrects the guess: the index of conc is the largest i with
 *     start[i] <= conc.
 *
 * The index is a non-decreasing function of the double (the fixed-point
 * reading, the GB/T 8170 pre-rounding, the US truncation and the
 * interpolation all are), so the thresholds determine it; the builder
 * checks that monotonicity instead of assuming it, and a column that fails
 * the check simply has no fast reading.  Within one quantum the index moves
 * by at most ECO_FAST_STEPS (the steepest segment, US O3 8-h 0.071-0.085
 * ppm, gives 3.5 a quantum), so the correction is four comparisons with the
 * thresholds that follow the guess, added up: no loop, no branch on the
 * data.  Both tables are small (2 bytes a quantum, 8 an index value: a few
 * kilobytes a column), so that they stay in the first-level cache while the
 * executor streams rows past them.  Values the column does not index (below
 * a US column's first row) and values from the top quantum up take the
 * exact road.  The tables are built once per process, on first use of a
 * column; without memory there is no fast reading.
 */
#define ECO_MAX_FAST 64

#define ECO_FAST_STEPS 4		/* index values a quantum may add */

struct EcoAqiFast
{
	double		per_quantum;	/* quanta per unit */
	int			top;			/* the column's top, in quanta */
	int16_t    *at_quantum;		/* k = 0..top; -1: no index there */
	double	   *start;			/* index i = 0..last + ECO_FAST_STEPS; +inf
								 * below the first and past the last */
};

static struct
{
	const EcoAqiColumn *column;
	EcoAqiFast *fast;
}			fast_columns[ECO_MAX_FAST];

/* The exact index at a fixed-point concentration; -1 where there is none. */
static int
index_at_fixed(const EcoAqiStandard *standard, const EcoAqiColumn *column, int64_t c)
{
	int			index;
	bool		beyond;

	if (column_index(standard, column, prepared_fixed(standard, column, c),
					 &index, &beyond) != ECO_AQI_OK)
		return -1;
	return index;
}

/* The smallest c in [lo, hi] whose index is >= i (hi when none is). */
static int64_t
first_fixed_at(const EcoAqiStandard *standard, const EcoAqiColumn *column,
			   int i, int64_t lo, int64_t hi)
{
	while (lo < hi)
	{
		int64_t		mid = lo + (hi - lo) / 2;

		if (index_at_fixed(standard, column, mid) >= i)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* The smallest double >= 0 whose fixed-point reading is >= c (c >= 0). */
static double
first_double_reading(int64_t c)
{
	double		x = ((double) c - 0.5) / (double) ECO_FIXED_SCALE;
	int64_t		r;

	if (x < 0)
		x = 0;
	while (x > 0 && eco_fixed_from_double(nextafter(x, 0), &r) && r >= c)
		x = nextafter(x, 0);
	while (eco_fixed_from_double(x, &r) && r < c)
		x = nextafter(x, INFINITY);
	return x;
}

static EcoAqiFast *
build_fast(const EcoAqiStandard *standard, const EcoAqiColumn *column)
{
	EcoAqiFast *f = calloc(1, sizeof(EcoAqiFast));
	int64_t		c_top = column->rows[column->nrows - 1].c_hi;
	int64_t		c;
	int			first;			/* the lowest index the column gives */
	int			last;			/* its index at the top */
	int			k;
	int			i;

	if (f == NULL)
		return NULL;
	f->per_quantum = (double) ECO_FIXED_SCALE / (double) column->quantum;
	f->top = (int) (c_top / column->quantum);
	f->at_quantum = malloc(sizeof(int16_t) * (size_t) (f->top + 1));
	if (f->at_quantum == NULL)
		goto fail;
	for (k = 0; k <= f->top; k++)
		f->at_quantum[k] = (int16_t) index_at_fixed(standard, column,
													(int64_t) k * column->quantum);

	/* the column's first indexed concentration and its index */
	c = first_fixed_at(standard, column, 0, 0, c_top);
	first = index_at_fixed(standard, column, c);
	last = index_at_fixed(standard, column, c_top);
	if (first < 0 || last < first)
		goto fail;
	f->start = malloc(sizeof(double) * (size_t) (last + 1 + ECO_FAST_STEPS));
	if (f->start == NULL)
		goto fail;
	for (i = 0; i < last + 1 + ECO_FAST_STEPS; i++)
		f->start[i] = INFINITY;
	f->start[first] = first_double_reading(c);
	for (i = first + 1; i <= last; i++)
	{
		int64_t		from = c;

		c = first_fixed_at(standard, column, i, from, c_top);
		f->start[i] = first_double_reading(c);
	}

	/*
	 * The thresholds are right only if the index never decreases: check it
	 * on every quantum and at every threshold and its neighbour below; and
	 * no quantum may add more than ECO_FAST_STEPS.
	 */
	for (k = 1; k <= f->top; k++)
		if (f->at_quantum[k - 1] > f->at_quantum[k] ||
			(f->at_quantum[k - 1] >= 0 && f->at_quantum[k] - f->at_quantum[k - 1] > ECO_FAST_STEPS))
			goto fail;
	for (k = 0; k <= f->top; k++)
		if (f->at_quantum[k] >= 0 && f->at_quantum[k] < first)
			goto fail;
	for (i = first + 1; i <= last; i++)
	{
		int64_t		r;

		if (f->start[i] < f->start[i - 1] ||
			!eco_fixed_from_double(f->start[i], &r) ||
			index_at_fixed(standard, column, r) < i ||
			index_at_fixed(standard, column, r - 1) >= i)
			goto fail;
	}
	return f;

fail:
	free(f->at_quantum);
	free(f->start);
	free(f);
	return NULL;
}

const EcoAqiFast *
eco_aqi_fast(const EcoAqiStandard *standard, const EcoAqiColumn *column)
{
	int			t;

	for (t = 0; t < ECO_MAX_FAST && fast_columns[t].column != NULL; t++)
		if (fast_columns[t].column == column)
			return fast_columns[t].fast;
	if (t == ECO_MAX_FAST)
		return NULL;
	fast_columns[t].fast = build_fast(standard, column);
	fast_columns[t].column = column;
	return fast_columns[t].fast;
}

/*
 * The index of conc by the fast reading, or -1: take the exact road.  If
 * conc * per_quantum rounded up across a whole quantum k, conc lies below
 * k quanta and below the start of the index there: the exact road.
 */
static inline int
fast_index(const EcoAqiFast *f, double conc)
{
	double		quanta = conc * f->per_quantum;
	const double *start;
	int			at;

	if (!(quanta >= 0 && quanta < f->top))
		return -1;
	at = f->at_quantum[(int) quanta];
	if (at < 0)
		return -1;
	start = &f->start[at];
	if (conc < start[0])
		return -1;
	return at + (conc >= start[1]) + (conc >= start[2]) + (conc >= start[3]) +
		(conc >= start[4]);
}

int
eco_aqi_fast_index(const EcoAqiFast *fast, double conc)
{
	return fast_index(fast, conc);
}

void
eco_aqi_plan(const EcoAqiStandard *standard, EcoAqiReport report, EcoAqiPlan *plan)
{
	int			i;

	plan->standard = standard;
	plan->slots = report == ECO_REPORT_DAILY ? standard->daily : standard->hourly;
	plan->nslots = report == ECO_REPORT_DAILY ? ECO_DAILY_SLOTS : ECO_HOURLY_SLOTS;
	plan->available = report == ECO_REPORT_DAILY ? !standard->no_daily : standard->has_hourly;
	for (i = 0; i < plan->nslots; i++)
	{
		const EcoAqiSlot *slot = &plan->slots[i];
		const EcoAqiColumn *column = NULL;
		int			j;

		plan->substitute[i] = -1;
		plan->fast[i] = NULL;
		if (slot->role != ECO_SLOT_REJECTED)
			column = eco_aqi_column(standard, slot->pollutant, slot->period);
		plan->column[i] = column;
		if (column != NULL && slot->role != ECO_SLOT_SUBSTITUTE)
			plan->fast[i] = eco_aqi_fast(standard, column);
		if (column == NULL || column->above != ECO_ABOVE_SUBSTITUTE)
			continue;
		/* the report's input for the substitute column */
		for (j = 0; j < plan->nslots; j++)
			if (plan->slots[j].role != ECO_SLOT_REJECTED &&
				plan->slots[j].pollutant == column->substitute &&
				plan->slots[j].period == column->substitute_period)
				plan->substitute[i] = j;
	}
}

EcoAqiStatus
eco_aqi_report_planned(const EcoAqiPlan *plan, const double *conc, const bool *present,
					   EcoAqi *result, int *culprit)
{
	const EcoAqiStandard *standard = plan->standard;
	const EcoAqiSlot *slots = plan->slots;
	bool		incomplete = false;
	bool		beyond = false;
	int			index[ECO_MAX_SLOTS];	/* the sub-indexes given ... */
	EcoPollutant credited[ECO_MAX_SLOTS];	/* ... and their pollutants */
	int			n = 0;
	int			aqi = -1;
	unsigned	primary = 0;
	unsigned	exceeding = 0;
	int			i;

	*culprit = -1;
	if (!plan->available)
		return ECO_AQI_NO_PERIOD;
	for (i = 0; i < plan->nslots; i++)
	{
		EcoAqiStatus status;
		const EcoAqiColumn *column = plan->column[i];
		int			j;
		bool		b;

		if (!present[i])
		{
			incomplete |= slots[i].role == ECO_SLOT_INDICATOR;
			continue;
		}
		credited[n] = slots[i].pollutant;
		if (plan->fast[i] != NULL &&
			(index[n] = fast_index(plan->fast[i], conc[i])) >= 0)
		{
			n++;
			continue;
		}
		/* the exact road, and everything that is not a plain look-up */
		*culprit = i;
		if (slots[i].role == ECO_SLOT_REJECTED || column == NULL)
			return ECO_AQI_NO_PERIOD;
		status = check_concentration(standard, column->pollutant, conc[i]);
		if (status != ECO_AQI_OK)
			return status;
		*culprit = -1;
		if (slots[i].role == ECO_SLOT_SUBSTITUTE)
			continue;
		status = column_index(standard, column,
							  prepared_concentration(standard, column, conc[i]),
							  &index[n], &b);
		if (status == ECO_AQI_NEEDS_OTHER_PERIOD)
		{
			const EcoAqiColumn *other;

			j = plan->substitute[i];
			*culprit = j;
			if (j < 0 || !present[j])
				return ECO_AQI_NEEDS_OTHER_PERIOD;
			other = plan->column[j];
			status = check_concentration(standard, other->pollutant, conc[j]);
			if (status != ECO_AQI_OK)
				return status;
			*culprit = -1;
			status = column_index(standard, other,
								  prepared_concentration(standard, other, conc[j]),
								  &index[n], &b);
			/* the substitute's index, at least the column's floor (US) */
			if (status == ECO_AQI_NONE ||
				(status == ECO_AQI_OK && index[n] < column->above_index))
				index[n] = column->above_index;
			status = ECO_AQI_OK;
			credited[n] = slots[j].pollutant;
		}
		if (status == ECO_AQI_NONE)
			continue;
		beyond |= b;
		n++;
	}

	/*
	 * The AQI is the largest sub-index, the primary pollutants those that
	 * give it (computed without branching on the values).
	 */
	for (i = 0; i < n; i++)
		aqi = index[i] > aqi ? index[i] : aqi;
	for (i = 0; i < n; i++)
	{
		primary |= (unsigned) (index[i] == aqi) << credited[i];
		exceeding |= (unsigned) (index[i] > standard->exceeding_above) << credited[i];
	}
	if (standard->exceeding_above < 0)
		exceeding = 0;
	if (n == 0)
		return incomplete && standard->incomplete_hides_to_100 ?
			ECO_AQI_NOT_PUBLISHED : ECO_AQI_NONE;
	if (aqi < standard->aqi_min)
		aqi = standard->aqi_min;
	if (incomplete && standard->incomplete_hides_to_100 && aqi <= 100)
		return ECO_AQI_NOT_PUBLISHED;

	result->value = aqi;
	result->standard = standard->id;
	result->primary = aqi > standard->primary_above ? (uint8_t) primary : 0;
	result->exceeding = (uint8_t) exceeding;
	result->beyond = beyond;
	return ECO_AQI_OK;
}

EcoAqiStatus
eco_aqi_report(const EcoAqiStandard *standard, EcoAqiReport report,
			   const double *conc, const bool *present,
			   EcoAqi *result, int *culprit)
{
	EcoAqiPlan	plan;

	eco_aqi_plan(standard, report, &plan);
	return eco_aqi_report_planned(&plan, conc, present, result, culprit);
}

EcoAqiStatus
eco_aqi_daily(const EcoAqiStandard *standard,
			  const double conc[ECO_N_POLLUTANTS],
			  const bool present[ECO_N_POLLUTANTS],
			  EcoAqi *result)
{
	double		c[ECO_DAILY_SLOTS];
	bool		p[ECO_DAILY_SLOTS];
	int			culprit;
	int			i;

	for (i = 0; i < ECO_N_POLLUTANTS; i++)
	{
		c[i] = conc[i];
		p[i] = present[i];
	}
	c[ECO_DAILY_SO2_24H] = 0;
	p[ECO_DAILY_SO2_24H] = false;
	return eco_aqi_report(standard, ECO_REPORT_DAILY, c, p, result, &culprit);
}

const char *
eco_aqi_check(const EcoAqi *aqi)
{
	const EcoAqiStandard *standard = eco_aqi_standard_by_id(aqi->standard);
	const unsigned all = (1u << ECO_N_POLLUTANTS) - 1;

	if (standard == NULL)
		return "unknown standard";
	if (aqi->value < standard->aqi_min ||
		aqi->value > (standard->levels > 0 ? standard->levels : ECO_AQI_TOP))
		return "index value out of range";
	if ((aqi->primary & ~all) != 0 || (aqi->exceeding & ~all) != 0)
		return "unknown pollutant";
	if ((aqi->value > standard->primary_above) != (aqi->primary != 0))
		return aqi->primary != 0 ?
			"primary pollutants are only named above the standard's threshold" :
			"an index above the standard's threshold names its primary pollutants";
	if (standard->exceeding_above < 0)
	{
		if (aqi->exceeding != 0)
			return "the standard has no exceeding pollutants";
	}
	else
	{
		if ((aqi->value > standard->exceeding_above) != (aqi->exceeding != 0))
			return "exceeding pollutants are exactly those with a sub-index above 100";
		if (aqi->exceeding != 0 && (aqi->primary & ~aqi->exceeding) != 0)
			return "a primary pollutant of an index above 100 is also exceeding";
	}
	if (aqi->beyond && aqi->value != ECO_AQI_TOP)
		return "only an index of 500 can be beyond the scale";
	return NULL;
}
