/* GB 3838-2002 classes, the 2011 evaluation method and TLI(Σ). */
#include "unit.h"
#include "core/nondetect.h"
#include "core/water.h"

#include <math.h>
#include <string.h>

static EcoWaterItem
item(const char *name)
{
	EcoWaterItem it = ECO_N_WATER_ITEMS;

	CHECK(eco_water_item_from_name(name, (int) strlen(name), &it), "item name %s", name);
	return it;
}

static void
check_class(const char *name, EcoWaterbody wb, double value, int expected)
{
	int			got = -1;
	EcoWaterStatus st = eco_water_item_class(item(name), wb, value, &got);

	CHECK(st == ECO_WATER_OK && got == expected, "class(%s, %.17g, %d) = %d (status %d), expected %d",
		  name, value, (int) wb, got, (int) st, expected);
}

static void
check_text(const char *text, int expected)
{
	int			got = eco_water_class_from_text(text, (int) strlen(text));

	CHECK(got == expected, "class text '%s' = %d, expected %d", text, got, expected);
}

/* the names as Table 1 prints them, subscripts, 总-prefixed metals */
static void
check_printed_names(void)
{
	static const struct
	{
		const char *name;
		EcoWaterItem item;
	}			cases[] = {
		{"化学需氧量（COD）", ECO_W_COD}, {"五日生化需氧量（BOD5）", ECO_W_BOD5},
		{"氨氮（NH3-N）", ECO_W_NH3N}, {"总氮（湖、库，以N计）", ECO_W_TN},
		{"总氮(湖、库,以N计)", ECO_W_TN}, {"粪大肠菌群（个/L）", ECO_W_FECAL_COLIFORM},
		{"高锰酸盐指数(CODMn)", ECO_W_CODMN}, {"总砷", ECO_W_AS}, {"总汞", ECO_W_HG},
		{"总铅", ECO_W_PB}, {"总镉", ECO_W_CD}, {"总铜", ECO_W_CU}, {"总锌", ECO_W_ZN},
		{"BOD₅", ECO_W_BOD5}, {"NH₃-N", ECO_W_NH3N}, {"Cr⁶⁺", ECO_W_CR6},
		{"水温（℃）", ECO_W_TEMPERATURE}, {"pH值（无量纲）", ECO_W_PH}, {"总磷(TP)", ECO_W_TP},
	};
	static const char *const wrong[] = {
		"总铬", "化学需氧量（BOD5）", "氨氮（）（NH3-N）x", "总", "COD（化学需氧量）x",
	};
	EcoWaterItem it;
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK(item(cases[i].name) == cases[i].item, "%s is item %d", cases[i].name, (int) cases[i].item);
	for (i = 0; i < sizeof(wrong) / sizeof(wrong[0]); i++)
		CHECK(!eco_water_item_from_name(wrong[i], (int) strlen(wrong[i]), &it), "%s is no item", wrong[i]);
	for (i = 0; i < ECO_N_WATER_ITEMS; i++)
	{
		const char *p = eco_water_item_printed((EcoWaterItem) i);

		CHECK(item(p) == (EcoWaterItem) i, "printed name %s", p);
	}
}

/* lab notation: "0.01L", "<0.01", "ND" and what is none of them */
static void
check_nondetect(void)
{
	static const struct
	{
		const char *text;
		EcoNdStatus status;
		bool		detected;
		bool		has_limit;
		double		value;
	}			cases[] = {
		{"0.35", ECO_ND_OK, true, true, 0.35}, {" 1e-3 ", ECO_ND_OK, true, true, 0.001},
		{"0.01L", ECO_ND_OK, false, true, 0.01}, {"0.01 l", ECO_ND_OK, false, true, 0.01},
		{"<0.5", ECO_ND_OK, false, true, 0.5}, {"＜ 0.5", ECO_ND_OK, false, true, 0.5},
		{"ND", ECO_ND_OK, false, false, 0}, {"N.D.", ECO_ND_OK, false, false, 0},
		{"未检出", ECO_ND_OK, false, false, 0}, {"0L", ECO_ND_OK, false, true, 0},
		{"1000000000000", ECO_ND_OK, true, true, 1e12},
		{"", ECO_ND_MALFORMED, false, false, 0}, {"L", ECO_ND_MALFORMED, false, false, 0}, {"<", ECO_ND_MALFORMED, false, false, 0},
		{"<0.1L", ECO_ND_MALFORMED, false, false, 0}, {"0.1LL", ECO_ND_MALFORMED, false, false, 0}, {"inf", ECO_ND_MALFORMED, false, false, 0},
		{"nan", ECO_ND_MALFORMED, false, false, 0}, {"0x1", ECO_ND_MALFORMED, false, false, 0}, {"+1", ECO_ND_MALFORMED, false, false, 0},
		{"1e", ECO_ND_MALFORMED, false, false, 0}, {".", ECO_ND_MALFORMED, false, false, 0}, {"--1", ECO_ND_MALFORMED, false, false, 0},
		{"-0.5", ECO_ND_OUT_OF_RANGE, false, false, 0}, {"1e13", ECO_ND_OUT_OF_RANGE, false, false, 0}, {"1e999", ECO_ND_OUT_OF_RANGE, false, false, 0},
		{"1000000000001", ECO_ND_OUT_OF_RANGE, false, false, 0},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		bool		detected = !cases[i].detected;
		bool		has_limit = !cases[i].has_limit;
		double		value = -1;
		EcoNdStatus st = eco_nondetect_read(cases[i].text, (int) strlen(cases[i].text),
											&detected, &has_limit, &value);

		CHECK(st == cases[i].status, "reading \"%s\": status %d, expected %d", cases[i].text,
			  (int) st, (int) cases[i].status);
		if (st == ECO_ND_OK)
			CHECK(detected == cases[i].detected && has_limit == cases[i].has_limit &&
				  (!has_limit || value == cases[i].value),
				  "reading \"%s\": %d %d %.17g", cases[i].text, detected, has_limit, value);
	}
}

/* 主要污染指标: ranking, ties at the third place, the rounded shares */
static void
check_main_items(void)
{
	int64_t		exceeding[ECO_N_WATER_ITEMS] = {0};
	int			out[ECO_N_WATER_ITEMS];
	int			n;

	CHECK(eco_water_main_items(exceeding, out) == 0, "no item exceeds");
	exceeding[ECO_W_TP] = 3;
	exceeding[ECO_W_NH3N] = 2;
	exceeding[ECO_W_CODMN] = 1;
	exceeding[ECO_W_COD] = 1;
	exceeding[ECO_W_FECAL_COLIFORM] = 9;	/* not evaluated */
	exceeding[ECO_W_TN] = 9;	/* not evaluated */
	n = eco_water_main_items(exceeding, out);
	CHECK(n == 4 && out[0] == ECO_W_TP && out[1] == ECO_W_NH3N && out[2] == ECO_W_CODMN &&
		  out[3] == ECO_W_COD, "tie at the third: %d items", n);
	exceeding[ECO_W_COD] = 2;
	n = eco_water_main_items(exceeding, out);
	CHECK(n == 3 && out[0] == ECO_W_TP && out[1] == ECO_W_COD && out[2] == ECO_W_NH3N,
		  "ties below the third keep Table 1 order: %d items", n);
	CHECK(eco_water_share_permille(1, 16) == 62 && eco_water_share_permille(3, 16) == 188 &&
		  eco_water_share_permille(1, 6) == 167 && eco_water_share_permille(1, 8) == 125 &&
		  eco_water_share_permille(5, 5) == 1000 && eco_water_share_permille(0, 5) == 0,
		  "shares rounded half to even");
}

int
main(void)
{
	int			c = 0;
	double		m = 0;
	EcoWaterbody wb;

	check_printed_names();
	check_nondetect();
	check_main_items();

	/* exact comparisons: a computed 0.2 is the 0.2 limit */
	check_class("TP", ECO_RIVER, 0.1 + 0.1, 3);
	check_class("TP", ECO_RIVER, 0.2, 3);
	check_class("TP", ECO_RIVER, 0.200001, 4);
	check_class("总磷", ECO_LAKE, 0.2, 5);
	check_class("total phosphorus", ECO_LAKE, 0.025, 2);
	check_class("NH3-N", ECO_RIVER, 0.15, 1);
	check_class("nh3_n", ECO_RIVER, 0.151, 2);
	check_class("Ammonia Nitrogen", ECO_RIVER, 2.0, 5);
	check_class("氨氮", ECO_RIVER, 2.01, 6);
	/* a limit shared by classes falls into the best of them */
	check_class("COD", ECO_RIVER, 15, 1);
	check_class("COD", ECO_RIVER, 15.01, 3);
	check_class("Cu", ECO_RIVER, 1.0, 2);
	check_class("CN", ECO_RIVER, 0.2, 3);
	check_class("CN", ECO_RIVER, 0.21, 6);
	check_class("Hg", ECO_RIVER, 0.00005, 1);
	check_class("Hg", ECO_RIVER, 0.000051, 3);
	check_class("Cr6+", ECO_RIVER, 0.05, 2);
	check_class("六价铬", ECO_RIVER, 0.1, 5);
	check_class("S2-", ECO_RIVER, 1.0, 5);
	check_class("fecal coliform", ECO_RIVER, 10000, 3);
	/* DO is better when higher */
	check_class("DO", ECO_RIVER, 7.5, 1);
	check_class("DO", ECO_RIVER, 7.49, 2);
	check_class("溶解氧", ECO_RIVER, 2, 5);
	check_class("dissolved oxygen", ECO_RIVER, 1.99, 6);
	/* pH outside 6-9 is 劣V */
	check_class("pH", ECO_RIVER, 6, 1);
	check_class("pH", ECO_RIVER, 9, 1);
	check_class("pH", ECO_RIVER, 5.99, 6);
	check_class("PH", ECO_RIVER, 9.01, 6);
	/* TN: lakes only; water temperature has no class */
	check_class("TN", ECO_LAKE, 1.0, 3);
	CHECK(eco_water_item_class(item("TN"), ECO_RIVER, 1.0, &c) == ECO_WATER_NOT_CLASSED, "river TN");
	CHECK(eco_water_item_class(item("水温"), ECO_RIVER, 1.0, &c) == ECO_WATER_NOT_CLASSED, "水温");
	CHECK(!eco_water_item_evaluated(item("TN")) && !eco_water_item_evaluated(item("fecal coliform")) &&
		  !eco_water_item_evaluated(item("water temperature")) && eco_water_item_evaluated(item("TP")),
		  "evaluated items");

	/* bad values */
	CHECK(eco_water_value_check(item("TP"), -0.1) == ECO_WATER_NEGATIVE, "negative");
	CHECK(eco_water_value_check(item("TP"), NAN) == ECO_WATER_NOT_FINITE, "NaN");
	CHECK(eco_water_value_check(item("TP"), INFINITY) == ECO_WATER_NOT_FINITE, "infinity");
	CHECK(eco_water_value_check(item("pH"), 14.5) == ECO_WATER_PH_RANGE, "pH 14.5");
	CHECK(eco_water_value_check(item("水温"), -0.5) == ECO_WATER_OK, "water temperature below 0 ℃");
	CHECK(eco_water_value_check(item("水温"), -273.16) == ECO_WATER_BELOW_ABSOLUTE_ZERO,
		  "water temperature below absolute zero");
	CHECK(eco_water_value_check(item("pH"), 14) == ECO_WATER_OK, "pH 14");
	CHECK(!eco_water_item_from_name("XYZ", 3, &(EcoWaterItem) {ECO_W_TP}), "unknown item");

	/* exceedance multiple against class III */
	CHECK(eco_water_exceedance(item("TP"), ECO_RIVER, 0.26, &m) && fabs(m - 0.3) < 1e-12, "TP 0.26 -> %g", m);
	CHECK(!eco_water_exceedance(item("TP"), ECO_RIVER, 0.2, &m), "TP at III: no exceedance");
	CHECK(eco_water_exceedance(item("TP"), ECO_LAKE, 0.1, &m) && fabs(m - 1.0) < 1e-12, "lake TP 0.1 -> %g", m);
	CHECK(!eco_water_exceedance(item("DO"), ECO_RIVER, 1.0, &m), "DO has no multiple");
	CHECK(!eco_water_exceedance(item("pH"), ECO_RIVER, 10, &m), "pH has no multiple");

	/* class text */
	check_text("I", 1);
	check_text("iii", 3);
	check_text(" IV类 ", 4);
	check_text("Ⅴ", 5);
	check_text("ⅱ", 2);
	check_text("劣V", 6);
	check_text("劣Ⅴ类", 6);
	check_text("V+", 6);
	check_text("6", 6);
	check_text("VI", 0);
	check_text("劣IV", 0);
	check_text("", 0);
	check_text("7", 0);
	/* a Roman numeral character is a whole numeral; 劣 only before V */
	check_text("ⅡⅠ", 0);
	check_text("ⅠV", 0);
	check_text("Ⅰ1", 0);
	check_text("Ⅴ+", 6);
	check_text("~V", 0);
	check_text("劣", 0);
	check_text("劣5", 0);
	check_text("劣V+", 0);
	check_text("V劣", 0);
	check_text("劣 V", 0);
	check_text("Ⅵ", 0);
	CHECK(strcmp(eco_water_class_name(6), "劣V") == 0, "劣V name");
	CHECK(strcmp(eco_water_class_status_zh(3), "良好") == 0, "良好");
	CHECK(eco_waterbody_from_name("Reservoir", 9, &wb) && wb == ECO_LAKE, "reservoir is a lake");
	CHECK(eco_waterbody_from_name("河流", (int) strlen("河流"), &wb) && wb == ECO_RIVER, "河流");

	/* basin status by shares (levels use the class status words) */
	CHECK(eco_water_basin_level(4, 4, 0) == 0, "fewer than 5 sections");
	CHECK(eco_water_basin_level(11, 10, 0) == 1, "10 of 11 = 90.9%% 优");
	CHECK(eco_water_basin_level(10, 9, 0) == 1, "exactly 90%% 优");
	CHECK(eco_water_basin_level(20, 17, 0) == 3, "85%% 良好");
	CHECK(eco_water_basin_level(20, 15, 0) == 3, "exactly 75%% 良好");
	CHECK(eco_water_basin_level(20, 14, 3) == 4, "劣V 15%% 轻度污染");
	CHECK(eco_water_basin_level(20, 14, 4) == 5, "劣V exactly 20%% 中度污染");
	CHECK(eco_water_basin_level(5, 3, 2) == 6, "60%% / 40%% 重度污染");

	/* TLI: every parameter at its own TLI(j) = 50 point gives 50 */
	{
		double		chla = exp((5.0 - 2.5) / 1.086);
		double		tp = exp((5.0 - 9.436) / 1.624);
		double		tn = exp((5.0 - 5.453) / 1.694);
		double		sd = exp((5.118 - 5.0) / 1.94);
		double		codmn = exp((5.0 - 0.109) / 2.661);

		CHECK(fabs(eco_tli(chla, tp, tn, sd, codmn) - 50.0) < 1e-9, "TLI 50");
	}
	CHECK(eco_trophic_state(29.9) == 1 && eco_trophic_state(29.96) == 2 && eco_trophic_state(30) == 2, "30");
	CHECK(eco_trophic_state(50) == 2 && eco_trophic_state(50.04) == 2 && eco_trophic_state(50.06) == 3, "50");
	CHECK(eco_trophic_state(60) == 3 && eco_trophic_state(60.1) == 4, "60");
	CHECK(eco_trophic_state(70) == 4 && eco_trophic_state(70.1) == 5, "70");
	CHECK(eco_trophic_state(-5) == 1, "negative TLI is 贫营养");

	return UNIT_DONE("water");
}
