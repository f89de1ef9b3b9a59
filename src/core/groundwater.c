/*
 * GB/T 14848-2017 Tables 1 and 2 and the rules of §6.2.
 */
#include "core/groundwater.h"

#include "core/gbt8170.h"
#include "core/names.h"
#include "core/water.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

typedef enum GwKind
{
	GW_AT_MOST,					/* class n when value ≤ limit n, scanning I → IV; V above IV */
	GW_PH,						/* 6.5 ≤ pH ≤ 8.5 I–III; 5.5 ≤ pH < 6.5 or 8.5 < pH ≤ 9.0 IV; V outside */
	GW_PRESENCE,				/* 嗅和味, 肉眼可见物: 无 I–IV, 有 V */
	GW_NOT_DETECTABLE_I,		/* 阴离子表面活性剂: I 不得检出 (stored as 0), then ≤ limits */
	GW_RADIOACTIVITY			/* 总α, 总β: IV and V both printed "> III limit" */
} GwKind;

#define NONE (-1.0)

typedef struct GwItemRow
{
	int			table;			/* 1 or 2 */
	int			row;			/* the item's place in its table */
	const char *name_zh;		/* as printed */
	const char *unit;
	GwKind		kind;
	double		limit[4];		/* classes I..IV; V is "> IV" */
	const char *names[9];		/* the other names, compared folded (names.h) */
} GwItemRow;

/*
 * GB/T 14848-2017 Table 1 地下水质量常规指标及限值 and Table 2 地下水质量非常规
 * 指标及限值, row by row.  Where classes share a limit the table prints it
 * for each (5, 5, 15, 25); §6.2 从优不从劣 gives a value on it the best.
 */
static const GwItemRow gbt14848[ECO_GW_N_ITEMS] = {
	{1, 1, "色", "铂钴色度单位", GW_AT_MOST, {5, 5, 15, 25},
	{"色", "colour", "color", "chroma", NULL}},
	{1, 2, "嗅和味", "", GW_PRESENCE, {NONE, NONE, NONE, NONE},
	{"嗅和味", "odourandtaste", "odour", "odor", "taste", NULL}},
	{1, 3, "浑浊度", "NTU", GW_AT_MOST, {3, 3, 3, 10},
	{"浑浊度", "turbidity", NULL}},
	{1, 4, "肉眼可见物", "", GW_PRESENCE, {NONE, NONE, NONE, NONE},
	{"肉眼可见物", "visiblematter", NULL}},
	{1, 5, "pH", "无量纲", GW_PH, {NONE, NONE, NONE, NONE},
	{"ph", NULL}},
	{1, 6, "总硬度（以CaCO3计）", "mg/L", GW_AT_MOST, {150, 300, 450, 650},
	{"总硬度以caco3计", "总硬度", "totalhardness", "hardness", NULL}},
	{1, 7, "溶解性总固体", "mg/L", GW_AT_MOST, {300, 500, 1000, 2000},
	{"溶解性总固体", "tds", "totaldissolvedsolids", NULL}},
	{1, 8, "硫酸盐", "mg/L", GW_AT_MOST, {50, 150, 250, 350},
	{"硫酸盐", "sulfate", "sulphate", "so4", NULL}},
	{1, 9, "氯化物", "mg/L", GW_AT_MOST, {50, 150, 250, 350},
	{"氯化物", "chloride", "cl", NULL}},
	{1, 10, "铁", "mg/L", GW_AT_MOST, {0.1, 0.2, 0.3, 2.0},
	{"铁", "总铁", "fe", "iron", NULL}},
	{1, 11, "锰", "mg/L", GW_AT_MOST, {0.05, 0.05, 0.10, 1.50},
	{"锰", "总锰", "mn", "manganese", NULL}},
	{1, 12, "铜", "mg/L", GW_AT_MOST, {0.01, 0.05, 1.00, 1.50},
	{"铜", "总铜", "cu", "copper", NULL}},
	{1, 13, "锌", "mg/L", GW_AT_MOST, {0.05, 0.5, 1.00, 5.00},
	{"锌", "总锌", "zn", "zinc", NULL}},
	{1, 14, "铝", "mg/L", GW_AT_MOST, {0.01, 0.05, 0.20, 0.50},
	{"铝", "总铝", "al", "aluminium", "aluminum", NULL}},
	{1, 15, "挥发性酚类（以苯酚计）", "mg/L", GW_AT_MOST, {0.001, 0.001, 0.002, 0.01},
	{"挥发性酚类以苯酚计", "挥发性酚类", "volatilephenols", "volatilephenol", "phenols", NULL}},
	{1, 16, "阴离子表面活性剂", "mg/L", GW_NOT_DETECTABLE_I, {0, 0.1, 0.3, 0.3},
	{"阴离子表面活性剂", "las", "anionicsurfactants", "anionicsurfactant", NULL}},
	{1, 17, "耗氧量（CODMn法，以O2计）", "mg/L", GW_AT_MOST, {1.0, 2.0, 3.0, 10.0},
	{"耗氧量codmn法，以o2计", "耗氧量", "codmn", "oxygenconsumption", "permanganateindex", NULL}},
	{1, 18, "氨氮（以N计）", "mg/L", GW_AT_MOST, {0.02, 0.10, 0.50, 1.50},
	{"氨氮以n计", "氨氮", "nh3n", "ammonianitrogen", "ammonia", NULL}},
	{1, 19, "硫化物", "mg/L", GW_AT_MOST, {0.005, 0.01, 0.02, 0.10},
	{"硫化物", "sulfide", "sulphide", NULL}},
	{1, 20, "钠", "mg/L", GW_AT_MOST, {100, 150, 200, 400},
	{"钠", "na", "sodium", NULL}},
	{1, 21, "总大肠菌群", "MPN/100mL 或 CFU/100mL", GW_AT_MOST, {3.0, 3.0, 3.0, 100},
	{"总大肠菌群", "totalcoliforms", "totalcoliform", NULL}},
	{1, 22, "菌落总数", "CFU/mL", GW_AT_MOST, {100, 100, 100, 1000},
	{"菌落总数", "colonycount", "totalbacteria", "bacterialcount", NULL}},
	{1, 23, "亚硝酸盐（以N计）", "mg/L", GW_AT_MOST, {0.01, 0.10, 1.00, 4.80},
	{"亚硝酸盐以n计", "亚硝酸盐", "nitrite", "no2n", NULL}},
	{1, 24, "硝酸盐（以N计）", "mg/L", GW_AT_MOST, {2.0, 5.0, 20.0, 30.0},
	{"硝酸盐以n计", "硝酸盐", "nitrate", "no3n", NULL}},
	{1, 25, "氰化物", "mg/L", GW_AT_MOST, {0.001, 0.01, 0.05, 0.1},
	{"氰化物", "cyanide", "cn", NULL}},
	{1, 26, "氟化物", "mg/L", GW_AT_MOST, {1.0, 1.0, 1.0, 2.0},
	{"氟化物", "fluoride", "f", NULL}},
	{1, 27, "碘化物", "mg/L", GW_AT_MOST, {0.04, 0.04, 0.08, 0.50},
	{"碘化物", "iodide", NULL}},
	{1, 28, "汞", "mg/L", GW_AT_MOST, {0.0001, 0.0001, 0.001, 0.002},
	{"汞", "总汞", "hg", "mercury", NULL}},
	{1, 29, "砷", "mg/L", GW_AT_MOST, {0.001, 0.001, 0.01, 0.05},
	{"砷", "总砷", "as", "arsenic", NULL}},
	{1, 30, "硒", "mg/L", GW_AT_MOST, {0.01, 0.01, 0.01, 0.1},
	{"硒", "总硒", "se", "selenium", NULL}},
	{1, 31, "镉", "mg/L", GW_AT_MOST, {0.0001, 0.001, 0.005, 0.01},
	{"镉", "总镉", "cd", "cadmium", NULL}},
	{1, 32, "铬（六价）", "mg/L", GW_AT_MOST, {0.005, 0.01, 0.05, 0.10},
	{"铬六价", "铬", "六价铬", "cr6", "crvi", "hexavalentchromium", "chromiumvi", NULL}},
	{1, 33, "铅", "mg/L", GW_AT_MOST, {0.005, 0.005, 0.01, 0.10},
	{"铅", "总铅", "pb", "lead", NULL}},
	{1, 34, "三氯甲烷", "μg/L", GW_AT_MOST, {0.5, 6, 60, 300},
	{"三氯甲烷", "chloroform", "trichloromethane", NULL}},
	{1, 35, "四氯化碳", "μg/L", GW_AT_MOST, {0.5, 0.5, 2.0, 50.0},
	{"四氯化碳", "carbontetrachloride", "ccl4", NULL}},
	{1, 36, "苯", "μg/L", GW_AT_MOST, {0.5, 1.0, 10.0, 120},
	{"苯", "benzene", NULL}},
	{1, 37, "甲苯", "μg/L", GW_AT_MOST, {0.5, 140, 700, 1400},
	{"甲苯", "toluene", NULL}},
	{1, 38, "总α放射性", "Bq/L", GW_RADIOACTIVITY, {0.1, 0.1, 0.5, NONE},
	{"总α放射性", "grossalpha", NULL}},
	{1, 39, "总β放射性", "Bq/L", GW_RADIOACTIVITY, {0.1, 1.0, 1.0, NONE},
	{"总β放射性", "grossbeta", NULL}},
	{2, 1, "铍", "mg/L", GW_AT_MOST, {0.0001, 0.0001, 0.002, 0.06},
	{"铍", "总铍", "be", "beryllium", NULL}},
	{2, 2, "硼", "mg/L", GW_AT_MOST, {0.02, 0.10, 0.50, 2.00},
	{"硼", "总硼", "b", "boron", NULL}},
	{2, 3, "锑", "mg/L", GW_AT_MOST, {0.0001, 0.0005, 0.005, 0.01},
	{"锑", "总锑", "sb", "antimony", NULL}},
	{2, 4, "钡", "mg/L", GW_AT_MOST, {0.01, 0.10, 0.70, 4.00},
	{"钡", "总钡", "ba", "barium", NULL}},
	{2, 5, "镍", "mg/L", GW_AT_MOST, {0.002, 0.002, 0.02, 0.10},
	{"镍", "总镍", "ni", "nickel", NULL}},
	{2, 6, "钴", "mg/L", GW_AT_MOST, {0.005, 0.005, 0.05, 0.10},
	{"钴", "总钴", "co", "cobalt", NULL}},
	{2, 7, "钼", "mg/L", GW_AT_MOST, {0.001, 0.01, 0.07, 0.15},
	{"钼", "总钼", "mo", "molybdenum", NULL}},
	{2, 8, "银", "mg/L", GW_AT_MOST, {0.001, 0.01, 0.05, 0.10},
	{"银", "总银", "ag", "silver", NULL}},
	{2, 9, "铊", "mg/L", GW_AT_MOST, {0.0001, 0.0001, 0.0001, 0.001},
	{"铊", "总铊", "tl", "thallium", NULL}},
	{2, 10, "二氯甲烷", "μg/L", GW_AT_MOST, {1, 2, 20, 500},
	{"二氯甲烷", "dichloromethane", NULL}},
	{2, 11, "1,2-二氯乙烷", "μg/L", GW_AT_MOST, {0.5, 3.0, 30.0, 40.0},
	{"1,2二氯乙烷", "1,2dichloroethane", NULL}},
	{2, 12, "1,1,1-三氯乙烷", "μg/L", GW_AT_MOST, {0.5, 400, 2000, 4000},
	{"1,1,1三氯乙烷", "1,1,1trichloroethane", NULL}},
	{2, 13, "1,1,2-三氯乙烷", "μg/L", GW_AT_MOST, {0.5, 0.5, 5.0, 60.0},
	{"1,1,2三氯乙烷", "1,1,2trichloroethane", NULL}},
	{2, 14, "1,2-二氯丙烷", "μg/L", GW_AT_MOST, {0.5, 0.5, 5.0, 60.0},
	{"1,2二氯丙烷", "1,2dichloropropane", NULL}},
	{2, 15, "三溴甲烷", "μg/L", GW_AT_MOST, {0.5, 10.0, 100, 800},
	{"三溴甲烷", "bromoform", "tribromomethane", NULL}},
	{2, 16, "氯乙烯", "μg/L", GW_AT_MOST, {0.5, 0.5, 5.0, 90.0},
	{"氯乙烯", "vinylchloride", NULL}},
	{2, 17, "1,1-二氯乙烯", "μg/L", GW_AT_MOST, {0.5, 3.0, 30.0, 60.0},
	{"1,1二氯乙烯", "1,1dichloroethylene", NULL}},
	{2, 18, "1,2-二氯乙烯", "μg/L", GW_AT_MOST, {0.5, 5.0, 50.0, 60.0},
	{"1,2二氯乙烯", "1,2dichloroethylene", NULL}},
	{2, 19, "三氯乙烯", "μg/L", GW_AT_MOST, {0.5, 7.0, 70.0, 210},
	{"三氯乙烯", "trichloroethylene", NULL}},
	{2, 20, "四氯乙烯", "μg/L", GW_AT_MOST, {0.5, 4.0, 40.0, 300},
	{"四氯乙烯", "tetrachloroethylene", NULL}},
	{2, 21, "氯苯", "μg/L", GW_AT_MOST, {0.5, 60.0, 300, 600},
	{"氯苯", "chlorobenzene", NULL}},
	{2, 22, "邻二氯苯", "μg/L", GW_AT_MOST, {0.5, 200, 1000, 2000},
	{"邻二氯苯", "odichlorobenzene", "1,2dichlorobenzene", NULL}},
	{2, 23, "对二氯苯", "μg/L", GW_AT_MOST, {0.5, 30.0, 300, 600},
	{"对二氯苯", "pdichlorobenzene", "1,4dichlorobenzene", NULL}},
	{2, 24, "三氯苯（总量）", "μg/L", GW_AT_MOST, {0.5, 4.0, 20.0, 180},
	{"三氯苯总量", "三氯苯", "trichlorobenzenes", NULL}},
	{2, 25, "乙苯", "μg/L", GW_AT_MOST, {0.5, 30.0, 300, 600},
	{"乙苯", "ethylbenzene", NULL}},
	{2, 26, "二甲苯（总量）", "μg/L", GW_AT_MOST, {0.5, 100, 500, 1000},
	{"二甲苯总量", "二甲苯", "xylenes", "xylene", NULL}},
	{2, 27, "苯乙烯", "μg/L", GW_AT_MOST, {0.5, 2.0, 20.0, 40.0},
	{"苯乙烯", "styrene", NULL}},
	{2, 28, "2,4-二硝基甲苯", "μg/L", GW_AT_MOST, {0.1, 0.5, 5.0, 60.0},
	{"2,4二硝基甲苯", "2,4dinitrotoluene", NULL}},
	{2, 29, "2,6-二硝基甲苯", "μg/L", GW_AT_MOST, {0.1, 0.5, 5.0, 30.0},
	{"2,6二硝基甲苯", "2,6dinitrotoluene", NULL}},
	{2, 30, "萘", "μg/L", GW_AT_MOST, {1, 10, 100, 600},
	{"萘", "naphthalene", NULL}},
	{2, 31, "蒽", "μg/L", GW_AT_MOST, {1, 360, 1800, 3600},
	{"蒽", "anthracene", NULL}},
	{2, 32, "荧蒽", "μg/L", GW_AT_MOST, {1, 50, 240, 480},
	{"荧蒽", "fluoranthene", NULL}},
	{2, 33, "苯并(b)荧蒽", "μg/L", GW_AT_MOST, {0.1, 0.4, 4.0, 8.0},
	{"苯并b荧蒽", "benzobfluoranthene", NULL}},
	{2, 34, "苯并(a)芘", "μg/L", GW_AT_MOST, {0.002, 0.002, 0.01, 0.50},
	{"苯并a芘", "benzoapyrene", "bap", NULL}},
	{2, 35, "多氯联苯（总量）", "μg/L", GW_AT_MOST, {0.05, 0.05, 0.50, 10.0},
	{"多氯联苯总量", "多氯联苯", "pcbs", "polychlorinatedbiphenyls", NULL}},
	{2, 36, "邻苯二甲酸二(2-乙基己基)酯", "μg/L", GW_AT_MOST, {3, 3, 8.0, 300},
	{"邻苯二甲酸二2乙基己基酯", "dehp", NULL}},
	{2, 37, "2,4,6-三氯酚", "μg/L", GW_AT_MOST, {0.05, 20.0, 200, 300},
	{"2,4,6三氯酚", "2,4,6trichlorophenol", NULL}},
	{2, 38, "五氯酚", "μg/L", GW_AT_MOST, {0.05, 0.90, 9.0, 18.0},
	{"五氯酚", "pentachlorophenol", "pcp", NULL}},
	{2, 39, "六六六（总量）", "μg/L", GW_AT_MOST, {0.01, 0.50, 5.00, 300},
	{"六六六总量", "六六六", "hch", "hexachlorocyclohexane", NULL}},
	{2, 40, "γ-六六六（林丹）", "μg/L", GW_AT_MOST, {0.01, 0.20, 2.00, 150},
	{"γ六六六林丹", "γ六六六", "林丹", "lindane", "gammahch", NULL}},
	{2, 41, "滴滴涕（总量）", "μg/L", GW_AT_MOST, {0.01, 0.10, 1.00, 2.00},
	{"滴滴涕总量", "滴滴涕", "ddt", NULL}},
	{2, 42, "六氯苯", "μg/L", GW_AT_MOST, {0.01, 0.10, 1.00, 2.00},
	{"六氯苯", "hexachlorobenzene", "hcb", NULL}},
	{2, 43, "七氯", "μg/L", GW_AT_MOST, {0.01, 0.04, 0.40, 0.80},
	{"七氯", "heptachlor", NULL}},
	{2, 44, "2,4-滴", "μg/L", GW_AT_MOST, {0.1, 6.0, 30.0, 150},
	{"2,4滴", "2,4d", NULL}},
	{2, 45, "克百威", "μg/L", GW_AT_MOST, {0.05, 1.40, 7.00, 14.0},
	{"克百威", "carbofuran", NULL}},
	{2, 46, "涕灭威", "μg/L", GW_AT_MOST, {0.05, 0.60, 3.00, 30.0},
	{"涕灭威", "aldicarb", NULL}},
	{2, 47, "敌敌畏", "μg/L", GW_AT_MOST, {0.05, 0.10, 1.00, 2.00},
	{"敌敌畏", "dichlorvos", NULL}},
	{2, 48, "甲基对硫磷", "μg/L", GW_AT_MOST, {0.05, 4.00, 20.0, 40.0},
	{"甲基对硫磷", "parathionmethyl", "methylparathion", NULL}},
	{2, 49, "马拉硫磷", "μg/L", GW_AT_MOST, {0.05, 25.0, 250, 500},
	{"马拉硫磷", "malathion", NULL}},
	{2, 50, "乐果", "μg/L", GW_AT_MOST, {0.05, 16.0, 80.0, 160},
	{"乐果", "dimethoate", NULL}},
	{2, 51, "毒死蜱", "μg/L", GW_AT_MOST, {0.05, 6.00, 30.0, 60.0},
	{"毒死蜱", "chlorpyrifos", NULL}},
	{2, 52, "百菌清", "μg/L", GW_AT_MOST, {0.05, 1.00, 10.0, 150},
	{"百菌清", "chlorothalonil", NULL}},
	{2, 53, "莠去津", "μg/L", GW_AT_MOST, {0.05, 0.40, 2.00, 600},
	{"莠去津", "atrazine", NULL}},
	{2, 54, "草甘膦", "μg/L", GW_AT_MOST, {0.1, 140, 700, 1400},
	{"草甘膦", "glyphosate", NULL}},
};

static int64_t limits_fixed[ECO_GW_N_ITEMS][4];
static bool limits_ready = false;

static void
prepare_limits(void)
{
	int			i;
	int			c;

	for (i = 0; i < ECO_GW_N_ITEMS; i++)
		for (c = 0; c < 4; c++)
			if (!(gbt14848[i].limit[c] >= 0 &&
				  eco_fixed_from_double(gbt14848[i].limit[c], &limits_fixed[i][c])))
				limits_fixed[i][c] = -1;
	limits_ready = true;
}

/* each item's printed name and its other names: at most 9 entries an item */
static EcoNameEntry item_entries[ECO_GW_N_ITEMS * 9 + 1];

static const EcoNameTable item_table = {
	.thing = "groundwater quality item", .things = "GB/T 14848-2017 Tables 1 and 2 items",
	.entries = item_entries, .note = ECO_ITEM_NAMES_NOTE, .printed_pairs = true
};

const EcoNameTable *
eco_gw_item_name_table(void)
{
	if (item_entries[0].spelling == NULL)
		eco_item_name_entries(item_entries, 0, 0, ECO_GW_N_ITEMS, eco_gw_item_name_zh,
							  eco_gw_item_names);
	return &item_table;
}

int
eco_gw_item_from_name(const char *name, int len)
{
	int			item;

	return eco_name_lookup(eco_gw_item_name_table(), name, len, &item) ? item : -1;
}

const char *
eco_gw_item_name_zh(int item)
{
	return gbt14848[item].name_zh;
}

const char *const *
eco_gw_item_names(int item)
{
	return gbt14848[item].names;
}

const char *
eco_gw_item_unit(int item)
{
	return gbt14848[item].unit;
}

int
eco_gw_item_table(int item)
{
	return gbt14848[item].table;
}

EcoGwStatus
eco_gw_value_check(int item, double value)
{
	if (!isfinite(value) || fabs(value) > ECO_FIXED_MAX_INPUT)
		return ECO_GW_NOT_FINITE;
	if (value < 0)
		return ECO_GW_NEGATIVE;
	if (gbt14848[item].kind == GW_PH && value > 14)
		return ECO_GW_PH_RANGE;
	if (gbt14848[item].kind == GW_PRESENCE && value != 0 && value != 1)
		return ECO_GW_NOT_PRESENCE;
	return ECO_GW_OK;
}

/*
 * Non-detects (the standard has no rule; see docs/groundwater.md): a value
 * below the detection limit is classed at the detection limit, the largest
 * value it may have, so it is class I whenever the detection limit is at or
 * below the class I limit (the common practice) and never better than it
 * can be shown to be otherwise.  For 阴离子表面活性剂 a non-detect is class
 * I itself (不得检出), whatever the detection limit; for 嗅和味 and 肉眼可见物
 * it means 无.
 */
int
eco_gw_item_class(int item, double value, bool detected)
{
	const GwItemRow *row = &gbt14848[item];
	int64_t		v;
	int			c;

	if (!limits_ready)
		prepare_limits();
	(void) eco_fixed_from_double(value, &v);
	switch (row->kind)
	{
		case GW_PRESENCE:
			return (detected && v > 0) ? ECO_GW_CLASS_V : ECO_GW_CLASS_I;
		case GW_PH:
			/* Table 1: I–III share 6.5 ≤ pH ≤ 8.5, so 从优不从劣 gives I */
			if (v >= 6500000 && v <= 8500000)
				return ECO_GW_CLASS_I;
			if (v >= 5500000 && v <= 9000000)
				return ECO_GW_CLASS_IV;
			return ECO_GW_CLASS_V;
		case GW_NOT_DETECTABLE_I:
			if (!detected)
				return ECO_GW_CLASS_I;
			break;
		case GW_AT_MOST:
		case GW_RADIOACTIVITY:
			break;
	}
	for (c = 0; c < 4; c++)
		if (limits_fixed[item][c] >= 0 && v <= limits_fixed[item][c])
			return c + 1;
	/*
	 * Above class III, 总α and 总β radioactivity are printed "> 0.5" (">
	 * 1.0") for both IV and V: 从优不从劣 gives IV (note d: the value calls
	 * for nuclide analysis, which decides the rest).
	 */
	if (row->kind == GW_RADIOACTIVITY)
		return ECO_GW_CLASS_IV;
	return ECO_GW_CLASS_V;
}

static const char *const class_names[5] = {"I", "II", "III", "IV", "V"};

const char *
eco_gw_class_name(int gw_class)
{
	return class_names[gw_class - 1];
}

/* GB/T 14848-2017 §4.1, the use each class's description ends with */
static const char *const class_use_zh[5] = {
	"适用于各种用途",
	"适用于各种用途",
	"主要适用于集中式生活饮用水水源及工农业用水",
	"适用于农业和部分工业用水，适当处理后可作生活饮用水",
	"不宜作为生活饮用水水源，其他用水可根据使用目的选用"
};
static const char *const class_use_en[5] = {
	"suitable for all uses",
	"suitable for all uses",
	"mainly centralised drinking-water sources, industry and agriculture",
	"agriculture and some industry; drinking water after suitable treatment",
	"not suitable as a drinking-water source; other uses as their purpose allows"
};

const char *
eco_gw_class_use_zh(int gw_class)
{
	return class_use_zh[gw_class - 1];
}

const char *
eco_gw_class_use_en(int gw_class)
{
	return class_use_en[gw_class - 1];
}

/* the spellings of water_class's I..V; 劣V, V+ and 6 have no groundwater class */
int
eco_gw_class_from_text(const char *text, int len)
{
	int			c = eco_water_class_from_text(text, len);

	return c > ECO_GW_CLASS_V ? 0 : c;
}
