/* HJ 640-2012 grades, GB 3096-2008 limits and the energy mean. */
#include "unit.h"
#include "core/noise.h"

#include <math.h>
#include <string.h>

static void
check_grade(double db, EcoNoiseKind kind, EcoNoisePeriod period, int expected)
{
	int			got = eco_noise_grade(db, kind, period);

	CHECK(got == expected, "grade(%.17g, kind %d, period %d) = %d, expected %d",
		  db, (int) kind, (int) period, got, expected);
}

/* the value a name looks up to in table, -1 when unknown */
static int
named(const EcoNameTable *table, const char *name)
{
	int			value = -1;

	return eco_name_lookup(table, name, (int) strlen(name), &value) ? value : -1;
}

static void
check_names(void)
{
	static const char *const zones[] = {"0", "1", "2", "3", "4a", "4b"};
	static const char *const zones_printed[] = {"0类", "1类", "2类", "3类", "4A类", "4b 类"};
	char		hint[256];
	int			z;

	CHECK(named(&eco_noise_period_names, "夜间") == ECO_NOISE_NIGHT, "夜间");
	CHECK(named(&eco_noise_period_names, "夜") == ECO_NOISE_NIGHT, "夜");
	CHECK(named(&eco_noise_period_names, "Night Time") == ECO_NOISE_NIGHT, "Night Time");
	CHECK(named(&eco_noise_period_names, "DAY") == ECO_NOISE_DAY, "DAY");
	CHECK(named(&eco_noise_period_names, "daytime") == ECO_NOISE_DAY, "daytime");
	CHECK(named(&eco_noise_period_names, "昼") == ECO_NOISE_DAY, "昼");
	CHECK(named(&eco_noise_period_names, "昼间") == ECO_NOISE_DAY, "昼间");
	CHECK(named(&eco_noise_period_names, "evening") == -1, "evening unknown");
	for (z = 0; z < ECO_N_ZONES; z++)
	{
		CHECK(named(&eco_noise_zone_names, zones[z]) == z, "zone %s", zones[z]);
		CHECK(named(&eco_noise_zone_names, zones_printed[z]) == z, "zone %s", zones_printed[z]);
		CHECK(strcmp(eco_name_spelling(&eco_noise_zone_names, z), zones[z]) == 0, "zone %d spelled", z);
	}
	CHECK(named(&eco_noise_zone_names, "4B") == ECO_ZONE_4B, "4B");
	CHECK(named(&eco_noise_zone_names, "4") == -1, "4 alone unknown");
	CHECK(named(&eco_noise_zone_names, "5") == -1, "5 unknown");
	CHECK(named(&eco_noise_zone_names, "4c") == -1, "4c unknown");
	eco_name_hint(&eco_noise_kind_names, hint, sizeof(hint));
	CHECK(strcmp(hint, "Accepted kinds (case-insensitive): regional (区域), road_traffic (traffic, 道路交通).") == 0,
		  "kind hint %s", hint);
	eco_name_hint(&eco_noise_period_names, hint, sizeof(hint));
	CHECK(strcmp(hint, "Accepted periods (case-insensitive): day (昼间), night (夜间).") == 0,
		  "period hint %s", hint);
	eco_name_hint(&eco_noise_zone_names, hint, sizeof(hint));
	CHECK(strcmp(hint, "Accepted GB 3096-2008 zone classes (case-insensitive): 0, 1, 2, 3, 4a, 4b.") == 0,
		  "zone hint %s", hint);
}

/* the length-weighted mean of 1.0: Neumaier sums, validity, result */
static void
check_weighted(void)
{
	double		sum;
	double		comp;
	double		v[3] = {0, 0, 0};
	double		w[3] = {2, 120, 0.25};
	double		bad[3];
	double		top;
	double		mean = -1;
	int			k;

	CHECK(eco_road_length_valid(0), "length 0");
	CHECK(eco_road_length_valid(-0.0), "length -0");
	CHECK(eco_road_length_valid(1e300), "length 1e300");
	CHECK(!eco_road_length_valid(-5e-324), "length below 0");
	CHECK(!eco_road_length_valid(INFINITY), "length infinite");
	CHECK(!eco_road_length_valid(NAN), "length NaN");

	/* the larger term first, and second: the lost 1 lands in the compensation */
	sum = 1e16, comp = 0;
	eco_compensated_add(&sum, &comp, 1);
	CHECK(sum == 1e16 && comp == 1, "1e16 + 1: %.17g, %.17g", sum, comp);
	sum = 1, comp = 0.5;
	eco_compensated_add(&sum, &comp, 1e16);
	CHECK(sum == 1e16 && comp == 1.5, "1 + 1e16: %.17g, %.17g", sum, comp);
	sum = -1e16, comp = 0;
	eco_compensated_add(&sum, &comp, -1);
	CHECK(sum == -1e16 && comp == -1, "-1e16 - 1: %.17g, %.17g", sum, comp);
	sum = 2, comp = 0;
	eco_compensated_add(&sum, &comp, 3);
	CHECK(sum == 5 && comp == 0, "2 + 3: %.17g, %.17g", sum, comp);

	eco_weighted_add(v, 2, 50);
	CHECK(v[0] == 2 && v[1] == 100 && v[2] == 0, "add {%g,%g,%g}", v[0], v[1], v[2]);
	eco_weighted_add(v, 1, 60.5);
	CHECK(v[0] == 3 && v[1] == 160.5 && v[2] == 0, "add 2 {%g,%g,%g}", v[0], v[1], v[2]);
	v[2] = 0.5;
	eco_weighted_merge(v, w);
	CHECK(v[0] == 5 && v[1] == 280.5 && v[2] == 0.75, "merge {%g,%g,%g}", v[0], v[1], v[2]);
	CHECK(w[0] == 2 && w[1] == 120 && w[2] == 0.25, "merge leaves the other");
	v[0] = 1, v[1] = 1e16, v[2] = 0;
	w[0] = 0, w[1] = 1, w[2] = 0;
	eco_weighted_merge(v, w);
	CHECK(v[1] == 1e16 && v[2] == 1, "merge compensated {%g,%g,%g}", v[0], v[1], v[2]);

	CHECK(eco_weighted_result((double[3]) {4, 200, 2}, &mean) && mean == 50.5, "mean %g", mean);
	CHECK(eco_weighted_result((double[3]) {5e-324, 0, 0}, &mean) && mean == 0, "tiny length");
	mean = -1;
	CHECK(!eco_weighted_result((double[3]) {0, 0, 0}, &mean) && mean == -1, "no length");
	CHECK(!eco_weighted_result((double[3]) {-1, 0, 0}, &mean) && mean == -1, "negative length");

	CHECK(eco_weighted_sums_finite((double[3]) {1e308, -1e308, 0}), "finite sums");
	CHECK(eco_weighted_state_valid((double[3]) {0, 0, 0}), "empty state");
	CHECK(eco_weighted_state_valid((double[3]) {1, 50, -0.5}), "negative compensation");
	top = ECO_NOISE_MAX_DB * 1.0 * (1 + 1e-9);
	CHECK(eco_weighted_state_valid((double[3]) {1, top, 0}), "level at the top");
	CHECK(!eco_weighted_state_valid((double[3]) {1, nextafter(top, INFINITY), 0}), "level past the top");
	CHECK(!eco_weighted_state_valid((double[3]) {1, top, 1e-6}), "compensation past the top");
	CHECK(!eco_weighted_state_valid((double[3]) {-1e-300, 0, 0}), "negative length sum");
	CHECK(!eco_weighted_state_valid((double[3]) {1, -1e-300, 0}), "negative product sum");
	for (k = 0; k < 3; k++)
	{
		memcpy(bad, (double[3]) {1, 50, 0}, sizeof(bad));
		bad[k] = INFINITY;
		CHECK(!eco_weighted_sums_finite(bad), "sum %d infinite", k);
		CHECK(!eco_weighted_state_valid(bad), "state %d infinite", k);
		bad[k] = NAN;
		CHECK(!eco_weighted_sums_finite(bad), "sum %d NaN", k);
		CHECK(!eco_weighted_state_valid(bad), "state %d NaN", k);
	}
}

int
main(void)
{
	EcoNoiseKind kind;
	EcoLeqState s = {0, 0, 0};
	EcoLeqState a = {0, 0, 0};
	EcoLeqState b = {0, 0, 0};
	double		leq = 0;
	int			i;

	/* the seed's figures: regional day 54.5 二级 较好, traffic day 65.8 一级 好 */
	check_grade(54.5, ECO_NOISE_REGIONAL, ECO_NOISE_DAY, 2);
	CHECK(strcmp(eco_noise_grade_label_zh(2), "较好") == 0, "label 2");
	check_grade(65.8, ECO_NOISE_ROAD_TRAFFIC, ECO_NOISE_DAY, 1);
	CHECK(strcmp(eco_noise_grade_label_zh(1), "好") == 0, "label 1");

	/* bounds inclusive, after GB/T 8170 rounding to 0.1 dB */
	check_grade(50.0, ECO_NOISE_REGIONAL, ECO_NOISE_DAY, 1);
	check_grade(50.04, ECO_NOISE_REGIONAL, ECO_NOISE_DAY, 1);
	check_grade(50.05, ECO_NOISE_REGIONAL, ECO_NOISE_DAY, 1);	/* half to even: 50.0 */
	check_grade(50.06, ECO_NOISE_REGIONAL, ECO_NOISE_DAY, 2);
	check_grade(50.15, ECO_NOISE_REGIONAL, ECO_NOISE_DAY, 2);	/* 50.2 */
	check_grade(65.0, ECO_NOISE_REGIONAL, ECO_NOISE_DAY, 4);
	check_grade(65.1, ECO_NOISE_REGIONAL, ECO_NOISE_DAY, 5);
	check_grade(0.0, ECO_NOISE_REGIONAL, ECO_NOISE_NIGHT, 1);
	check_grade(45.1, ECO_NOISE_REGIONAL, ECO_NOISE_NIGHT, 3);
	check_grade(55.0, ECO_NOISE_REGIONAL, ECO_NOISE_NIGHT, 4);
	check_grade(74.0, ECO_NOISE_ROAD_TRAFFIC, ECO_NOISE_DAY, 4);
	check_grade(74.05, ECO_NOISE_ROAD_TRAFFIC, ECO_NOISE_DAY, 4);
	check_grade(74.06, ECO_NOISE_ROAD_TRAFFIC, ECO_NOISE_DAY, 5);
	check_grade(58.0, ECO_NOISE_ROAD_TRAFFIC, ECO_NOISE_NIGHT, 1);
	check_grade(58.1, ECO_NOISE_ROAD_TRAFFIC, ECO_NOISE_NIGHT, 2);
	check_grade(200.0, ECO_NOISE_ROAD_TRAFFIC, ECO_NOISE_NIGHT, 5);
	check_grade(64.0, ECO_NOISE_ROAD_TRAFFIC, ECO_NOISE_NIGHT, 4);
	check_grade(64.1, ECO_NOISE_ROAD_TRAFFIC, ECO_NOISE_NIGHT, 5);

	CHECK(eco_noise_level_valid(0.0) && eco_noise_level_valid(200.0), "0 and 200 valid");
	CHECK(!eco_noise_level_valid(-0.1) && !eco_noise_level_valid(200.1), "outside 0..200");
	CHECK(!eco_noise_level_valid(NAN) && !eco_noise_level_valid(INFINITY), "non-finite");

	/* names */
	CHECK(eco_noise_kind_from_name("Road_Traffic", 12, &kind) && kind == ECO_NOISE_ROAD_TRAFFIC, "kind");
	CHECK(eco_noise_kind_from_name("traffic", 7, &kind) && kind == ECO_NOISE_ROAD_TRAFFIC, "traffic");
	CHECK(eco_noise_kind_from_name("区域", (int) strlen("区域"), &kind) && kind == ECO_NOISE_REGIONAL, "区域");
	CHECK(!eco_noise_kind_from_name("road", 4, &kind), "road alone unknown");
	CHECK(!eco_noise_kind_from_name("regionals", 9, &kind), "regionals unknown");
	CHECK(eco_noise_kind_from_name("道路交通噪声", (int) strlen("道路交通噪声"), &kind) &&
		  kind == ECO_NOISE_ROAD_TRAFFIC, "道路交通噪声");
	CHECK(eco_noise_kind_from_name("区域环境噪声", (int) strlen("区域环境噪声"), &kind) &&
		  kind == ECO_NOISE_REGIONAL, "区域环境噪声");
	check_names();
	CHECK(eco_noise_grade_from_text(" 三级 ", (int) strlen(" 三级 ")) == 3, "三级");
	CHECK(eco_noise_grade_from_text("5", 1) == 5, "5");
	CHECK(eco_noise_grade_from_text("6", 1) == 0 && eco_noise_grade_from_text("", 0) == 0, "bad grade");

	/* GB 3096-2008 Table 1 */
	CHECK(eco_noise_zone_limit_db(ECO_ZONE_4A, ECO_NOISE_NIGHT) == 55, "4a night");
	CHECK(eco_noise_zone_limit_db(ECO_ZONE_4B, ECO_NOISE_NIGHT) == 60, "4b night");
	CHECK(eco_noise_compliant(55.04, ECO_ZONE_1, ECO_NOISE_DAY), "55.04 rounds to 55.0");
	CHECK(!eco_noise_compliant(55.06, ECO_ZONE_1, ECO_NOISE_DAY), "55.06 exceeds 55");

	/* GB 3096-2008 §3: day 06:00-22:00 */
	CHECK(eco_noise_period_of_hour(5) == ECO_NOISE_NIGHT && eco_noise_period_of_hour(6) == ECO_NOISE_DAY, "6h");
	CHECK(eco_noise_period_of_hour(21) == ECO_NOISE_DAY && eco_noise_period_of_hour(22) == ECO_NOISE_NIGHT, "22h");

	/* energy mean: two equal levels give that level; 60 and 70 give 67.40 */
	eco_leq_add(&s, 60.0);
	eco_leq_add(&s, 70.0);
	CHECK(eco_leq_result(&s, &leq) && fabs(leq - 10 * log10((1e6 + 1e7) / 2)) < 1e-12, "60,70 -> %.15g", leq);
	/* a million rows at 0 dB and one at 200 dB: no overflow, no loss */
	s.count = 0;
	for (i = 0; i < 1000000; i++)
		eco_leq_add(&s, i == 500000 ? 200.0 : 0.0);
	CHECK(eco_leq_result(&s, &leq) && fabs(leq - (200.0 + 10 * log10((1 + 999999e-20) / 1e6))) < 1e-9,
		  "million rows -> %.15g", leq);
	/* merging halves gives the same as one pass, in either order */
	for (i = 0; i < 1000; i++)
	{
		eco_leq_add(i % 2 ? &a : &b, 40.0 + (i % 37));
	}
	s = a;
	eco_leq_merge(&s, &b);
	CHECK(eco_leq_state_valid(&s) && s.count == 1000, "merged count");
	{
		double		one_pass;
		double		merged;
		EcoLeqState all = {0, 0, 0};
		EcoLeqState rev = b;

		for (i = 0; i < 1000; i++)
			eco_leq_add(&all, 40.0 + (i % 37));
		eco_leq_merge(&rev, &a);
		(void) eco_leq_result(&all, &one_pass);
		(void) eco_leq_result(&s, &merged);
		CHECK(fabs(one_pass - merged) < 1e-9, "merge %.15g vs %.15g", merged, one_pass);
		(void) eco_leq_result(&rev, &merged);
		CHECK(fabs(one_pass - merged) < 1e-9, "reverse merge %.15g vs %.15g", merged, one_pass);
	}
	CHECK(!eco_leq_result(&(EcoLeqState) {0, 0, 0}, &leq), "empty state has no result");
	CHECK(!eco_leq_state_valid(&(EcoLeqState) {2, 50, 3}), "sum above count invalid");
	CHECK(!eco_leq_state_valid(&(EcoLeqState) {1.5, 50, 1}), "fractional count invalid");
	CHECK(!eco_leq_state_valid(&(EcoLeqState) {1, 250, 1}), "max above 200 invalid");

	check_weighted();
	return UNIT_DONE("noise");
}
