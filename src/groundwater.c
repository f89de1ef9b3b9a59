/*
 * Groundwater (GB/T 14848-2017): the groundwater_class type (I..V), the class
 * of one measured item (§6.2) and the class of a sample or point over its
 * item rows (§6.3) with the items that set it.
 */
#include "postgres.h"
#include "compat.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"

#include "core/groundwater.h"
#include "core/water_state.h"
#include "callsite.h"
#include "water.h"

#include "exact_sum.h"


PG_FUNCTION_INFO_V1(groundwater_class_of_item);
PG_FUNCTION_INFO_V1(groundwater_unit);
PG_FUNCTION_INFO_V1(groundwater_item_printed);
PG_FUNCTION_INFO_V1(groundwater_sample_transfn);
PG_FUNCTION_INFO_V1(groundwater_sample_combine);
PG_FUNCTION_INFO_V1(groundwater_sample_serialize);
PG_FUNCTION_INFO_V1(groundwater_sample_deserialize);
PG_FUNCTION_INFO_V1(groundwater_sample_class_final);
PG_FUNCTION_INFO_V1(groundwater_worst_items_final);

/* ---- items and values ---- */

static void
check_gw_value(int item, double value)
{
	switch (eco_gw_value_check(item, value))
	{
		case ECO_GW_OK:
			return;
		case ECO_GW_NEGATIVE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value %s of %s is negative", float8out_internal(value), eco_gw_item_name_zh(item)),
					 errhint("A concentration is zero or more.")));
			break;
		case ECO_GW_PH_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("pH value %s is outside 0..14", float8out_internal(value)),
					 errhint("A pH value lies between 0 and 14.")));
			break;
		case ECO_GW_NOT_PRESENCE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("value %s of %s is neither 0 nor 1", float8out_internal(value), eco_gw_item_name_zh(item)),
					 errhint("GB/T 14848-2017 Table 1 judges this item present or absent: give 0 for 无 (absent) "
							 "and 1 for 有 (present), e.g. present::integer.")));
			break;
		case ECO_GW_NOT_FINITE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value %s of %s is not a measurement", float8out_internal(value), eco_gw_item_name_zh(item)),
					 errhint("A measured value is a finite number from 0 to 1e12.")));
	}
}

/* groundwater_class(item text, value float8, detected boolean DEFAULT true) */
Datum
groundwater_class_of_item(PG_FUNCTION_ARGS)
{
	int			item = callsite_name(fcinfo, 0, eco_gw_item_name_table());
	double		value = PG_GETARG_FLOAT8(1);
	bool		detected = PG_GETARG_BOOL(2);

	check_gw_value(item, value);
	PG_RETURN_DATUM(Int64GetDatum(eco_gw_item_class(item, value, detected)));
}

Datum
groundwater_unit(PG_FUNCTION_ARGS)
{
	int			item = callsite_name(fcinfo, 0, eco_gw_item_name_table());

	PG_RETURN_TEXT_P(cstring_to_text(eco_gw_item_unit(item)));
}

/* ---- a sample's or point's class over its item rows (§6.3) ---- */

/*
 * The worst class seen for each item (EcoGwSample): bounded, exact and
 * independent of the order of the rows, so serial and parallel plans agree.
 */
static void
gw_init(void *p)
{
	memset(p, 0, sizeof(EcoGwSample));
}

static void
gw_write(StringInfo buf, const void *p)
{
	uint8		stored[ECO_GW_SAMPLE_STORED_SIZE];

	pq_sendbytes(buf, (const char *) stored, eco_gw_sample_write(p, stored));
}

static void
gw_read(StringInfo buf, void *p)
{
	int			read = eco_gw_sample_read(p, (const uint8 *) buf->data, buf->len);

	if (read == 0)
		eco_state_invalid(&eco_state_groundwater_sample, "Unknown format, or a wrong length.");
	if (read < 0)
		eco_state_invalid(&eco_state_groundwater_sample,
						  psprintf("Item %d has class %d.", -1 - read, (uint8) buf->data[1 - read]));
	buf->cursor = read;
}

static void
gw_merge(void *p, const void *o, MemoryContext cxt)
{
	eco_gw_sample_merge(p, o);
}

/* no sum, but the same state type as the other water aggregates (exact_sum.h) */
const EcoStateKind eco_state_groundwater_sample = {
	6, "groundwater_sample", sizeof(EcoGwSample), gw_init, gw_write, gw_read, gw_merge
};

/*
 * (state, item text, value float8 [, detected boolean]): rows with a NULL
 * item or value are skipped; a NULL detected counts as a detected value.
 */
Datum
groundwater_sample_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	Datum		result;
	int			item;
	double		value;
	bool		detected = true;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	item = callsite_name_varying(fcinfo, 1, eco_gw_item_name_table());
	value = PG_GETARG_FLOAT8(2);
	if (PG_NARGS() > 3 && !PG_ARGISNULL(3))
		detected = PG_GETARG_BOOL(3);
	check_gw_value(item, value);
	eco_gw_sample_add(eco_state_rw(fcinfo, 0, &eco_state_groundwater_sample, &cxt, &result),
					  item, value, detected);
	return result;
}

Datum
groundwater_sample_combine(PG_FUNCTION_ARGS)
{
	return eco_state_combine(fcinfo, &eco_state_groundwater_sample);
}

/* the 1.1 script's serialize and deserialize functions */
Datum
groundwater_sample_serialize(PG_FUNCTION_ARGS)
{
	return eco_state_serialize(fcinfo, &eco_state_groundwater_sample);
}

Datum
groundwater_sample_deserialize(PG_FUNCTION_ARGS)
{
	return eco_state_deserialize(fcinfo, &eco_state_groundwater_sample);
}

/* §6.3: 按单指标评价结果最差的类别确定 */
Datum
groundwater_sample_class_final(PG_FUNCTION_ARGS)
{
	int			worst;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	worst = eco_gw_sample_class(eco_state_ro(fcinfo, 0, &eco_state_groundwater_sample));
	if (worst == 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(Int64GetDatum(worst));
}

/* §6.3: 并指出最差类别的指标: the items at the worst class, in the order of the tables */
Datum
groundwater_worst_items_final(PG_FUNCTION_ARGS)
{
	int			items[ECO_GW_N_ITEMS];
	Datum		names[ECO_GW_N_ITEMS];
	int			n;
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	n = eco_gw_sample_worst_items(eco_state_ro(fcinfo, 0, &eco_state_groundwater_sample), items);
	if (n == 0)
		PG_RETURN_NULL();
	for (i = 0; i < n; i++)
		names[i] = CStringGetTextDatum(eco_gw_item_name_zh(items[i]));
	PG_RETURN_ARRAYTYPE_P(construct_array(names, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/* groundwater_item(name): the item as GB/T 14848-2017 Tables 1 and 2 print it */
Datum
groundwater_item_printed(PG_FUNCTION_ARGS)
{
	int			item = callsite_name_varying(fcinfo, 0, eco_gw_item_name_table());

	PG_RETURN_TEXT_P(cstring_to_text(eco_gw_item_name_zh(item)));
}
