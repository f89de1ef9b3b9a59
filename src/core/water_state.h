/*
 * The rules of the water aggregates over a group of item rows, apart from
 * how PostgreSQL stores their states:
 *
 * - the per-item means of a section (GB 3838-2002 Table 1) or of a
 *   drinking-water source (Tables 1-3), one implementation parameterised by
 *   the item table (EcoItemTable); a group is a river or a lake/reservoir,
 *   never both;
 * - the section's class (单因子评价: the worst class of its evaluated items),
 *   the items exceeding class III with their 超标倍数, and the counts
 *   section_report shows (环办〔2011〕22号);
 * - the drinking-water verdict: compliant, and the failing items;
 * - the counts of main_pollution_items and of the river/basin status;
 * - a groundwater sample's worst class per item (GB/T 14848-2017 §6.3).
 */
#ifndef ECOINSP_WATER_STATE_H
#define ECOINSP_WATER_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/drinking_water.h"
#include "core/exact_sum.h"
#include "core/groundwater.h"
#include "core/water.h"

/* ---- the one waterbody of a group ---- */

/*
 * Merges the waterbody of a row or of another state (0: none yet) into
 * *waterbody (0 while none was seen).  False, changing nothing, when they
 * differ: a section or a source is a river or a lake/reservoir, not both.
 */
extern bool eco_waterbody_merge(int *waterbody, int other);

/* ---- the item tables of the per-item means ---- */

typedef struct EcoItemTable
{
	int			n_items;
	const char *group;			/* what a group is, in messages: "a section" */
	EcoWaterStatus (*check) (int item, double value);
	const char *(*name_zh) (int item);
	/* the hint for a value that is not a measurement */
	const char *(*range_hint) (int item);
	/* the order of the exceeding items of a verdict (qsort of EcoItemVerdict) */
	int			(*exceeding_order) (const void *a, const void *b);
} EcoItemTable;

/* GB 3838-2002 Table 1 (section_class, exceeding_items, section_report) */
extern const EcoItemTable eco_section_items;

/* Tables 1-3 (drinking_water_compliant, drinking_water_failures) */
extern const EcoItemTable eco_dw_items;

/*
 * The mean of an item: its exact sum rounded once, divided by its count (so
 * the same mean in every row order and plan).  False when count is 0 or the
 * sum is not finite.
 */
extern bool eco_item_mean(const EcoXsum *sum, int64_t count, double *mean);

/* ---- verdicts on the means ---- */

/* one item judged: its class (Table 1 items; 0 for Tables 2-3) and 超标倍数 */
typedef struct EcoItemVerdict
{
	int			item;
	int			water_class;
	double		multiple;		/* -1: the item has no multiple (pH, 溶解氧) */
} EcoItemVerdict;

/*
 * The period means of a group judged item by item (§5.1 单因子评价): Table 1
 * items as 《地表水环境质量评价办法（试行）》 judges them (not 水温, 总氮 and
 * 粪大肠菌群; exceeding above class III), the items of Tables 2-3 (from
 * ECO_DW_FIRST_EXTRA on, in a drinking-water source's table) against their
 * limit.  worst is the worst class of the judged Table 1 items (0 when none),
 * judged the items judged (0: nothing to judge), required the number of
 * evaluated items of Table 1 (21), and exceeding the items that exceed, in
 * the table's exceeding_order: for a section, worst class first, then the
 * largest multiple, then Table 1's order; for a source, items without a
 * multiple first, then the largest multiple, then the tables' order.
 */
typedef struct EcoMeansVerdict
{
	int			worst;
	int			judged;
	int			required;
	int			nexceeding;
	EcoItemVerdict exceeding[ECO_DW_N_ITEMS];
} EcoMeansVerdict;

/* the means of the items of table (count and sum of items->n_items each) */
extern void eco_means_judge(const EcoItemTable *items, int waterbody, const int64_t *count,
							const EcoXsum *sum, EcoMeansVerdict *verdict);

/*
 * A section's exceeding items as bulletins list them, "总磷(0.3)、氨氮(1.2)":
 * the multiple rounded to one decimal by GB/T 8170, pH and 溶解氧 named
 * without one, "" when none.  Returns the length written (buf holds
 * ECO_WATER_TEXT_MAX bytes).
 */
#define ECO_WATER_TEXT_MAX 2048
extern size_t eco_section_exceeding_text(const EcoMeansVerdict *verdict, char *buf);

/*
 * One failure as GB 3838-2002 §5.1 asks (超标的应说明超标项目和超标倍数):
 * "铁(0.50)" with the multiple rounded to two decimals by GB/T 8170, "pH"
 * without one.  Returns the length written (buf holds ECO_WATER_LABEL_MAX).
 */
#define ECO_WATER_LABEL_MAX 128
extern size_t eco_dw_failure_label(const EcoItemVerdict *failure, char *buf);

/* ---- main_pollution_items: sections and sections above class III per item ---- */

/* the counts: [item] sections measured, [ECO_N_WATER_ITEMS + item] above class III */
#define ECO_MAIN_ITEMS_STATE_LEN (2 * ECO_N_WATER_ITEMS)

/* -1 when the counts can be a state, else the first item whose counts cannot */
extern int	eco_main_items_invalid(const int64_t *counts);

/*
 * Adds one section's mean of an item (a checked value): items not
 * evaluated (水温, 总氮, 粪大肠菌群) and values without a class count for
 * nothing.
 */
extern void eco_main_items_add(int64_t *counts, EcoWaterItem item, EcoWaterbody waterbody,
							   double value);
extern void eco_main_items_merge(int64_t *counts, const int64_t *other);

/*
 * "总磷(60.0%)、氨氮(40.0%)": the items with the largest 断面超标率 over the
 * 断面总数 (the sections of the most measured evaluated item), "" when none
 * exceeds; false below ECO_WATER_MIN_SECTIONS sections, where the method
 * names each section's items instead.  buf holds ECO_WATER_TEXT_MAX bytes.
 */
extern bool eco_main_items_text(const int64_t *counts, char *buf);

/* ---- a river's or basin's status: {sections, in I~III, in 劣V} ---- */

extern bool eco_water_status_valid(const int64_t counts[3]);
extern void eco_water_status_add(int64_t counts[3], int water_class);
extern void eco_water_status_merge(int64_t counts[3], const int64_t other[3]);

/* ---- a groundwater sample: the worst class of each item (0: not measured) ---- */

typedef struct EcoGwSample
{
	uint8_t		worst[ECO_GW_N_ITEMS];
} EcoGwSample;

/* a checked value (eco_gw_value_check) of an item */
extern void eco_gw_sample_add(EcoGwSample *sample, int item, double value, bool detected);
extern void eco_gw_sample_merge(EcoGwSample *sample, const EcoGwSample *other);

/* §6.3: the class of the sample, its worst item class; 0 when nothing was measured */
extern int	eco_gw_sample_class(const EcoGwSample *sample);

/* §6.3 并指出最差类别的指标: the items at the worst class, in the tables' order; how many */
extern int	eco_gw_sample_worst_items(const EcoGwSample *sample, int items[ECO_GW_N_ITEMS]);

/*
 * The stored form: version byte, item count byte, one class byte (0..5) per
 * item.  Read returns the bytes read, 0 when the version, count or length is
 * wrong, and -1 - item for an item with a class above V.
 */
#define ECO_GW_SAMPLE_FORMAT_VERSION 1
#define ECO_GW_SAMPLE_STORED_SIZE (2 + ECO_GW_N_ITEMS)
extern size_t eco_gw_sample_write(const EcoGwSample *sample, uint8_t *buf);
extern int	eco_gw_sample_read(EcoGwSample *sample, const uint8_t *buf, size_t len);

#endif
