/*
 * The annual air-quality summary: accumulation, merge, the stored form, and
 * the HJ 663-2013 statistics over the city daily values.
 */
#include "core/air_summary.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/aqi.h"
#include "core/gbt8170.h"

#define MAX_FIXED_VALUE ((int64_t) (ECO_AIR_MAX_CONCENTRATION * 1e6))
#define PERCENT_SCALE (100 * ECO_FIXED_SCALE)

/* ---- The calendar ---- */

static bool
is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static const int month_start[2][13] = {
	{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
	{0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
};

bool
eco_air_year_valid(int year)
{
	return year >= 1 && year <= 9999;
}

int
eco_air_days_in_year(int year)
{
	return is_leap(year) ? 366 : 365;
}

int
eco_air_day_of_year(int year, int month, int day)
{
	return month_start[is_leap(year)][month - 1] + day - 1;
}

int
eco_air_month_of_day(int year, int day_of_year)
{
	int			month = 1;

	while (day_of_year >= month_start[is_leap(year)][month])
		month++;
	return month;
}

static const char *const aqi_rule_names[ECO_AIR_AQI_N_RULES] = {
	"by date", "hj633-2012", "hj633-2026"
};

const char *
eco_air_aqi_rule_name(EcoAirAqiRule rule)
{
	return aqi_rule_names[rule];
}

/* ---- Accumulation ---- */

void
eco_air_init(EcoAirSummary *s, int year, EcoAirAqiRule rule)
{
	memset(s, 0, sizeof(*s));
	s->year = year;
	s->aqi_rule = rule;
}

EcoAirStatus
eco_air_add(EcoAirSummary *s, int day_of_year, const double conc[ECO_AIR_N_POLLUTANTS],
			const bool present[ECO_AIR_N_POLLUTANTS], int *culprit)
{
	int64_t		fixed[ECO_AIR_N_POLLUTANTS];
	int			p;

	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		if (!present[p])
			continue;
		*culprit = p;
		if (isnan(conc[p]) || isinf(conc[p]))
			return ECO_AIR_NOT_FINITE;
		if (conc[p] < 0)
			return ECO_AIR_NEGATIVE;
		if (conc[p] > ECO_AIR_MAX_CONCENTRATION)
			return ECO_AIR_TOO_LARGE;
		if (s->count[day_of_year][p] >= ECO_AIR_MAX_COUNT)
			return ECO_AIR_TOO_MANY_VALUES;
		eco_fixed_from_double(conc[p], &fixed[p]);
	}
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (present[p])
		{
			s->sum[day_of_year][p] += fixed[p];
			s->count[day_of_year][p]++;
		}
	return ECO_AIR_OK;
}

EcoAirStatus
eco_air_merge(EcoAirSummary *into, const EcoAirSummary *from)
{
	int			d,
				p;

	for (d = 0; d < ECO_AIR_MAX_DAYS; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if ((uint64_t) into->count[d][p] + from->count[d][p] > ECO_AIR_MAX_COUNT)
				return ECO_AIR_TOO_MANY_VALUES;
	for (d = 0; d < ECO_AIR_MAX_DAYS; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			into->sum[d][p] += from->sum[d][p];
			into->count[d][p] += from->count[d][p];
		}
	return ECO_AIR_OK;
}

/*
 * ---- The stored form (version 1) ----
 *
 *   byte 0       format version (1)
 *   byte 1       AQI rule (EcoAirAqiRule)
 *   bytes 2-3    year, big-endian
 *   bytes 4-9    per pollutant e: its sums are stored in units of 10^e
 *                fixed-point units (0..6; integer inputs pack to small numbers)
 *   then, for each day with data, in increasing order:
 *     varint     days skipped since the previous record (the first: since day 0)
 *     byte       bits 0-5: pollutants present; bit 6: every count is 1 (counts
 *                omitted); bit 7 zero
 *     per present pollutant: [varint count] varint sum / 10^e
 *   and nothing after the last record.  Varints are unsigned LEB128.
 */
#define HEADER_BYTES 10
#define MASK_COUNTS_ONE 0x40
#define MAX_VARINT 10

size_t
eco_air_packed_max(void)
{
	return HEADER_BYTES + ECO_AIR_MAX_DAYS * (MAX_VARINT + 1 + 2 * MAX_VARINT * ECO_AIR_N_POLLUTANTS);
}

static uint8_t *
put_varint(uint8_t *out, uint64_t v)
{
	while (v >= 0x80)
	{
		*out++ = (uint8_t) (v | 0x80);
		v >>= 7;
	}
	*out++ = (uint8_t) v;
	return out;
}

static const int64_t pow10_table[7] = {1, 10, 100, 1000, 10000, 100000, 1000000};

size_t
eco_air_pack(const EcoAirSummary *s, uint8_t *buf)
{
	uint8_t    *out = buf;
	int			exponent[ECO_AIR_N_POLLUTANTS];
	int			ndays = eco_air_days_in_year(s->year);
	int			previous = -1;
	int			d,
				p;

	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		exponent[p] = 6;
		for (d = 0; d < ndays && exponent[p] > 0; d++)
			while (exponent[p] > 0 && s->sum[d][p] % pow10_table[exponent[p]] != 0)
				exponent[p]--;
	}
	*out++ = ECO_AIR_FORMAT_VERSION;
	*out++ = (uint8_t) s->aqi_rule;
	*out++ = (uint8_t) (s->year >> 8);
	*out++ = (uint8_t) (s->year & 0xff);
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		*out++ = (uint8_t) exponent[p];
	for (d = 0; d < ndays; d++)
	{
		uint8_t		mask = 0;

		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if (s->count[d][p] > 0)
				mask |= (uint8_t) (1 << p);
		if (mask == 0)
			continue;
		out = put_varint(out, (uint64_t) (d - previous - 1));
		previous = d;
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if (s->count[d][p] > 1)
				break;
		if (p == ECO_AIR_N_POLLUTANTS)
			mask |= MASK_COUNTS_ONE;
		*out++ = mask;
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			if (s->count[d][p] == 0)
				continue;
			if (!(mask & MASK_COUNTS_ONE))
				out = put_varint(out, s->count[d][p]);
			out = put_varint(out, (uint64_t) (s->sum[d][p] / pow10_table[exponent[p]]));
		}
	}
	return (size_t) (out - buf);
}

static bool
get_varint(const uint8_t **in, const uint8_t *end, uint64_t *v)
{
	uint64_t	result = 0;
	int			shift;

	for (shift = 0; shift < 64; shift += 7)
	{
		uint8_t		b;

		if (*in >= end)
			return false;
		b = *(*in)++;
		if (shift == 63 && b > 1)
			return false;		/* beyond 64 bits */
		result |= (uint64_t) (b & 0x7f) << shift;
		if (!(b & 0x80))
		{
			*v = result;
			return true;
		}
	}
	return false;
}

const char *
eco_air_unpack(const uint8_t *buf, size_t len, EcoAirSummary *s)
{
	const uint8_t *in = buf + HEADER_BYTES;
	const uint8_t *end = buf + len;
	int			exponent[ECO_AIR_N_POLLUTANTS];
	int			year;
	int			ndays;
	int			previous = -1;
	int			p;

	if (len < 1)
		return "the summary is empty";
	if (buf[0] != ECO_AIR_FORMAT_VERSION)
		return "unknown format version";
	if (len < HEADER_BYTES)
		return "the summary is truncated";
	if (buf[1] >= ECO_AIR_AQI_N_RULES)
		return "unknown AQI standard code";
	year = (buf[2] << 8) | buf[3];
	if (!eco_air_year_valid(year))
		return "year out of range";
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		exponent[p] = buf[4 + p];
		if (exponent[p] > 6)
			return "scale exponent out of range";
	}
	eco_air_init(s, year, (EcoAirAqiRule) buf[1]);
	ndays = eco_air_days_in_year(year);

	while (in < end)
	{
		uint64_t	skip;
		uint8_t		mask;
		int			day;

		if (!get_varint(&in, end, &skip))
			return "a day record is truncated";
		if (skip >= (uint64_t) ndays || previous + 1 + (int) skip >= ndays)
			return "day beyond the end of the year";
		day = previous + 1 + (int) skip;
		previous = day;
		if (in >= end)
			return "a day record is truncated";
		mask = *in++;
		if ((mask & 0x80) || (mask & 0x3f) == 0)
			return "invalid pollutant mask";
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			uint64_t	count = 1;
			uint64_t	stored;

			if (!(mask & (1 << p)))
				continue;
			if (!(mask & MASK_COUNTS_ONE) && !get_varint(&in, end, &count))
				return "a day record is truncated";
			if (count < 1 || count > ECO_AIR_MAX_COUNT)
				return "count out of range";
			if (!get_varint(&in, end, &stored))
				return "a day record is truncated";
			/* count * MAX_FIXED_VALUE <= 10^17: no overflow below */
			if (stored > (count * (uint64_t) MAX_FIXED_VALUE) / (uint64_t) pow10_table[exponent[p]])
				return "concentration out of range";
			s->count[day][p] = (uint32_t) count;
			s->sum[day][p] = (int64_t) stored * pow10_table[exponent[p]];
		}
	}
	return NULL;
}

/* ---- City daily values (HJ 663-2013; reference §2.3.5, §2.3.6) ---- */

/* num/den rounded half to even to an integer, num >= 0, den > 0 */
static int64_t
divide_half_even(int64_t num, int64_t den)
{
	int64_t		q = num / den;
	int64_t		r = num % den;

	if (2 * r > den || (2 * r == den && q % 2 != 0))
		q++;
	return q;
}

int64_t
eco_exact_round(EcoExact x)
{
	return divide_half_even(x.num, x.den);
}

bool
eco_air_daily_value(const EcoAirSummary *s, int day_of_year, int pollutant, int64_t *units)
{
	uint32_t	count = s->count[day_of_year][pollutant];

	if (count == 0)
		return false;
	/* the mean of the stations, sum / count, rounded once to reporting units */
	*units = divide_half_even(s->sum[day_of_year][pollutant],
							  (int64_t) count * eco_air_reporting_quantum(pollutant));
	return true;
}

/* ---- Validity: GB 3095-2012/2026 Table 4 (reference §1.5) ---- */

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
	const int  *start = month_start[is_leap(s->year)];
	int			n = 0;
	int			d;

	for (d = start[month - 1]; d < start[month]; d++)
		n += day_valid(s, d, pollutant);
	return n;
}

/* at least 27 daily values in every month, 25 in February */
bool
eco_air_valid_month(const EcoAirSummary *s, int month, int pollutant)
{
	return eco_air_valid_days_in_month(s, month, pollutant) >= (month == 2 ? 25 : 27);
}

/* at least 324 daily values a year, and every month valid */
bool
eco_air_valid_year(const EcoAirSummary *s, int pollutant)
{
	int			month;

	if (eco_air_valid_days(s, pollutant) < 324)
		return false;
	for (month = 1; month <= 12; month++)
		if (!eco_air_valid_month(s, month, pollutant))
			return false;
	return true;
}

/* ---- Statistics (HJ 663-2013; reference §2.3.1, §2.3.2) ---- */

bool
eco_air_mean(const EcoAirSummary *s, int pollutant, EcoExact *mean)
{
	int64_t		total = 0;
	int64_t		n = 0;
	int			d;

	for (d = 0; d < eco_air_days_in_year(s->year); d++)
	{
		int64_t		v;

		if (eco_air_daily_value(s, d, pollutant, &v))
		{
			total += v;
			n++;
		}
	}
	if (n == 0)
		return false;
	mean->num = total;
	mean->den = n;
	return true;
}

static int
compare_int64(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a;
	int64_t		y = *(const int64_t *) b;

	return (x > y) - (x < y);
}

/*
 * k = 1 + (n - 1) p / 100, s = floor(k), m = X(s) + (X(s+1) - X(s)) (k - s),
 * X(n + 1) = X(n).  With p in 10^-6 percent, (n - 1) p / 100 is an integer
 * part and a remainder over 10^8, so m is exact over the denominator 10^8.
 */
bool
eco_air_percentile(const EcoAirSummary *s, int pollutant, int64_t p_fixed, EcoExact *value)
{
	int64_t		x[ECO_AIR_MAX_DAYS];
	int64_t		n = 0;
	int64_t		rank_scaled;
	int64_t		below;
	int64_t		fraction;
	int64_t		next;
	int			d;

	for (d = 0; d < eco_air_days_in_year(s->year); d++)
		if (eco_air_daily_value(s, d, pollutant, &x[n]))
			n++;
	if (n == 0)
		return false;
	qsort(x, (size_t) n, sizeof(int64_t), compare_int64);
	rank_scaled = (n - 1) * p_fixed;	/* (k - 1) * 10^8 */
	below = rank_scaled / PERCENT_SCALE;	/* s - 1 */
	fraction = rank_scaled % PERCENT_SCALE;	/* (k - s) * 10^8 */
	next = below + 1 < n ? x[below + 1] : x[below];
	value->num = x[below] * PERCENT_SCALE + (next - x[below]) * fraction;
	value->den = PERCENT_SCALE;
	return true;
}

/* ---- The daily AQI (HJ 633-2012 / HJ 633-2026 daily report) ---- */

/* HJ 633-2026 took effect on 2026-03-01 (reference R4) */
static const struct EcoAqiStandard *
standard_for_day(const EcoAirSummary *s, int day_of_year)
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
	return hj2026 ? eco_aqi_standard("hj633-2026", 10) : eco_aqi_standard("hj633-2012", 10);
}

void
eco_air_day_aqi(const EcoAirSummary *s, int day_of_year, EcoAirDayAqi *out)
{
	const struct EcoAqiStandard *standard = standard_for_day(s, day_of_year);
	double		conc[ECO_N_POLLUTANTS] = {0};
	bool		present[ECO_N_POLLUTANTS] = {false};
	EcoAqi		aqi;
	int			p;

	memset(out, 0, sizeof(*out));
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		int64_t		units;

		if (eco_air_daily_value(s, day_of_year, p, &units))
		{
			conc[p] = p == ECO_CO ? units / 10.0 : (double) units;
			present[p] = true;
		}
	}
	/*
	 * No AQI when nothing was measured, when HJ 633-2026 §5.3 withholds it
	 * (incomplete and at most 100), or when HJ 633-2012 note 3 asks for the
	 * O3 1-hour value the daily rows do not carry.
	 */
	if (eco_aqi_daily(standard, conc, present, &aqi) != ECO_AQI_OK)
		return;
	out->has_aqi = true;
	out->aqi = aqi.value;
	out->level = eco_aqi_level(aqi.standard, aqi.value);
	out->primary = aqi.primary & ((1 << ECO_AIR_N_POLLUTANTS) - 1);

	/* HJ 633-2012 §3.4: a pollutant whose IAQI exceeds 100 exceeds the limit */
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		bool		alone[ECO_N_POLLUTANTS] = {false};
		EcoAqi		iaqi;
		EcoAqiStatus status;

		if (!present[p])
			continue;
		alone[p] = true;
		status = eco_aqi_daily(standard, conc, alone, &iaqi);
		if ((status == ECO_AQI_OK && iaqi.value > 100) || status == ECO_AQI_NEEDS_OTHER_PERIOD)
			out->over_100 |= (uint8_t) (1 << p);
	}
}

/* ---- Evaluation of a period (HJ 663-2013, GB 3095, city ranking rules) ---- */

bool
eco_air_statistic_from_name(const char *name, int len, EcoAirStatistic *stat)
{
	static const struct
	{
		const char *name;
		EcoAirStatistic stat;
	}			names[] = {
		{"annual", ECO_AIR_STAT_ANNUAL},
		{"mean", ECO_AIR_STAT_MEAN},
		{"24h", ECO_AIR_STAT_DAILY_LIMIT},
		{"daily", ECO_AIR_STAT_DAILY_LIMIT},
	};
	size_t		i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if ((int) strlen(names[i].name) == len && strncmp(names[i].name, name, len) == 0)
		{
			*stat = names[i].stat;
			return true;
		}
	return false;
}

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
eco_air_evaluation_value(const EcoAirSummary *s, int pollutant, EcoAirStatistic stat,
						 int64_t *units)
{
	EcoExact	exact;
	bool		found;

	if (stat == ECO_AIR_STAT_ANNUAL)
		stat = (pollutant == ECO_CO || pollutant == ECO_O3_8H) ?
			ECO_AIR_STAT_DAILY_LIMIT : ECO_AIR_STAT_MEAN;
	if (stat == ECO_AIR_STAT_MEAN)
		found = eco_air_mean(s, pollutant, &exact);
	else
		found = eco_air_percentile(s, pollutant,
								   daily_limit_percentile[pollutant] * ECO_FIXED_SCALE, &exact);
	if (found)
		*units = eco_exact_round(exact);
	return found;
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
