/*
 * GB 3838-2002 Tables 2 and 3: the limits of the supplementary and the
 * specific items of surface drinking-water sources.
 */
#include "core/drinking_water.h"

#include "core/gbt8170.h"
#include "core/names.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ExtraItemRow
{
	int			table;			/* 2 or 3 */
	int			row;			/* 序号 in its table */
	const char *name_zh;		/* as printed */
	double		limit;			/* mg/L, ≤ */
	const char *names[8];		/* the other names, compared folded (names.h) */
} ExtraItemRow;

/*
 * Table 2 集中式生活饮用水地表水源地补充项目标准限值 and Table 3 集中式生活
 * 饮用水地表水源地特定项目标准限值, mg/L.  Table 3 prints 苯并(a)芘, 甲基汞
 * and 多氯联苯 in powers of ten (2.8×10⁻⁶, 1.0×10⁻⁶, 2.0×10⁻⁵).
 */
static const ExtraItemRow gb3838_tables23[ECO_DW_N_EXTRA] = {
	{2, 1, "硫酸盐（以SO4^2-计）", 250, {"硫酸盐以so4^2计", "sulfate", "硫酸盐", "sulphate", "so4", NULL}},
	{2, 2, "氯化物（以Cl-计）", 250, {"氯化物以cl计", "chloride", "氯化物", "cl", NULL}},
	{2, 3, "硝酸盐（以N计）", 10, {"硝酸盐以n计", "nitrate", "硝酸盐", "no3n", NULL}},
	{2, 4, "铁", 0.3, {"铁", "总铁", "iron", "fe", NULL}},
	{2, 5, "锰", 0.1, {"锰", "总锰", "manganese", "mn", NULL}},
	{3, 1, "三氯甲烷", 0.06, {"三氯甲烷", "trichloromethane", "chloroform", NULL}},
	{3, 2, "四氯化碳", 0.002, {"四氯化碳", "carbontetrachloride", NULL}},
	{3, 3, "三溴甲烷", 0.1, {"三溴甲烷", "tribromomethane", "bromoform", NULL}},
	{3, 4, "二氯甲烷", 0.02, {"二氯甲烷", "dichloromethane", NULL}},
	{3, 5, "1,2-二氯乙烷", 0.03, {"1,2二氯乙烷", "1,2dichloroethane", NULL}},
	{3, 6, "环氧氯丙烷", 0.02, {"环氧氯丙烷", "epichlorohydrin", NULL}},
	{3, 7, "氯乙烯", 0.005, {"氯乙烯", "vinylchloride", NULL}},
	{3, 8, "1,1-二氯乙烯", 0.03, {"1,1二氯乙烯", "1,1dichloroethylene", NULL}},
	{3, 9, "1,2-二氯乙烯", 0.05, {"1,2二氯乙烯", "1,2dichloroethylene", NULL}},
	{3, 10, "三氯乙烯", 0.07, {"三氯乙烯", "trichloroethylene", NULL}},
	{3, 11, "四氯乙烯", 0.04, {"四氯乙烯", "tetrachloroethylene", NULL}},
	{3, 12, "氯丁二烯", 0.002, {"氯丁二烯", "chloroprene", NULL}},
	{3, 13, "六氯丁二烯", 0.0006, {"六氯丁二烯", "hexachlorobutadiene", NULL}},
	{3, 14, "苯乙烯", 0.02, {"苯乙烯", "styrene", NULL}},
	{3, 15, "甲醛", 0.9, {"甲醛", "formaldehyde", NULL}},
	{3, 16, "乙醛", 0.05, {"乙醛", "acetaldehyde", NULL}},
	{3, 17, "丙烯醛", 0.1, {"丙烯醛", "acrolein", NULL}},
	{3, 18, "三氯乙醛", 0.01, {"三氯乙醛", "chloral", "trichloroacetaldehyde", NULL}},
	{3, 19, "苯", 0.01, {"苯", "benzene", NULL}},
	{3, 20, "甲苯", 0.7, {"甲苯", "toluene", NULL}},
	{3, 21, "乙苯", 0.3, {"乙苯", "ethylbenzene", NULL}},
	{3, 22, "二甲苯", 0.5, {"二甲苯", "xylenes", "xylene", NULL}},
	{3, 23, "异丙苯", 0.25, {"异丙苯", "cumene", "isopropylbenzene", NULL}},
	{3, 24, "氯苯", 0.3, {"氯苯", "chlorobenzene", NULL}},
	{3, 25, "1,2-二氯苯", 1.0, {"1,2二氯苯", "1,2dichlorobenzene", "邻二氯苯", "odichlorobenzene", NULL}},
	{3, 26, "1,4-二氯苯", 0.3, {"1,4二氯苯", "1,4dichlorobenzene", "对二氯苯", "pdichlorobenzene", NULL}},
	{3, 27, "三氯苯", 0.02, {"三氯苯", "trichlorobenzenes", "trichlorobenzene", NULL}},
	{3, 28, "四氯苯", 0.02, {"四氯苯", "tetrachlorobenzenes", "tetrachlorobenzene", NULL}},
	{3, 29, "六氯苯", 0.05, {"六氯苯", "hexachlorobenzene", NULL}},
	{3, 30, "硝基苯", 0.017, {"硝基苯", "nitrobenzene", NULL}},
	{3, 31, "二硝基苯", 0.5, {"二硝基苯", "dinitrobenzenes", "dinitrobenzene", NULL}},
	{3, 32, "2,4-二硝基甲苯", 0.0003, {"2,4二硝基甲苯", "2,4dinitrotoluene", NULL}},
	{3, 33, "2,4,6-三硝基甲苯", 0.5, {"2,4,6三硝基甲苯", "2,4,6trinitrotoluene", "tnt", NULL}},
	{3, 34, "硝基氯苯", 0.05, {"硝基氯苯", "nitrochlorobenzenes", "nitrochlorobenzene", NULL}},
	{3, 35, "2,4-二硝基氯苯", 0.5, {"2,4二硝基氯苯", "2,4dinitrochlorobenzene", NULL}},
	{3, 36, "2,4-二氯苯酚", 0.093, {"2,4二氯苯酚", "2,4dichlorophenol", NULL}},
	{3, 37, "2,4,6-三氯苯酚", 0.2, {"2,4,6三氯苯酚", "2,4,6trichlorophenol", NULL}},
	{3, 38, "五氯酚", 0.009, {"五氯酚", "pentachlorophenol", NULL}},
	{3, 39, "苯胺", 0.1, {"苯胺", "aniline", NULL}},
	{3, 40, "联苯胺", 0.0002, {"联苯胺", "benzidine", NULL}},
	{3, 41, "丙烯酰胺", 0.0005, {"丙烯酰胺", "acrylamide", NULL}},
	{3, 42, "丙烯腈", 0.1, {"丙烯腈", "acrylonitrile", NULL}},
	{3, 43, "邻苯二甲酸二丁酯", 0.003, {"邻苯二甲酸二丁酯", "dibutylphthalate", NULL}},
	{3, 44, "邻苯二甲酸二(2-乙基己基)酯", 0.008, {"邻苯二甲酸二2乙基己基酯", "di2ethylhexylphthalate", "dehp", NULL}},
	{3, 45, "水合肼", 0.01, {"水合肼", "hydrazinehydrate", NULL}},
	{3, 46, "四乙基铅", 0.0001, {"四乙基铅", "tetraethyllead", NULL}},
	{3, 47, "吡啶", 0.2, {"吡啶", "pyridine", NULL}},
	{3, 48, "松节油", 0.2, {"松节油", "turpentine", NULL}},
	{3, 49, "苦味酸", 0.5, {"苦味酸", "picricacid", NULL}},
	{3, 50, "丁基黄原酸", 0.005, {"丁基黄原酸", "butylxanthate", NULL}},
	{3, 51, "活性氯", 0.01, {"活性氯", "activechlorine", NULL}},
	{3, 52, "滴滴涕", 0.001, {"滴滴涕", "ddt", NULL}},
	{3, 53, "林丹", 0.002, {"林丹", "lindane", "gammahch", NULL}},
	{3, 54, "环氧七氯", 0.0002, {"环氧七氯", "heptachlorepoxide", NULL}},
	{3, 55, "对硫磷", 0.003, {"对硫磷", "parathion", NULL}},
	{3, 56, "甲基对硫磷", 0.002, {"甲基对硫磷", "parathionmethyl", NULL}},
	{3, 57, "马拉硫磷", 0.05, {"马拉硫磷", "malathion", NULL}},
	{3, 58, "乐果", 0.08, {"乐果", "dimethoate", NULL}},
	{3, 59, "敌敌畏", 0.05, {"敌敌畏", "dichlorvos", NULL}},
	{3, 60, "敌百虫", 0.05, {"敌百虫", "trichlorfon", NULL}},
	{3, 61, "内吸磷", 0.03, {"内吸磷", "demeton", NULL}},
	{3, 62, "百菌清", 0.01, {"百菌清", "chlorothalonil", NULL}},
	{3, 63, "甲萘威", 0.05, {"甲萘威", "carbaryl", NULL}},
	{3, 64, "溴氰菊酯", 0.02, {"溴氰菊酯", "deltamethrin", NULL}},
	{3, 65, "阿特拉津", 0.003, {"阿特拉津", "atrazine", "莠去津", NULL}},
	{3, 66, "苯并(a)芘", 0.0000028, {"苯并a芘", "benzoapyrene", "bap", NULL}},
	{3, 67, "甲基汞", 0.000001, {"甲基汞", "methylmercury", NULL}},
	{3, 68, "多氯联苯", 0.00002, {"多氯联苯", "polychlorinatedbiphenyls", "pcbs", "pcb", NULL}},
	{3, 69, "微囊藻毒素-LR", 0.001, {"微囊藻毒素lr", "microcystinlr", "microcystin", "mclr", NULL}},
	{3, 70, "黄磷", 0.003, {"黄磷", "yellowphosphorus", NULL}},
	{3, 71, "钼", 0.07, {"钼", "总钼", "molybdenum", "mo", NULL}},
	{3, 72, "钴", 1.0, {"钴", "总钴", "cobalt", "co", NULL}},
	{3, 73, "铍", 0.002, {"铍", "总铍", "beryllium", "be", NULL}},
	{3, 74, "硼", 0.5, {"硼", "总硼", "boron", "b", NULL}},
	{3, 75, "锑", 0.005, {"锑", "总锑", "antimony", "sb", NULL}},
	{3, 76, "镍", 0.02, {"镍", "总镍", "nickel", "ni", NULL}},
	{3, 77, "钡", 0.7, {"钡", "总钡", "barium", "ba", NULL}},
	{3, 78, "钒", 0.05, {"钒", "总钒", "vanadium", "v", NULL}},
	{3, 79, "钛", 0.1, {"钛", "总钛", "titanium", "ti", NULL}},
	{3, 80, "铊", 0.0001, {"铊", "总铊", "thallium", "tl", NULL}},
};

/* the limits in fixed point of μg/L (10^-9 mg/L), converted once */
static int64_t limits_fixed[ECO_DW_N_EXTRA];
static bool limits_ready = false;

static bool
fixed_ug(double mg_per_l, int64_t *out)
{
	return eco_fixed_from_double(mg_per_l * 1000.0, out);
}

static void
prepare_limits(void)
{
	int			i;

	for (i = 0; i < ECO_DW_N_EXTRA; i++)
		(void) fixed_ug(gb3838_tables23[i].limit, &limits_fixed[i]);
	limits_ready = true;
}

/* Table 1's items (at most 12 entries each), then Tables 2 and 3's (8) */
static EcoNameEntry item_entries[ECO_N_WATER_ITEMS * 12 + ECO_DW_N_EXTRA * 8 + 1];

static const EcoNameTable item_table = {
	.thing = "drinking-water source item", .things = "GB 3838-2002 Tables 1-3 items",
	.entries = item_entries, .note = ECO_ITEM_NAMES_NOTE, .printed_pairs = true
};

const EcoNameTable *
eco_dw_item_name_table(void)
{
	if (item_entries[0].spelling == NULL)
		eco_item_name_entries(item_entries, 0, 0, ECO_DW_N_ITEMS, eco_dw_item_printed,
							  eco_dw_item_names);
	return &item_table;
}

int
eco_dw_item_from_name(const char *name, int len)
{
	int			item;

	return eco_name_lookup(eco_dw_item_name_table(), name, len, &item) ? item : -1;
}

const char *
eco_dw_item_printed(int item)
{
	if (item < ECO_DW_FIRST_EXTRA)
		return eco_water_item_printed((EcoWaterItem) item);
	return gb3838_tables23[item - ECO_DW_FIRST_EXTRA].name_zh;
}

const char *const *
eco_dw_item_names(int item)
{
	if (item < ECO_DW_FIRST_EXTRA)
		return eco_water_item_names((EcoWaterItem) item);
	return gb3838_tables23[item - ECO_DW_FIRST_EXTRA].names;
}

const char *
eco_dw_item_name_zh(int item)
{
	if (item < ECO_DW_FIRST_EXTRA)
		return eco_water_item_name_zh((EcoWaterItem) item);
	return gb3838_tables23[item - ECO_DW_FIRST_EXTRA].name_zh;
}

int
eco_dw_item_table(int item)
{
	return item < ECO_DW_FIRST_EXTRA ? 1 : gb3838_tables23[item - ECO_DW_FIRST_EXTRA].table;
}

EcoWaterStatus
eco_dw_value_check(int item, double value)
{
	if (item < ECO_DW_FIRST_EXTRA)
		return eco_water_value_check((EcoWaterItem) item, value);
	if (!isfinite(value) || fabs(value) > ECO_DW_MAX_EXTRA_VALUE)
		return ECO_WATER_NOT_FINITE;
	if (value < 0)
		return ECO_WATER_NEGATIVE;
	return ECO_WATER_OK;
}

bool
eco_dw_extra_within(int item, double value, double *multiple)
{
	int64_t		v;
	int64_t		limit;

	if (!limits_ready)
		prepare_limits();
	limit = limits_fixed[item - ECO_DW_FIRST_EXTRA];
	(void) fixed_ug(value, &v);
	if (v <= limit)
		return true;
	*multiple = (double) (v - limit) / (double) limit;
	return false;
}
