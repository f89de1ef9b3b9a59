/* Hourly to daily: exact means, validity counts, hour slots, O3 MDA8. */
#include "unit.h"
#include "core/hourly.h"
#include "core/gbt8170.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define U ECO_FIXED_SCALE
#define HOUR INT64_C(3600000000)

static double
mean_of(const int64_t *v, int n, int min_count, bool *valid)
{
	EcoValidMean m;
	double		out = -1;
	int			i;

	eco_valid_mean_init(&m, min_count);
	for (i = 0; i < n; i++)
		eco_valid_mean_add(&m, v[i]);
	*valid = eco_valid_mean_result(&m, &out);
	return out;
}

/* a day of O3 with the given slots measured at the given value */
static EcoO3Day
o3_day(uint32_t measured, int64_t v)
{
	EcoO3Day	d;
	int			h;

	eco_o3_day_init(&d);
	for (h = 0; h < 24; h++)
		eco_o3_day_add(&d, h, (measured >> h) & 1, v);
	return d;
}

static void
test_division(void)
{
	EcoSum128	s;
	unsigned	seed = 12345;
	int			i;
	int			disagreements = 0;

	/* the fast path is IEEE division of exact operands */
	s.hi = 0;
	s.lo = 1;
	CHECK(eco_sum128_div(&s, 3) == 1.0 / 3.0, "1/3");
	s.lo = 0;
	CHECK(eco_sum128_div(&s, 7) == 0.0, "0/7");

	/* long division: exact quotients above 2^64 */
	s.hi = 1;
	s.lo = 0;					/* 2^64 */
	CHECK(eco_sum128_div(&s, 1) == ldexp(1, 64), "2^64/1");
	CHECK(eco_sum128_div(&s, 1024) == ldexp(1, 54), "2^64/2^10");
	s.hi = 3;
	s.lo = 0;					/* 3 * 2^64 */
	CHECK(eco_sum128_div(&s, 3) == ldexp(1, 64), "3*2^64/3");

	/* sums far above 2^64: 2^100 + 2^47 is a tie (to even), one more is not */
	s.hi = UINT64_C(1) << 36;
	s.lo = UINT64_C(1) << 47;
	CHECK(eco_sum128_div(&s, 1) == ldexp(1, 100), "2^100+2^47 rounds to even 2^100");
	s.lo = (UINT64_C(1) << 47) + 1;
	CHECK(eco_sum128_div(&s, 1) == ldexp(1, 100) + ldexp(1, 48), "2^100+2^47+1 rounds up");
	s.lo = (UINT64_C(1) << 48) + (UINT64_C(1) << 47);
	CHECK(eco_sum128_div(&s, 1) == ldexp(1, 100) + ldexp(1, 49), "2^100+3*2^47 rounds to even, up");

	/* ties: 2^53 + 1 is halfway between 2^53 and 2^53 + 2: to even */
	s.hi = 0;
	s.lo = (UINT64_C(1) << 53) + 1;
	CHECK(eco_sum128_div(&s, 1) == ldexp(1, 53), "2^53+1 rounds to even 2^53");
	s.lo = (UINT64_C(1) << 53) + 3;
	CHECK(eco_sum128_div(&s, 1) == ldexp(1, 53) + 4, "2^53+3 rounds to even 2^53+4");
	/* just above a tie: the sticky remainder rounds up */
	s.lo = ((UINT64_C(1) << 53) + 1) * 3 + 1;
	CHECK(eco_sum128_div(&s, 3) == ldexp(1, 53) + 2, "(2^53+1)+1/3 rounds up");
	s.lo = ((UINT64_C(1) << 53) + 1) * 3 - 1;
	CHECK(eco_sum128_div(&s, 3) == ldexp(1, 53), "(2^53+1)-1/3 rounds down");

	/* the long path agrees with the fast one: scale both by 2^k */
	for (i = 0; i < 20000 && disagreements < 5; i++)
	{
		uint64_t	num,
					den;
		int			k;
		EcoSum128	small,
					big;
		double		a,
					b;

		seed = seed * 1103515245u + 12345u;
		num = ((uint64_t) seed << 21) ^ (uint64_t) rand();
		num &= (UINT64_C(1) << 53) - 1;
		den = (uint64_t) (rand() % 100000000) + 1;
		if (num == 0)
			continue;
		k = 10 + rand() % 9;	/* numerator up to 2^71, divisor up to 2^45 */
		small.hi = 0;
		small.lo = num;
		big.hi = num >> (64 - k);
		big.lo = num << k;
		a = eco_sum128_div(&small, den);
		b = eco_sum128_div(&big, den << k);
		if (a != b)
		{
			disagreements++;
			printf("%llu/%llu: fast %.17g long %.17g\n", (unsigned long long) num,
				   (unsigned long long) den, a, b);
		}
	}
	CHECK(disagreements == 0, "20000 quotients: long division agrees with IEEE division");
}

static void
test_valid_mean(void)
{
	int64_t		v[24];
	EcoValidMean m,
				m2;
	double		out;
	bool		valid;
	int			i;

	/* GB 3095 Table 4: 20 hourly values for a daily mean */
	for (i = 0; i < 24; i++)
		v[i] = (int64_t) (i + 1) * U;
	out = mean_of(v, 19, ECO_DAILY_MEAN_MIN_HOURS, &valid);
	CHECK(!valid, "19 values: no daily mean");
	out = mean_of(v, 20, ECO_DAILY_MEAN_MIN_HOURS, &valid);
	CHECK(valid && out == 10.5, "20 values: mean 10.5, got %g", out);
	/* 6 of 8 for the O3 8-hour mean */
	out = mean_of(v, 5, ECO_O3_8H_MEAN_MIN_HOURS, &valid);
	CHECK(!valid, "5 values: no 8-hour mean");
	out = mean_of(v, 6, ECO_O3_8H_MEAN_MIN_HOURS, &valid);
	CHECK(valid && out == 3.5, "6 values: 3.5, got %g", out);

	/* exact decimals come out as the nearest double: (0.1 + 0.2) / 2 = 0.15 */
	v[0] = 100000;
	v[1] = 200000;
	out = mean_of(v, 2, 1, &valid);
	CHECK(valid && out == 0.15, "mean of 0.1 and 0.2 is 0.15, got %.17g", out);

	/* removal is exact: add a million values, remove all but two */
	eco_valid_mean_init(&m, 1);
	for (i = 0; i < 1000000; i++)
		eco_valid_mean_add(&m, (int64_t) (i % 997) * 123457 + 1);
	for (i = 0; i < 999998; i++)
		eco_valid_mean_remove(&m, (int64_t) (i % 997) * 123457 + 1);
	eco_valid_mean_init(&m2, 1);
	eco_valid_mean_add(&m2, (int64_t) (999998 % 997) * 123457 + 1);
	eco_valid_mean_add(&m2, (int64_t) (999999 % 997) * 123457 + 1);
	CHECK(m.count == 2 && m.sum.hi == m2.sum.hi && m.sum.lo == m2.sum.lo,
		  "after removals the state equals a fresh one");

	/* the upper word: 20 values of 10^18 units overflow 64 bits */
	eco_valid_mean_init(&m, 20);
	for (i = 0; i < 20; i++)
		eco_valid_mean_add(&m, ECO_HOURLY_MAX_FIXED);
	CHECK(m.sum.hi == 1, "carry into the upper word");
	CHECK(eco_valid_mean_result(&m, &out) && out == 1e12, "mean of 20 x 1e12 = %.17g", out);
	CHECK(eco_valid_mean_consistent(&m), "a real state is consistent");
	eco_valid_mean_remove(&m, ECO_HOURLY_MAX_FIXED);
	eco_valid_mean_remove(&m, ECO_HOURLY_MAX_FIXED);
	CHECK(m.sum.hi == 0 && m.count == 18, "borrow from the upper word");

	/* merge */
	eco_valid_mean_init(&m, 3);
	eco_valid_mean_init(&m2, 3);
	eco_valid_mean_add(&m, 1 * U);
	eco_valid_mean_add(&m2, 2 * U);
	eco_valid_mean_add(&m2, 6 * U);
	CHECK(eco_valid_mean_merge(&m, &m2) && eco_valid_mean_result(&m, &out) && out == 3.0,
		  "merged mean 3, got %g", out);

	/* consistency of states read from outside */
	eco_valid_mean_init(&m, 1);
	CHECK(eco_valid_mean_consistent(&m), "empty state");
	m.sum.lo = 1;
	CHECK(!eco_valid_mean_consistent(&m), "a sum without values");
	m.count = 1;
	m.sum.lo = (uint64_t) ECO_HOURLY_MAX_FIXED + 1;
	CHECK(!eco_valid_mean_consistent(&m), "a sum above count * max");
	m.sum.lo = 5;
	m.min_count = 0;
	CHECK(!eco_valid_mean_consistent(&m), "min_count 0");
	m.min_count = 1;
	m.count = -1;
	CHECK(!eco_valid_mean_consistent(&m), "negative count");
	m.count = ECO_VALID_MEAN_MAX_COUNT;
	CHECK(eco_valid_mean_consistent(&m), "the largest count");
	CHECK(!eco_valid_mean_add(&m, 1), "no count beyond the largest");
}

static void
test_hour_slots(void)
{
	int			label;
	int64_t		day;
	int			slot;

	CHECK(eco_name_lookup(&eco_hour_label_names, "start", 5, &label) && label == ECO_HOUR_START, "start");
	CHECK(eco_name_lookup(&eco_hour_label_names, "END", 3, &label) && label == ECO_HOUR_END, "END");
	CHECK(!eco_name_lookup(&eco_hour_label_names, "begin", 5, &label), "begin");
	CHECK(!eco_name_lookup(&eco_hour_label_names, "star", 4, &label), "star");
	CHECK(!eco_name_lookup(&eco_hour_label_names, "ends", 4, &label), "ends");
	CHECK(!eco_name_lookup(&eco_hour_label_names, "", 0, &label), "empty");
	CHECK(strcmp(eco_name_spelling(&eco_hour_label_names, ECO_HOUR_START), "start") == 0 &&
		  strcmp(eco_name_spelling(&eco_hour_label_names, ECO_HOUR_END), "end") == 0, "labels");

	CHECK(eco_hour_slot(0, ECO_HOUR_START, &day, &slot) && day == 0 && slot == 0, "00:00 start");
	CHECK(eco_hour_slot(0, ECO_HOUR_END, &day, &slot) && day == -1 && slot == 23, "00:00 end is hour 24 of the day before");
	CHECK(eco_hour_slot(HOUR, ECO_HOUR_END, &day, &slot) && day == 0 && slot == 0, "01:00 end");
	CHECK(eco_hour_slot(23 * HOUR, ECO_HOUR_START, &day, &slot) && day == 0 && slot == 23, "23:00 start");
	CHECK(eco_hour_slot(-HOUR, ECO_HOUR_START, &day, &slot) && day == -1 && slot == 23, "before the epoch");
	CHECK(eco_hour_slot(-25 * HOUR, ECO_HOUR_END, &day, &slot) && day == -2 && slot == 22, "-25 h end");
	CHECK(!eco_hour_slot(HOUR + 1, ECO_HOUR_START, &day, &slot), "not a whole hour");
	CHECK(!eco_hour_slot(-1, ECO_HOUR_START, &day, &slot), "not a whole hour, negative");
}

static void
test_mda8(void)
{
	EcoO3Day	d,
				e;
	EcoMda8		r;
	int			dup;
	int			h;

	/* a full day: 17 valid windows */
	d = o3_day(0xffffff, 100 * U);
	r = eco_o3_mda8(&d);
	CHECK(r.valid && r.valid_windows == 17 && r.value == 100, "full day");

	/* the window ending 08:00 is slots 0..7; 24:00 is slots 16..23 */
	eco_o3_day_init(&d);
	for (h = 0; h < 24; h++)
		eco_o3_day_add(&d, h, true, (h < 8 ? 200 : 100) * U);
	r = eco_o3_mda8(&d);
	CHECK(r.valid && r.value == 200, "first window is 0..7: %g", r.value);
	eco_o3_day_init(&d);
	for (h = 0; h < 24; h++)
		eco_o3_day_add(&d, h, true, (h >= 16 ? 200 : 100) * U);
	r = eco_o3_mda8(&d);
	CHECK(r.valid && r.value == 200, "last window is 16..23: %g", r.value);
	eco_o3_day_init(&d);
	for (h = 0; h < 24; h++)
		eco_o3_day_add(&d, h, true, (h >= 17 || h < 1 ? 200 : 100) * U);
	r = eco_o3_mda8(&d);
	CHECK(r.value == 187.5, "7 of 8 at 200: %g", r.value);

	/* 5 vs 6 hours in a window: only slots 0..5 measured -> one window (ending 08:00) with 6 */
	d = o3_day(0x3f, 100 * U);
	r = eco_o3_mda8(&d);
	CHECK(r.valid_windows == 1 && !r.valid, "6 hours: one valid window");
	d = o3_day(0x1f, 100 * U);
	r = eco_o3_mda8(&d);
	CHECK(r.valid_windows == 0 && !r.valid, "5 hours: no valid window");

	/*
	 * 13 vs 14 valid windows.  Measured slots 0..18 (19 hours): windows
	 * ending E are valid while hours E-8..E-1 have >= 6 measured, i.e.
	 * E - 8 <= 13, E <= 21: 14 windows (8..21).
	 */
	d = o3_day(0x7ffff, 100 * U);
	r = eco_o3_mda8(&d);
	CHECK(r.valid_windows == 14 && r.valid && r.value == 100, "14 valid windows: %d", r.valid_windows);
	d = o3_day(0x3ffff, 100 * U);
	r = eco_o3_mda8(&d);
	CHECK(r.valid_windows == 13 && !r.valid, "13 valid windows: %d", r.valid_windows);
	/* the exception: 13 valid windows whose maximum exceeds 160 */
	d = o3_day(0x3ffff, 161 * U);
	r = eco_o3_mda8(&d);
	CHECK(r.valid && r.value == 161, "13 windows, max 161: valid");
	d = o3_day(0x3ffff, 160 * U);
	r = eco_o3_mda8(&d);
	CHECK(!r.valid && r.value == 160, "13 windows, max 160: not valid");
	d = o3_day(0x3ffff, 160 * U + 1);
	r = eco_o3_mda8(&d);
	CHECK(r.valid, "13 windows, max 160.000001: valid (exact comparison)");
	d = o3_day(0x3ffff, 159 * U);
	r = eco_o3_mda8(&d);
	CHECK(!r.valid, "13 windows, max 159: not valid");
	d = o3_day(0, 0);
	r = eco_o3_mda8(&d);
	CHECK(!r.valid && r.valid_windows == 0, "no values");

	/* duplicates and merges */
	eco_o3_day_init(&d);
	CHECK(eco_o3_day_add(&d, 5, false, 0), "a missing hour");
	CHECK(!eco_o3_day_add(&d, 5, true, U), "the same hour again");
	eco_o3_day_init(&e);
	eco_o3_day_add(&e, 7, true, 3 * U);
	eco_o3_day_add(&e, 5, true, 3 * U);
	CHECK(!eco_o3_day_merge(&d, &e, &dup) && dup == 5, "merge duplicate hour 5");
	CHECK(d.seen == (1u << 5) && d.measured == 0, "a failed merge changes nothing");
	eco_o3_day_init(&e);
	eco_o3_day_add(&e, 7, true, 3 * U);
	CHECK(eco_o3_day_merge(&d, &e, &dup) && d.value[7] == 3 * U && d.seen == ((1u << 5) | (1u << 7)), "merge");
	CHECK(eco_o3_day_consistent(&d), "consistent");
	d.value[5] = 1;
	CHECK(!eco_o3_day_consistent(&d), "a value for a missing hour");
	d.value[5] = 0;
	d.seen |= 1u << 24;
	CHECK(!eco_o3_day_consistent(&d), "slot 24");
	d.seen &= ~(1u << 24);
	d.value[7] = -1;
	CHECK(!eco_o3_day_consistent(&d), "a negative value");
}

/* the serialized states: exact bytes, round trips, every refusal */
static void
test_stored(void)
{
	static const uint8_t mean_bytes[ECO_VALID_MEAN_STORED_BYTES] = {
		1, 0, 0, 0, 20,
		0, 0, 0, 0, 0, 0, 0, 3,
		0, 0, 0, 0, 0, 0, 0, 0,
		0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08
	};
	uint8_t		buf[ECO_O3_DAY_STORED_BYTES];
	EcoValidMean m;
	EcoValidMean back;
	EcoO3Day	d;
	EcoO3Day	d_back;
	EcoHourLabel label;
	int32_t		day;
	int			h;

	CHECK(ECO_VALID_MEAN_STORED_BYTES == 29 && ECO_O3_DAY_STORED_BYTES == 206, "sizes");
	eco_valid_mean_init(&m, 20);
	m.count = 3;
	m.sum.hi = 0;
	m.sum.lo = UINT64_C(0x0102030405060708);
	eco_valid_mean_store(&m, buf);
	CHECK(memcmp(buf, mean_bytes, sizeof(mean_bytes)) == 0, "valid_avg: the stored bytes, big-endian");
	memset(&back, 0x55, sizeof(back));
	CHECK(eco_valid_mean_load(buf, 29, &back) == ECO_STORED_OK, "valid_avg: loads");
	CHECK(back.min_count == 20 && back.count == 3 && back.sum.hi == 0 &&
		  back.sum.lo == UINT64_C(0x0102030405060708), "valid_avg: round trip");
	CHECK(eco_valid_mean_load(buf, 28, &back) == ECO_STORED_BAD_SIZE, "valid_avg: one byte short");
	CHECK(eco_valid_mean_load(buf, 30, &back) == ECO_STORED_BAD_SIZE, "valid_avg: one byte over");
	buf[0] = 0;
	CHECK(eco_valid_mean_load(buf, 29, &back) == ECO_STORED_BAD_FORMAT, "valid_avg: format 0");
	buf[0] = 2;
	CHECK(eco_valid_mean_load(buf, 29, &back) == ECO_STORED_BAD_FORMAT, "valid_avg: format 2");

	/* a state that is no state is read anyway, for the message */
	m.min_count = -7;
	eco_valid_mean_store(&m, buf);
	CHECK(buf[1] == 0xff && buf[4] == 0xf9, "valid_avg: a negative min_count in two's complement");
	CHECK(eco_valid_mean_load(buf, 29, &back) == ECO_STORED_INCONSISTENT && back.min_count == -7 &&
		  back.count == 3, "valid_avg: min_count -7 read and refused");
	m.min_count = 1;
	m.count = -1;
	eco_valid_mean_store(&m, buf);
	CHECK(eco_valid_mean_load(buf, 29, &back) == ECO_STORED_INCONSISTENT && back.count == -1,
		  "valid_avg: count -1");
	m.count = ECO_VALID_MEAN_MAX_COUNT;
	m.sum.hi = 0;
	m.sum.lo = 0;
	eco_valid_mean_store(&m, buf);
	CHECK(eco_valid_mean_load(buf, 29, &back) == ECO_STORED_OK && back.count == ECO_VALID_MEAN_MAX_COUNT,
		  "valid_avg: the largest count");
	m.count = 100;				/* a bound of 10^20: a sum above 2^64 */
	m.sum.hi = 5;
	m.sum.lo = 7;
	eco_valid_mean_store(&m, buf);
	CHECK(buf[20] == 5 && buf[13] == 0 && buf[28] == 7, "valid_avg: the high word before the low");
	CHECK(eco_valid_mean_load(buf, 29, &back) == ECO_STORED_OK && back.sum.hi == 5 && back.sum.lo == 7,
		  "valid_avg: round trip of a sum above 2^64");
	m.sum.hi = 0;
	m.count = 0;
	m.sum.lo = 1;
	eco_valid_mean_store(&m, buf);
	CHECK(eco_valid_mean_load(buf, 29, &back) == ECO_STORED_INCONSISTENT, "valid_avg: a sum without values");

	eco_o3_day_init(&d);
	eco_o3_day_add(&d, 0, true, INT64_C(0x0102030405060708));
	eco_o3_day_add(&d, 23, false, 0);
	eco_valid_mean_init(&m, 1);
	eco_o3_day_store(ECO_HOUR_END, -2, &d, buf);
	CHECK(buf[0] == 1 && buf[1] == ECO_HOUR_END, "o3: format and label bytes");
	CHECK(buf[2] == 0xff && buf[3] == 0xff && buf[4] == 0xff && buf[5] == 0xfe, "o3: day -2 big-endian");
	CHECK(buf[6] == 0 && buf[7] == 0x80 && buf[8] == 0 && buf[9] == 1, "o3: seen big-endian");
	CHECK(buf[10] == 0 && buf[13] == 1, "o3: measured big-endian");
	CHECK(buf[14] == 1 && buf[21] == 8 && buf[22] == 0 && buf[205] == 0, "o3: values big-endian");
	memset(&d_back, 0x55, sizeof(d_back));
	CHECK(eco_o3_day_load(buf, 206, &label, &day, &d_back) == ECO_STORED_OK, "o3: loads");
	CHECK(label == ECO_HOUR_END && day == -2 && d_back.seen == d.seen && d_back.measured == d.measured,
		  "o3: round trip of label, day and bits");
	for (h = 0; h < ECO_HOURS_PER_DAY; h++)
		CHECK(d_back.value[h] == d.value[h], "o3: round trip of hour %d", h);
	eco_o3_day_store(ECO_HOUR_START, 7, &d, buf);
	CHECK(eco_o3_day_load(buf, 206, &label, &day, &d_back) == ECO_STORED_OK &&
		  label == ECO_HOUR_START && day == 7, "o3: label start");
	CHECK(eco_o3_day_load(buf, 205, &label, &day, &d_back) == ECO_STORED_BAD_SIZE, "o3: one byte short");
	CHECK(eco_o3_day_load(buf, 207, &label, &day, &d_back) == ECO_STORED_BAD_SIZE, "o3: one byte over");
	buf[0] = 2;
	CHECK(eco_o3_day_load(buf, 206, &label, &day, &d_back) == ECO_STORED_BAD_FORMAT, "o3: format 2");
	buf[0] = 0;
	CHECK(eco_o3_day_load(buf, 206, &label, &day, &d_back) == ECO_STORED_BAD_FORMAT, "o3: format 0");
	buf[0] = 1;
	buf[1] = 0;
	CHECK(eco_o3_day_load(buf, 206, &label, &day, &d_back) == ECO_STORED_INCONSISTENT, "o3: label 0");
	buf[1] = 3;
	CHECK(eco_o3_day_load(buf, 206, &label, &day, &d_back) == ECO_STORED_INCONSISTENT, "o3: label 3");
	eco_o3_day_init(&d);
	eco_o3_day_store(ECO_HOUR_START, 7, &d, buf);
	CHECK(eco_o3_day_load(buf, 206, &label, &day, &d_back) == ECO_STORED_INCONSISTENT, "o3: no hour seen");
	d.seen = 1;
	d.measured = 2;
	eco_o3_day_store(ECO_HOUR_START, 7, &d, buf);
	CHECK(eco_o3_day_load(buf, 206, &label, &day, &d_back) == ECO_STORED_INCONSISTENT,
		  "o3: a measured hour not seen");
	d.measured = 1;
	d.value[0] = -1;
	eco_o3_day_store(ECO_HOUR_START, 7, &d, buf);
	CHECK(eco_o3_day_load(buf, 206, &label, &day, &d_back) == ECO_STORED_INCONSISTENT, "o3: a negative value");
}

int
main(void)
{
	test_division();
	test_valid_mean();
	test_hour_slots();
	test_mda8();
	test_stored();
	return UNIT_DONE("test_hourly");
}
