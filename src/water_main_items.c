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

/* the counts of a state (core/water_state.h), checked */
static int64 *
main_counts(ArrayType *state)
{
	int64	   *v = water_counts(state, ECO_MAIN_ITEMS_STATE_LEN, "main_pollution_items");
	int			bad = eco_main_items_invalid(v);

	if (bad >= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid main_pollution_items state: item %d has " INT64_FORMAT
						" sections, " INT64_FORMAT " above class III",
						bad + 1, v[bad], v[ECO_N_WATER_ITEMS + bad])));
	return v;
}

/* (state, item, value [, waterbody]): rows with a NULL item or value are skipped */
Datum
water_main_items_transfn(PG_FUNCTION_ARGS)
{
	ArrayType  *array;
	int64	   *v;
	int			item;
	int			waterbody;
	double		value;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("main_pollution_items state must not be NULL")));
	array = water_writable_array(fcinfo);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_ARRAYTYPE_P(array);
	waterbody = water_waterbody_arg(fcinfo, 3);
	v = main_counts(array);
	item = callsite_name_varying(fcinfo, 1, eco_water_item_name_table());
	value = PG_GETARG_FLOAT8(2);
	water_check_value(&eco_section_items, item, value);
	eco_main_items_add(v, (EcoWaterItem) item, (EcoWaterbody) waterbody, value);
	PG_RETURN_ARRAYTYPE_P(array);
}

Datum
water_main_items_combine(PG_FUNCTION_ARGS)
{
	return water_counts_combine(fcinfo, main_counts, eco_main_items_merge);
}

/*
 * NULL below ECO_WATER_MIN_SECTIONS sections, where the method names each
 * section's items instead (exceeding_items); '' when no item exceeds class
 * III.
 */
Datum
water_main_items_final(PG_FUNCTION_ARGS)
{
	char		text[ECO_WATER_TEXT_MAX];

	if (!eco_main_items_text(main_counts(PG_GETARG_ARRAYTYPE_P(0)), text))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(text));
}
