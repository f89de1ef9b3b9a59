/*
 * The item names of GB 3838-2002 Tables 1-3 and GB/T 14848-2017 Tables 1
 * and 2 as SQL sees them: the name an item is printed under
 * (water_item(); groundwater_item() is in groundwater.c), every accepted spelling
 * (water_item_names()) and the hints of the unknown-item errors, all read
 * from the core's tables, so that none of them can drift from what the
 * parsers accept.
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

/* "a, b, c" of the printed names of items [first, last) */
static void
append_printed(StringInfo out, int standard, int first, int last)
{
	int			i;

	for (i = first; i < last; i++)
	{
		if (i > first)
			appendStringInfoString(out, ", ");
		appendStringInfoString(out, standard == STANDARD_GB3838 ? eco_dw_item_printed(i)
							   : eco_gw_item_name_zh(i));
	}
}

#define HINT_TAIL "; each also without its bracket, or followed by its abbreviation, or by " \
	"the English names and abbreviations water_item_names() lists."

const char *
water_items_hint(int tables)
{
	StringInfoData out;
	int			first3 = ECO_DW_FIRST_EXTRA;

	initStringInfo(&out);
	if (tables == 1)
	{
		appendStringInfoString(&out, "Accepted items, as GB 3838-2002 Table 1 prints them: ");
		append_printed(&out, STANDARD_GB3838, 0, ECO_N_WATER_ITEMS);
	}
	else
	{
		while (first3 < ECO_DW_N_ITEMS && eco_dw_item_table(first3) == 2)
			first3++;
		appendStringInfoString(&out, "Accepted items, as GB 3838-2002 prints them: Table 1 ");
		append_printed(&out, STANDARD_GB3838, 0, ECO_N_WATER_ITEMS);
		appendStringInfoString(&out, "; Table 2 ");
		append_printed(&out, STANDARD_GB3838, ECO_DW_FIRST_EXTRA, first3);
		appendStringInfoString(&out, "; Table 3 ");
		append_printed(&out, STANDARD_GB3838, first3, ECO_DW_N_ITEMS);
	}
	appendStringInfoString(&out, HINT_TAIL);
	return out.data;
}

const char *
groundwater_items_hint(void)
{
	StringInfoData out;
	int			first2 = 0;

	while (first2 < ECO_GW_N_ITEMS && eco_gw_item_table(first2) == 1)
		first2++;
	initStringInfo(&out);
	appendStringInfoString(&out, "Accepted items, as GB/T 14848-2017 prints them: Table 1 ");
	append_printed(&out, STANDARD_GBT14848, 0, first2);
	appendStringInfoString(&out, "; Table 2 ");
	append_printed(&out, STANDARD_GBT14848, first2, ECO_GW_N_ITEMS);
	appendStringInfoString(&out, HINT_TAIL);
	return out.data;
}

static int
parse_any_water_item(const char *name, int len)
{
	int			item = eco_dw_item_from_name(name, len);

	if (item < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown surface-water item \"%s\"", input_excerpt(name, len)),
				 errhint("%s", water_items_hint(3))));
	return item;
}

/* water_item(name): the item as GB 3838-2002 Tables 1-3 print it */
Datum
water_item_printed(PG_FUNCTION_ARGS)
{
	int			item = callsite_arg_varying(fcinfo, 0, parse_any_water_item);

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
