/*
 * Surface drinking-water sources: the compliance of a sample or a source
 * with GB 3838-2002 (Table 1 class III or better without 水温, 总氮 and 粪大肠
 * 菌群, as 环办〔2011〕22号 evaluates; every Table 2 item and every Table 3
 * item given within its limit; §5.1 单因子评价) and its failing items with
 * their 超标倍数.
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

#include "core/drinking_water.h"
#include "core/gbt8170.h"
#include "callsite.h"
#include "exact_sum.h"
#include "water.h"

#define DW_STATE_FORMAT_VERSION 2

PG_FUNCTION_INFO_V1(drinking_water_transfn);
PG_FUNCTION_INFO_V1(drinking_water_combine);
PG_FUNCTION_INFO_V1(drinking_water_serialize);
PG_FUNCTION_INFO_V1(drinking_water_deserialize);
PG_FUNCTION_INFO_V1(drinking_water_compliant_final);
PG_FUNCTION_INFO_V1(drinking_water_failures_final);

static int
parse_dw_item(const char *name, int len)
{
	int			item = eco_dw_item_from_name(name, len);

	if (item < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown drinking-water source item \"%s\"", input_excerpt(name, len)),
				 errhint("%s", water_items_hint(3))));
	return item;
}

static void
check_dw_value(int item, double value)
{
	EcoWaterStatus status = eco_dw_value_check(item, value);

	if (status != ECO_WATER_OK)
		report_bad_water_value(status, value, eco_dw_item_name_zh(item),
							   item < ECO_DW_FIRST_EXTRA ? "A measured value is a finite number from 0 to 1e12."
							   : "A measured value of a Table 2 or 3 item is a finite number from 0 to 1e9 mg/L.");
}

/*
 * The count and sum of each item over the group's rows: each item's mean is
 * judged, as 《评价办法》 judges a section over a period (group by sample to
 * judge each sample).  Bounded: two numbers per item of Tables 1-3.
 */
typedef struct DwState
{
	int			waterbody;		/* EcoWaterbody, 0 while no row was seen */
	int64		count[ECO_DW_N_ITEMS];
	/* the exact sum of each item's values: its mean the same in any row order */
	EcoXsum		sum[ECO_DW_N_ITEMS];
} DwState;

static void
merge_waterbody(DwState *state, int waterbody)
{
	if (state->waterbody == 0)
		state->waterbody = waterbody;
	else if (waterbody != 0 && state->waterbody != waterbody)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a drinking-water source is either a river or a lake/reservoir, not both"),
				 errhint("Give one waterbody for all the rows of a group.")));
}

static void
dw_init(void *p)
{
	DwState    *state = p;

	eco_item_means_init(&state->waterbody, state->count, state->sum, ECO_DW_N_ITEMS);
}

/* the stored form of eco_item_means_write (exact_sum.h) */
static void
dw_write(StringInfo buf, const void *p)
{
	const DwState *state = p;

	eco_item_means_write(buf, DW_STATE_FORMAT_VERSION, state->waterbody, state->count, state->sum, ECO_DW_N_ITEMS);
}

static void
dw_read(StringInfo buf, void *p)
{
	DwState    *state = p;

	eco_item_means_read(buf, DW_STATE_FORMAT_VERSION, &state->waterbody, state->count, state->sum, ECO_DW_N_ITEMS, &eco_state_drinking_water);
}

/* state += other */
static void
dw_merge(void *p, const void *o, MemoryContext cxt)
{
	DwState    *state = p;
	const DwState *other = o;

	merge_waterbody(state, other->waterbody);
	eco_item_means_merge(state->count, state->sum, other->count, other->sum, ECO_DW_N_ITEMS, cxt);
}

const EcoStateKind eco_state_drinking_water = {
	5, "drinking_water", sizeof(DwState), dw_init, dw_write, dw_read, dw_merge
};

/* (state, item text, value float8 [, waterbody text]); rows with a NULL item or value are skipped */
Datum
drinking_water_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	Datum		result;
	DwState    *state;
	int			item;
	double		value;
	int			waterbody = ECO_RIVER;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("waterbody must not be NULL"),
					 errhint(WATERBODY_HINT)));
		waterbody = callsite_arg(fcinfo, 3, parse_waterbody);
	}
	item = callsite_arg_varying(fcinfo, 1, parse_dw_item);
	value = PG_GETARG_FLOAT8(2);
	check_dw_value(item, value);

	state = eco_state_rw(fcinfo, 0, &eco_state_drinking_water, &cxt, &result);
	merge_waterbody(state, waterbody);
	state->count[item]++;
	eco_xs_add_in(&state->sum[item], value, cxt);
	return result;
}

Datum
drinking_water_combine(PG_FUNCTION_ARGS)
{
	return eco_state_combine(fcinfo, &eco_state_drinking_water);
}

/* the 1.1 script's serialize and deserialize functions */
Datum
drinking_water_serialize(PG_FUNCTION_ARGS)
{
	return eco_state_serialize(fcinfo, &eco_state_drinking_water);
}

Datum
drinking_water_deserialize(PG_FUNCTION_ARGS)
{
	return eco_state_deserialize(fcinfo, &eco_state_drinking_water);
}

typedef struct DwFailure
{
	int			item;
	double		multiple;		/* -1: no multiple (pH, 溶解氧) */
} DwFailure;

/*
 * The evaluated items of the state and those failing.  Returns the number of
 * evaluated items (0: nothing to judge).
 */
static int
dw_evaluate(const DwState *state, DwFailure *failures, int *nfailures)
{
	int			evaluated = 0;
	int			i;

	*nfailures = 0;
	for (i = 0; i < ECO_DW_N_ITEMS; i++)
	{
		double		mean;
		double		multiple;

		if (state->count[i] == 0)
			continue;
		/* the exact sum rounded once: the same mean in every row order and plan */
		eco_xs_to_double(&state->sum[i], &mean);
		mean /= (double) state->count[i];
		if (i < ECO_DW_FIRST_EXTRA)
		{
			int			water_class;

			if (!eco_water_item_evaluated((EcoWaterItem) i) ||
				eco_water_item_class((EcoWaterItem) i, (EcoWaterbody) state->waterbody, mean,
									 &water_class) != ECO_WATER_OK)
				continue;
			evaluated++;
			if (water_class <= ECO_WATER_CLASS_III)
				continue;
			if (!eco_water_exceedance((EcoWaterItem) i, (EcoWaterbody) state->waterbody, mean, &multiple))
				multiple = -1;
		}
		else
		{
			evaluated++;
			if (eco_dw_extra_within(i, mean, &multiple))
				continue;
		}
		failures[*nfailures].item = i;
		failures[*nfailures].multiple = multiple;
		(*nfailures)++;
	}
	return evaluated;
}

/* 达标: every evaluated item within its limit; NULL when no row could be judged */
Datum
drinking_water_compliant_final(PG_FUNCTION_ARGS)
{
	DwFailure	failures[ECO_DW_N_ITEMS];
	int			nfailures;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (dw_evaluate(eco_state_ro(fcinfo, 0, &eco_state_drinking_water), failures, &nfailures) == 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(nfailures == 0);
}

/* items without a multiple (pH, 溶解氧) first, then the largest multiple, then the tables' order */
static int
failure_cmp(const void *a, const void *b)
{
	const DwFailure *x = a;
	const DwFailure *y = b;

	if (x->multiple != y->multiple)
		return (x->multiple < 0) ? -1 : (y->multiple < 0) ? 1 : (y->multiple > x->multiple ? 1 : -1);
	return x->item - y->item;
}

/*
 * §5.1 超标的应说明超标项目和超标倍数: '铁(0.50)' with the multiple rounded to
 * two decimals by GB/T 8170, 'pH' and '溶解氧' without one; '{}' when every
 * item complies.
 */
Datum
drinking_water_failures_final(PG_FUNCTION_ARGS)
{
	DwFailure	failures[ECO_DW_N_ITEMS];
	Datum		out[ECO_DW_N_ITEMS];
	int			nfailures;
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (dw_evaluate(eco_state_ro(fcinfo, 0, &eco_state_drinking_water), failures, &nfailures) == 0)
		PG_RETURN_NULL();
	qsort(failures, nfailures, sizeof(DwFailure), failure_cmp);
	for (i = 0; i < nfailures; i++)
	{
		const char *name = eco_dw_item_name_zh(failures[i].item);

		out[i] = PointerGetDatum(cstring_to_text(failures[i].multiple < 0 ? pstrdup(name)
												 : psprintf("%s(%.2f)", name,
															eco_round_gb8170(failures[i].multiple, 2))));
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(out, nfailures, TEXTOID, -1, false, TYPALIGN_INT));
}
