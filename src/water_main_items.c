/*
 * main_pollution_items(item, value [, waterbody]): the 主要污染指标 of a
 * river, basin or city by 《地表水环境质量评价办法（试行）》(环办〔2011〕22号):
 * the items with the largest 断面超标率, over one row per section and item
 * holding the section's period mean.  The state is a bigint[] (sections
 * and sections above class III, per item of GB 3838-2002 Table 1): a real
 * type with text and binary forms, so partial states cross workers and
 * Citus nodes like any value.
 */
#include "postgres.h"
#include "compat.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "core/water.h"
#include "callsite.h"
#include "water.h"

PG_FUNCTION_INFO_V1(water_main_items_transfn);
PG_FUNCTION_INFO_V1(water_main_items_combine);
PG_FUNCTION_INFO_V1(water_main_items_final);

#define MAIN_STATE_LEN (2 * ECO_N_WATER_ITEMS)

/* the counts of a state: [item] sections measured, [N + item] sections above III */
static int64 *
main_counts(ArrayType *state)
{
	int64	   *v;
	int			i;

	if (ARR_NDIM(state) != 1 || ARR_DIMS(state)[0] != MAIN_STATE_LEN || ARR_HASNULL(state) ||
		ARR_ELEMTYPE(state) != INT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid main_pollution_items state: expected a bigint array of %d elements",
						MAIN_STATE_LEN)));
	v = (int64 *) ARR_DATA_PTR(state);
	for (i = 0; i < ECO_N_WATER_ITEMS; i++)
		if (v[i] < 0 || v[ECO_N_WATER_ITEMS + i] < 0 || v[ECO_N_WATER_ITEMS + i] > v[i])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid main_pollution_items state: item %d has " INT64_FORMAT
							" sections, " INT64_FORMAT " above class III",
							i + 1, v[i], v[ECO_N_WATER_ITEMS + i])));
	return v;
}

/* (state, item, value [, waterbody]): rows with a NULL item or value are skipped */
Datum
water_main_items_transfn(PG_FUNCTION_ARGS)
{
	ArrayType  *array;
	int64	   *v;
	EcoWaterItem item;
	EcoWaterbody waterbody = ECO_RIVER;
	EcoWaterStatus status;
	double		value;
	int			water_class;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("main_pollution_items state must not be NULL")));
	array = water_writable_array(fcinfo);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_ARRAYTYPE_P(array);
	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("waterbody must not be NULL"),
					 errhint(WATERBODY_HINT)));
		waterbody = (EcoWaterbody) callsite_arg(fcinfo, 3, parse_waterbody);
	}
	v = main_counts(array);
	item = (EcoWaterItem) callsite_arg_varying(fcinfo, 1, parse_water_item);
	value = PG_GETARG_FLOAT8(2);
	status = eco_water_value_check(item, value);
	if (status != ECO_WATER_OK)
		report_bad_water_value(status, value, eco_water_item_name_zh(item),
							   "A measured value is a finite number from 0 to 1e12.");
	/* 水温, 总氮 and 粪大肠菌群 are not evaluated: they count for nothing */
	if (!eco_water_item_evaluated(item) ||
		eco_water_item_class(item, waterbody, value, &water_class) != ECO_WATER_OK)
		PG_RETURN_ARRAYTYPE_P(array);
	v[item]++;
	if (water_class > ECO_WATER_CLASS_III)
		v[ECO_N_WATER_ITEMS + item]++;
	PG_RETURN_ARRAYTYPE_P(array);
}

Datum
water_main_items_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *array = water_writable_array(fcinfo);
	int64	   *v = main_counts(array);
	int64	   *w = main_counts(PG_GETARG_ARRAYTYPE_P(1));
	int			i;

	for (i = 0; i < MAIN_STATE_LEN; i++)
		v[i] += w[i];
	PG_RETURN_ARRAYTYPE_P(array);
}

/*
 * The 断面总数 is the number of sections of the most measured evaluated
 * item (every section measures the basic items, pH, DO, CODMn, NH3-N,
 * TP); each item's 断面超标率 is over it.  NULL below
 * ECO_WATER_MIN_SECTIONS sections, where the method names each section's
 * items instead (exceeding_items); '' when no item exceeds class III.
 */
Datum
water_main_items_final(PG_FUNCTION_ARGS)
{
	int64	   *v = main_counts(PG_GETARG_ARRAYTYPE_P(0));
	int64		sections = 0;
	int			items[ECO_N_WATER_ITEMS];
	int			n;
	int			i;
	StringInfoData out;

	for (i = 0; i < ECO_N_WATER_ITEMS; i++)
		sections = Max(sections, v[i]);
	if (sections < ECO_WATER_MIN_SECTIONS)
		PG_RETURN_NULL();
	n = eco_water_main_items(v + ECO_N_WATER_ITEMS, items);
	initStringInfo(&out);
	for (i = 0; i < n; i++)
	{
		int64		permille = eco_water_share_permille(v[ECO_N_WATER_ITEMS + items[i]], sections);

		appendStringInfo(&out, "%s%s(" INT64_FORMAT ".%d%%)", i > 0 ? "、" : "",
						 eco_water_item_name_zh((EcoWaterItem) items[i]),
						 permille / 10, (int) (permille % 10));
	}
	PG_RETURN_TEXT_P(cstring_to_text(out.data));
}
