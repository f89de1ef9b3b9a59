/*
 * Core tests of the annual air-quality summary: stored form, merge, the HJ 663
 * percentile, GB 3095 Table 4 validity, GB/T 8170 rounding of daily values,
 * the composite index, and the decoder against truncated and random bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "core/air_limits.h"
#include "core/air_summary.h"
#include "core/aqi.h"
#include "core/gbt8170.h"
#include "unit.h"

static EcoAirSummary a, b, c;
static uint8_t buf[64 * 1024];

static void
add_one(EcoAirSummary *s, int day, int pollutant, double v)
{
	double		conc[ECO_AIR_N_POLLUTANTS] = {0};
	bool		present[ECO_AIR_N_POLLUTANTS] = {false};
	int			culprit;

	conc[pollutant] = v;
	present[pollutant] = true;
	CHECK(eco_air_add(s, day, conc, present, &culprit) == ECO_AIR_OK, "add %g", v);
}

static void
test_calendar(void)
{
	CHECK(eco_air_days_in_year(2016) == 366 && eco_air_days_in_year(2015) == 365 &&
		  eco_air_days_in_year(1900) == 365 && eco_air_days_in_year(2000) == 366, "leap years");
	CHECK(eco_air_day_of_year(2016, 3, 1) == 60 && eco_air_day_of_year(2015, 3, 1) == 59, "day of year");
	CHECK(eco_air_month_of_day(2016, 59) == 2 && eco_air_month_of_day(2016, 60) == 3 &&
		  eco_air_month_of_day(2015, 364) == 12, "month of day");
	CHECK(!eco_air_year_valid(0) && eco_air_year_valid(1) && eco_air_year_valid(9999) &&
		  !eco_air_year_valid(10000), "years 1 to 9999");
	/* every day of a common and a leap year, counted from the months' lengths */
	{
		static const int length[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
		static const int years[] = {2015, 2016};
		int			y,
					m,
					d,
					bad = 0;

		for (y = 0; y < 2; y++)
		{
			int			n = 0;

			for (m = 1; m <= 12; m++)
			{
				bad += eco_air_month_first_day(years[y], m) != n;
				for (d = 1; d <= length[m - 1] + (m == 2 && y == 1); d++, n++)
					bad += eco_air_day_of_year(years[y], m, d) != n ||
						eco_air_month_of_day(years[y], n) != m;
			}
			bad += n != eco_air_days_in_year(years[y]);
		}
		CHECK(bad == 0, "%d days of 2015 and 2016 misplaced", bad);
	}
}

static void
test_rounding_and_percentile(void)
{
	EcoExact	x;
	int64_t		units;
	int			i;

	eco_air_init(&a, 2015, ECO_AIR_AQI_BY_DATE);
	/* two stations 35 and 36: 35.5 -> 36; 34 and 35: 34.5 -> 34 (half to even) */
	add_one(&a, 0, ECO_PM25, 35);
	add_one(&a, 0, ECO_PM25, 36);
	add_one(&a, 1, ECO_PM25, 34);
	add_one(&a, 1, ECO_PM25, 35);
	CHECK(eco_air_daily_value(&a, 0, ECO_PM25, &units) && units == 36, "35.5 -> %lld", (long long) units);
	CHECK(eco_air_daily_value(&a, 1, ECO_PM25, &units) && units == 34, "34.5 -> %lld", (long long) units);
	/* CO 1.25 -> 1.2 (0.1 mg units) */
	add_one(&a, 0, ECO_CO, 1.25);
	CHECK(eco_air_daily_value(&a, 0, ECO_CO, &units) && units == 12, "CO 1.25 -> %lld", (long long) units);
	CHECK(!eco_air_daily_value(&a, 2, ECO_PM25, &units), "no value on day 2");

	/* 10, 20, 30, 40: P90 = 37 (k = 3.7), P50 = 25, P0 = 10, P100 = 40 */
	eco_air_init(&b, 2015, ECO_AIR_AQI_BY_DATE);
	for (i = 0; i < 4; i++)
		add_one(&b, 10 + i, ECO_O3_8H, 40 - 10 * i);
	CHECK(eco_air_percentile(&b, ECO_O3_8H, 90 * ECO_FIXED_SCALE, &x) && x.num == 37 * x.den, "P90");
	CHECK(eco_air_percentile(&b, ECO_O3_8H, 50 * ECO_FIXED_SCALE, &x) && x.num == 25 * x.den, "P50");
	CHECK(eco_air_percentile(&b, ECO_O3_8H, 0, &x) && x.num == 10 * x.den, "P0");
	CHECK(eco_air_percentile(&b, ECO_O3_8H, 100 * ECO_FIXED_SCALE, &x) && x.num == 40 * x.den, "P100");
	CHECK(eco_air_percentile(&b, ECO_O3_8H, 95 * ECO_FIXED_SCALE, &x) && x.num * 2 == 77 * x.den, "P95 = 38.5");
	CHECK(eco_exact_round(x) == 38, "38.5 -> 38");
	CHECK(!eco_air_percentile(&b, ECO_SO2, 90 * ECO_FIXED_SCALE, &x), "no SO2 values");
	/* n = 1 */
	eco_air_init(&c, 2015, ECO_AIR_AQI_BY_DATE);
	add_one(&c, 100, ECO_SO2, 42);
	CHECK(eco_air_percentile(&c, ECO_SO2, 37 * ECO_FIXED_SCALE, &x) && x.num == 42 * x.den, "n = 1");
}

static int
compare_int64(const void *x, const void *y)
{
	int64_t		u = *(const int64_t *) x;
	int64_t		v = *(const int64_t *) y;

	return (u > v) - (u < v);
}

/*
 * The percentile by counting (values within a narrow range) and by selection
 * (a wide range) against the formula applied to the sorted values, for every
 * n from 1 to 366 and p from 0 to 100 in steps of 0.5 (and 99.9999).
 */
static void
test_percentile_paths(void)
{
	static const int64_t spread[] = {1, 7, 300, 2047, 2048, 5000000};
	EcoAirSeries series,
				work;
	int64_t		sorted[ECO_AIR_MAX_DAYS];
	size_t		w;
	int			n,
				i,
				step,
				bad = 0;

	srand(7);
	for (w = 0; w < sizeof(spread) / sizeof(spread[0]); w++)
		for (n = 1; n <= ECO_AIR_MAX_DAYS; n++)
		{
			series.n = n;
			for (i = 0; i < n; i++)
				series.value[i] = 40 + (int64_t) rand() % spread[w];
			/* the extremes of the range, so that it is exactly the spread */
			if (n >= 2)
			{
				series.value[0] = 40;
				series.value[n - 1] = 40 + spread[w] - 1;
			}
			memcpy(sorted, series.value, sizeof(int64_t) * n);
			qsort(sorted, n, sizeof(int64_t), compare_int64);
			for (step = 0; step <= 201; step++)
			{
				int64_t		p = step <= 200 ? step * ECO_FIXED_SCALE / 2 : 99 * ECO_FIXED_SCALE + 999999;
				int64_t		rank = (int64_t) (n - 1) * p;
				int64_t		s = rank / (100 * ECO_FIXED_SCALE);
				int64_t		fraction = rank % (100 * ECO_FIXED_SCALE);
				int64_t		next = s + 1 < n ? sorted[s + 1] : sorted[s];
				EcoExact	x;

				work = series;
				if (!eco_air_series_percentile(&work, p, &x) || x.den != 100 * ECO_FIXED_SCALE ||
					x.num != sorted[s] * x.den + (next - sorted[s]) * fraction)
					bad++;
			}
		}
	CHECK(bad == 0, "%d percentiles differ from the sorted values' formula", bad);
}

static void
test_validity(void)
{
	int			d;

	eco_air_init(&a, 2015, ECO_AIR_AQI_BY_DATE);
	/* the first 27 days of every month, 25 of February: 322 days */
	for (d = 0; d < 365; d++)
	{
		int			month = eco_air_month_of_day(2015, d);
		int			mday = d - eco_air_day_of_year(2015, month, 1) + 1;

		if (mday <= (month == 2 ? 25 : 27))
			add_one(&a, d, ECO_NO2, 10);
	}
	CHECK(eco_air_valid_days(&a, ECO_NO2) == 322 && !eco_air_valid_year(&a, ECO_NO2), "322 days");
	add_one(&a, 364, ECO_NO2, 10);
	CHECK(!eco_air_valid_year(&a, ECO_NO2), "323 days");
	add_one(&a, 363, ECO_NO2, 10);
	CHECK(eco_air_valid_year(&a, ECO_NO2), "324 days");
	CHECK(!eco_air_valid_year(&a, ECO_AIR_ALL_POLLUTANTS), "the other pollutants have no day");
	CHECK(eco_air_valid_days(&a, ECO_AIR_ALL_POLLUTANTS) == 0, "no day has all six");
	/* February 24 days: invalid month and year */
	a.count[eco_air_day_of_year(2015, 2, 25)][ECO_NO2] = 0;
	CHECK(!eco_air_valid_month(&a, 2, ECO_NO2) && !eco_air_valid_year(&a, ECO_NO2), "February 24");
	CHECK(eco_air_valid_month(&a, 3, ECO_NO2), "March 27");
}

static void
test_pack_merge(void)
{
	size_t		len;
	const char *reason;
	int			culprit;
	int			day;
	int			d,
				p;

	eco_air_init(&a, 2016, ECO_AIR_AQI_HJ633_2012);
	for (d = 0; d < 366; d += 2)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			add_one(&a, d, p, (d * 7 + p * 13) % 300 + (p == ECO_CO ? 0.1 : 0.25));
	len = eco_air_pack(&a, buf);
	CHECK(len < 32 * 1024 && len <= eco_air_packed_max(), "packed %zu bytes", len);
	reason = eco_air_unpack(buf, len, &b);
	CHECK(reason == NULL && memcmp(&a, &b, sizeof(a)) == 0, "round trip: %s", reason ? reason : "ok");
	/* every truncation is an error, never a crash */
	for (size_t cut = 0; cut < len; cut++)
	{
		reason = eco_air_unpack(buf, cut, &c);
		if (reason == NULL)
		{
			/* a cut between two day records is a shorter valid summary */
			CHECK(cut >= 12, "a cut header reads back");
		}
	}
	/* merge: counts and sums add */
	CHECK(eco_air_merge(&b, &a, &culprit, &day) == ECO_AIR_OK && b.count[0][0] == 2 && b.sum[0][0] == 2 * a.sum[0][0],
		  "merge");
	len = eco_air_pack(&b, buf);
	CHECK(eco_air_unpack(buf, len, &c) == NULL && memcmp(&b, &c, sizeof(b)) == 0, "round trip, counts 2");
	/* random bytes after a valid header: error or a valid summary, never a crash */
	srand(8170);
	for (int trial = 0; trial < 20000; trial++)
	{
		size_t		n = 12 + (size_t) (rand() % 40);

		memcpy(buf, "\x01\x00\x07\xe0\x00\x03\x06\x00\x01\x02\x00", 11);
		buf[11] = (uint8_t) (rand() % 4);
		for (size_t i = 12; i < n; i++)
			buf[i] = (uint8_t) rand();
		reason = eco_air_unpack(buf, n, &c);
		if (reason == NULL)
		{
			for (d = 0; d < ECO_AIR_MAX_DAYS; d++)
				for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
					if ((c.count[d][p] == 0 && c.sum[d][p] != 0) || c.sum[d][p] < 0 ||
						(d >= 366 && c.count[d][p] != 0))
						CHECK(false, "decoded an out-of-range field");
		}
	}
	CHECK(true, "random bytes");
}

/*
 * The daily values of one pollutant read straight from the stored form equal
 * those of the decoded summary: values of one to five varint bytes, decimal
 * scales, daily means of 24 hourly values (k/24: sums of 10^-6 units, records
 * of 20 to 30 bytes), counts above 1, missing days and pollutants; every
 * truncation and random bytes give an error or the values of what
 * eco_air_unpack reads.
 */
static bool
same_series(const uint8_t *bytes, size_t len, const EcoAirSummary *s, int pollutant)
{
	EcoAirSeries packed,
				dense;

	if (eco_air_packed_series(bytes, len, pollutant, &packed) != NULL)
		return false;
	eco_air_series(s, pollutant, &dense);
	return packed.n == dense.n && memcmp(packed.value, dense.value, sizeof(int64_t) * dense.n) == 0;
}

#define MASK_O3_COUNTS_ONE (0x40 | 1 << ECO_O3_8H)

static void
test_packed_series(void)
{
	static const double scale[] = {1, 0.1, 0.25, 100, 17.000001, 1.0 / 24};
	size_t		len;
	int			trial,
				d,
				p,
				bad = 0;

	srand(663);
	for (trial = 0; trial < 40; trial++)
	{
		eco_air_init(&a, 2015 + trial % 2, ECO_AIR_AQI_BY_DATE);
		for (d = 0; d < eco_air_days_in_year(a.year); d++)
			for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			{
				int			stations = trial % 3 == 0 ? 1 + rand() % 3 : 1;

				while (rand() % 50 != 0 && stations-- > 0)
					add_one(&a, d, p, (rand() % 400) * scale[(trial + p) % 6]);
			}
		len = eco_air_pack(&a, buf);
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			bad += !same_series(buf, len, &a, p);
		for (size_t cut = 0; cut < len; cut += 1 + trial % 7)
		{
			EcoAirSeries series;

			p = (int) (cut % ECO_AIR_N_POLLUTANTS);
			if (eco_air_unpack(buf, cut, &b) == NULL)
				bad += !same_series(buf, cut, &b, p);
			else
				bad += eco_air_packed_series(buf, cut, p, &series) == NULL;
		}
	}
	CHECK(bad == 0, "%d series or truncations differ from the decoded summary", bad);
	for (trial = 0, bad = 0; trial < 20000; trial++)
	{
		size_t		n = 12 + (size_t) (rand() % 80);
		const char *reason;

		memcpy(buf, "\x01\x00\x07\xdf\x00\x03\x06\x00\x01\x02\x00", 11);
		buf[11] = (uint8_t) (rand() % 8);
		for (size_t i = 12; i < n; i++)
			buf[i] = (uint8_t) (rand() % 3 == 0 ? rand() % 8 : rand());
		reason = eco_air_unpack(buf, n, &c);
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			EcoAirSeries series;

			if (reason == NULL)
				bad += !same_series(buf, n, &c, p);
			/* the layout is checked in full; only the other pollutants' values are not */
			else if (eco_air_packed_series(buf, n, p, &series) == NULL &&
					 strcmp(reason, "concentration out of range") != 0 &&
					 strcmp(reason, "count out of range") != 0)
				bad++;
		}
	}
	CHECK(bad == 0, "%d random forms read differently", bad);
	/*
	 * A field of another pollutant whose varint runs beyond 64 bits is
	 * malformed for every reader, though only skipped; one that ends at bit
	 * 63 is laid out right (its value is out of range, which the readers of
	 * other pollutants do not check).
	 */
	{
		static const uint8_t header[] = "\x01\x00\x07\xdf\x06\x06\x06\x06\x06\x06\x00\x01";
		uint8_t		empty[ECO_AIR_HEADER_BYTES];
		static uint8_t merged_buf[1024];
		EcoAirSeries series;
		const char *reason;
		size_t		n = 0;
		size_t		len;
		int			last;

		for (last = 2; last >= 1; last--)
		{
			memcpy(buf, header, ECO_AIR_HEADER_BYTES);
			n = ECO_AIR_HEADER_BYTES;
			buf[n++] = 0;		/* day 0 */
			buf[n++] = 0x40 | 1 << ECO_SO2 | 1 << ECO_NO2;
			for (d = 0; d < 9; d++)
				buf[n++] = 0xff;
			buf[n++] = (uint8_t) last;
			buf[n++] = 5;		/* NO2 */
			/* zeros after the form: the fast readers look ahead */
			memset(buf + n, 0, 40);
			memcpy(empty, buf, ECO_AIR_HEADER_BYTES);
			empty[ECO_AIR_HEADER_BYTES - 1] = 0;
			CHECK(eco_air_unpack(buf, n, &c) != NULL, "a 64-bit so2 sum: not decoded");
			CHECK((eco_air_packed_series(buf, n, ECO_NO2, &series) == NULL) == (last == 1),
				  "so2 varint ending in %d: the NO2 reader %s", last, last == 1 ? "reads" : "fails");
			CHECK(eco_air_packed_splice(buf, n, empty, sizeof(empty), merged_buf, &len, &reason) ==
				  (last == 1),
				  "so2 varint ending in %d: the splice %s", last, last == 1 ? "reads it" : "fails");
		}
	}
	/* one O3 value a day for 400 days of a 365-day year: an error, no overrun */
	{
		EcoAirSeries series;
		size_t		n = 12;

		memcpy(buf, "\x01\x00\x07\xdf\x06\x06\x06\x06\x06\x06\x01\x6d", 12);
		for (d = 0; d < 400; d++)
		{
			buf[n++] = 0;		/* the next day */
			buf[n++] = MASK_O3_COUNTS_ONE;
			buf[n++] = 1;
		}
		CHECK(eco_air_unpack(buf, n, &c) != NULL &&
			  eco_air_packed_series(buf, n, ECO_O3_8H, &series) != NULL &&
			  series.n <= ECO_AIR_MAX_DAYS, "days beyond the year");
	}
}

/* v as a varint of `len` bytes, at least its shortest (zero groups padding it) */
static uint8_t *
put_padded_varint(uint8_t *out, uint64_t v, int len)
{
	int			i;

	for (i = 0; i < len; i++)
	{
		uint8_t		group = (uint8_t) (v & 0x7f);

		v >>= 7;
		*out++ = (uint8_t) (i < len - 1 ? group | 0x80 : group);
	}
	return out;
}

static int
varint_length(uint64_t v)
{
	int			n = 1;

	while (v >= 0x80)
	{
		v >>= 7;
		n++;
	}
	return n;
}

/* the length of v as a varint with up to `padding` extra bytes, at most 10 */
static int
padded_length(uint64_t v, int padding)
{
	int			len = varint_length(v) + rand() % (padding + 1);

	return len > 10 ? 10 : len;
}

/* a random number of 1 to `bits` bits */
static uint64_t
random_bits(int bits)
{
	uint64_t	v = ((uint64_t) rand() << 40) ^ ((uint64_t) rand() << 20) ^ (uint64_t) rand();

	return v >> (64 - (1 + rand() % bits));
}

/*
 * Wide records whose fields are varints of every length from 1 to 10 bytes
 * (the shortest form padded with zero groups, as a reader must accept), at
 * every place in the words the fast reader of fractional records takes their
 * ends from, and records that run past those 32 bytes: the daily values of
 * each pollutant read from the stored form equal those of the decoded
 * summary.
 */
static void
test_packed_series_varints(void)
{
	int			trial,
				p,
				bad = 0,
				wide = 0;

	srand(212);
	for (trial = 0; trial < 4000; trial++)
	{
		size_t		n = ECO_AIR_HEADER_BYTES;
		int			day = -1;
		int			records = 1 + rand() % 40;
		int			padding = trial % 4;	/* the most extra bytes a varint gets */
		int			r;

		memcpy(buf, "\x01\x00\x07\xdf", 4);
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			buf[4 + p] = (uint8_t) (trial % 3 == 0 ? rand() % 7 : 0);
		for (r = 0; r < records && day < 360; r++)
		{
			int			skip = rand() % 8 == 0 ? rand() % 4 : 0;
			uint8_t		mask = (uint8_t) (1 + rand() % 63);
			bool		counts_one = rand() % 3 != 0;
			size_t		start = n;

			if (rand() % 50 == 0 && day + 130 < 360)
				skip = 128 + rand() % 2;	/* a day skip of two bytes */
			day += skip + 1;
			n = (size_t) (put_padded_varint(buf + n, (uint64_t) skip, varint_length((uint64_t) skip)) - buf);
			buf[n++] = (uint8_t) (mask | (counts_one ? 0x40 : 0));
			for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			{
				uint64_t	count = counts_one ? 1 : (rand() % 4 == 0 ? 1 + random_bits(16) % 65535 : 1 + (uint64_t) (rand() % 30));
				uint64_t	max_stored = (uint64_t) 100000000000LL;
				uint64_t	stored;
				int			e = buf[4 + p];

				if (!(mask >> p & 1))
					continue;
				while (e-- > 0)
					max_stored /= 10;
				stored = random_bits(53) % (count * max_stored + 1);
				if (!counts_one)
					n = (size_t) (put_padded_varint(buf + n, count,
													padded_length(count, padding)) - buf);
				n = (size_t) (put_padded_varint(buf + n, stored,
												padded_length(stored, padding)) - buf);
			}
			wide += n - start > 16;
		}
		buf[10] = (uint8_t) ((day + 1) >> 8);
		buf[11] = (uint8_t) ((day + 1) & 0xff);
		if (eco_air_unpack(buf, n, &c) != NULL)
		{
			bad++;
			continue;
		}
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			bad += !same_series(buf, n, &c, p);
	}
	CHECK(bad == 0 && wide > 10000,
		  "%d forms of varints of 1 to 10 bytes read differently (%d wide records)", bad, wide);
}

static void
test_composite(void)
{
	int64_t		hundredths;
	int			d,
				p;
	static const double at_limit[ECO_AIR_N_POLLUTANTS] = {60, 40, 70, 4, 160, 35};

	eco_air_init(&a, 2015, ECO_AIR_AQI_BY_DATE);
	for (d = 0; d < 365; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			add_one(&a, d, p, at_limit[p]);
	CHECK(eco_air_composite_index(&a, &hundredths) && hundredths == 600, "six at S_i: %lld", (long long) hundredths);
	CHECK(eco_air_max_subindex_pollutants(&a) == 0x3f, "all tie");
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		CHECK(eco_air_subindex(&a, p, &hundredths) && hundredths == 100, "%s at S_i: %lld",
			  eco_pollutant_name((EcoPollutant) p), (long long) hundredths);
	/* all six on every day: each day valid for all six, the year too */
	CHECK(eco_air_valid_days(&a, ECO_AIR_ALL_POLLUTANTS) == 365 &&
		  eco_air_valid_year(&a, ECO_AIR_ALL_POLLUTANTS), "all six every day");
	CHECK(eco_air_compliant(&a, ECO_PM25, ECO_GB3095_2012, 2) == 1, "PM2.5 35 complies with 2012 II");
	CHECK(eco_air_compliant(&a, ECO_PM25, ECO_GB3095_2026_TRANSITIONAL, 2) == 0, "not with 2026 II");
	CHECK(eco_gb3095_default_for_year(2025) == ECO_GB3095_2012 &&
		  eco_gb3095_default_for_year(2026) == ECO_GB3095_2026_TRANSITIONAL &&
		  eco_gb3095_default_for_year(2031) == ECO_GB3095_2026_FINAL, "default editions");
	/* NO2 1 alone: 1/40 = 0.025 -> 0.02 (half to even) */
	eco_air_init(&b, 2015, ECO_AIR_AQI_BY_DATE);
	for (d = 0; d < 365; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			add_one(&b, d, p, p == ECO_NO2 ? 1 : 0);
	CHECK(eco_air_composite_index(&b, &hundredths) && hundredths == 2, "0.025 -> 0.02");
	CHECK(eco_air_subindex(&b, ECO_NO2, &hundredths) && hundredths == 2, "NO2 0.025 -> 0.02");
}

/*
 * The stored form built row by row (appended days, rescaled when a value has
 * more decimals) and by appending two periods equals the packed dense form.
 */
static void
test_appending(void)
{
	static uint8_t built[64 * 1024];
	static uint8_t second[64 * 1024];
	static uint8_t rescaled[64 * 1024];
	static uint8_t packed[64 * 1024];
	size_t		len,
				len2,
				plen;
	const char *reason;
	int			d,
				p;

	eco_air_init(&a, 2015, ECO_AIR_AQI_BY_DATE);
	len = eco_air_packed_empty(built, 2015, ECO_AIR_AQI_BY_DATE);
	for (d = 0; d < 365; d += 3)
	{
		double		conc[ECO_AIR_N_POLLUTANTS];
		bool		present[ECO_AIR_N_POLLUTANTS];
		int64_t		fixed[ECO_AIR_N_POLLUTANTS];
		int			culprit;
		bool		finer;
		size_t		next;

		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			/* integers first; decimals appear from day 100 (CO) and 200 (PM2.5) */
			conc[p] = (d * 7 + p * 11) % 200 + ((p == ECO_CO && d >= 100) ? 0.1 : 0) +
				((p == ECO_PM25 && d >= 200) ? 0.25 : 0);
			present[p] = (d + p) % 5 != 0;
		}
		CHECK(eco_air_add(&a, d, conc, present, &culprit) == ECO_AIR_OK, "dense add");
		CHECK(eco_air_read_values(conc, present, fixed, &culprit) == ECO_AIR_OK, "read values");
		next = eco_air_packed_append_day(built, len, d, fixed, present, &finer);
		if (next == 0 && finer)
		{
			len = eco_air_packed_rescale(built, len, fixed, present, rescaled);
			memcpy(built, rescaled, len);
			next = eco_air_packed_append_day(built, len, d, fixed, present, &finer);
		}
		CHECK(next > 0, "day %d appended", d);
		len = next;
	}
	plen = eco_air_pack(&a, packed);
	CHECK(plen == len && memcmp(packed, built, len) == 0, "appended days = packed dense form");
	CHECK(eco_air_packed_append_day(built, len, 3, (const int64_t[6]) {0}, (const bool[6]) {true}, &(bool) {false}) == 0,
		  "a day before the last one does not append");

	/* two halves of a year append to the whole */
	eco_air_init(&b, 2015, ECO_AIR_AQI_BY_DATE);
	eco_air_init(&c, 2015, ECO_AIR_AQI_BY_DATE);
	for (d = 0; d < 365; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			EcoAirSummary *half = d < 180 ? &b : &c;

			half->sum[d][p] = a.sum[d][p];
			half->count[d][p] = a.count[d][p];
		}
	len = eco_air_pack(&b, built);
	len2 = eco_air_pack(&c, second);
	plen = eco_air_packed_append(built, len, second, len2, &reason);
	if (plen == 0 && reason == NULL)
		CHECK(eco_air_packed_concat(built, len, second, len2, rescaled, &plen, &reason) &&
			  (memcpy(built, rescaled, plen), true), "halves at other scales concatenate");
	CHECK(reason == NULL && plen == eco_air_pack(&a, packed) && memcmp(built, packed, plen) == 0,
		  "first half + second half = the year");
	/* the other order does not append */
	CHECK(eco_air_packed_append(second, len2, packed, plen, &reason) == 0 && reason == NULL,
		  "days that do not follow do not append");
}

/*
 * Legitimate summaries whose counts of one day together exceed what a
 * summary holds: too many values (with the pollutant and the day), never a
 * malformed form.
 */
static void
test_too_many(void)
{
	const char *reason;
	int			culprit = -1;
	int			day = -1;
	size_t		len;

	eco_air_init(&a, 2020, ECO_AIR_AQI_BY_DATE);
	eco_air_init(&b, 2020, ECO_AIR_AQI_BY_DATE);
	a.count[40][ECO_NO2] = 40000;
	a.sum[40][ECO_NO2] = 40000 * INT64_C(1000000);
	b.count[40][ECO_NO2] = 30000;
	b.sum[40][ECO_NO2] = 30000 * INT64_C(1000000);
	CHECK(eco_air_merge(&a, &b, &culprit, &day) == ECO_AIR_TOO_MANY_VALUES &&
		  culprit == ECO_NO2 && day == 40, "merge: too many, NO2 on day 40");
	CHECK(a.count[40][ECO_NO2] == 40000, "merge: nothing added");
	len = eco_air_pack(&b, buf);
	culprit = day = -1;
	CHECK(eco_air_unpack_add(buf, len, &a, &reason, &culprit, &day) == ECO_AIR_TOO_MANY_VALUES &&
		  culprit == ECO_NO2 && day == 40, "unpack_add: too many, not malformed");
	buf[len - 1] |= 0x80;
	CHECK(eco_air_unpack_add(buf, len, &c, &reason, &culprit, &day) == ECO_AIR_MALFORMED &&
		  reason != NULL, "unpack_add: malformed");
}

/*
 * Splicing stored forms of disjoint days (rollup of months out of order): the
 * result is the form eco_air_pack writes for the dense sum, whatever the
 * interleaving of the months; forms that share a day, differ in scales or in
 * year are refused without a reason (the caller adds them in a dense state),
 * a malformed one with its reason.
 */
static void
test_packed_splice(void)
{
	static uint8_t pa[64 * 1024],
				pb[64 * 1024],
				spliced[64 * 1024],
				expected[64 * 1024];
	const char *reason = NULL;
	int			culprit = -1;
	int			day = -1;
	size_t		alen,
				blen,
				len,
				elen;
	int			bad = 0;
	int			refused = 0;
	int			trial,
				d,
				p;

	srand(8);
	for (trial = 0; trial < 400; trial++)
	{
		/* trial % 4 == 3: some days in both */
		bool		shared = trial % 4 == 3;
		bool		scales_differ;

		eco_air_init(&a, 2016, ECO_AIR_AQI_HJ633_2026);
		eco_air_init(&b, 2016, ECO_AIR_AQI_HJ633_2026);
		for (d = 0; d < 366; d++)
			for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			{
				/* whole months in one or the other, in any interleaving */
				EcoAirSummary *s = (eco_air_month_of_day(2016, d) * 7 + trial) % (2 + trial % 3) == 0 ? &a : &b;
				/* integers, halves, or sixths of 10^-6 units at 1/24 */
				int64_t		v = (trial % 3 == 0 ? 1000000 : trial % 3 == 1 ? 500000 : 41667) *
					(int64_t) (1 + rand() % 400);

				if (rand() % 5 == 0)
					continue;
				s->count[d][p] = (uint16_t) (1 + (trial % 2) * (rand() % 5));
				s->sum[d][p] = v * s->count[d][p];
				if (shared && d == 100 + trial % 50)
				{
					EcoAirSummary *o = s == &a ? &b : &a;

					o->count[d][p] = 1;
					o->sum[d][p] = v;
				}
			}
		alen = eco_air_pack(&a, pa);
		blen = eco_air_pack(&b, pb);
		/* version, rule, year and scales: the header but its last day */
		scales_differ = memcmp(pa, pb, ECO_AIR_HEADER_BYTES - 2) != 0;
		reason = NULL;
		if (!eco_air_packed_splice(pa, alen, pb, blen, spliced, &len, &reason))
		{
			refused++;
			bad += reason != NULL || !(shared || scales_differ);
			continue;
		}
		bad += shared;
		CHECK(eco_air_merge(&a, &b, &culprit, &day) == ECO_AIR_OK, "dense merge");
		elen = eco_air_pack(&a, expected);
		if (len != elen || memcmp(spliced, expected, len) != 0)
			bad++;
	}
	CHECK(bad == 0, "%d splices differ from the packed dense merge or were refused wrongly", bad);
	CHECK(refused >= 100 && refused < 300, "%d of 400 refused (the 100 with a shared day among them)", refused);

	/* the first day of a form (rollup() sizes a state by it) */
	eco_air_init(&a, 2020, ECO_AIR_AQI_BY_DATE);
	alen = eco_air_pack(&a, pa);
	CHECK(eco_air_packed_first_day(pa, alen) == -1, "first day of an empty form: none");
	add_one(&a, 365, ECO_NO2, 20);
	add_one(&a, 200, ECO_NO2, 20);
	alen = eco_air_pack(&a, pa);
	CHECK(eco_air_packed_first_day(pa, alen) == 200, "first day 200 (leap year, days 200 and 365)");
	pa[ECO_AIR_HEADER_BYTES] |= 0x80;	/* the skip runs off a truncated form */
	CHECK(eco_air_packed_first_day(pa, ECO_AIR_HEADER_BYTES + 1) == -1, "first day of a truncated skip: none");

	/* malformed, and another year */
	eco_air_init(&a, 2020, ECO_AIR_AQI_BY_DATE);
	eco_air_init(&b, 2020, ECO_AIR_AQI_BY_DATE);
	add_one(&a, 3, ECO_PM25, 10);
	add_one(&b, 40, ECO_PM25, 11);
	alen = eco_air_pack(&a, pa);
	blen = eco_air_pack(&b, pb);
	CHECK(eco_air_packed_splice(pa, alen, pb, blen, spliced, &len, &reason), "two days: spliced");
	pb[blen - 1] |= 0x80;
	reason = NULL;
	CHECK(!eco_air_packed_splice(pa, alen, pb, blen, spliced, &len, &reason) && reason != NULL,
		  "splice: malformed");
	eco_air_init(&b, 2021, ECO_AIR_AQI_BY_DATE);
	add_one(&b, 40, ECO_PM25, 11);
	blen = eco_air_pack(&b, pb);
	reason = NULL;
	CHECK(!eco_air_packed_splice(pa, alen, pb, blen, spliced, &len, &reason) && reason == NULL,
		  "splice: another year is refused, not malformed");
}

/* eco_air_day_counts: the counts of one walk are those of a walk per count */
static void
test_day_counts(void)
{
	EcoAirDayCounts c;
	int			aqi_days = 0,
				exceedance = 0,
				level_sum = 0,
				bad = 0;
	int			level[7] = {0};
	int			over[ECO_AIR_N_POLLUTANTS] = {0},
				primary[ECO_AIR_N_POLLUTANTS] = {0},
				primary_exc[ECO_AIR_N_POLLUTANTS] = {0};
	int			d,
				p;

	srand(633);
	eco_air_init(&a, 2016, ECO_AIR_AQI_BY_DATE);
	for (d = 0; d < 366; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if (rand() % 10 != 0)
				add_one(&a, d, p, p == ECO_CO ? (rand() % 40) / 10.0 : rand() % 100);
	eco_air_day_counts(&a, &c);
	for (d = 0; d < 366; d++)
	{
		EcoAirDayAqi day;

		eco_air_day_aqi(&a, d, &day);
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			over[p] += (day.over_100 >> p) & 1;
		if (!day.has_aqi)
			continue;
		aqi_days++;
		level[day.level]++;
		exceedance += day.aqi > 100;
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			primary[p] += (day.primary >> p) & 1;
			primary_exc[p] += day.aqi > 100 && ((day.primary >> p) & 1);
		}
	}
	for (d = 1; d <= 6; d++)
	{
		bad += c.at_level[d] != level[d];
		level_sum += c.at_level[d];
	}
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		bad += c.over_100[p] != over[p] || c.primary[p] != primary[p] ||
			c.primary_exceedance[p] != primary_exc[p];
	CHECK(bad == 0 && c.aqi_days == aqi_days && c.exceedance_days == exceedance &&
		  level_sum == aqi_days && aqi_days > 300 && exceedance > 0 && exceedance < aqi_days,
		  "day counts: %d differ; %d AQI days, %d above 100", bad, c.aqi_days, c.exceedance_days);

	/*
	 * Each pollutant alone on a day of its own: at its IAQI 100 concentration
	 * (HJ 633-2012, 2016) it does not exceed, one unit above it does.
	 */
	{
		static const double at_100[ECO_AIR_N_POLLUTANTS] = {150, 80, 150, 4, 160, 75};

		eco_air_init(&b, 2016, ECO_AIR_AQI_BY_DATE);
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			add_one(&b, 2 * p, p, at_100[p]);
			add_one(&b, 2 * p + 1, p, at_100[p] + (p == ECO_CO ? 0.1 : 1));
		}
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			EcoAirDayAqi at,
						above;

			eco_air_day_aqi(&b, 2 * p, &at);
			eco_air_day_aqi(&b, 2 * p + 1, &above);
			CHECK(at.over_100 == 0 && above.over_100 == 1 << p, "%s over 100: %d at, %d above",
				  eco_pollutant_name((EcoPollutant) p), at.over_100, above.over_100);
		}
		eco_air_day_counts(&b, &c);
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			CHECK(c.over_100[p] == 1, "%s: one day over 100", eco_pollutant_name((EcoPollutant) p));
	}
}

/* The text form: base64 that reads back exactly, and one text per form. */
static void
test_text_form(void)
{
	static char text[90 * 1024];
	static uint8_t back[64 * 1024];
	size_t		n,
				len,
				position;
	int			bad = 0;

	for (n = 0; n < 300; n++)
	{
		size_t		i;

		for (i = 0; i < n; i++)
			buf[i] = (uint8_t) (i * 37 + n);
		eco_air_text_encode(buf, n, text);
		bad += strlen(text) != eco_air_text_length(n);
		bad += eco_air_text_decode(text, strlen(text), back, &len, &position) != NULL ||
			len != n || memcmp(buf, back, n) != 0;
	}
	CHECK(bad == 0, "base64 round trips, lengths 0 to 299");
	eco_air_text_encode((const uint8_t *) "\x01\x02", 2, text);
	CHECK(strcmp(text, "AQI=") == 0, "RFC 4648 padding: %s", text);
	CHECK(eco_air_text_decode("AQI=", 4, back, &len, &position) == NULL && len == 2, "AQI=");
	CHECK(eco_air_text_decode("AQJ=", 4, back, &len, &position) != NULL && position == 2,
		  "nonzero unused bits are rejected");
	CHECK(eco_air_text_decode("AQ==", 4, back, &len, &position) == NULL && len == 1, "AQ==");
	CHECK(eco_air_text_decode("AR==", 4, back, &len, &position) != NULL, "AR== unused bits");
	CHECK(eco_air_text_decode("A===", 4, back, &len, &position) != NULL, "A===");
	CHECK(eco_air_text_decode("AQI", 3, back, &len, &position) != NULL, "length 3");
	CHECK(eco_air_text_decode("AQ=IAQID", 8, back, &len, &position) != NULL && position == 2,
		  "padding inside");
	CHECK(eco_air_text_decode("AQ I", 4, back, &len, &position) != NULL && position == 2,
		  "a space");
	CHECK(eco_air_text_decode("AQ-_", 4, back, &len, &position) != NULL && position == 2,
		  "the URL alphabet");
}

/* The decimal text of figures: signs, leading zeros, decimals kept or dropped. */
static void
check_text(const char *got, const char *expected)
{
	CHECK(strcmp(got, expected) == 0, "formatted \"%s\", expected \"%s\"", got, expected);
}

static void
test_format(void)
{
	char		buf[32];
	EcoExact	x;

	eco_air_format_units(1234, 2, buf, sizeof(buf));
	check_text(buf, "12.34");
	eco_air_format_units(-1234, 2, buf, sizeof(buf));
	check_text(buf, "-12.34");
	eco_air_format_units(5, 2, buf, sizeof(buf));
	check_text(buf, "0.05");
	eco_air_format_units(-5, 2, buf, sizeof(buf));
	check_text(buf, "-0.05");
	eco_air_format_units(0, 2, buf, sizeof(buf));
	check_text(buf, "0.00");
	eco_air_format_units(123, 1, buf, sizeof(buf));
	check_text(buf, "12.3");
	eco_air_format_units(-10, 1, buf, sizeof(buf));
	check_text(buf, "-1.0");
	eco_air_format_units(123, 0, buf, sizeof(buf));
	check_text(buf, "123");
	eco_air_format_units(-7, 0, buf, sizeof(buf));
	check_text(buf, "-7");
	eco_air_format_units(INT64_C(-9223372036854775807) - 1, 2, buf, sizeof(buf));
	check_text(buf, "-92233720368547758.08");

	x.num = 275;
	x.den = 10;
	eco_air_format_exact(x, 0, buf, sizeof(buf));
	check_text(buf, "27.5");
	x.num = 270;
	eco_air_format_exact(x, 0, buf, sizeof(buf));
	check_text(buf, "27");
	x.num = 27;
	x.den = 1;
	eco_air_format_exact(x, 0, buf, sizeof(buf));
	check_text(buf, "27");
	eco_air_format_exact(x, 1, buf, sizeof(buf));
	check_text(buf, "2.7");
	x.num = 2750;
	x.den = 100;
	eco_air_format_exact(x, 1, buf, sizeof(buf));
	check_text(buf, "2.75");
	x.num = 20;
	x.den = 10;
	eco_air_format_exact(x, 1, buf, sizeof(buf));
	check_text(buf, "0.2");
	x.num = 5;
	x.den = 100;
	eco_air_format_exact(x, 0, buf, sizeof(buf));
	check_text(buf, "0.05");
	x.num = 0;
	x.den = 1;
	eco_air_format_exact(x, 1, buf, sizeof(buf));
	check_text(buf, "0.0");
	eco_air_format_exact(x, 0, buf, sizeof(buf));
	check_text(buf, "0");
	x.num = 1005;
	x.den = 1000;
	eco_air_format_exact(x, 0, buf, sizeof(buf));
	check_text(buf, "1.005");
}

int
main(void)
{
	test_calendar();
	test_rounding_and_percentile();
	test_percentile_paths();
	test_validity();
	test_pack_merge();
	test_packed_series();
	test_packed_series_varints();
	test_composite();
	test_appending();
	test_too_many();
	test_packed_splice();
	test_day_counts();
	test_text_form();
	test_format();
	return UNIT_DONE("test_air_summary");
}
