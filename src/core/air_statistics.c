/*
 * The HJ 663-2013 statistics of an air summary over its city daily values:
 * daily values, GB 3095 Table 4 validity, means, percentiles, evaluation
 * values, compliance, the composite index and the daily AQI day counts.
 */
#include "core/air_summary.h"

#include <stdio.h>
#include <string.h>

#include "core/air_summary_internal.h"
#include "core/aqi.h"
#include "core/aqi_rounding.h"
#include "core/gbt8170.h"

#define PERCENT_SCALE (100 * ECO_FIXED_SCALE)

/* ---- City daily values (HJ 663-2013; reporting precision) ---- */

int64_t
eco_exact_round(EcoExact x)
{
	return eco_div_half_even(x.num, x.den);
}

void
eco_air_format_units(int64_t units, int decimals, char *buf, size_t size)
{
	int64_t		scale = decimals == 2 ? 100 : decimals == 1 ? 10 : 1;
	uint64_t	magnitude = units < 0 ? -(uint64_t) units : (uint64_t) units;

	if (decimals == 0)
		snprintf(buf, size, "%lld", (long long) units);
	else
		snprintf(buf, size, "%s%llu.%0*llu", units < 0 ? "-" : "",
				 (unsigned long long) (magnitude / scale), decimals,
				 (unsigned long long) (magnitude % scale));
}

void
eco_air_format_exact(EcoExact x, int decimals, char *buf, size_t size)
{
	char		digits[32];
	int			frac_digits = decimals;
	int64_t		den;
	int			len;

	for (den = x.den; den > 1; den /= 10)
		frac_digits++;
	snprintf(digits, sizeof(digits), "%0*lld", frac_digits + 1, (long long) x.num);
	len = (int) strlen(digits);
	while (frac_digits > decimals && digits[len - 1] == '0')
	{
		digits[--len] = '\0';
		frac_digits--;
	}
	if (frac_digits == 0)
		snprintf(buf, size, "%s", digits);
	else
		snprintf(buf, size, "%.*s.%s", len - frac_digits, digits, digits + len - frac_digits);
}

bool
eco_air_daily_value(const EcoAirSummary *s, int day_of_year, int pollutant, int64_t *units)
{
	uint32_t	count = s->count[day_of_year][pollutant];

	if (count == 0)
		return false;
	/* the mean of the stations, sum / count, rounded once to reporting units */
	*units = eco_div_half_even(s->sum[day_of_year][pollutant],
							  (int64_t) count * eco_air_reporting_quantum(pollutant));
	return true;
}

/* ---- Validity: GB 3095-2012/2026 Table 4 ---- */

static bool
day_valid(const EcoAirSummary *s, int day, int pollutant)
{
	int			p;

	if (pollutant != ECO_AIR_ALL_POLLUTANTS)
		return s->count[day][pollutant] > 0;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (s->count[day][p] == 0)
			return false;
	return true;
}

int
eco_air_valid_days(const EcoAirSummary *s, int pollutant)
{
	int			n = 0;
	int			d;

	for (d = 0; d < eco_air_days_in_year(s->year); d++)
		n += day_valid(s, d, pollutant);
	return n;
}

int
eco_air_valid_days_in_month(const EcoAirSummary *s, int month, int pollutant)
{
	int			end = month == 12 ? eco_air_days_in_year(s->year) :
		eco_air_month_first_day(s->year, month + 1);
	int			n = 0;
	int			d;

	for (d = eco_air_month_first_day(s->year, month); d < end; d++)
		n += day_valid(s, d, pollutant);
	return n;
}

/*
 * At least 27 daily values in every month, 25 in February.  Table 4 counts
 * each pollutant's own daily values, so "all six" means each of the six is
 * valid, not that 27 days have all six at once.
 */
bool
eco_air_valid_month(const EcoAirSummary *s, int month, int pollutant)
{
	int			p;

	if (pollutant == ECO_AIR_ALL_POLLUTANTS)
	{
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if (!eco_air_valid_month(s, month, p))
				return false;
		return true;
	}
	return eco_air_valid_days_in_month(s, month, pollutant) >=
		(month == 2 ? ECO_AIR_MIN_DAYS_FEBRUARY : ECO_AIR_MIN_DAYS_MONTH);
}

/* at least ECO_AIR_MIN_DAYS_YEAR (324) daily values a year, and every month valid; all six: each */
bool
eco_air_valid_year(const EcoAirSummary *s, int pollutant)
{
	int			month;
	int			p;

	if (pollutant == ECO_AIR_ALL_POLLUTANTS)
	{
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if (!eco_air_valid_year(s, p))
				return false;
		return true;
	}
	if (eco_air_valid_days(s, pollutant) < ECO_AIR_MIN_DAYS_YEAR)
		return false;
	for (month = 1; month <= 12; month++)
		if (!eco_air_valid_month(s, month, pollutant))
			return false;
	return true;
}

/* ---- Statistics (HJ 663-2013 annual assessment and percentile) ---- */

void
eco_air_series(const EcoAirSummary *s, int pollutant, EcoAirSeries *series)
{
	int			d;

	series->n = 0;
	for (d = 0; d < eco_air_days_in_year(s->year); d++)
		if (eco_air_daily_value(s, d, pollutant, &series->value[series->n]))
			series->n++;
}

bool
eco_air_series_mean(const EcoAirSeries *series, EcoExact *mean)
{
	int64_t		total = 0;
	int			i;

	if (series->n == 0)
		return false;
	for (i = 0; i < series->n; i++)
		total += series->value[i];
	mean->num = total;
	mean->den = series->n;
	return true;
}

/* the k-th smallest (0-based) of x[0..n-1], reordering x (Hoare's selection) */
static int64_t
select_kth(int64_t *x, int64_t n, int64_t k)
{
	int64_t		lo = 0;
	int64_t		hi = n - 1;

	while (lo < hi)
	{
		int64_t		pivot = x[lo + (hi - lo) / 2];
		int64_t		i = lo;
		int64_t		j = hi;

		while (i <= j)
		{
			while (x[i] < pivot)
				i++;
			while (x[j] > pivot)
				j--;
			if (i <= j)
			{
				int64_t		t = x[i];

				x[i] = x[j];
				x[j] = t;
				i++;
				j--;
			}
		}
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			break;
	}
	return x[k];
}

/*
 * Daily values at reporting precision mostly lie within a few hundred units
 * of each other (O3: 50 to 250 µg/m³): then X(s) and X(s+1) come from a
 * count of each value, in time n + range, without reordering anything.
 */
#define COUNTING_RANGE_MAX 2048

/* the k-th smallest (0-based) of x[0..n-1] and the next, by counting */
static void
select_kth_counting(const int64_t *x, int64_t n, int64_t k, int64_t lowest, int64_t range,
					int64_t *at, int64_t *next)
{
	uint16_t	count[COUNTING_RANGE_MAX];	/* n <= ECO_AIR_MAX_DAYS */
	int64_t		below = 0;
	int64_t		v;
	int64_t		i;

	memset(count, 0, (size_t) range * sizeof(count[0]));
	for (i = 0; i < n; i++)
		count[x[i] - lowest]++;
	for (v = 0; below + count[v] <= k; v++)
		below += count[v];
	*at = lowest + v;
	if (k + 1 < n && below + count[v] == k + 1)
	{
		/* X(s+1) is the next value present */
		for (v++; count[v] == 0; v++)
			;
		*next = lowest + v;
	}
	else
		*next = *at;
}

/*
 * k = 1 + (n - 1) p / 100, s = floor(k), m = X(s) + (X(s+1) - X(s)) (k - s),
 * X(n + 1) = X(n).  With p in 10^-6 percent, (n - 1) p / 100 is an integer
 * part and a remainder over 10^8, so m is exact over the denominator 10^8.
 */
bool
eco_air_series_percentile(EcoAirSeries *series, int64_t p_fixed, EcoExact *value)
{
	int64_t		n = series->n;
	int64_t    *x = series->value;
	int64_t		rank_scaled;
	int64_t		below;
	int64_t		fraction;
	int64_t		lowest;
	int64_t		highest;
	int64_t		at;
	int64_t		next;
	int64_t		i;

	if (n == 0)
		return false;
	rank_scaled = (n - 1) * p_fixed;	/* (k - 1) * 10^8 */
	below = rank_scaled / PERCENT_SCALE;	/* s - 1 */
	fraction = rank_scaled % PERCENT_SCALE;	/* (k - s) * 10^8 */
	lowest = highest = x[0];
	for (i = 1; i < n; i++)
	{
		lowest = x[i] < lowest ? x[i] : lowest;
		highest = x[i] > highest ? x[i] : highest;
	}
	if (highest - lowest < COUNTING_RANGE_MAX && n <= ECO_AIR_MAX_DAYS)
		select_kth_counting(x, n, below, lowest, highest - lowest + 1, &at, &next);
	else
	{
		at = select_kth(x, n, below);
		/* X(s+1): the smallest value above position s */
		next = at;
		if (below + 1 < n)
		{
			next = x[below + 1];
			for (i = below + 2; i < n; i++)
				if (x[i] < next)
					next = x[i];
		}
	}
	value->num = at * PERCENT_SCALE + (next - at) * fraction;
	value->den = PERCENT_SCALE;
	return true;
}

bool
eco_air_percentile(const EcoAirSummary *s, int pollutant, int64_t p_fixed, EcoExact *value)
{
	EcoAirSeries series;

	eco_air_series(s, pollutant, &series);
	return eco_air_series_percentile(&series, p_fixed, value);
}

/* ---- The daily AQI (HJ 633-2012 / HJ 633-2026 daily report) ---- */

/*
 * The daily report's plan of each HJ 633, resolved once: a summary asks for
 * seven reports a day (one per pollutant alone, then all together).
 */
static const EcoAqiPlan *
daily_plan(bool hj2026)
{
	static EcoAqiPlan plans[2];
	static bool planned[2];

	if (!planned[hj2026])
	{
		eco_aqi_plan(eco_aqi_standard_by_id(hj2026 ? ECO_HJ633_2026 : ECO_HJ633_2012),
					 ECO_REPORT_DAILY, &plans[hj2026]);
		planned[hj2026] = true;
	}
	return &plans[hj2026];
}

/* HJ 633-2026 took effect on 2026-03-01 and abolished HJ 633-2012 */
static const EcoAqiPlan *
plan_for_day(const EcoAirSummary *s, int day_of_year)
{
	bool		hj2026;

	switch ((EcoAirAqiRule) s->aqi_rule)
	{
		case ECO_AIR_AQI_HJ633_2012:
			hj2026 = false;
			break;
		case ECO_AIR_AQI_HJ633_2026:
			hj2026 = true;
			break;
		default:
			hj2026 = s->year > 2026 ||
				(s->year == 2026 && day_of_year >= eco_air_day_of_year(2026, 3, 1));
			break;
	}
	return daily_plan(hj2026);
}

void
eco_air_day_aqi(const EcoAirSummary *s, int day_of_year, EcoAirDayAqi *out)
{
	eco_air_day_aqi_rounded(s, day_of_year, ECO_AQI_ROUNDING_REPORTING, out);
}

void
eco_air_day_aqi_rounded(const EcoAirSummary *s, int day_of_year, EcoAqiRounding rounding,
						EcoAirDayAqi *out)
{
	const EcoAqiPlan *plan = plan_for_day(s, day_of_year);
	bool		as_given = rounding == ECO_AQI_ROUNDING_AS_GIVEN &&
		eco_aqi_rounding_matters(plan->standard);

	/* the daily report's slots: the six pollutants, then SO2 24-h (absent) */
	double		conc[ECO_DAILY_SLOTS] = {0};
	bool		present[ECO_DAILY_SLOTS] = {false};
	EcoAqi		aqi;
	int			culprit;
	int			p;

	memset(out, 0, sizeof(*out));
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		int64_t		units;

		if (as_given && s->count[day_of_year][p] > 0)
		{
			/* the mean of the stations as a double, as aqi_daily() reads one */
			conc[p] = (double) s->sum[day_of_year][p] /
				((double) s->count[day_of_year][p] * (double) ECO_FIXED_SCALE);
			present[p] = true;
		}
		else if (eco_air_daily_value(s, day_of_year, p, &units))
		{
			conc[p] = p == ECO_CO ? units / 10.0 : (double) units;
			present[p] = true;
		}
	}
	/*
	 * HJ 633-2012 §3.4: a pollutant whose IAQI exceeds 100 exceeds the limit.
	 * Decided before the AQI, which may be withheld: an O3 8-hour value above
	 * 800 under HJ 633-2012 (note 3) exceeds whatever the 1-hour value is.
	 */
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		bool		alone[ECO_DAILY_SLOTS] = {false};
		EcoAqi		iaqi;
		EcoAqiStatus status;

		if (!present[p])
			continue;
		alone[p] = true;
		status = eco_aqi_report_planned(plan, conc, alone, &iaqi, &culprit);
		if ((status == ECO_AQI_OK && iaqi.value > 100) || status == ECO_AQI_NEEDS_OTHER_PERIOD)
			out->over_100 |= (uint8_t) (1 << p);
	}

	/*
	 * No AQI when nothing was measured, when HJ 633-2026 §5.3 withholds it
	 * (incomplete and at most 100), or when HJ 633-2012 note 3 asks for the
	 * O3 1-hour value the daily rows do not carry.
	 */
	if (eco_aqi_report_planned(plan, conc, present, &aqi, &culprit) != ECO_AQI_OK)
		return;
	out->has_aqi = true;
	out->aqi = aqi.value;
	out->level = eco_aqi_level(aqi.standard, aqi.value);
	out->primary = aqi.primary & ((1 << ECO_AIR_N_POLLUTANTS) - 1);
}

/* ---- Evaluation of a period (HJ 663-2013, GB 3095, city ranking rules) ---- */

static const EcoNameEntry statistic_entries[] = {
	ECO_NAME("annual", ECO_AIR_STAT_ANNUAL),
	ECO_NAME("mean", ECO_AIR_STAT_MEAN),
	ECO_NAME("24h", ECO_AIR_STAT_DAILY_LIMIT),
	ECO_NAME("daily", ECO_AIR_STAT_DAILY_LIMIT),	/* as docs/air-summary.md lists it */
	ECO_NAME_END
};

const EcoNameTable eco_air_statistic_names = {
	.thing = "statistic", .things = "statistics", .entries = statistic_entries,
	.note = "; annual is what HJ 663 evaluates for the year, 24h the percentile of the"
	" 24-hour limit"
};

/* The percentile HJ 663-2013 evaluates against the 24-hour (O3: 8-hour) limit */
static const int daily_limit_percentile[ECO_AIR_N_POLLUTANTS] = {
	98,							/* SO2 */
	98,							/* NO2 */
	95,							/* PM10 */
	95,							/* CO */
	90,							/* O3, daily maximum 8 h */
	95,							/* PM2.5 */
};

bool
eco_air_series_evaluation(EcoAirSeries *series, int pollutant, EcoAirStatistic stat,
						  int64_t *units)
{
	EcoExact	exact;
	bool		found;

	if (stat == ECO_AIR_STAT_ANNUAL)
		stat = (pollutant == ECO_CO || pollutant == ECO_O3_8H) ?
			ECO_AIR_STAT_DAILY_LIMIT : ECO_AIR_STAT_MEAN;
	if (stat == ECO_AIR_STAT_MEAN)
		found = eco_air_series_mean(series, &exact);
	else
		found = eco_air_series_percentile(series,
										  daily_limit_percentile[pollutant] * ECO_FIXED_SCALE, &exact);
	if (found)
		*units = eco_exact_round(exact);
	return found;
}

bool
eco_air_evaluation_value(const EcoAirSummary *s, int pollutant, EcoAirStatistic stat,
						 int64_t *units)
{
	EcoAirSeries series;

	eco_air_series(s, pollutant, &series);
	return eco_air_series_evaluation(&series, pollutant, stat, units);
}

int
eco_air_compliant(const EcoAirSummary *s, int pollutant, EcoGb3095 edition, int klass)
{
	int64_t		value;
	bool		annual_limit = pollutant != ECO_CO && pollutant != ECO_O3_8H;
	int			limit;

	if (!eco_air_valid_year(s, pollutant) ||
		!eco_air_evaluation_value(s, pollutant, ECO_AIR_STAT_ANNUAL, &value))
		return -1;
	limit = eco_gb3095_limit(edition, pollutant,
							 annual_limit ? ECO_LIMIT_ANNUAL : ECO_LIMIT_DAILY, klass);
	return value <= limit;
}

/* 3360 is the least common multiple of the S_i in reporting units */
#define COMPOSITE_COMMON_DENOMINATOR 3360

bool
eco_air_subindex(const EcoAirSummary *s, int pollutant, int64_t *hundredths)
{
	int64_t		c;
	EcoExact	index;

	if (!eco_air_evaluation_value(s, pollutant, ECO_AIR_STAT_ANNUAL, &c))
		return false;
	index.num = c * 100;
	index.den = eco_composite_denominator(pollutant);
	*hundredths = eco_exact_round(index);
	return true;
}

/* sum of C_i / S_i, exact, over the common denominator */
static bool
composite_numerator(const EcoAirSummary *s, int64_t single[ECO_AIR_N_POLLUTANTS],
					int64_t *total)
{
	int			p;

	*total = 0;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		int64_t		c;

		if (!eco_air_evaluation_value(s, p, ECO_AIR_STAT_ANNUAL, &c))
			return false;
		single[p] = c * (COMPOSITE_COMMON_DENOMINATOR / eco_composite_denominator(p));
		*total += single[p];
	}
	return true;
}

bool
eco_air_composite_index(const EcoAirSummary *s, int64_t *hundredths)
{
	int64_t		single[ECO_AIR_N_POLLUTANTS];
	EcoExact	index;

	if (!composite_numerator(s, single, &index.num))
		return false;
	index.num *= 100;
	index.den = COMPOSITE_COMMON_DENOMINATOR;
	*hundredths = eco_exact_round(index);
	return true;
}

uint8_t
eco_air_max_subindex_pollutants(const EcoAirSummary *s)
{
	int64_t		single[ECO_AIR_N_POLLUTANTS];
	int64_t		total;
	int64_t		largest = -1;
	uint8_t		set = 0;
	int			p;

	if (!composite_numerator(s, single, &total))
		return 0;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (single[p] > largest)
			largest = single[p];
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (single[p] == largest)
			set |= (uint8_t) (1 << p);
	return set;
}

static const EcoNameEntry basis_entries[] = {
	ECO_NAME("exceedance", ECO_AIR_BASIS_EXCEEDANCE),
	ECO_NAME("primary", ECO_AIR_BASIS_PRIMARY),
	ECO_NAME_END
};

const EcoNameTable eco_air_basis_names = {
	.thing = "basis", .things = "bases", .entries = basis_entries,
	.note = "; exceedance counts the days with AQI above 100, primary every day with a"
	" primary pollutant (AQI above 50)",
	.after = " for primary pollutant days"
};

void
eco_air_day_counts(const EcoAirSummary *s, EcoAirDayCounts *out)
{
	eco_air_day_counts_rounded(s, ECO_AQI_ROUNDING_REPORTING, out);
}

void
eco_air_day_counts_rounded(const EcoAirSummary *s, EcoAqiRounding rounding,
						   EcoAirDayCounts *out)
{
	int			ndays = eco_air_days_in_year(s->year);
	int			d,
				p;

	memset(out, 0, sizeof(*out));
	for (d = 0; d < ndays; d++)
	{
		EcoAirDayAqi day;
		bool		exceeds;

		eco_air_day_aqi_rounded(s, d, rounding, &day);
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			out->over_100[p] += (day.over_100 >> p) & 1;
		if (!day.has_aqi)
			continue;
		exceeds = day.aqi > 100;
		out->aqi_days++;
		if (day.level >= 1 && day.level <= 6)
			out->at_level[day.level]++;
		out->exceedance_days += exceeds;
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			int			primary = (day.primary >> p) & 1;

			out->primary[p] += primary;
			out->primary_exceedance[p] += primary && exceeds;
		}
	}
}
