/*
 * Surface-water glue shared by water.c (GB 3838-2002 Table 1, the 2011
 * evaluation method) and drinking_water.c (Tables 1-3 for drinking-water
 * sources): the waterbody argument and the errors for rejected values.
 */
#ifndef ECOINSP_GLUE_WATER_H
#define ECOINSP_GLUE_WATER_H

#include "fmgr.h"
#include "utils/array.h"

#include "core/water.h"

#define WATERBODY_HINT "Accepted waterbodies: river (河流), lake (湖泊), reservoir (水库)."

/* A CallSiteParser: the EcoWaterbody named (22023 when unknown). */
extern int	parse_waterbody(const char *name, int len);

/* A CallSiteParser: the GB 3838-2002 Table 1 item (EcoWaterItem) named (22023 when unknown). */
extern int	parse_water_item(const char *name, int len);

/*
 * Argument 0 of an aggregate's state function (an array state): itself
 * when called as an aggregate, which owns it, else a copy to change.
 */
extern ArrayType *water_writable_array(FunctionCallInfo fcinfo);

/*
 * Raises the error for a measured value the core rejected (status is not
 * ECO_WATER_OK); range_hint is the hint for a value that is no measurement.
 */
extern void report_bad_water_value(EcoWaterStatus status, double value,
								   const char *item_zh, const char *range_hint);

/*
 * The hints of the unknown-item errors, built from the core's tables
 * (water_names.c): tables 1 for GB 3838-2002 Table 1, 3 for Tables 1-3.
 */
extern const char *water_items_hint(int tables);
extern const char *groundwater_items_hint(void);

#endif
