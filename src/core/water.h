/*
 * Surface water: the classes of GB 3838-2002 Table 1 (地表水环境质量标准
 * 基本项目标准限值), the evaluation of 《地表水环境质量评价办法（试行）》
 * (环办〔2011〕22号) and the lake trophic state index TLI(Σ) of
 * 总站生字〔2001〕090号.
 *
 * Concentrations are compared in fixed point (10^-6 of the unit, see
 * gbt8170.h), so 0.2 mg/L equals the 0.2 limit whatever binary double
 * carried it.
 */
#ifndef ECOINSP_WATER_H
#define ECOINSP_WATER_H

#include <stdbool.h>
#include <stdint.h>

#include "core/names.h"

/* Classes I..V and 劣V, best to worst. */
#define ECO_WATER_CLASS_I 1
#define ECO_WATER_CLASS_III 3
#define ECO_WATER_CLASS_WORSE_V 6

/*
 * The items of GB 3838-2002 Table 1, in its order.  The numbering is part
 * of the serialized aggregate states: never renumber, only append.
 */
typedef enum EcoWaterItem
{
	ECO_W_TEMPERATURE = 0,		/* 1 水温 */
	ECO_W_PH,					/* 2 pH */
	ECO_W_DO,					/* 3 溶解氧 */
	ECO_W_CODMN,				/* 4 高锰酸盐指数 */
	ECO_W_COD,					/* 5 化学需氧量 */
	ECO_W_BOD5,					/* 6 五日生化需氧量 */
	ECO_W_NH3N,					/* 7 氨氮 */
	ECO_W_TP,					/* 8 总磷 */
	ECO_W_TN,					/* 9 总氮 */
	ECO_W_CU,					/* 10 铜 */
	ECO_W_ZN,					/* 11 锌 */
	ECO_W_F,					/* 12 氟化物 */
	ECO_W_SE,					/* 13 硒 */
	ECO_W_AS,					/* 14 砷 */
	ECO_W_HG,					/* 15 汞 */
	ECO_W_CD,					/* 16 镉 */
	ECO_W_CR6,					/* 17 铬（六价） */
	ECO_W_PB,					/* 18 铅 */
	ECO_W_CN,					/* 19 氰化物 */
	ECO_W_PHENOL,				/* 20 挥发酚 */
	ECO_W_PETROLEUM,			/* 21 石油类 */
	ECO_W_LAS,					/* 22 阴离子表面活性剂 */
	ECO_W_SULFIDE,				/* 23 硫化物 */
	ECO_W_FECAL_COLIFORM,		/* 24 粪大肠菌群 */
	ECO_N_WATER_ITEMS
} EcoWaterItem;

typedef enum EcoWaterbody
{
	ECO_RIVER = 1,				/* 河流 (everything that is not 湖、库) */
	ECO_LAKE = 2				/* 湖泊 and 水库 */
} EcoWaterbody;

typedef enum EcoWaterStatus
{
	ECO_WATER_OK = 0,
	ECO_WATER_NOT_CLASSED,		/* no class for this item here (水温; 总氮 of a river) */
	ECO_WATER_NEGATIVE,
	ECO_WATER_NOT_FINITE,		/* NaN, infinity or beyond 10^12 */
	ECO_WATER_PH_RANGE,			/* pH outside 0..14 */
	ECO_WATER_BELOW_ABSOLUTE_ZERO	/* a water temperature below -273.15 ℃ */
} EcoWaterStatus;

/*
 * Names: case-insensitive, Chinese, English, CSV keys and abbreviations,
 * looked up in the name tables below (names.h).
 */
extern bool eco_water_item_from_name(const char *name, int len, EcoWaterItem *item);
extern bool eco_waterbody_from_name(const char *name, int len, EcoWaterbody *waterbody);

/*
 * The name table of GB 3838-2002 Table 1's items (values EcoWaterItem),
 * built on first use from the printed names and eco_water_item_names(): the
 * hint lists the printed names, the other names are accepted unlisted.
 */
extern const EcoNameTable *eco_water_item_name_table(void);

/* river and lake (a reservoir is a lake): values EcoWaterbody */
extern const EcoNameTable eco_waterbody_names;

/*
 * Appends to entries[n] the entries of items first .. last - 1: each item's
 * printed name (listed in the hint) and its other names (NULL-terminated,
 * accepted unlisted), all of value item, and an ECO_NAME_END after them;
 * returns the new count (the END not counted).  The item name tables of
 * water.c, drinking_water.c and groundwater.c are built with it from their
 * items' lists, so each standard's names are written once.
 */
extern int	eco_item_name_entries(EcoNameEntry *entries, int n, int first, int last,
								  const char *(*printed) (int),
								  const char *const *(*names) (int));

/* what the item name tables' hints say after the printed names */
#define ECO_ITEM_NAMES_NOTE "; each also without its bracket, or followed by its abbreviation, " \
	"or by the English names and abbreviations water_item_names() lists"
/* The Chinese name of an item in GB 3838-2002 Table 1 ("总磷"). */
extern const char *eco_water_item_name_zh(EcoWaterItem item);
/* The item as Table 1 prints it, with its bracket ("化学需氧量（COD）"). */
extern const char *eco_water_item_printed(EcoWaterItem item);
/* The other names accepted for the item, NULL-terminated (see names.h). */
extern const char *const *eco_water_item_names(EcoWaterItem item);

/*
 * Checks a measured value of an item (ECO_WATER_OK or the reason it is bad).
 * Concentrations are zero or more; a water temperature (℃, near ice or in
 * brackish water) may be below zero, down to absolute zero.
 */
#define ECO_WATER_MIN_TEMPERATURE (-273.15)
extern EcoWaterStatus eco_water_value_check(EcoWaterItem item, double value);

/*
 * GB 3838-2002 single-item class 1..6 of a checked value.  ECO_WATER_NOT_CLASSED
 * for 水温 and for 总氮 of a river.
 */
extern EcoWaterStatus eco_water_item_class(EcoWaterItem item, EcoWaterbody waterbody,
										   double value, int *water_class);

/*
 * 《评价办法》: whether the item takes part in the class of a section (GB 3838
 * Table 1 without 水温, 总氮 and 粪大肠菌群: 21 items).
 */
extern bool eco_water_item_evaluated(EcoWaterItem item);

/*
 * 超标倍数 (value - Cs) / Cs against the class III limit Cs, for an item above
 * it.  False when the item has no multiple (pH, 溶解氧, 水温) or the value
 * does not exceed class III.
 */
extern bool eco_water_exceedance(EcoWaterItem item, EcoWaterbody waterbody,
								 double value, double *multiple);

/* Class text: "I".."V", "劣V"; parsing accepts the common spellings (0 when malformed). */
extern const char *eco_water_class_name(int water_class);
extern int	eco_water_class_from_text(const char *text, int len);

/* 《评价办法》 section status words 优 .. 重度污染 and English. */
extern const char *eco_water_class_status_zh(int water_class);
extern const char *eco_water_class_status_en(int water_class);

/*
 * 《评价办法》 断面水质类别比例法: the status (as a class-like level 1 = 优,
 * 3 = 良好, 4 = 轻度污染, 5 = 中度污染, 6 = 重度污染, so the words of
 * eco_water_class_status_* apply) of a river, basin or region from its
 * numbers of sections; 0 when fewer than ECO_WATER_MIN_SECTIONS sections
 * (the method averages concentrations instead).
 */
#define ECO_WATER_MIN_SECTIONS 5
extern int	eco_water_basin_level(int64_t sections, int64_t good, int64_t worse_v);

/*
 * 《评价办法》 主要污染指标 of a river, basin or city: from the number of
 * sections where each item exceeds class III, the items listed (Table 1
 * numbers into out, worst first); returns how many: the first
 * ECO_WATER_MAIN_ITEMS and those tied with the last of them.
 */
#define ECO_WATER_MAIN_ITEMS 3
extern int	eco_water_main_items(const int64_t exceeding[ECO_N_WATER_ITEMS], int out[ECO_N_WATER_ITEMS]);
/* 1000 × part / whole (whole > 0, part ≤ whole) rounded half to even */
extern int64_t eco_water_share_permille(int64_t part, int64_t whole);

/*
 * TLI(Σ) of 总站生字〔2001〕090号 from chlorophyll a (mg/m³), TP, TN (mg/L),
 * transparency SD (m) and CODMn (mg/L), each > 0.
 */
extern double eco_tli(double chla, double tp, double tn, double sd, double codmn);

/*
 * The range tli() accepts for each parameter, in eco_tli()'s argument order:
 * measurements a lake can give (a choice, docs/water.md), so that TLI(Σ)
 * stays between about -33 and 156 instead of following ln() to any value.
 */
typedef struct EcoTliBound
{
	const char *name;			/* the SQL argument name */
	const char *unit;
	double		min;
	double		max;
} EcoTliBound;

#define ECO_TLI_PARAMETERS 5
extern const EcoTliBound eco_tli_bounds[ECO_TLI_PARAMETERS];
/* trophic state 1..5 (贫营养 .. 重度富营养) of a finite TLI, rounded to 0.1 first */
extern int	eco_trophic_state(double tli);
extern const char *eco_trophic_state_zh(int state);
extern const char *eco_trophic_state_en(int state);

#endif
