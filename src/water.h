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
#include "core/water_state.h"
#include "callsite.h"
#include "exact_sum.h"

/*
 * The waterbody of argument argno of an aggregate's transition function:
 * river when the aggregate has no such argument; 22004 when it is NULL.
 */
extern int	water_waterbody_arg(FunctionCallInfo fcinfo, int argno);

/*
 * The state of the per-item means aggregates (section_class, exceeding_items,
 * section_report, drinking_water_*): the waterbody and a count and an exact
 * sum per item of the family's table, the arrays following the struct.
 */
typedef struct WaterMeans
{
	int			waterbody;		/* EcoWaterbody, 0 while no row was seen */
	int64	   *count;
	EcoXsum    *sum;
} WaterMeans;

#define WATER_MEANS_SIZE(n) (MAXALIGN(sizeof(WaterMeans)) + (n) * (sizeof(int64) + sizeof(EcoXsum)))

/* a family of them: its item table, state kind, stored format version and item name table */
typedef struct WaterMeansFamily
{
	const EcoItemTable *items;
	const EcoStateKind *kind;
	int			version;
	const EcoNameTable *(*item_names) (void);	/* core/names.h, built on first use */
} WaterMeansFamily;

extern void water_means_init(void *state, int n);
extern void water_means_write(StringInfo buf, const void *state, const WaterMeansFamily *family);
extern void water_means_read(StringInfo buf, void *state, const WaterMeansFamily *family);
extern void water_means_merge(void *state, const void *other, MemoryContext cxt,
							  const WaterMeansFamily *family);

/* (state, item text, value float8 [, waterbody text]); rows with a NULL item or value are skipped */
extern Datum water_means_transfn(FunctionCallInfo fcinfo, const WaterMeansFamily *family);

/*
 * The verdict on the family's state in argument 0 (core/water_state.h):
 * false, for a NULL result, when it is NULL or no item could be judged.
 */
extern bool water_means_verdict(FunctionCallInfo fcinfo, const WaterMeansFamily *family,
								EcoMeansVerdict *verdict);

/*
 * A family (static const WaterMeansFamily family: the item table items of n
 * items, the stored format version, the item name table function), its
 * exact_state kind (exact_sum.h) with the callbacks bound to the family,
 * and its SQL-visible C functions prefix_transfn, _combine and the 1.1
 * script's _serialize and _deserialize.
 */
#define WATER_MEANS_KIND(prefix, kind_var, family, id, name, items, n, version, item_names) \
static const WaterMeansFamily family = {&items, &kind_var, version, item_names}; \
static void kind_var##_init(void *p) { water_means_init(p, n); } \
static void kind_var##_write(StringInfo buf, const void *p) { water_means_write(buf, p, &family); } \
static void kind_var##_read(StringInfo buf, void *p) { water_means_read(buf, p, &family); } \
static void kind_var##_merge(void *p, const void *o, MemoryContext cxt) { water_means_merge(p, o, cxt, &family); } \
const EcoStateKind kind_var = { \
	id, name, WATER_MEANS_SIZE(n), \
	kind_var##_init, kind_var##_write, kind_var##_read, kind_var##_merge \
}; \
PG_FUNCTION_INFO_V1(prefix##_transfn); \
Datum prefix##_transfn(PG_FUNCTION_ARGS) { return water_means_transfn(fcinfo, &family); } \
PG_FUNCTION_INFO_V1(prefix##_combine); \
Datum prefix##_combine(PG_FUNCTION_ARGS) { return eco_state_combine(fcinfo, &kind_var); } \
PG_FUNCTION_INFO_V1(prefix##_serialize); \
Datum prefix##_serialize(PG_FUNCTION_ARGS) { return eco_state_serialize(fcinfo, &kind_var); } \
PG_FUNCTION_INFO_V1(prefix##_deserialize); \
Datum prefix##_deserialize(PG_FUNCTION_ARGS) { return eco_state_deserialize(fcinfo, &kind_var); }

/* the counts of a bigint[] state of n elements (22023 naming what when it has another shape) */
extern int64 *water_counts(ArrayType *state, int n, const char *what);

/*
 * Argument 0 of an aggregate's state function (an array state): itself
 * when called as an aggregate, which owns it, else a copy to change.
 */
extern ArrayType *water_writable_array(FunctionCallInfo fcinfo);

/*
 * The combine function of a bigint[] state: argument 0 (itself when called
 * as an aggregate) with argument 1 merged into it, both read by counts
 * (which checks them).
 */
extern Datum water_counts_combine(FunctionCallInfo fcinfo, int64 *(*counts) (ArrayType *state),
								  void (*merge) (int64_t *counts, const int64_t *other));

/* the value of an item of the table, checked: 22003 when it is no measurement */
extern void water_check_value(const EcoItemTable *items, int item, double value);

#endif
