/*
 * Surface drinking-water sources (集中式生活饮用水地表水源地): GB 3838-2002
 * Table 2 (补充项目, 5 items) and Table 3 (特定项目, 80 items) with their
 * single limits, and the items of Table 1 through core/water.h.
 *
 * An item of a source is one of the 24 items of Table 1 (0..23, the
 * EcoWaterItem numbers) or, from ECO_DW_FIRST_EXTRA on, one of the 85 of
 * Tables 2 and 3 in their order.  The numbering is part of the serialized
 * aggregate state: never reorder, only append.
 */
#ifndef ECOINSP_DRINKING_WATER_H
#define ECOINSP_DRINKING_WATER_H

#include <stdbool.h>

#include "core/water.h"

#define ECO_DW_FIRST_EXTRA ECO_N_WATER_ITEMS
#define ECO_DW_N_EXTRA 85
#define ECO_DW_N_ITEMS (ECO_N_WATER_ITEMS + ECO_DW_N_EXTRA)

/*
 * The largest value of a Table 2 or 3 item (mg/L): they are compared in
 * fixed point in μg/L, to hold Table 3's 2.8×10⁻⁶ mg/L exactly.
 */
#define ECO_DW_MAX_EXTRA_VALUE 1e9

/* An item from a name: Table 1 names first (water.h), then Tables 2 and 3; -1 when unknown. */
extern int	eco_dw_item_from_name(const char *name, int len);
/*
 * The name table of Tables 1-3 (values: the items above), built on first
 * use from the printed names and the other names below, Table 1's first.
 */
extern const EcoNameTable *eco_dw_item_name_table(void);
extern const char *eco_dw_item_name_zh(int item);
/* the item as its table prints it, and the other names accepted for it (NULL-terminated) */
extern const char *eco_dw_item_printed(int item);
extern const char *const *eco_dw_item_names(int item);
/* 1, 2 or 3: the table of GB 3838-2002 the item is in */
extern int	eco_dw_item_table(int item);

/* ECO_WATER_OK or why the value is bad (water.h's statuses) */
extern EcoWaterStatus eco_dw_value_check(int item, double value);

/*
 * Whether a checked value of a Table 2 or 3 item is within its limit; when
 * it is not, *multiple is the 超标倍数 (value − limit) / limit.
 */
extern bool eco_dw_extra_within(int item, double value, double *multiple);

#endif
