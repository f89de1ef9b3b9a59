/*
 * Surface water: the water_class type (GB 3838-2002 I..V, 劣V), the class of
 * one measured item, the section aggregates of 《地表水环境质量评价办法（试行）》
 * (环办〔2011〕22号: section class, exceeding items, river/basin status) and
 * the lake trophic state index TLI(Σ).
 */
#include "postgres.h"
#include "compat.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"

#include "core/gbt8170.h"
#include "core/water.h"
#include "callsite.h"
#include "exact_sum.h"
#include "water.h"

#define SECTION_STATE_FORMAT_VERSION 2

PG_FUNCTION_INFO_V1(water_class_status);
PG_FUNCTION_INFO_V1(water_class_is_good);
PG_FUNCTION_INFO_V1(water_class_of_item);
PG_FUNCTION_INFO_V1(water_exceedance);
PG_FUNCTION_INFO_V1(water_section_class_final);
PG_FUNCTION_INFO_V1(water_exceeding_items_final);
PG_FUNCTION_INFO_V1(water_status_transfn);
PG_FUNCTION_INFO_V1(water_status_combine);
PG_FUNCTION_INFO_V1(water_status_final);
PG_FUNCTION_INFO_V1(water_tli);
PG_FUNCTION_INFO_V1(water_trophic_state);

/* ---- names and values ---- */

/* the errors of the statuses of core/water.h */
void
water_check_value(const EcoItemTable *items, int item, double value)
{
	EcoWaterStatus status = items->check(item, value);

	if (status == ECO_WATER_OK)
		return;
	if (status == ECO_WATER_NEGATIVE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value %s of %s is negative", float8out_internal(value), items->name_zh(item)),
				 errhint("A concentration is zero or more.")));
	if (status == ECO_WATER_PH_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("pH value %s is outside 0..14", float8out_internal(value)),
				 errhint("A pH value lies between 0 and 14.")));
	if (status == ECO_WATER_BELOW_ABSOLUTE_ZERO)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("water temperature %s ℃ is below absolute zero", float8out_internal(value)),
				 errhint("A water temperature is in ℃, from -273.15.")));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("value %s of %s is not a measurement", float8out_internal(value), items->name_zh(item)),
			 errhint("%s", items->range_hint(item))));
}

int
water_waterbody_arg(FunctionCallInfo fcinfo, int argno)
{
	if (PG_NARGS() <= argno)
		return ECO_RIVER;
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("waterbody must not be NULL"),
				 errhint("%s", name_hint(&eco_waterbody_names))));
	return callsite_name(fcinfo, argno, &eco_waterbody_names);
}

/* ---- accessors ---- */

Datum
water_class_status(PG_FUNCTION_ARGS)
{
	int			water_class = (int) DatumGetInt64(PG_GETARG_DATUM(0));
	int			lang = callsite_name(fcinfo, 1, &eco_lang_names);

	PG_RETURN_TEXT_P(cstring_to_text(lang == 0 ? eco_water_class_status_zh(water_class)
									 : eco_water_class_status_en(water_class)));
}

/* 《评价办法》: I~III 类 is 优良 (水质优良断面) */
Datum
water_class_is_good(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(DatumGetInt64(PG_GETARG_DATUM(0)) <= ECO_WATER_CLASS_III);
}

/* The arguments (item, value, waterbody) of one measurement: the value, checked */
static double
measurement_args(FunctionCallInfo fcinfo, EcoWaterItem *item, EcoWaterbody *waterbody)
{
	double		value = PG_GETARG_FLOAT8(1);

	*item = (EcoWaterItem) callsite_name(fcinfo, 0, eco_water_item_name_table());
	*waterbody = (EcoWaterbody) callsite_name(fcinfo, 2, &eco_waterbody_names);
	water_check_value(&eco_section_items, *item, value);
	return value;
}

Datum
water_class_of_item(PG_FUNCTION_ARGS)
{
	EcoWaterItem item;
	EcoWaterbody waterbody;
	double		value = measurement_args(fcinfo, &item, &waterbody);
	int			water_class;

	if (eco_water_item_class(item, waterbody, value, &water_class) != ECO_WATER_OK)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(Int64GetDatum(water_class));
}

Datum
water_exceedance(PG_FUNCTION_ARGS)
{
	EcoWaterItem item;
	EcoWaterbody waterbody;
	double		value = measurement_args(fcinfo, &item, &waterbody);
	double		multiple;

	if (!eco_water_exceedance(item, waterbody, value, &multiple))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(multiple);
}

/* ---- the per-item means of a group (section_class, drinking_water_*) ---- */

void
water_means_init(void *p, int n)
{
	WaterMeans *state = p;

	state->count = (int64 *) ((char *) state + MAXALIGN(sizeof(WaterMeans)));
	state->sum = (EcoXsum *) (state->count + n);
	eco_item_means_init(&state->waterbody, state->count, state->sum, n);
}

/* the stored form of eco_item_means_write (exact_sum.h) */
void
water_means_write(StringInfo buf, const void *p, const WaterMeansFamily *family)
{
	const WaterMeans *state = p;

	eco_item_means_write(buf, family->version, state->waterbody, state->count, state->sum,
						 family->items->n_items);
}

void
water_means_read(StringInfo buf, void *p, const WaterMeansFamily *family)
{
	WaterMeans *state = p;

	eco_item_means_read(buf, family->version, &state->waterbody, state->count, state->sum,
						family->items->n_items, family->kind);
}

static void
merge_waterbody(WaterMeans *state, int waterbody, const WaterMeansFamily *family)
{
	if (!eco_waterbody_merge(&state->waterbody, waterbody))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s is either a river or a lake/reservoir, not both", family->items->group),
				 errhint("Give one waterbody for all the rows of a group.")));
}

/* state += other */
void
water_means_merge(void *p, const void *o, MemoryContext cxt, const WaterMeansFamily *family)
{
	WaterMeans *state = p;
	const WaterMeans *other = o;

	merge_waterbody(state, other->waterbody, family);
	eco_item_means_merge(state->count, state->sum, other->count, other->sum,
						 family->items->n_items, cxt);
}

Datum
water_means_transfn(FunctionCallInfo fcinfo, const WaterMeansFamily *family)
{
	MemoryContext cxt;
	Datum		result;
	WaterMeans *state;
	int			item;
	double		value;
	int			waterbody;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	waterbody = water_waterbody_arg(fcinfo, 3);
	/* item names vary from row to row: a few dozen items in a few spellings */
	item = callsite_name_varying(fcinfo, 1, family->item_names());
	value = PG_GETARG_FLOAT8(2);
	water_check_value(family->items, item, value);

	state = eco_state_rw(fcinfo, 0, family->kind, &cxt, &result);
	merge_waterbody(state, waterbody, family);
	state->count[item]++;
	eco_xs_add_in(&state->sum[item], value, cxt);
	return result;
}

bool
water_means_verdict(FunctionCallInfo fcinfo, const WaterMeansFamily *family, EcoMeansVerdict *verdict)
{
	const WaterMeans *state;

	if (PG_ARGISNULL(0))
		return false;
	state = eco_state_ro(fcinfo, 0, family->kind);
	eco_means_judge(family->items, state->waterbody, state->count, state->sum, verdict);
	return verdict->judged > 0;
}

/* ---- sections: 《评价办法》 over each item's mean ---- */

WATER_MEANS_KIND(water_section, eco_state_water_section, section_family, 4, "water_section",
				 eco_section_items, ECO_N_WATER_ITEMS, SECTION_STATE_FORMAT_VERSION,
				 eco_water_item_name_table)

/* 单因子评价法: the section class is the worst class of its evaluated items */
Datum
water_section_class_final(PG_FUNCTION_ARGS)
{
	EcoMeansVerdict verdict;

	if (!water_means_verdict(fcinfo, &section_family, &verdict))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(Int64GetDatum(verdict.worst));
}

/* "总磷(0.3)、氨氮(1.2)": the evaluated items whose mean exceeds class III; '' when none */
Datum
water_exceeding_items_final(PG_FUNCTION_ARGS)
{
	EcoMeansVerdict verdict;
	char		text[ECO_WATER_TEXT_MAX];

	if (!water_means_verdict(fcinfo, &section_family, &verdict))
		PG_RETURN_NULL();
	eco_section_exceeding_text(&verdict, text);
	PG_RETURN_TEXT_P(cstring_to_text(text));
}

/*
 * section_report(item, value [, waterbody]): the section's class with what
 * was judged (new in 1.2).  The 2011 method (环办〔2011〕22号) evaluates the
 * 21 items of GB 3838-2002 Table 1 other than 水温, 总氮 and 粪大肠菌群; a
 * class judged on fewer of them is still the worst class of the items
 * measured, and the row says how many those were.  Columns: class (1..6),
 * class_name, judged_items, required_items, all_items_judged,
 * exceeding_items.  NULL when no evaluated item has a value, as
 * section_class().
 */
PG_FUNCTION_INFO_V1(water_section_report_final);
Datum
water_section_report_final(PG_FUNCTION_ARGS)
{
	EcoMeansVerdict verdict;
	char		text[ECO_WATER_TEXT_MAX];
	TupleDesc	tupdesc;
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};

	if (!water_means_verdict(fcinfo, &section_family, &verdict))
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE || tupdesc->natts != 6)
		elog(ERROR, "section_report: the result type is not the water_section_report composite");
	tupdesc = BlessTupleDesc(tupdesc);
	eco_section_exceeding_text(&verdict, text);
	values[0] = Int32GetDatum(verdict.worst);
	values[1] = CStringGetTextDatum(eco_water_class_name(verdict.worst));
	values[2] = Int32GetDatum(verdict.judged);
	values[3] = Int32GetDatum(verdict.required);
	values[4] = BoolGetDatum(verdict.judged >= verdict.required);
	values[5] = CStringGetTextDatum(text);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ---- river, basin or region status from its sections' classes ---- */

/* the counts of a bigint[] state of n elements, checked */
int64 *
water_counts(ArrayType *state, int n, const char *what)
{
	if (ARR_NDIM(state) != 1 || ARR_DIMS(state)[0] != n || ARR_HASNULL(state) ||
		ARR_ELEMTYPE(state) != INT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s state: expected a bigint array of %d elements", what, n)));
	return (int64 *) ARR_DATA_PTR(state);
}

/* bigint[3] {sections, sections in I~III, sections in 劣V} */
static int64 *
status_counts(ArrayType *state)
{
	int64	   *v = water_counts(state, 3, "water_status");

	if (!eco_water_status_valid(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid water_status state {" INT64_FORMAT "," INT64_FORMAT "," INT64_FORMAT "}",
						v[0], v[1], v[2])));
	return v;
}

ArrayType *
water_writable_array(FunctionCallInfo fcinfo)
{
	if (AggCheckCallContext(fcinfo, NULL))
		return PG_GETARG_ARRAYTYPE_P(0);
	return PG_GETARG_ARRAYTYPE_P_COPY(0);
}

Datum
water_counts_combine(FunctionCallInfo fcinfo, int64 *(*counts) (ArrayType *state),
					 void (*merge) (int64_t *counts, const int64_t *other))
{
	ArrayType  *array = water_writable_array(fcinfo);

	merge(counts(array), counts(PG_GETARG_ARRAYTYPE_P(1)));
	PG_RETURN_ARRAYTYPE_P(array);
}

Datum
water_status_transfn(PG_FUNCTION_ARGS)
{
	ArrayType  *array = water_writable_array(fcinfo);

	eco_water_status_add(status_counts(array), (int) DatumGetInt64(PG_GETARG_DATUM(1)));
	PG_RETURN_ARRAYTYPE_P(array);
}

Datum
water_status_combine(PG_FUNCTION_ARGS)
{
	return water_counts_combine(fcinfo, status_counts, eco_water_status_merge);
}

/*
 * 《评价办法》 断面水质类别比例法 with 5 or more sections; NULL with fewer,
 * where the method averages the concentrations of all sections instead
 * (section_class over all their item rows does that).
 */
Datum
water_status_final(PG_FUNCTION_ARGS)
{
	int64	   *v = status_counts(PG_GETARG_ARRAYTYPE_P(0));
	int			level = eco_water_basin_level(v[0], v[1], v[2]);

	if (level == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(eco_water_class_status_zh(level)));
}

/* ---- lakes: TLI(Σ) ---- */

static void
check_tli_input(int j, double x)
{
	const EcoTliBound *b = &eco_tli_bounds[j];

	if (!isfinite(x) || x <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s %s is not a positive measurement", b->name, float8out_internal(x)),
				 errhint("TLI takes the logarithm of each parameter: give finite values above zero "
						 "(chla in mg/m³, tp, tn, codmn in mg/L, sd in m).")));
	if (x < b->min || x > b->max)
	{
		StringInfoData hint;
		int			i;

		/* the hint from the table, so that the bounds are written once */
		initStringInfo(&hint);
		appendStringInfoString(&hint, "tli() accepts");
		for (i = 0; i < ECO_TLI_PARAMETERS; i++)
			appendStringInfo(&hint, "%s %s %s..%s %s", i == 0 ? "" : (i == ECO_TLI_PARAMETERS - 1 ? " and" : ","),
							 eco_tli_bounds[i].name, float8out_internal(eco_tli_bounds[i].min),
							 float8out_internal(eco_tli_bounds[i].max), eco_tli_bounds[i].unit);
		appendStringInfoString(&hint, " (docs/water.md).");
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s %s %s is outside the range of a lake measurement",
						b->name, float8out_internal(x), b->unit),
				 errhint("%s", hint.data)));
	}
}

Datum
water_tli(PG_FUNCTION_ARGS)
{
	double		x[ECO_TLI_PARAMETERS];
	int			j;

	for (j = 0; j < ECO_TLI_PARAMETERS; j++)
	{
		x[j] = PG_GETARG_FLOAT8(j);
		check_tli_input(j, x[j]);
	}
	PG_RETURN_FLOAT8(eco_tli(x[0], x[1], x[2], x[3], x[4]));
}

Datum
water_trophic_state(PG_FUNCTION_ARGS)
{
	double		tli = PG_GETARG_FLOAT8(0);
	int			lang = callsite_name(fcinfo, 1, &eco_lang_names);
	int			state;

	if (!isfinite(tli) || fabs(tli) > ECO_FIXED_MAX_INPUT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("tli %s is not a trophic level index", float8out_internal(tli)),
				 errhint("Give the finite value tli() computes.")));
	state = eco_trophic_state(tli);
	PG_RETURN_TEXT_P(cstring_to_text(lang == 0 ? eco_trophic_state_zh(state)
									 : eco_trophic_state_en(state)));
}
