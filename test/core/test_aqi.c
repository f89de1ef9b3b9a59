/*
 * Unit tests of the AQI core (core/aqi.h) without a server: the tables'
 * shape, exactness of the index at every 1 ug/m3 (0.1 mg/m3, US step), the
 * rules of HJ 633-2012, HJ 633-2026 and the US EPA AQI, and the packing.
 */
#include <math.h>
#include <string.h>

#include "core/aqi.h"
#include "core/gbt8170.h"
#include "unit.h"

static const EcoAqiStandard *
std_named(const char *name)
{
	return eco_aqi_standard(name, (int) strlen(name));
}

static int
iaqi_of(const char *standard, EcoPollutant p, EcoPeriod period, double c)
{
	const EcoAqiStandard *s = std_named(standard);
	const EcoAqiColumn *col = eco_aqi_column(s, p, period);
	int			index = -1;
	bool		beyond;

	if (col == NULL || eco_iaqi(s, col, c, &index, &beyond) != ECO_AQI_OK)
		return -1;
	return index;
}

/* the table is well formed: increasing, continuous (CN) or one step apart (US) */
static void
check_shape(const EcoAqiStandard *s)
{
	int			k;

	for (k = 0; k < s->ncolumns; k++)
	{
		const EcoAqiColumn *col = &s->columns[k];
		int			r;

		for (r = 0; r < col->nrows; r++)
		{
			const EcoAqiSegment *row = &col->rows[r];

			if (s->levels > 0)
			{
				/* bands: level r + 1, touching (EEA) or one unit apart (DAQI) */
				CHECK(row->c_lo < row->c_hi && row->i_lo == r + 1 && row->i_hi == r + 1 &&
					  (r == 0 ? row->c_lo == 0 :
					   row->c_lo == row[-1].c_hi || row->c_lo == row[-1].c_hi + col->quantum),
					  "%s %s %d: band %d", s->name, eco_pollutant_name(col->pollutant), col->period, r);
				CHECK(col->above == ECO_ABOVE_FIXED && col->nrows >= s->levels - 1 &&
					  col->above_index == s->levels,
					  "%s %s %d: top level", s->name, eco_pollutant_name(col->pollutant), col->period);
				continue;
			}
			CHECK(row->c_lo < row->c_hi && row->i_lo < row->i_hi,
				  "%s %s %d: row %d increasing", s->name, eco_pollutant_name(col->pollutant), col->period, r);
			if (r == 0)
				continue;
			if (s->rounding == ECO_INDEX_CEIL)
				CHECK(row->c_lo == row[-1].c_hi && row->i_lo == row[-1].i_hi,
					  "%s %s %d: row %d continuous", s->name, eco_pollutant_name(col->pollutant), col->period, r);
			else
				CHECK(row->c_lo == row[-1].c_hi + col->quantum && row->i_lo == row[-1].i_hi + 1,
					  "%s %s %d: row %d one step after", s->name, eco_pollutant_name(col->pollutant), col->period, r);
		}
	}
}

/*
 * Every concentration at the table's resolution up to the top: the index
 * is the exact value rounded as the standard says, checked as an
 * inequality on integers (index - 1 < exact <= index for ceil).
 */
static void
check_exact_scan(const EcoAqiStandard *s)
{
	int			k;

	for (k = 0; k < s->ncolumns; k++)
	{
		const EcoAqiColumn *col = &s->columns[k];
		int64_t		step = col->quantum ? col->quantum :
			(col->pollutant == ECO_CO ? ECO_FIXED_SCALE / 10 : ECO_FIXED_SCALE);
		int64_t		top = col->rows[col->nrows - 1].c_hi;
		int64_t		c;
		int			bad = 0;

		for (c = col->rows[0].c_lo; c <= top; c += step)
		{
			double		x = (double) c / (double) ECO_FIXED_SCALE;
			int			index;
			bool		beyond;
			int			r;
			const EcoAqiSegment *row = NULL;
			int64_t		num,
						den;

			for (r = 0; r < col->nrows; r++)
				if (c <= col->rows[r].c_hi)
				{
					row = &col->rows[r];
					break;
				}
			if (eco_iaqi(s, col, x, &index, &beyond) != ECO_AQI_OK || row == NULL)
			{
				bad++;
				continue;
			}
			num = (int64_t) (row->i_hi - row->i_lo) * (c - row->c_lo);
			den = row->c_hi - row->c_lo;
			if (s->rounding == ECO_INDEX_CEIL)
			{
				/* index - 1 < i_lo + num/den <= index */
				if (!((int64_t) (index - 1 - row->i_lo) * den < num &&
					  num <= (int64_t) (index - row->i_lo) * den))
					bad++;
			}
			else
			{
				/* |i_lo + num/den - index| <= 1/2, .5 going up */
				int64_t		twice = 2 * num - 2 * (int64_t) (index - row->i_lo) * den;

				if (!(twice >= -den && twice < den))
					bad++;
			}
		}
		CHECK(bad == 0, "%s %s %dh: %d values off the exact index",
			  s->name, eco_pollutant_name(col->pollutant), col->period, bad);
	}
}

/* a small deterministic generator (xorshift64*) */
static uint64_t rng_state = UINT64_C(0x9E3779B97F4A7C15);

static uint64_t
rng_next(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * UINT64_C(2685821657736338717);
}

/* uniform in [0, 1) */
static double
rng_unit(void)
{
	return (double) (rng_next() >> 11) / 9007199254740992.0;
}

static int
exact_index(const EcoAqiStandard *s, const EcoAqiColumn *col, double x)
{
	int			index;
	bool		beyond;

	return eco_iaqi(s, col, x, &index, &beyond) == ECO_AQI_OK ? index : -1;
}

/* the fast reading agrees with the exact road at x, or leaves x to it */
static bool
fast_agrees(const EcoAqiStandard *s, const EcoAqiColumn *col, const EcoAqiFast *f,
			double x, int *declined)
{
	int			fast = eco_aqi_fast_index(f, x);

	if (fast < 0)
	{
		(*declined)++;
		return true;
	}
	return fast == exact_index(s, col, x);
}

/* the smallest double in [0, hi] whose exact index is >= i, by bisection */
static double
exact_threshold(const EcoAqiStandard *s, const EcoAqiColumn *col, int i, double hi)
{
	uint64_t	lo_bits = 0;
	uint64_t	hi_bits;
	double		x;

	memcpy(&hi_bits, &hi, sizeof(hi));
	while (lo_bits < hi_bits)
	{
		uint64_t	mid = lo_bits + (hi_bits - lo_bits) / 2;

		memcpy(&x, &mid, sizeof(x));
		if (exact_index(s, col, x) >= i)
			hi_bits = mid;
		else
			lo_bits = mid + 1;
	}
	memcpy(&x, &lo_bits, sizeof(x));
	return x;
}

/*
 * The fast reading (a look-up corrected against thresholds) against the
 * exact fixed-point road, on every column of every standard: random
 * doubles, daily means of hourly values with one decimal, every quantum and
 * half quantum, every breakpoint and every index threshold, each with its
 * neighbouring doubles.  Values the fast reading leaves to the exact road
 * must be rare (below a US column's first row, the top quantum).
 */
static void
check_fast_reading(const EcoAqiStandard *s)
{
	int			k;

	for (k = 0; k < s->ncolumns; k++)
	{
		const EcoAqiColumn *col = &s->columns[k];
		const EcoAqiFast *f = eco_aqi_fast(s, col);
		double		unit = (double) col->quantum / (double) ECO_FIXED_SCALE;
		double		top = (double) col->rows[col->nrows - 1].c_hi / (double) ECO_FIXED_SCALE;
		double		first = (double) col->rows[0].c_lo / (double) ECO_FIXED_SCALE;
		int			bad = 0;
		int			declined = 0;
		int			declined_inside = 0;
		int			tried = 0;
		int			n;
		int			r;
		int			i;

		CHECK(f != NULL, "%s %s %dh: fast reading built", s->name,
			  eco_pollutant_name(col->pollutant), col->period);
		if (f == NULL)
			continue;

		/* random doubles over the column and a little beyond */
		for (n = 0; n < 200000; n++)
		{
			double		x = rng_unit() * top * 1.05;
			bool		inside = x >= first && x < top - unit;

			tried += inside;
			bad += !fast_agrees(s, col, f, x, inside ? &declined_inside : &declined);
		}
		/* daily means: 20 to 24 hourly values with one decimal */
		for (n = 0; n < 100000; n++)
		{
			int			hours = 20 + (int) (rng_next() % 5);
			double		sum = 0;
			double		level = rng_unit() * top * 0.9;
			int			h;

			for (h = 0; h < hours; h++)
				sum += round((level * (0.5 + rng_unit())) * 10) / 10;
			bad += !fast_agrees(s, col, f, sum / hours, &declined);
		}
		CHECK(declined_inside == 0,
			  "%s %s %dh: the fast reading declined %d of %d values inside the column", s->name,
			  eco_pollutant_name(col->pollutant), col->period, declined_inside, tried);

		/* every quantum, half quantum and breakpoint, and their neighbours */
		for (n = 0; n <= 2 * (int) (top / unit) + 2; n++)
		{
			double		x = n * unit / 2;
			double		y = (double) ((int64_t) n * col->quantum / 2) / (double) ECO_FIXED_SCALE;

			bad += !fast_agrees(s, col, f, x, &declined);
			bad += !fast_agrees(s, col, f, nextafter(x, 0), &declined);
			bad += !fast_agrees(s, col, f, nextafter(x, INFINITY), &declined);
			bad += !fast_agrees(s, col, f, y, &declined);
			bad += !fast_agrees(s, col, f, nextafter(y, 0), &declined);
			bad += !fast_agrees(s, col, f, nextafter(y, INFINITY), &declined);
		}
		for (r = 0; r < col->nrows; r++)
		{
			double		lo = (double) col->rows[r].c_lo / (double) ECO_FIXED_SCALE;
			double		hi = (double) col->rows[r].c_hi / (double) ECO_FIXED_SCALE;

			bad += !fast_agrees(s, col, f, nextafter(lo, 0), &declined);
			bad += !fast_agrees(s, col, f, lo, &declined);
			bad += !fast_agrees(s, col, f, nextafter(lo, INFINITY), &declined);
			bad += !fast_agrees(s, col, f, nextafter(hi, 0), &declined);
			bad += !fast_agrees(s, col, f, hi, &declined);
			bad += !fast_agrees(s, col, f, nextafter(hi, INFINITY), &declined);
		}
		/* where each index value starts, found independently */
		for (i = col->rows[0].i_lo; i <= col->rows[col->nrows - 1].i_hi; i++)
		{
			double		x = exact_threshold(s, col, i, top);
			int			m;

			for (m = 0; m < 3; m++)
				x = nextafter(x, 0);
			for (m = 0; m < 7; m++, x = nextafter(x, INFINITY))
				bad += !fast_agrees(s, col, f, x, &declined);
		}
		CHECK(bad == 0, "%s %s %dh: the fast reading differs from the exact index at %d values",
			  s->name, eco_pollutant_name(col->pollutant), col->period, bad);
	}
}

/*
 * A report looks the index up in a table built at the column's quantum: the
 * one-indicator report must give eco_iaqi()'s index at every quantum step
 * and between steps.
 */
static void
check_report_matches_iaqi(const EcoAqiStandard *s)
{
	EcoAqiPlan	plan;
	int			slot;

	eco_aqi_plan(s, ECO_REPORT_DAILY, &plan);
	for (slot = 0; slot < ECO_DAILY_SLOTS; slot++)
	{
		const EcoAqiColumn *col = plan.column[slot];
		double		conc[ECO_DAILY_SLOTS] = {0};
		bool		present[ECO_DAILY_SLOTS] = {false};
		int64_t		k;
		int			bad = 0;

		if (col == NULL || plan.slots[slot].role == ECO_SLOT_SUBSTITUTE)
			continue;
		present[slot] = true;
		for (k = 0; k * col->quantum <= col->rows[col->nrows - 1].c_hi + 3 * col->quantum; k++)
		{
			int			half;

			for (half = 0; half < 2; half++)
			{
				double		x = (double) (2 * k + half) * (double) col->quantum /
					(2.0 * (double) ECO_FIXED_SCALE);
				EcoAqi		a;
				int			culprit;
				int			index;
				bool		beyond;
				EcoAqiStatus one = eco_iaqi(s, col, x, &index, &beyond);
				EcoAqiStatus all;

				conc[slot] = x;
				all = eco_aqi_report_planned(&plan, conc, present, &a, &culprit);
				if (one == ECO_AQI_OK && all == ECO_AQI_OK && s->incomplete_hides_to_100 == false)
					bad += a.value != (index < s->aqi_min ? s->aqi_min : index);
				else if (one == ECO_AQI_OK && all == ECO_AQI_OK)
					bad += a.value != index;
				else if (one == ECO_AQI_NONE)
					bad += all != ECO_AQI_NONE;
				else if (one == ECO_AQI_OK)
					bad += !(all == ECO_AQI_NOT_PUBLISHED && index <= 100);
				else
					bad += all != one;
			}
		}
		CHECK(bad == 0, "%s daily slot %d: %d report values differ from eco_iaqi", s->name, slot, bad);
	}
}

static EcoAqiStatus
daily(const char *standard, const double *c, const bool *p, EcoAqi *out)
{
	int			culprit;

	return eco_aqi_report(std_named(standard), ECO_REPORT_DAILY, c, p, out, &culprit);
}

/* every pollutant with every suffix, the periods and the standards by name */
static void
check_name_tables(void)
{
	static const struct
	{
		const char *name;
		EcoPollutant plain;
		EcoPollutant one_hour;
	}			bases[] = {
		{"so2", ECO_SO2, ECO_SO2}, {"NO2", ECO_NO2, ECO_NO2}, {"pm10", ECO_PM10, ECO_PM10},
		{"co", ECO_CO, ECO_CO}, {"O3", ECO_O3_8H, ECO_O3_1H}, {"pm25", ECO_PM25, ECO_PM25}
	};
	static const struct
	{
		const char *suffix;
		EcoPeriod	period;
	}			suffixes[] = {
		{"", 0}, {"_1h", ECO_PERIOD_1H}, {"-8H", ECO_PERIOD_8H}, {"_24h", ECO_PERIOD_24H},
		{" 15min", ECO_PERIOD_15MIN}
	};
	char		name[32];
	EcoPollutant pol;
	EcoPeriod	per;
	size_t		b;
	size_t		x;
	int			i;
	char		hint[256];
	int			value;

	for (b = 0; b < sizeof(bases) / sizeof(bases[0]); b++)
		for (x = 0; x < sizeof(suffixes) / sizeof(suffixes[0]); x++)
		{
			EcoPollutant expected = suffixes[x].period == ECO_PERIOD_1H ? bases[b].one_hour : bases[b].plain;

			snprintf(name, sizeof(name), "%s%s", bases[b].name, suffixes[x].suffix);
			pol = ECO_N_POLLUTANTS;
			per = 99;
			CHECK(eco_pollutant_from_name(name, (int) strlen(name), &pol, &per) &&
				  pol == expected && per == suffixes[x].period,
				  "%s: pollutant %d period %d", name, (int) pol, (int) per);
		}
	CHECK(!eco_pollutant_from_name("o3_2h", 5, &pol, &per), "o3_2h unknown");
	CHECK(!eco_pollutant_from_name("so2_1h_8h", 9, &pol, &per), "two suffixes unknown");
	CHECK(!eco_pollutant_from_name("1h", 2, &pol, &per), "a suffix alone unknown");
	CHECK(!eco_pollutant_from_name("pm2.5_", 5, &pol, &per) || pol == ECO_PM25, "pm2.5_");
	CHECK(eco_name_lookup(&eco_period_names, "1H", 2, &value) && value == ECO_PERIOD_1H, "1H");
	CHECK(eco_name_lookup(&eco_period_names, "8h", 2, &value) && value == ECO_PERIOD_8H, "8h");
	CHECK(eco_name_lookup(&eco_period_names, "24 h", 4, &value) && value == ECO_PERIOD_24H, "24 h");
	CHECK(eco_name_lookup(&eco_period_names, "15min", 5, &value) && value == ECO_PERIOD_15MIN, "15min");
	value = 99;
	CHECK(!eco_name_lookup(&eco_period_names, "2h", 2, &value) && value == 99, "2h unknown");
	CHECK(!eco_name_lookup(&eco_period_names, "1", 1, &value) && value == 99, "1 unknown");
	CHECK(strcmp(eco_name_spelling(&eco_period_names, ECO_PERIOD_15MIN), "15min") == 0, "15min label");
	CHECK(strcmp(eco_name_spelling(&eco_period_names, ECO_PERIOD_24H), "24h") == 0, "24h label");
	for (i = 0; eco_aqi_standards[i] != NULL; i++)
	{
		const EcoAqiStandard *s = eco_aqi_standards[i];

		CHECK(std_named(s->name) == s, "%s by its name", s->name);
		CHECK(eco_aqi_standard_by_id(s->id) == s, "%s by its id", s->name);
		CHECK(strcmp(eco_name_spelling(&eco_aqi_standard_names, s->id), s->name) == 0,
			  "%s spelled", s->name);
	}
	CHECK(std_named("HJ 633-2012") == eco_aqi_standard_by_id(ECO_HJ633_2012), "HJ 633-2012");
	CHECK(std_named("") == NULL, "no empty standard");
	CHECK(eco_aqi_standard_by_id(ECO_AQI_NO_STANDARD) == NULL, "no standard 0");
	eco_name_hint(&eco_pollutant_names, hint, sizeof(hint));
	CHECK(strcmp(hint, "Accepted pollutants (case-insensitive): SO2, NO2, PM10, CO, O3, PM2.5, each optionally with a period suffix _1h, _8h or _24h.") == 0,
		  "pollutant hint: %s", hint);
	eco_name_hint(&eco_aqi_standard_names, hint, sizeof(hint));
	CHECK(strcmp(hint, "Accepted standards (case-insensitive): hj633-2012, hj633-2026, us-epa-2024, eea-2024, eea-2021, uk-daqi; hj633-2026 is the default.") == 0,
		  "standard hint: %s", hint);
}

int
main(void)
{
	const EcoAqiStandard *s12 = std_named("hj633-2012");
	const EcoAqiStandard *s26 = std_named("HJ633-2026");
	const EcoAqiStandard *us = std_named("us-epa-2024");
	EcoPollutant pol;
	EcoPeriod	per;
	EcoAqi		a,
				b;
	int			i;

	CHECK(s12 && s26 && us && s12->id == ECO_HJ633_2012 && us->id == ECO_US_EPA_2024, "standards");
	CHECK(std_named("hj633-2013") == NULL && std_named("hj633-20126") == NULL, "unknown standards");

	/* names */
	CHECK(eco_pollutant_from_name("PM2.5", 5, &pol, &per) && pol == ECO_PM25 && per == 0, "PM2.5");
	CHECK(eco_pollutant_from_name("pm2_5", 5, &pol, &per) && pol == ECO_PM25, "pm2_5");
	CHECK(eco_pollutant_from_name("o3_8h", 5, &pol, &per) && pol == ECO_O3_8H && per == ECO_PERIOD_8H, "o3_8h");
	CHECK(eco_pollutant_from_name("O3-1H", 5, &pol, &per) && pol == ECO_O3_1H && per == ECO_PERIOD_1H, "O3-1H");
	CHECK(eco_pollutant_from_name("so2_24h", 7, &pol, &per) && pol == ECO_SO2 && per == ECO_PERIOD_24H, "so2_24h");
	CHECK(!eco_pollutant_from_name("pm1", 3, &pol, &per), "pm1 unknown");
	CHECK(!eco_pollutant_from_name("so2_2h", 6, &pol, &per), "so2_2h unknown");
	CHECK(!eco_pollutant_from_name("", 0, &pol, &per), "empty unknown");
	check_name_tables();

	for (i = 0; eco_aqi_standards[i] != NULL; i++)
	{
		check_shape(eco_aqi_standards[i]);
		check_exact_scan(eco_aqi_standards[i]);
		check_report_matches_iaqi(eco_aqi_standards[i]);
		check_fast_reading(eco_aqi_standards[i]);
	}

	/* the floating-point trap: (2.2 - 2) * 25 + 50 in doubles ceils to 56 */
	CHECK(ceil((2.2 - 2.0) / 2.0 * 50.0 + 50.0) == 56.0, "the double trap is real");
	CHECK(iaqi_of("hj633-2012", ECO_CO, ECO_PERIOD_24H, 2.2) == 55, "CO 2.2 -> 55");
	CHECK(iaqi_of("hj633-2026", ECO_CO, ECO_PERIOD_24H, 2.2) == 55, "CO 2.2 -> 55 (2026)");

	/* air-cn.md §1.2 */
	CHECK(iaqi_of("hj633-2012", ECO_PM25, ECO_PERIOD_24H, 75.1) == 101, "2012 PM2.5 75.1");
	CHECK(iaqi_of("hj633-2026", ECO_PM25, ECO_PERIOD_24H, 75.1) == 114, "2026 PM2.5 75.1");
	CHECK(iaqi_of("hj633-2026", ECO_PM10, ECO_PERIOD_24H, 150) == 112, "2026 PM10 150");
	CHECK(iaqi_of("hj633-2026", ECO_PM25, ECO_PERIOD_1H, 60) == 100, "2026 PM2.5 1-h on daily");
	CHECK(iaqi_of("hj633-2026", ECO_PM25, ECO_PERIOD_24H, 36.5) == 52, "2026 half to even 36.5 -> 36");
	CHECK(iaqi_of("hj633-2012", ECO_SO2, ECO_PERIOD_1H, 800.5) == -1, "2012 SO2 1-h > 800 needs 24-h");
	CHECK(iaqi_of("hj633-2026", ECO_SO2, ECO_PERIOD_1H, 801) == 200, "2026 note b");
	CHECK(iaqi_of("hj633-2026", ECO_O3_8H, ECO_PERIOD_8H, 801) == 300, "2026 note c");
	CHECK(iaqi_of("us-epa-2024", ECO_PM25, ECO_PERIOD_24H, 9.09) == 50, "US truncation");
	CHECK(iaqi_of("us-epa-2024", ECO_NO2, ECO_PERIOD_1H, 77) == 76, "US half up 75.5 -> 76");
	CHECK(iaqi_of("us-epa-2024", ECO_O3_1H, ECO_PERIOD_1H, 0.124) == -1, "US O3 1-h below 0.125");

	/* reports */
	{
		double		c[ECO_DAILY_SLOTS] = {150, 81, 151, 4, 160, 75.8, 200, 0};
		bool		p[ECO_DAILY_SLOTS] = {true, true, true, true, true, true, true, false};

		CHECK(daily("hj633-2012", c, p, &a) == ECO_AQI_OK && a.value == 101 &&
			  a.primary == ((1 << ECO_NO2) | (1 << ECO_PM10) | (1 << ECO_PM25)) &&
			  a.exceeding == a.primary, "2012 ties at 101");
		CHECK(daily("hj633-2026", c, p, &a) == ECO_AQI_NO_PERIOD, "2026 rejects O3 1-h");
		p[6] = false;
		p[2] = false;
		CHECK(daily("hj633-2026", c, p, &a) == ECO_AQI_OK && a.value == 115, "2026 incomplete > 100 published");
		c[1] = 80;
		c[5] = 60;
		CHECK(daily("hj633-2026", c, p, &a) == ECO_AQI_NOT_PUBLISHED, "2026 §5.3");
		CHECK(daily("hj633-2012", c, p, &a) == ECO_AQI_OK && a.value == 100, "2012 computes from the rest");
	}
	{
		double		c[ECO_DAILY_SLOTS] = {0, 0, 0, 0, 0, 0, 0, 0};
		bool		p[ECO_DAILY_SLOTS] = {true, true, true, true, true, true, false, false};

		CHECK(daily("hj633-2026", c, p, &a) == ECO_AQI_OK && a.value == 1 && a.primary == 0, "2026 floor 1");
		CHECK(daily("hj633-2012", c, p, &a) == ECO_AQI_OK && a.value == 0, "2012 zero");
		c[5] = 600;
		CHECK(daily("hj633-2026", c, p, &a) == ECO_AQI_OK && a.value == 500 && a.beyond, "beyond");
		c[5] = -1;
		CHECK(daily("hj633-2026", c, p, &a) == ECO_AQI_NEGATIVE, "negative");
		c[5] = NAN;
		CHECK(daily("hj633-2026", c, p, &a) == ECO_AQI_NOT_FINITE, "NaN");
		memset(p, 0, sizeof(p));
		CHECK(daily("hj633-2012", c, p, &a) == ECO_AQI_NONE, "nothing measured");
	}
	{
		/* US: SO2 1-h >= 305 ppb needs 24-h SO2; at least 200 */
		double		c[ECO_DAILY_SLOTS] = {305, 0, 0, 0, 0.03, 0, 0, 250};
		bool		p[ECO_DAILY_SLOTS] = {true, true, true, true, true, true, false, false};
		int			culprit;

		CHECK(eco_aqi_report(us, ECO_REPORT_DAILY, c, p, &a, &culprit) == ECO_AQI_NEEDS_OTHER_PERIOD &&
			  culprit == ECO_DAILY_SO2_24H, "US SO2 needs 24-h");
		p[ECO_DAILY_SO2_24H] = true;
		CHECK(eco_aqi_report(us, ECO_REPORT_DAILY, c, p, &a, &culprit) == ECO_AQI_OK &&
			  a.value == 200 && a.primary == (1 << ECO_SO2), "US SO2 24-h below 305: 200");
	}
	{
		/* US hourly: PM NowCast on the 24-h table, CO not an input */
		double		c[ECO_HOURLY_SLOTS] = {0};
		bool		p[ECO_HOURLY_SLOTS] = {false};
		int			culprit;

		c[ECO_HOURLY_PM25] = 35.5;
		p[ECO_HOURLY_PM25] = true;
		CHECK(eco_aqi_report(us, ECO_REPORT_HOURLY, c, p, &a, &culprit) == ECO_AQI_OK &&
			  a.value == 101 && a.primary == (1 << ECO_PM25), "US hourly NowCast 35.5: %d", a.value);
		p[ECO_HOURLY_CO] = true;
		CHECK(eco_aqi_report(us, ECO_REPORT_HOURLY, c, p, &a, &culprit) == ECO_AQI_NO_PERIOD &&
			  culprit == ECO_HOURLY_CO, "US hourly CO");
	}

	/* packing orders by value and round-trips */
	a.value = 156;
	a.standard = ECO_HJ633_2012;
	a.primary = 1 << ECO_PM25;
	a.exceeding = 1 << ECO_PM25;
	a.beyond = false;
	eco_aqi_unpack(eco_aqi_pack(&a), &b);
	CHECK(memcmp(&a, &b, sizeof(a)) == 0 || (a.value == b.value && a.standard == b.standard &&
											 a.primary == b.primary && a.exceeding == b.exceeding &&
											 a.beyond == b.beyond), "pack round trip");
	CHECK(eco_aqi_check(&a) == NULL, "valid value");
	b = a;
	b.value = 157;
	CHECK(eco_aqi_pack(&a) < eco_aqi_pack(&b), "order by value");
	b.value = 99;
	CHECK(eco_aqi_check(&b) != NULL, "exceeding needs > 100");
	b = a;
	b.beyond = true;
	CHECK(eco_aqi_check(&b) != NULL, "beyond only at 500");
	b = a;
	b.standard = (EcoAqiStandardId) 9;
	CHECK(eco_aqi_check(&b) != NULL, "unknown standard");

	CHECK(eco_aqi_level(ECO_HJ633_2026, 50) == 1 && eco_aqi_level(ECO_HJ633_2026, 51) == 2 &&
		  eco_aqi_level(ECO_HJ633_2026, 300) == 5 && eco_aqi_level(ECO_HJ633_2026, 301) == 6, "levels");
	CHECK(eco_aqi_level(ECO_US_EPA_2024, 151) == 4 && eco_aqi_level(ECO_US_EPA_2024, 500) == 6 &&
		  eco_aqi_level((EcoAqiStandardId) 9, 50) == 0, "levels from the standard's table");
	CHECK(strcmp(eco_aqi_color(us, 250), "#8F3F97") == 0 && strcmp(eco_aqi_color(s26, 250), "#99004C") == 0,
		  "colours");
	/* banded indices: edges, gaps, tops, labels and the value check */
	CHECK(iaqi_of("eea-2024", ECO_PM25, ECO_PERIOD_1H, 5) == 1, "EEA PM2.5 5 is Good");
	CHECK(iaqi_of("eea-2024", ECO_PM25, ECO_PERIOD_1H, 5.000001) == 2, "EEA PM2.5 above 5");
	CHECK(iaqi_of("eea-2024", ECO_PM25, ECO_PERIOD_1H, 140.5) == 6, "EEA PM2.5 above 140");
	CHECK(iaqi_of("eea-2021", ECO_PM25, ECO_PERIOD_24H, 5000) == 6, "EEA 2021 above 800");
	CHECK(iaqi_of("eea-2024", ECO_PM25, ECO_PERIOD_24H, 5) == -1, "EEA 2024 has no 24-h PM");
	CHECK(iaqi_of("uk-daqi", ECO_NO2, ECO_PERIOD_1H, 67) == 1 &&
		  iaqi_of("uk-daqi", ECO_NO2, ECO_PERIOD_1H, 67.5) == 2 &&
		  iaqi_of("uk-daqi", ECO_NO2, ECO_PERIOD_1H, 601) == 10 &&
		  iaqi_of("uk-daqi", ECO_NO2, ECO_PERIOD_1H, 600.5) == 10, "DAQI NO2 gaps and top");
	CHECK(iaqi_of("uk-daqi", ECO_SO2, ECO_PERIOD_15MIN, 1064) == 9, "DAQI SO2 15-min");
	{
		const EcoAqiStandard *daqi = std_named("uk-daqi");
		const EcoAqiStandard *eea = std_named("eea-2024");

		CHECK(eco_aqi_level(ECO_UK_DAQI, 7) == 7 && eco_aqi_level(ECO_EEA_2021, 3) == 3, "level");
		CHECK(strcmp(eco_aqi_category(daqi, 7, true), "High") == 0 &&
			  strcmp(eco_aqi_category(daqi, 10, true), "Very High") == 0 &&
			  strcmp(eco_aqi_category(eea, 6, true), "Extremely poor") == 0 &&
			  strcmp(eco_aqi_color(daqi, 10), "#CE30FF") == 0, "labels");
		a.value = 7;
		a.standard = ECO_EEA_2024;
		a.primary = 1 << ECO_PM25;
		a.exceeding = 0;
		a.beyond = false;
		CHECK(eco_aqi_check(&a) != NULL, "EEA level 7");
		a.value = 6;
		CHECK(eco_aqi_check(&a) == NULL, "EEA level 6");
		a.value = 0;
		CHECK(eco_aqi_check(&a) != NULL, "EEA level 0");
		a.standard = ECO_UK_DAQI;
		a.value = 10;
		CHECK(eco_aqi_check(&a) == NULL, "DAQI 10");
		a.value = 11;
		CHECK(eco_aqi_check(&a) != NULL, "DAQI 11");
	}
	return UNIT_DONE("test_aqi");
}
