/*
 * What BI drivers send next to an aqi: comparisons of an aqi with
 * the parameter types drivers bind (int8 from JDBC setLong and Python ints,
 * numeric from setBigDecimal and Decimal, float8 from Python floats), and
 * avg(aqi).  int4 uses the int4 operators of src/bi.c; int2 resolves to the
 * float8 ones here (float8 is PostgreSQL's preferred numeric type among
 * int2's implicit casts), exact for every int2; an untyped parameter uses
 * the aqi operators with a bare index value (src/aqi.c).  The SQL
 * side is src/sql/160_driver_parameters.sql.
 */
#include "postgres.h"
#include "compat.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/numeric.h"

#include "aqi_type.h"
#include "core/aqi.h"

static inline int32
value_of(Datum d)
{
	EcoAqi		aqi;

	eco_aqi_unpack((uint64) DatumGetInt64(d), &aqi);
	return aqi.value;
}

/*
 * The index value (an integer, HJ 633-2012 §6.2) against the number: -1, 0
 * or 1.  Exact for every type: an int32 converts to float8 and numeric
 * without loss; NaN sorts above every number, as PostgreSQL's own float8
 * and numeric comparisons put it.
 */
static inline int
cmp_int8(int32 v, Datum x)
{
	int64		n = DatumGetInt64(x);

	return v < n ? -1 : (v > n ? 1 : 0);
}

static inline int
cmp_float8(int32 v, Datum x)
{
	return float8_cmp_internal((float8) v, DatumGetFloat8(x));
}

static inline int
cmp_numeric(int32 v, Datum x)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp,
											 DirectFunctionCall1(int4_numeric, Int32GetDatum(v)),
											 x));
}

/* aqi_<T>_<op>(aqi, T) and <T>_aqi_<op>(T, aqi) */
#define AQI_CROSS_ONE(T, name, op) \
PG_FUNCTION_INFO_V1(aqi_##T##_##name); \
Datum \
aqi_##T##_##name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(cmp_##T(value_of(PG_GETARG_DATUM(0)), PG_GETARG_DATUM(1)) op 0); \
} \
PG_FUNCTION_INFO_V1(T##_aqi_##name); \
Datum \
T##_aqi_##name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(0 op cmp_##T(value_of(PG_GETARG_DATUM(1)), PG_GETARG_DATUM(0))); \
}

#define AQI_CROSS(T) \
AQI_CROSS_ONE(T, eq, ==) \
AQI_CROSS_ONE(T, ne, !=) \
AQI_CROSS_ONE(T, lt, <) \
AQI_CROSS_ONE(T, le, <=) \
AQI_CROSS_ONE(T, gt, >) \
AQI_CROSS_ONE(T, ge, >=)

AQI_CROSS(int8)
AQI_CROSS(numeric)
AQI_CROSS(float8)

/*
 * avg(aqi): the mean index value, as avg(integer) computes it (numeric), of
 * values under one standard; like max and min it refuses to mix standards,
 * whose index values mean different air.  State: int8[3] {count, sum,
 * standard} (standard -1 before the first value), a real array type, so the
 * aggregate runs in parallel and its partial states are exact.
 */
#define AVG_STATE_LEN 3
#define AVG_NO_STANDARD_YET (-1)

static int64 *
avg_state(FunctionCallInfo fcinfo, int argno, bool copy)
{
	ArrayType  *a = copy ? PG_GETARG_ARRAYTYPE_P_COPY(argno) : PG_GETARG_ARRAYTYPE_P(argno);

	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != AVG_STATE_LEN || ARR_HASNULL(a) ||
		ARR_ELEMTYPE(a) != INT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid avg(aqi) state: expected a %d-element int8 array without NULLs",
						AVG_STATE_LEN)));
	fcinfo->args[argno].value = PointerGetDatum(a);
	return (int64 *) ARR_DATA_PTR(a);
}

/* the state's standard, after checking that standard can join it */
static void
avg_join(int64 *state, int64 standard)
{
	if (state[2] == AVG_NO_STANDARD_YET)
		state[2] = standard;
	else if (standard != AVG_NO_STANDARD_YET && state[2] != standard)
		aqi_mixed_standards_error("avg", (int) state[2], (int) standard);
}

PG_FUNCTION_INFO_V1(aqi_avg_trans);
Datum
aqi_avg_trans(PG_FUNCTION_ARGS)
{
	/* in place inside the aggregate, as int4_avg_accum does */
	bool		in_aggregate = AggCheckCallContext(fcinfo, NULL) != 0;
	int64	   *state = avg_state(fcinfo, 0, !in_aggregate);
	EcoAqi		aqi;

	eco_aqi_unpack(PG_GETARG_AQI(1), &aqi);
	avg_join(state, (int64) aqi.standard);
	state[0]++;
	state[1] += aqi.value;		/* at most 500 per row: no overflow below 2^54 rows */
	PG_RETURN_DATUM(fcinfo->args[0].value);
}

PG_FUNCTION_INFO_V1(aqi_avg_combine);
Datum
aqi_avg_combine(PG_FUNCTION_ARGS)
{
	bool		in_aggregate = AggCheckCallContext(fcinfo, NULL) != 0;
	int64	   *state = avg_state(fcinfo, 0, !in_aggregate);
	int64	   *other = avg_state(fcinfo, 1, false);

	if (other[0] > 0)
	{
		avg_join(state, other[2]);
		state[0] += other[0];
		state[1] += other[1];
	}
	PG_RETURN_DATUM(fcinfo->args[0].value);
}

PG_FUNCTION_INFO_V1(aqi_avg_final);
Datum
aqi_avg_final(PG_FUNCTION_ARGS)
{
	int64	   *state = avg_state(fcinfo, 0, false);

	if (state[0] == 0)
		PG_RETURN_NULL();		/* no rows: NULL, as avg() of no rows */
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_div,
										NumericGetDatum(int64_to_numeric(state[1])),
										NumericGetDatum(int64_to_numeric(state[0]))));
}
