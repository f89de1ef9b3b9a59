/*
 * Comparison, hashing and integer casts shared by the small ordinal types
 * of the extension whose Datum is a by-value int64 rank (noise_grade 1..5,
 * water_class 1..6): each type's operators are SQL functions bound to these
 * C functions, so the ordering is written once.
 */
#include "postgres.h"
#include "compat.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "utils/fmgrprotos.h"

#define RANK_ARG(n) DatumGetInt64(PG_GETARG_DATUM(n))

PG_FUNCTION_INFO_V1(eco_ordinal_cmp);
PG_FUNCTION_INFO_V1(eco_ordinal_eq);
PG_FUNCTION_INFO_V1(eco_ordinal_ne);
PG_FUNCTION_INFO_V1(eco_ordinal_lt);
PG_FUNCTION_INFO_V1(eco_ordinal_le);
PG_FUNCTION_INFO_V1(eco_ordinal_gt);
PG_FUNCTION_INFO_V1(eco_ordinal_ge);
PG_FUNCTION_INFO_V1(eco_ordinal_hash);
PG_FUNCTION_INFO_V1(eco_ordinal_hash_extended);
PG_FUNCTION_INFO_V1(eco_ordinal_to_int4);
PG_FUNCTION_INFO_V1(eco_ordinal_larger);
PG_FUNCTION_INFO_V1(eco_ordinal_smaller);

Datum
eco_ordinal_cmp(PG_FUNCTION_ARGS)
{
	int64		a = RANK_ARG(0);
	int64		b = RANK_ARG(1);

	PG_RETURN_INT32(a < b ? -1 : (a > b ? 1 : 0));
}

Datum
eco_ordinal_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) == RANK_ARG(1));
}

Datum
eco_ordinal_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) != RANK_ARG(1));
}

Datum
eco_ordinal_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) < RANK_ARG(1));
}

Datum
eco_ordinal_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) <= RANK_ARG(1));
}

Datum
eco_ordinal_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) > RANK_ARG(1));
}

Datum
eco_ordinal_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(RANK_ARG(0) >= RANK_ARG(1));
}

Datum
eco_ordinal_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) RANK_ARG(0));
}

Datum
eco_ordinal_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) RANK_ARG(0), DatumGetInt64(PG_GETARG_DATUM(1)));
}

/* the rank itself: 1..5 for a noise grade, 1..6 for a water class */
Datum
eco_ordinal_to_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) RANK_ARG(0));
}

/* min() and max(): the better and the worse of two */
Datum
eco_ordinal_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(Int64GetDatum(Max(RANK_ARG(0), RANK_ARG(1))));
}

Datum
eco_ordinal_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(Int64GetDatum(Min(RANK_ARG(0), RANK_ARG(1))));
}
