/*
 * GB 3838-2002 Table 1 and the 2011 evaluation method (环办〔2011〕22号).
 */
#include "core/water.h"

#include "core/gbt8170.h"
#include "core/names.h"

#include <math.h>
#include <string.h>

typedef enum LimitDirection
{
	NO_LIMIT,					/* 水温: a limit on man-made change, not on a value */
	AT_MOST,					/* ≤ */
	AT_LEAST,					/* ≥ (溶解氧) */
	IN_RANGE					/* pH 6-9 */
} LimitDirection;

#define NONE (-1.0)

typedef struct WaterItemRow
{
	const char *name_zh;
	LimitDirection direction;
	double		river[5];		/* classes I, II, III, IV, V */
	double		lake[5];		/* 湖、库 */
} WaterItemRow;

/*
 * GB 3838-2002 Table 1 地表水环境质量标准基本项目标准限值, mg/L unless noted.
 * Row order = EcoWaterItem.  Where the standard has one row for all waters
 * the river and lake columns repeat it.
 */
static const WaterItemRow gb3838_table1[ECO_N_WATER_ITEMS] = {
	/* 1 水温 (℃): 周平均最大温升 ≤ 1, 温降 ≤ 2, not a class limit */
	{"水温", NO_LIMIT, {NONE, NONE, NONE, NONE, NONE}, {NONE, NONE, NONE, NONE, NONE}},
	/* 2 pH (无量纲): 6~9 in every class (stored as the range's low and high ends) */
	{"pH", IN_RANGE, {6, 9, NONE, NONE, NONE}, {6, 9, NONE, NONE, NONE}},
	/* 3 溶解氧 ≥: 饱和率90%（或7.5）, 6, 5, 3, 2 */
	{"溶解氧", AT_LEAST, {7.5, 6, 5, 3, 2}, {7.5, 6, 5, 3, 2}},
	/* 4 高锰酸盐指数 ≤ */
	{"高锰酸盐指数", AT_MOST, {2, 4, 6, 10, 15}, {2, 4, 6, 10, 15}},
	/* 5 化学需氧量(COD) ≤ */
	{"化学需氧量", AT_MOST, {15, 15, 20, 30, 40}, {15, 15, 20, 30, 40}},
	/* 6 五日生化需氧量(BOD5) ≤ */
	{"五日生化需氧量", AT_MOST, {3, 3, 4, 6, 10}, {3, 3, 4, 6, 10}},
	/* 7 氨氮(NH3-N) ≤ */
	{"氨氮", AT_MOST, {0.15, 0.5, 1.0, 1.5, 2.0}, {0.15, 0.5, 1.0, 1.5, 2.0}},
	/* 8 总磷(以P计) ≤; 湖、库 have their own row */
	{"总磷", AT_MOST, {0.02, 0.1, 0.2, 0.3, 0.4}, {0.01, 0.025, 0.05, 0.1, 0.2}},
	/* 9 总氮(湖、库，以N计) ≤: no river limit */
	{"总氮", AT_MOST, {NONE, NONE, NONE, NONE, NONE}, {0.2, 0.5, 1.0, 1.5, 2.0}},
	/* 10 铜 ≤ */
	{"铜", AT_MOST, {0.01, 1.0, 1.0, 1.0, 1.0}, {0.01, 1.0, 1.0, 1.0, 1.0}},
	/* 11 锌 ≤ */
	{"锌", AT_MOST, {0.05, 1.0, 1.0, 2.0, 2.0}, {0.05, 1.0, 1.0, 2.0, 2.0}},
	/* 12 氟化物(以F-计) ≤ */
	{"氟化物", AT_MOST, {1.0, 1.0, 1.0, 1.5, 1.5}, {1.0, 1.0, 1.0, 1.5, 1.5}},
	/* 13 硒 ≤ */
	{"硒", AT_MOST, {0.01, 0.01, 0.01, 0.02, 0.02}, {0.01, 0.01, 0.01, 0.02, 0.02}},
	/* 14 砷 ≤ */
	{"砷", AT_MOST, {0.05, 0.05, 0.05, 0.1, 0.1}, {0.05, 0.05, 0.05, 0.1, 0.1}},
	/* 15 汞 ≤ */
	{"汞", AT_MOST, {0.00005, 0.00005, 0.0001, 0.001, 0.001},
	{0.00005, 0.00005, 0.0001, 0.001, 0.001}},
	/* 16 镉 ≤ */
	{"镉", AT_MOST, {0.001, 0.005, 0.005, 0.005, 0.01}, {0.001, 0.005, 0.005, 0.005, 0.01}},
	/* 17 铬（六价） ≤ */
	{"铬（六价）", AT_MOST, {0.01, 0.05, 0.05, 0.05, 0.1}, {0.01, 0.05, 0.05, 0.05, 0.1}},
	/* 18 铅 ≤ */
	{"铅", AT_MOST, {0.01, 0.01, 0.05, 0.05, 0.1}, {0.01, 0.01, 0.05, 0.05, 0.1}},
	/* 19 氰化物 ≤ */
	{"氰化物", AT_MOST, {0.005, 0.05, 0.2, 0.2, 0.2}, {0.005, 0.05, 0.2, 0.2, 0.2}},
	/* 20 挥发酚 ≤ */
	{"挥发酚", AT_MOST, {0.002, 0.002, 0.005, 0.01, 0.1}, {0.002, 0.002, 0.005, 0.01, 0.1}},
	/* 21 石油类 ≤ */
	{"石油类", AT_MOST, {0.05, 0.05, 0.05, 0.5, 1.0}, {0.05, 0.05, 0.05, 0.5, 1.0}},
	/* 22 阴离子表面活性剂 ≤ */
	{"阴离子表面活性剂", AT_MOST, {0.2, 0.2, 0.2, 0.3, 0.3}, {0.2, 0.2, 0.2, 0.3, 0.3}},
	/* 23 硫化物 ≤ */
	{"硫化物", AT_MOST, {0.05, 0.1, 0.2, 0.5, 1.0}, {0.05, 0.1, 0.2, 0.5, 1.0}},
	/* 24 粪大肠菌群(个/L) ≤ */
	{"粪大肠菌群", AT_MOST, {200, 2000, 10000, 20000, 40000},
	{200, 2000, 10000, 20000, 40000}}
};

/*
 * Each item as GB 3838-2002 Table 1 prints it, with its unit or
 * abbreviation in brackets; row order = EcoWaterItem.
 */
static const char *const item_printed[ECO_N_WATER_ITEMS] = {
	"水温（℃）", "pH值（无量纲）", "溶解氧", "高锰酸盐指数", "化学需氧量（COD）",
	"五日生化需氧量（BOD5）", "氨氮（NH3-N）", "总磷（以P计）", "总氮（湖、库，以N计）", "铜",
	"锌", "氟化物（以F-计）", "硒", "砷", "汞", "镉", "铬（六价）", "铅", "氰化物", "挥发酚",
	"石油类", "阴离子表面活性剂", "硫化物", "粪大肠菌群（个/L）"
};

/*
 * The other names users write for each item (compared folded, names.h);
 * row order = EcoWaterItem.  The metals also with the 总 of lab reports
 * (总砷: Table 1 limits the total, not a dissolved, concentration).  A
 * Chinese name followed by an ASCII one is a name too (高锰酸盐指数(CODMn)).
 */
static const char *const item_names[ECO_N_WATER_ITEMS][12] = {
	{"水温", "watertemperature", "temperature", "wt", "watertemp", NULL},
	{"ph", "ph值", NULL},
	{"溶解氧", "do", "dissolvedoxygen", NULL},
	{"高锰酸盐指数", "codmn", "permanganateindex", "permanganateindexcodmn", "imn", NULL},
	{"化学需氧量", "cod", "codcr", "chemicaloxygendemand", NULL},
	{"五日生化需氧量", "bod5", "bod", "biochemicaloxygendemand", "生化需氧量", NULL},
	{"氨氮", "nh3n", "ammonianitrogen", "ammonia", "nh4n", NULL},
	{"总磷", "tp", "totalphosphorus", "总磷以p计", NULL},
	{"总氮", "tn", "totalnitrogen", "总氮以n计", NULL},
	{"铜", "总铜", "cu", "copper", NULL},
	{"锌", "总锌", "zn", "zinc", NULL},
	{"氟化物", "f", "fluoride", "氟化物以f计", NULL},
	{"硒", "总硒", "se", "selenium", NULL},
	{"砷", "总砷", "as", "arsenic", NULL},
	{"汞", "总汞", "hg", "mercury", NULL},
	{"镉", "总镉", "cd", "cadmium", NULL},
	{"铬六价", "六价铬", "cr6", "crvi", "chromiumvi", "hexavalentchromium", "chromium6", NULL},
	{"铅", "总铅", "pb", "lead", NULL},
	{"氰化物", "cn", "cyanide", NULL},
	{"挥发酚", "volatilephenol", "volatilephenols", "vp", NULL},
	{"石油类", "petroleum", "oil", "petroleumoil", "oils", NULL},
	{"阴离子表面活性剂", "las", "anionicsurfactant", "anionicsurfactants", "anionicsurfactantlas", NULL},
	{"硫化物", "s2", "sulfide", "sulphide", NULL},
	{"粪大肠菌群", "fecalcoliform", "fecalcoliforms", "faecalcoliform", "faecalcoliforms", "fc", NULL}
};

/* the table's limits as fixed-point integers, converted once */
static int64_t limits_fixed[ECO_N_WATER_ITEMS][2][5];
static bool limits_ready = false;

static void
prepare_limits(void)
{
	int			item;
	int			c;

	for (item = 0; item < ECO_N_WATER_ITEMS; item++)
		for (c = 0; c < 5; c++)
		{
			double		river = gb3838_table1[item].river[c];
			double		lake = gb3838_table1[item].lake[c];

			if (!(river >= 0 && eco_fixed_from_double(river, &limits_fixed[item][0][c])))
				limits_fixed[item][0][c] = -1;
			if (!(lake >= 0 && eco_fixed_from_double(lake, &limits_fixed[item][1][c])))
				limits_fixed[item][1][c] = -1;
		}
	limits_ready = true;
}

/* the limit of a class 1..5 in fixed point, -1 when the table has none */
static int64_t
limit_fixed(EcoWaterItem item, EcoWaterbody waterbody, int water_class)
{
	if (!limits_ready)
		prepare_limits();
	if (water_class < 1 || water_class > 5)
		return -1;
	return limits_fixed[item][waterbody == ECO_LAKE][water_class - 1];
}

int
eco_item_name_entries(EcoNameEntry *entries, int n, int first, int last,
					  const char *(*printed) (int), const char *const *(*names) (int))
{
	int			item;
	int			i;

	for (item = first; item < last; item++)
	{
		const char *const *other = names(item);

		entries[n++] = (EcoNameEntry) ECO_NAME(printed(item), item);
		for (i = 0; other[i] != NULL; i++)
			entries[n++] = (EcoNameEntry) ECO_NAME_UNLISTED(other[i], item);
	}
	entries[n] = (EcoNameEntry) ECO_NAME_END;
	return n;
}

static const char *
printed_of(int item)
{
	return item_printed[item];
}

static const char *const *
names_of(int item)
{
	return item_names[item];
}

/* each item's printed name and its other names: at most 12 entries an item */
static EcoNameEntry item_entries[ECO_N_WATER_ITEMS * 12 + 1];

static const EcoNameTable item_table = {
	.thing = "water quality item", .things = "GB 3838-2002 Table 1 items",
	.entries = item_entries, .note = ECO_ITEM_NAMES_NOTE, .printed_pairs = true
};

const EcoNameTable *
eco_water_item_name_table(void)
{
	if (item_entries[0].spelling == NULL)
		eco_item_name_entries(item_entries, 0, 0, ECO_N_WATER_ITEMS, printed_of, names_of);
	return &item_table;
}

bool
eco_water_item_from_name(const char *name, int len, EcoWaterItem *item)
{
	int			value;

	if (!eco_name_lookup(eco_water_item_name_table(), name, len, &value))
		return false;
	*item = (EcoWaterItem) value;
	return true;
}

static const EcoNameEntry waterbody_entries[] = {
	ECO_NAME("river", ECO_RIVER), ECO_NAME("河流", ECO_RIVER),
	ECO_NAME_UNLISTED("河", ECO_RIVER), ECO_NAME_UNLISTED("stream", ECO_RIVER),
	ECO_NAME("lake", ECO_LAKE), ECO_NAME("湖泊", ECO_LAKE),
	ECO_NAME("reservoir", ECO_LAKE), ECO_NAME("水库", ECO_LAKE),
	ECO_NAME_UNLISTED("湖库", ECO_LAKE), ECO_NAME_UNLISTED("湖", ECO_LAKE),
	ECO_NAME_UNLISTED("库", ECO_LAKE),
	ECO_NAME_END
};

const EcoNameTable eco_waterbody_names = {
	.thing = "waterbody", .things = "waterbodies", .entries = waterbody_entries
};

bool
eco_waterbody_from_name(const char *name, int len, EcoWaterbody *waterbody)
{
	int			value;

	if (!eco_name_lookup(&eco_waterbody_names, name, len, &value))
		return false;
	*waterbody = (EcoWaterbody) value;
	return true;
}

const char *
eco_water_item_name_zh(EcoWaterItem item)
{
	return gb3838_table1[item].name_zh;
}

const char *
eco_water_item_printed(EcoWaterItem item)
{
	return item_printed[item];
}

const char *const *
eco_water_item_names(EcoWaterItem item)
{
	return item_names[item];
}

EcoWaterStatus
eco_water_value_check(EcoWaterItem item, double value)
{
	if (!isfinite(value) || fabs(value) > ECO_FIXED_MAX_INPUT)
		return ECO_WATER_NOT_FINITE;
	if (item == ECO_W_TEMPERATURE)
		return value < ECO_WATER_MIN_TEMPERATURE ? ECO_WATER_BELOW_ABSOLUTE_ZERO : ECO_WATER_OK;
	if (value < 0)
		return ECO_WATER_NEGATIVE;
	if (item == ECO_W_PH && value > 14)
		return ECO_WATER_PH_RANGE;
	return ECO_WATER_OK;
}

EcoWaterStatus
eco_water_item_class(EcoWaterItem item, EcoWaterbody waterbody, double value, int *water_class)
{
	int64_t		v;
	int			c;

	(void) eco_fixed_from_double(value, &v);
	switch (gb3838_table1[item].direction)
	{
		case NO_LIMIT:
			return ECO_WATER_NOT_CLASSED;
		case IN_RANGE:
			/* pH 6~9 meets every class; outside it meets none (劣V) */
			*water_class = (v >= limit_fixed(item, waterbody, 1) &&
							v <= limit_fixed(item, waterbody, 2))
				? ECO_WATER_CLASS_I : ECO_WATER_CLASS_WORSE_V;
			return ECO_WATER_OK;
		case AT_LEAST:
			for (c = 1; c <= 5; c++)
				if (v >= limit_fixed(item, waterbody, c))
					break;
			*water_class = c;
			return ECO_WATER_OK;
		case AT_MOST:
			if (limit_fixed(item, waterbody, 1) < 0)
				return ECO_WATER_NOT_CLASSED;
			/* the first class whose limit holds: a limit shared by several classes gives the best */
			for (c = 1; c <= 5; c++)
				if (v <= limit_fixed(item, waterbody, c))
					break;
			*water_class = c;
			return ECO_WATER_OK;
	}
	return ECO_WATER_NOT_CLASSED;
}

bool
eco_water_item_evaluated(EcoWaterItem item)
{
	return item != ECO_W_TEMPERATURE && item != ECO_W_TN && item != ECO_W_FECAL_COLIFORM;
}

bool
eco_water_exceedance(EcoWaterItem item, EcoWaterbody waterbody, double value, double *multiple)
{
	int64_t		v;
	int64_t		limit;

	if (gb3838_table1[item].direction != AT_MOST)
		return false;
	limit = limit_fixed(item, waterbody, ECO_WATER_CLASS_III);
	(void) eco_fixed_from_double(value, &v);
	if (limit <= 0 || v <= limit)
		return false;
	*multiple = (double) (v - limit) / (double) limit;
	return true;
}

static const char *const class_names[6] = {"I", "II", "III", "IV", "V", "劣V"};

const char *
eco_water_class_name(int water_class)
{
	return class_names[water_class - 1];
}

/*
 * Accepted: I..V in ASCII (any case) or as one Roman numeral character
 * Ⅰ..Ⅴ / ⅰ..ⅴ (U+2160.., U+2170..), 劣V / 劣Ⅴ / V+ for the class worse
 * than V, the digits 1..6 (6 = 劣V, as the integer cast gives), each with or
 * without a trailing 类 and surrounding blanks.  A Roman numeral character
 * is a whole numeral: "ⅡⅠ" or "ⅠV" are not III and IV, and 劣 only goes
 * before V.
 */
int
eco_water_class_from_text(const char *text, int len)
{
	static const char *const spellings[] = {
		"i", "ii", "iii", "iv", "v", "v+", "1", "2", "3", "4", "5", "6", NULL
	};
	static const int classes[] = {1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6};
	static const char *const roman[] = {"i", "ii", "iii", "iv", "v"};
	char		ascii[16];
	int			n = 0;
	int			i = 0;
	int			roman_chars = 0;
	bool		ascii_numeral = false;
	bool		worse = false;
	int			found;

	while (i < len && (text[i] == ' ' || text[i] == '\t'))
		i++;
	while (len > i && (text[len - 1] == ' ' || text[len - 1] == '\t'))
		len--;
	/* 类 is E7 B1 BB */
	if (len - i >= 3 && memcmp(text + len - 3, "\xE7\xB1\xBB", 3) == 0)
		len -= 3;
	/* 劣 is E5 8A A3 */
	if (len - i >= 3 && memcmp(text + i, "\xE5\x8A\xA3", 3) == 0)
	{
		worse = true;
		i += 3;
	}
	while (i < len)
	{
		unsigned char c = (unsigned char) text[i];
		const char *piece;
		char		one[2];

		if (c == 0xE2 && i + 2 < len && (unsigned char) text[i + 1] == 0x85 &&
			(((unsigned char) text[i + 2] >= 0xA0 && (unsigned char) text[i + 2] <= 0xA4) ||
			 ((unsigned char) text[i + 2] >= 0xB0 && (unsigned char) text[i + 2] <= 0xB4)))
		{
			piece = roman[((unsigned char) text[i + 2] & 0x0F)];
			roman_chars++;
			i += 3;
		}
		else if (c < 0x80)
		{
			if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
				ascii_numeral = true;
			one[0] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : (char) c;
			one[1] = '\0';
			piece = one;
			i += 1;
		}
		else
			return 0;
		if (n + strlen(piece) >= sizeof(ascii))
			return 0;
		memcpy(ascii + n, piece, strlen(piece));
		n += (int) strlen(piece);
	}
	ascii[n] = '\0';
	if (roman_chars > 1 || (roman_chars == 1 && ascii_numeral))
		return 0;
	if (worse)
		return strcmp(ascii, "v") == 0 ? ECO_WATER_CLASS_WORSE_V : 0;
	found = eco_name_index(ascii, spellings);
	return found < 0 ? 0 : classes[found];
}

/* 《评价办法》 断面水质定性评价 */
static const char *const class_status_zh[6] = {
	"优", "优", "良好", "轻度污染", "中度污染", "重度污染"
};
static const char *const class_status_en[6] = {
	"excellent", "excellent", "good", "slightly polluted", "moderately polluted",
	"heavily polluted"
};

/*
 * prefix_zh(n) and prefix_en(n): the labels of number n (from 1) in the
 * Chinese and English tables
 */
#define ZH_EN_LABELS(prefix, zh, en) \
const char *prefix##_zh(int n) { return zh[n - 1]; } \
const char *prefix##_en(int n) { return en[n - 1]; }

ZH_EN_LABELS(eco_water_class_status, class_status_zh, class_status_en)

/*
 * 《评价办法》 河流、流域（水系）水质评价, 断面水质类别比例法, tested top down:
 *   I~III ≥ 90 %                                   优
 *   75 % ≤ I~III < 90 %                            良好
 *   I~III < 75 %, 劣V < 20 %                       轻度污染
 *   I~III < 75 %, 20 % ≤ 劣V < 40 %                中度污染
 *   I~III < 75 %, 劣V ≥ 40 %                       重度污染
 * Shares are compared exactly, in integers.
 */
int
eco_water_basin_level(int64_t sections, int64_t good, int64_t worse_v)
{
	if (sections < ECO_WATER_MIN_SECTIONS)
		return 0;
	if (10 * good >= 9 * sections)
		return 1;
	if (4 * good >= 3 * sections)
		return 3;
	if (5 * worse_v < sections)
		return 4;
	if (5 * worse_v < 2 * sections)
		return 5;
	return 6;
}

/*
 * 总站生字〔2001〕090号: TLI(Σ) = Σ W_j TLI(j), W_j = r_j² / Σ r_j², with the
 * correlations r_j of each parameter with chlorophyll a.
 */
/*
 * Lower bounds: about the detection limits of the methods (chlorophyll a
 * 0.01 mg/m³; TP 0.001 mg/L, GB 11893's is 0.01; TN 0.01 mg/L; a Secchi
 * disc read to 1 cm; CODMn 0.1 mg/L, GB 11892's is 0.5).  Upper bounds: well
 * above the worst lakes measured (algal scums reach a few thousand mg/m³ of
 * chlorophyll a; hypertrophic ponds a few mg/L of TP, tens of TN, tens of
 * CODMn) and above the clearest water (about 80 m).
 */
const EcoTliBound eco_tli_bounds[ECO_TLI_PARAMETERS] = {
	{"chla", "mg/m³", 0.01, 10000.0},
	{"tp", "mg/L", 0.001, 100.0},
	{"tn", "mg/L", 0.01, 1000.0},
	{"sd", "m", 0.01, 100.0},
	{"codmn", "mg/L", 0.1, 1000.0},
};

double
eco_tli(double chla, double tp, double tn, double sd, double codmn)
{
	static const double r[5] = {1.0, 0.84, 0.82, -0.83, 0.83};
	double		tli_j[5];
	double		sum_r2 = 0;
	double		total = 0;
	int			j;

	tli_j[0] = 10.0 * (2.5 + 1.086 * log(chla));
	tli_j[1] = 10.0 * (9.436 + 1.624 * log(tp));
	tli_j[2] = 10.0 * (5.453 + 1.694 * log(tn));
	tli_j[3] = 10.0 * (5.118 - 1.94 * log(sd));
	tli_j[4] = 10.0 * (0.109 + 2.661 * log(codmn));
	for (j = 0; j < 5; j++)
		sum_r2 += r[j] * r[j];
	for (j = 0; j < 5; j++)
		total += r[j] * r[j] / sum_r2 * tli_j[j];
	return total;
}

/*
 * TLI < 30 贫营养; 30 ≤ TLI ≤ 50 中营养; 50 < TLI ≤ 60 轻度富营养;
 * 60 < TLI ≤ 70 中度富营养; TLI > 70 重度富营养.
 */
int
eco_trophic_state(double tli)
{
	int64_t		v;
	int64_t		tenth = ECO_FIXED_SCALE / 10;

	(void) eco_fixed_from_double(tli, &v);
	v = eco_fixed_round_half_even(v, tenth);
	if (v < 30 * ECO_FIXED_SCALE)
		return 1;
	if (v <= 50 * ECO_FIXED_SCALE)
		return 2;
	if (v <= 60 * ECO_FIXED_SCALE)
		return 3;
	if (v <= 70 * ECO_FIXED_SCALE)
		return 4;
	return 5;
}

static const char *const trophic_zh[5] = {"贫营养", "中营养", "轻度富营养", "中度富营养", "重度富营养"};
static const char *const trophic_en[5] = {
	"oligotrophic", "mesotrophic", "lightly eutrophic", "moderately eutrophic", "hypereutrophic"
};

ZH_EN_LABELS(eco_trophic_state, trophic_zh, trophic_en)

/*
 * 《评价办法》 河流、流域（水系）主要污染指标: the items whose 断面超标率 (sections
 * above class III / sections) is largest, the first three, and every item
 * tied with the third (the method says "一般取前三项" and names no tie
 * rule: an item as frequent as the third is not dropped by table order).
 * Order: most sections first, then Table 1's.  Items exceeding nowhere are
 * not listed.
 */
int
eco_water_main_items(const int64_t exceeding[ECO_N_WATER_ITEMS], int out[ECO_N_WATER_ITEMS])
{
	int			n = 0;
	int			i;
	int			j;

	for (i = 0; i < ECO_N_WATER_ITEMS; i++)
		if (eco_water_item_evaluated((EcoWaterItem) i) && exceeding[i] > 0)
		{
			/* insertion by count, keeping Table 1 order among equals */
			for (j = n; j > 0 && exceeding[out[j - 1]] < exceeding[i]; j--)
				out[j] = out[j - 1];
			out[j] = i;
			n++;
		}
	if (n > ECO_WATER_MAIN_ITEMS)
	{
		int			keep = ECO_WATER_MAIN_ITEMS;

		while (keep < n && exceeding[out[keep]] == exceeding[out[ECO_WATER_MAIN_ITEMS - 1]])
			keep++;
		n = keep;
	}
	return n;
}

/* 1000 × part / whole rounded half to even: a share in tenths of a percent */
int64_t
eco_water_share_permille(int64_t part, int64_t whole)
{
	int64_t		q = part * 1000 / whole;
	int64_t		r = part * 1000 % whole;

	if (2 * r > whole || (2 * r == whole && q % 2 == 1))
		q++;
	return q;
}
