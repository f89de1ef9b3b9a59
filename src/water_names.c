/*
 * The item names of GB 3838-2002 Tables 1-3 and GB/T 14848-2017 Tables 1
 * and 2 as SQL sees them: the name an item is printed under
 * (water_item(); groundwater_item() is in groundwater.c), every accepted spelling
 * (water_item_names()), all read from the core's name tables, which also
 * build the hints of the unknown-item errors, so that none of them can
 * drift from what the parsers accept.
 */
#include "postgres.h"
#include "compat.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "core/drinking_water.h"
#include "core/groundwater.h"
#include "core/names.h"
#include "callsite.h"
#include "water.h"

PG_FUNCTION_INFO_V1(water_item_printed);
PG_FUNCTION_INFO_V1(water_item_names);

#define STANDARD_GB3838 1
#define STANDARD_GBT14848 2

/* the name table of Tables 1-3, as water_item() names an unknown item */
static const EcoNameTable *
any_water_items(void)
{
	static EcoNameTable table;

	if (table.entries == NULL)
	{
		table = *eco_dw_item_name_table();
		table.thing = "surface-water item";
	}
	return &table;
}

/* water_item(name): the item as GB 3838-2002 Tables 1-3 print it */
Datum
water_item_printed(PG_FUNCTION_ARGS)
{
	int			item = callsite_name_varying(fcinfo, 0, any_water_items());

	PG_RETURN_TEXT_P(cstring_to_text(eco_dw_item_printed(item)));
}

static const EcoNameEntry names_standard_entries[] = {
	ECO_NAME("gb3838-2002", STANDARD_GB3838),
	ECO_NAME_UNLISTED("gb3838", STANDARD_GB3838),
	ECO_NAME("gbt14848-2017", STANDARD_GBT14848),
	ECO_NAME_UNLISTED("gbt14848", STANDARD_GBT14848),
	ECO_NAME_END
};

static const EcoNameTable names_standards = {
	.thing = "item standard", .things = "standards", .entries = names_standard_entries,
	.note = " (surface water, Tables 1-3; groundwater, Tables 1 and 2), or NULL for both"
};

static void
put_item(Tuplestorestate *store, TupleDesc desc, const char *standard, int table,
		 const char *printed, const char *const *names)
{
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	Datum		elems[16];
	int			n = 0;

	while (names[n] != NULL && n < 16)
	{
		elems[n] = PointerGetDatum(cstring_to_text(names[n]));
		n++;
	}
	values[0] = PointerGetDatum(cstring_to_text(standard));
	values[1] = Int32GetDatum(table);
	values[2] = PointerGetDatum(cstring_to_text(printed));
	values[3] = PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
	tuplestore_putvalues(store, desc, values, nulls);
}

/*
 * water_item_names([standard]): one row per item, in the order of the
 * standards' tables: its standard, table, printed name and the other names
 * the parsers accept (as the core writes them; compared folded).
 */
Datum
water_item_names(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			standard = PG_ARGISNULL(0) ? 0 : callsite_name(fcinfo, 0, &names_standards);
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	if (standard == 0 || standard == STANDARD_GB3838)
		for (i = 0; i < ECO_DW_N_ITEMS; i++)
			put_item(rsinfo->setResult, rsinfo->setDesc, "gb3838-2002", eco_dw_item_table(i),
					 eco_dw_item_printed(i), eco_dw_item_names(i));
	if (standard == 0 || standard == STANDARD_GBT14848)
		for (i = 0; i < ECO_GW_N_ITEMS; i++)
			put_item(rsinfo->setResult, rsinfo->setDesc, "gbt14848-2017", eco_gw_item_table(i),
					 eco_gw_item_name_zh(i), eco_gw_item_names(i));
	return (Datum) 0;
}
