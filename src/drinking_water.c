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

PG_FUNCTION_INFO_V1(drinking_water_compliant_final);
PG_FUNCTION_INFO_V1(drinking_water_failures_final);

/*
 * The count and sum of each item over the group's rows: each item's mean is
 * judged, as 《评价办法》 judges a section over a period (group by sample to
 * judge each sample).  Bounded: two numbers per item of Tables 1-3.
 */
WATER_MEANS_KIND(drinking_water, eco_state_drinking_water, dw_family, 5, "drinking_water",
				 eco_dw_items, ECO_DW_N_ITEMS, DW_STATE_FORMAT_VERSION, eco_dw_item_name_table)

/* 达标: every evaluated item within its limit; NULL when no row could be judged */
Datum
drinking_water_compliant_final(PG_FUNCTION_ARGS)
{
	EcoMeansVerdict verdict;

	if (!water_means_verdict(fcinfo, &dw_family, &verdict))
		PG_RETURN_NULL();
	PG_RETURN_BOOL(verdict.nexceeding == 0);
}

/* §5.1 超标的应说明超标项目和超标倍数: {'铁(0.50)', 'pH'}; '{}' when every item complies */
Datum
drinking_water_failures_final(PG_FUNCTION_ARGS)
{
	EcoMeansVerdict verdict;
	Datum		out[ECO_DW_N_ITEMS];
	int			i;

	if (!water_means_verdict(fcinfo, &dw_family, &verdict))
		PG_RETURN_NULL();
	for (i = 0; i < verdict.nexceeding; i++)
	{
		char		label[ECO_WATER_LABEL_MAX];

		eco_dw_failure_label(&verdict.exceeding[i], label);
		out[i] = CStringGetTextDatum(label);
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(out, verdict.nexceeding, TEXTOID, -1, false, TYPALIGN_INT));
}
