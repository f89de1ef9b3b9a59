/* GB/T 14848-2017 classes and the GB 3838-2002 Table 2 and 3 limits of drinking-water sources. */
#include "unit.h"
#include "core/drinking_water.h"
#include "core/groundwater.h"

#include <math.h>
#include <string.h>

static int
gw(const char *name)
{
	int			it = eco_gw_item_from_name(name, (int) strlen(name));

	CHECK(it >= 0, "groundwater item name %s", name);
	return it < 0 ? 0 : it;
}

static void
check_gw(const char *name, double value, bool detected, int expected)
{
	int			got = eco_gw_item_class(gw(name), value, detected);

	CHECK(got == expected, "groundwater class(%s, %.17g, %d) = %d, expected %d",
		  name, value, (int) detected, got, expected);
}

int
main(void)
{
	int			i;
	double		m = 0;

	/* every item's printed name finds the item itself: no name is shared */
	for (i = 0; i < ECO_GW_N_ITEMS; i++)
	{
		const char *zh = eco_gw_item_name_zh(i);

		CHECK(eco_gw_item_from_name(zh, (int) strlen(zh)) == i, "groundwater item %d %s", i, zh);
	}
	CHECK(eco_gw_item_table(38) == 1 && eco_gw_item_table(39) == 2, "39 items in Table 1");
	for (i = ECO_DW_FIRST_EXTRA; i < ECO_DW_N_ITEMS; i++)
	{
		const char *zh = eco_dw_item_name_zh(i);

		CHECK(eco_dw_item_from_name(zh, (int) strlen(zh)) == i, "drinking-water item %d %s", i, zh);
	}
	CHECK(eco_dw_item_table(ECO_DW_FIRST_EXTRA + 4) == 2 && eco_dw_item_table(ECO_DW_FIRST_EXTRA + 5) == 3,
		  "5 items in Table 2");
	CHECK(eco_dw_item_from_name("TP", 2) == ECO_W_TP, "Table 1 names first");
	CHECK(eco_gw_item_from_name("nothing", 7) < 0 && eco_dw_item_from_name("nothing", 7) < 0, "unknown");

	/* §6.2 从优不从劣: 挥发性酚类 I and II are both 0.001 */
	check_gw("挥发性酚类", 0.001, true, 1);
	check_gw("volatile phenols", 0.0011, true, 3);
	check_gw("色", 5, true, 1);
	check_gw("色", 25.000001, true, 5);
	/* pH: two-sided */
	check_gw("pH", 6.5, true, 1);
	check_gw("pH", 8.5, true, 1);
	check_gw("pH", 6.49, true, 4);
	check_gw("pH", 8.51, true, 4);
	check_gw("pH", 5.5, true, 4);
	check_gw("pH", 9.0, true, 4);
	check_gw("pH", 5.49, true, 5);
	check_gw("pH", 9.01, true, 5);
	/* present / absent */
	check_gw("嗅和味", 0, true, 1);
	check_gw("嗅和味", 1, true, 5);
	check_gw("肉眼可见物", 1, false, 1);
	CHECK(eco_gw_value_check(gw("嗅和味"), 0.5) == ECO_GW_NOT_PRESENCE, "presence is 0 or 1");
	/* anionic surfactants: I only when not detected */
	check_gw("LAS", 0, true, 1);
	check_gw("LAS", 0.05, false, 1);
	check_gw("LAS", 0.000001, true, 2);
	check_gw("LAS", 0.3, true, 3);
	check_gw("LAS", 0.31, true, 5);
	/* radioactivity: above III is IV, never V */
	check_gw("总α放射性", 0.5, true, 3);
	check_gw("gross alpha", 0.51, true, 4);
	check_gw("gross alpha", 1000, true, 4);
	check_gw("总β放射性", 1.0, true, 2);
	check_gw("gross beta", 1.01, true, 4);
	/* non-detects: at the detection limit */
	check_gw("Hg", 0.0001, false, 1);
	check_gw("Hg", 0.0005, false, 3);
	/* μg/L items */
	CHECK(strcmp(eco_gw_item_unit(gw("benzene")), "μg/L") == 0, "benzene unit");
	check_gw("苯并(a)芘", 0.002, true, 1);
	check_gw("苯并(a)芘", 0.003, true, 3);
	CHECK(eco_gw_value_check(gw("pH"), 14.01) == ECO_GW_PH_RANGE, "pH above 14");
	CHECK(eco_gw_value_check(gw("Hg"), -0.001) == ECO_GW_NEGATIVE, "negative");
	CHECK(eco_gw_value_check(gw("Hg"), NAN) == ECO_GW_NOT_FINITE, "NaN");
	CHECK(eco_gw_class_from_text("Ⅳ类", (int) strlen("Ⅳ类")) == 4 && eco_gw_class_from_text("劣V", 4) == 0,
		  "class text");

	/* GB 3838 Table 3: 2.8×10⁻⁶ mg/L is held exactly */
	i = eco_dw_item_from_name("BaP", 3);
	CHECK(eco_dw_extra_within(i, 0.0000028, &m), "BaP at its limit");
	CHECK(!eco_dw_extra_within(i, 0.0000029, &m) && fabs(m - 1.0 / 28) < 1e-12, "BaP above: %g", m);
	CHECK(eco_dw_extra_within(eco_dw_item_from_name("Fe", 2), 0.3, &m), "iron 0.3");
	CHECK(!eco_dw_extra_within(eco_dw_item_from_name("铁", 3), 0.45, &m) && fabs(m - 0.5) < 1e-12, "iron 0.45");
	return UNIT_DONE("test_groundwater");
}
