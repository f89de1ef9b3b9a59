/*
 * Groundwater: the classes of GB/T 14848-2017 地下水质量标准, Table 1
 * (地下水质量常规指标及限值, 39 items) and Table 2 (非常规指标, 54 items),
 * the single-item evaluation of §6.2 and the overall evaluation of §6.3.
 *
 * Values are in the unit the table prints for the item (mg/L for most,
 * μg/L for the organic compounds of Table 2, see eco_gw_item_unit) and are
 * compared in fixed point (10^-6 of the unit, gbt8170.h), so 0.001 equals
 * the 0.001 limit whatever binary double carried it.
 */
#ifndef ECOINSP_GROUNDWATER_H
#define ECOINSP_GROUNDWATER_H

#include <stdbool.h>

#include "core/names.h"

#define ECO_GW_CLASS_I 1
#define ECO_GW_CLASS_III 3
#define ECO_GW_CLASS_IV 4
#define ECO_GW_CLASS_V 5

/*
 * The 93 items, Table 1 then Table 2, each in the order of its table.  The
 * index is part of the serialized aggregate state: never reorder, only
 * append.
 */
#define ECO_GW_N_ITEMS 93

typedef enum EcoGwStatus
{
	ECO_GW_OK = 0,
	ECO_GW_NEGATIVE,
	ECO_GW_NOT_FINITE,			/* NaN, infinity or beyond 10^12 */
	ECO_GW_PH_RANGE,			/* pH outside 0..14 */
	ECO_GW_NOT_PRESENCE			/* 嗅和味 or 肉眼可见物 other than 0 (无) or 1 (有) */
} EcoGwStatus;

/* An item from a name (item_zh of the table, with or without its 以…计 qualifier, or a short English name); -1 when unknown. */
extern int	eco_gw_item_from_name(const char *name, int len);
/* the name table of Tables 1 and 2 (values: the items), built on first use */
extern const EcoNameTable *eco_gw_item_name_table(void);
extern const char *eco_gw_item_name_zh(int item);
/* the other names accepted for the item, NULL-terminated (see names.h) */
extern const char *const *eco_gw_item_names(int item);
/* the unit of the table: "mg/L", "μg/L", "NTU", ... ("" for the present/absent items) */
extern const char *eco_gw_item_unit(int item);
/* 1 for Table 1 (常规指标), 2 for Table 2 (非常规指标) */
extern int	eco_gw_item_table(int item);

extern EcoGwStatus eco_gw_value_check(int item, double value);

/*
 * §6.2: the class 1..5 of a checked value.  detected = false says value is
 * the detection limit of a non-detect (see groundwater.c for the rule).
 */
extern int	eco_gw_item_class(int item, double value, bool detected);

/* Class text "I".."V"; parsing accepts what water_class accepts for I..V (0 when malformed). */
extern const char *eco_gw_class_name(int gw_class);
extern int	eco_gw_class_from_text(const char *text, int len);

/* §4.1: the uses a class suits, in Chinese (the standard's words) and English */
extern const char *eco_gw_class_use_zh(int gw_class);
extern const char *eco_gw_class_use_en(int gw_class);

#endif
