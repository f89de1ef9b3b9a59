/*
 * The aqi type and the AQI functions: glue between SQL and core/aqi.h.
 *
 * An aqi value is 8 bytes passed by value: the packed EcoAqi of
 * eco_aqi_pack(), whose integer order is the type's sort order (index value
 * first, then the remaining fields, so that "=" means identical values).
 */
#include "postgres.h"
#include "compat.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "core/air_aqi_forms.h"
#include "core/aqi.h"
#include "core/gbt8170.h"
#include "aqi_rounding.h"
#include "aqi_type.h"
#include "callsite.h"


/* The standard named by argument argno, parsed once per call site. */
static const EcoAqiStandard *
standard_arg(FunctionCallInfo fcinfo, int argno)
{
	return eco_aqi_standard_by_id((EcoAqiStandardId) callsite_name(fcinfo, argno,
																	&eco_aqi_standard_names));
}

/* A report's plan of columns, kept per call site for the standard it was made for. */
typedef struct ReportPlan
{
	const EcoAqiStandard *standard;
	EcoAqiPlan	plan;
} ReportPlan;

static void
report_bad_concentration(EcoAqiStatus status, const char *what, double value)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("argument %s = %g is %s", what, value,
					status == ECO_AQI_NEGATIVE ? "negative" : "not a finite number"),
			 errhint("A concentration is a finite value >= 0 in the standard's unit; pass NULL for a value not measured.")));
}

/*
 * A value above the pollutant's plausibility limit: a unit slip or a
 * sentinel, never an index beyond the scale.  The hint names the unit.
 */
static void
report_implausible(const EcoAqiStandard *standard, EcoPollutant pollutant,
				   const char *what, double value)
{
	const EcoPlausibleLimit *limit = eco_plausible_limit(standard->id, pollutant);

	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("argument %s = %g is above the plausibility limit of %s, %g %s",
					what, value, limit->name, limit->max, limit->unit),
			 errdetail("No ambient measurement of %s reaches %g %s; a value above the top breakpoint and below the limit gives the capped index, marked beyond the scale.",
					   limit->name, limit->max, limit->unit),
			 errhint("%s is in %s in %s: convert the value (from µg/m³, ppb, ...) or pass NULL for a value not measured.",
					 limit->name, limit->unit, standard->title)));
}

static void
report_status(EcoAqiStatus status, const EcoAqiPlan *plan, EcoAqiReport report,
			  int culprit, const double *conc, const bool *present)
{
	const EcoAqiStandard *standard = plan->standard;
	int			above;
	const char *const *names = report == ECO_REPORT_DAILY ? eco_aqi_daily_arg_names : eco_aqi_hourly_arg_names;
	const char *kind = report == ECO_REPORT_DAILY ? "daily" : "real-time";
	char		list[ECO_AQI_LIST_MAX];

	switch (status)
	{
		case ECO_AQI_OK:
		case ECO_AQI_NONE:
		case ECO_AQI_NOT_PUBLISHED:
			return;
		case ECO_AQI_NEGATIVE:
		case ECO_AQI_NOT_FINITE:
			report_bad_concentration(status, names[culprit], conc[culprit]);
			break;
		case ECO_AQI_IMPLAUSIBLE:
			report_implausible(standard, plan->column[culprit]->pollutant,
							   names[culprit], conc[culprit]);
			break;
		case ECO_AQI_NO_PERIOD:
			if (culprit < 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("%s defines no %s report in ecoinsp", standard->title, kind),
						 errhint(report == ECO_REPORT_DAILY ?
								 "The index is computed hourly (from running means where the standard says so): use aqi_hourly()." :
								 "Use aqi_daily().")));
			eco_aqi_accepted_inputs(standard, report, list);
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s is not an input of the %s %s report", names[culprit],
							standard->title, kind),
					 errhint("The %s %s report takes %s; pass NULL for the others.",
							 standard->title, kind, list)));
			break;
		case ECO_AQI_NEEDS_OTHER_PERIOD:
			/* the input whose column hands over to the missing one */
			for (above = 0; above < plan->nslots; above++)
				if (present[above] && plan->substitute[above] == culprit)
					break;
			Assert(above < plan->nslots && culprit >= 0);
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s = %g is above the top of its breakpoint column (%g) and %s then uses the %s sub-index, which was not given",
							names[above], conc[above],
							(double) plan->column[above]->rows[plan->column[above]->nrows - 1].c_hi / ECO_FIXED_SCALE,
							standard->title, names[culprit]),
					 errhint("Pass %s (HJ 633-2012 Table 1 notes 2 and 3; US EPA: O3 8-h above 0.200 ppm uses O3 1-h, 1-h SO2 above 304 ppb uses 24-h SO2).",
							 names[culprit])));
			break;
	}
}

/* iaqi(pollutant, concentration, period, standard) */
PG_FUNCTION_INFO_V1(aqi_iaqi);
Datum
aqi_iaqi(PG_FUNCTION_ARGS)
{
	const EcoAqiStandard *standard;
	int			name;
	EcoPollutant pollutant;
	EcoPeriod	explicit_period;
	EcoPeriod	period;
	const EcoAqiColumn *column;
	double		conc;
	int			index;
	bool		beyond;
	EcoAqiStatus status;

	standard = standard_arg(fcinfo, 3);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	name = callsite_name(fcinfo, 0, &eco_pollutant_names);
	explicit_period = PG_ARGISNULL(2) ? 0 : (EcoPeriod) callsite_name(fcinfo, 2, &eco_period_names);
	if (!eco_iaqi_column(standard, name, explicit_period, &pollutant, &period, &column))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("pollutant \"%s\" names period %s but period '%s' was passed",
						text_excerpt(PG_GETARG_TEXT_PP(0)), eco_period_label(ECO_NAMED_PERIOD(name)),
						eco_period_label(explicit_period)),
				 errhint("Drop the suffix from the pollutant name or pass period NULL.")));
	if (column == NULL)
	{
		char		columns[ECO_AQI_LIST_MAX];

		eco_aqi_standard_columns(standard, columns);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s has no %s breakpoints for %s", standard->title,
						eco_period_label(period), text_excerpt(PG_GETARG_TEXT_PP(0))),
				 errhint("%s has breakpoints for %s.", standard->title, columns)));
	}
	conc = PG_GETARG_FLOAT8(1);
	status = eco_iaqi(standard, column, conc, &index, &beyond);
	switch (status)
	{
		case ECO_AQI_OK:
			PG_RETURN_INT32(index);
		case ECO_AQI_NONE:
			PG_RETURN_NULL();
		case ECO_AQI_NEGATIVE:
		case ECO_AQI_NOT_FINITE:
			report_bad_concentration(status, "concentration", conc);
			break;
		case ECO_AQI_IMPLAUSIBLE:
			report_implausible(standard, column->pollutant, "concentration", conc);
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s %s = %g is above the top of its column: %s reports the %s %s sub-index instead",
							eco_pollutant_name(pollutant), eco_period_label(period), conc,
							standard->title,
							eco_pollutant_name(column->substitute),
							eco_period_label(column->substitute_period)),
					 errhint("Compute iaqi('%s', <%s value>, '%s', '%s'), or use aqi_daily()/aqi_hourly() with that value.",
							 eco_pollutant_name(column->substitute),
							 eco_period_label(column->substitute_period),
							 eco_period_label(column->substitute_period), standard->name)));
	}
	PG_RETURN_NULL();
}

/*
 * A report from the arguments before and after the standard's, the standard
 * read as the rounding option says (aqi_rounding.h).
 */
Datum
aqi_report_datum(FunctionCallInfo fcinfo, EcoAqiReport report, int standard_argno,
				 EcoAqiRounding rounding)
{
	const EcoAqiStandard *standard = eco_aqi_rounding_standard(standard_arg(fcinfo, standard_argno),
															   rounding);
	ReportPlan *cache = callsite_extra(fcinfo, sizeof(ReportPlan));
	int			nslots;
	double		conc[ECO_MAX_SLOTS];
	bool		present[ECO_MAX_SLOTS];
	EcoAqi		result;
	EcoAqiStatus status;
	int			culprit;
	int			i;

	if (standard == NULL)
		elog(ERROR, "no room for the AQI standard read at reporting precision");
	if (cache->standard != standard)
	{
		eco_aqi_plan(standard, report, &cache->plan);
		cache->standard = standard;
	}
	nslots = cache->plan.nslots;
	for (i = 0; i < nslots; i++)
	{
		/* the standard sits between the last indicator and so2_24h (daily) */
		int			argno = i < standard_argno ? i : i + 1;

		present[i] = !PG_ARGISNULL(argno);
		conc[i] = present[i] ? PG_GETARG_FLOAT8(argno) : 0;
	}
	status = eco_aqi_report_planned(&cache->plan, conc, present, &result, &culprit);
	if (status != ECO_AQI_OK)
	{
		report_status(status, &cache->plan, report, culprit, conc, present);
		PG_RETURN_NULL();
	}
	PG_RETURN_AQI(eco_aqi_pack(&result));
}

/* aqi_daily(so2, no2, pm10, co, o3_8h, pm25, o3_1h, standard, so2_24h) */
PG_FUNCTION_INFO_V1(aqi_daily);
Datum
aqi_daily(PG_FUNCTION_ARGS)
{
	return aqi_report_datum(fcinfo, ECO_REPORT_DAILY, 7, ECO_AQI_ROUNDING_REPORTING);
}

/* aqi_hourly(so2, no2, pm10, co, o3, pm25, o3_8h, pm10_24h, pm25_24h, so2_24h, standard) */
PG_FUNCTION_INFO_V1(aqi_hourly);
Datum
aqi_hourly(PG_FUNCTION_ARGS)
{
	return aqi_report_datum(fcinfo, ECO_REPORT_HOURLY, 10, ECO_AQI_ROUNDING_AS_GIVEN);
}

/* ---- text and binary I/O ---- */

PG_FUNCTION_INFO_V1(aqi_out);
Datum
aqi_out(PG_FUNCTION_ARGS)
{
	EcoAqi		aqi;
	char		text[ECO_AQI_TEXT_MAX];

	eco_aqi_unpack(PG_GETARG_AQI(0), &aqi);
	eco_aqi_format(&aqi, text);
	PG_RETURN_CSTRING(pstrdup(text));
}

#define AQI_TEXT_HINT "The format is \"<0..500, or a level> <standard> [primary=P,...] [exceeding=P,...] [beyond]\", e.g. \"156 hj633-2012 primary=PM2.5 exceeding=PM2.5\" or \"3 eea-2024 primary=NO2\"; pollutants: SO2, NO2, PM10, CO, O3_8h, PM2.5, O3_1h."

pg_noreturn static void
bad_aqi_text(const char *input, const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type aqi: \"%s\"", input_excerpt(input, -1)),
			 errdetail("%s", why),
			 errhint(AQI_TEXT_HINT)));
}

PG_FUNCTION_INFO_V1(aqi_in);
Datum
aqi_in(PG_FUNCTION_ARGS)
{
	const char *input = PG_GETARG_CSTRING(0);
	EcoAqi		aqi;
	EcoAqiTextError error;
	char		list[ECO_AQI_LIST_MAX];

	switch (eco_aqi_parse(input, &aqi, &error))
	{
		case ECO_AQI_TEXT_OK:
			break;
		case ECO_AQI_TEXT_BAD_VALUE:
			bad_aqi_text(input, "the index value must be an integer 0..500");
		case ECO_AQI_TEXT_UNKNOWN_STANDARD:
			eco_aqi_standard_list(list);
			bad_aqi_text(input, psprintf("unknown or missing standard (%s)", list));
		case ECO_AQI_TEXT_UNKNOWN_POLLUTANT:
			bad_aqi_text(input, psprintf("unknown pollutant \"%s\"", input_excerpt(error.token, error.token_len)));
		case ECO_AQI_TEXT_POLLUTANT_TWICE:
			bad_aqi_text(input, psprintf("pollutant %s listed twice", eco_pollutant_name(error.pollutant)));
		case ECO_AQI_TEXT_UNEXPECTED:
			bad_aqi_text(input, psprintf("unexpected \"%s\"", input_excerpt(error.token, error.token_len)));
		case ECO_AQI_TEXT_INVALID:
			bad_aqi_text(input, error.check);
	}
	PG_RETURN_AQI(eco_aqi_pack(&aqi));
}

/* the binary form: core/air_aqi_forms.h */
PG_FUNCTION_INFO_V1(aqi_send);
Datum
aqi_send(PG_FUNCTION_ARGS)
{
	EcoAqi		aqi;
	bytea	   *v = palloc(VARHDRSZ + ECO_AQI_BINARY_LENGTH);

	eco_aqi_unpack(PG_GETARG_AQI(0), &aqi);
	SET_VARSIZE(v, VARHDRSZ + ECO_AQI_BINARY_LENGTH);
	eco_aqi_to_binary(&aqi, (uint8 *) VARDATA(v));
	PG_RETURN_BYTEA_P(v);
}

PG_FUNCTION_INFO_V1(aqi_recv);
Datum
aqi_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	EcoAqi		aqi;
	char		problem[ECO_AQI_PROBLEM_MAX];

	if (!eco_aqi_from_binary((const uint8 *) buf->data + buf->cursor,
							 (size_t) (buf->len - buf->cursor), &aqi, problem))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary aqi: %s", problem)));
	buf->cursor = buf->len;
	PG_RETURN_AQI(eco_aqi_pack(&aqi));
}

/* ---- accessors ---- */

/* A bare index value ("200") has a value and nothing else. */
void
aqi_refuse_bare(uint64 packed, const char *what)
{
	if (eco_aqi_packed_is_bare(packed))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs an aqi with a standard, not the bare index value %d",
						what, (int) ((packed >> 40) & 0xFFFF)),
				 errdetail("A bare number (\"200\") read as an aqi is an index value without a standard: it only compares."),
				 errhint("Compute the aqi with aqi_daily() or aqi_hourly(), or write it as \"<value> <standard>\".")));
}

static const EcoAqiStandard *
unpack_arg(FunctionCallInfo fcinfo, EcoAqi *aqi)
{
	/* the name is looked up only for the error, not for every row */
	if (eco_aqi_packed_is_bare(PG_GETARG_AQI(0)))
		aqi_refuse_bare(PG_GETARG_AQI(0), fcinfo->flinfo != NULL ?
						get_func_name(fcinfo->flinfo->fn_oid) : "this function");
	eco_aqi_unpack(PG_GETARG_AQI(0), aqi);
	return eco_aqi_standard_by_id(aqi->standard);
}

PG_FUNCTION_INFO_V1(aqi_value);
Datum
aqi_value(PG_FUNCTION_ARGS)
{
	EcoAqi		aqi;

	eco_aqi_unpack(PG_GETARG_AQI(0), &aqi);
	PG_RETURN_INT32(aqi.value);
}

PG_FUNCTION_INFO_V1(aqi_level);
Datum
aqi_level(PG_FUNCTION_ARGS)
{
	EcoAqi		aqi;

	unpack_arg(fcinfo, &aqi);
	PG_RETURN_INT32(eco_aqi_level(aqi.standard, aqi.value));
}

PG_FUNCTION_INFO_V1(aqi_category);
Datum
aqi_category(PG_FUNCTION_ARGS)
{
	EcoAqi		aqi;
	const EcoAqiStandard *standard = unpack_arg(fcinfo, &aqi);
	bool		english = callsite_name(fcinfo, 1, &eco_lang_names) == ECO_LANG_EN;

	PG_RETURN_TEXT_P(cstring_to_text(eco_aqi_category(standard, aqi.value, english)));
}

PG_FUNCTION_INFO_V1(aqi_color);
Datum
aqi_color(PG_FUNCTION_ARGS)
{
	EcoAqi		aqi;
	const EcoAqiStandard *standard = unpack_arg(fcinfo, &aqi);

	PG_RETURN_TEXT_P(cstring_to_text(eco_aqi_color(standard, aqi.value)));
}

static Datum
pollutant_array(uint8 set)
{
	Datum		elems[ECO_N_POLLUTANTS];
	int			n = 0;
	int			p;

	for (p = 0; p < ECO_N_POLLUTANTS; p++)
		if (set & (1u << p))
			elems[n++] = CStringGetTextDatum(eco_pollutant_name(p));
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/* primary_pollutants(aqi), exceeding_pollutants(aqi): a set of the aqi as text[] */
#define AQI_POLLUTANT_SET(fn, set) \
PG_FUNCTION_INFO_V1(fn); \
Datum \
fn(PG_FUNCTION_ARGS) \
{ \
	EcoAqi		aqi; \
\
	unpack_arg(fcinfo, &aqi); \
	return pollutant_array(aqi.set); \
}

AQI_POLLUTANT_SET(aqi_primary_pollutants, primary)
AQI_POLLUTANT_SET(aqi_exceeding_pollutants, exceeding)

PG_FUNCTION_INFO_V1(aqi_standard);
Datum
aqi_standard(PG_FUNCTION_ARGS)
{
	EcoAqi		aqi;
	const EcoAqiStandard *standard = unpack_arg(fcinfo, &aqi);

	PG_RETURN_TEXT_P(cstring_to_text(standard->name));
}

PG_FUNCTION_INFO_V1(aqi_is_beyond_scale);
Datum
aqi_is_beyond_scale(PG_FUNCTION_ARGS)
{
	EcoAqi		aqi;

	unpack_arg(fcinfo, &aqi);
	PG_RETURN_BOOL(aqi.beyond);
}

/* ---- ordering, hashing, max/min ---- */

#define AQI_COMPARISON(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(eco_aqi_packed_compare(PG_GETARG_AQI(0), PG_GETARG_AQI(1)) op 0); \
}

AQI_COMPARISON(aqi_lt, <)
AQI_COMPARISON(aqi_le, <=)
AQI_COMPARISON(aqi_eq, ==)
AQI_COMPARISON(aqi_ne, !=)
AQI_COMPARISON(aqi_ge, >=)
AQI_COMPARISON(aqi_gt, >)

PG_FUNCTION_INFO_V1(aqi_cmp);
Datum
aqi_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(eco_aqi_packed_compare(PG_GETARG_AQI(0), PG_GETARG_AQI(1)));
}

/*
 * A bare index value equals every aqi of its value, which the hash of all
 * fields cannot follow: hashing one (a hashed IN list of bare numbers, GROUP
 * BY over stored bare values) is refused rather than answered wrongly.
 */
static void
refuse_bare_hash(uint64 packed)
{
	if (eco_aqi_packed_is_bare(packed))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("a bare index value read as an aqi cannot be hashed"),
				 errdetail("A bare number compares with an aqi by value alone; it is not a stored aqi."),
				 errhint("Compare the value instead: value(aqi) IN (...), or aqi = 150 with integers.")));
}

PG_FUNCTION_INFO_V1(aqi_hash);
Datum
aqi_hash(PG_FUNCTION_ARGS)
{
	uint64		key = PG_GETARG_AQI(0) >> 8;

	refuse_bare_hash(PG_GETARG_AQI(0));
	return hash_uint32((uint32) key ^ (uint32) (key >> 32));
}

PG_FUNCTION_INFO_V1(aqi_hash_extended);
Datum
aqi_hash_extended(PG_FUNCTION_ARGS)
{
	uint64		key = PG_GETARG_AQI(0) >> 8;

	refuse_bare_hash(PG_GETARG_AQI(0));
	return hash_uint32_extended((uint32) key ^ (uint32) (key >> 32), PG_GETARG_INT64(1));
}

/*
 * max(aqi)/min(aqi): an index value means different air under each
 * standard, so values of different standards have no larger one.  The
 * standard sits in bits 32..39 of the packed value (eco_aqi_pack).
 */
static void
check_same_standard(uint64 a, uint64 b, const char *aggregate)
{
	EcoAqi		x;
	EcoAqi		y;

	if (((a ^ b) & (UINT64CONST(0xFF) << 32)) == 0)
		return;
	eco_aqi_unpack(a, &x);
	eco_aqi_unpack(b, &y);
	aqi_mixed_standards_error(aggregate, x.standard, y.standard);
}

/* the standard's name, or "none" for a bare index value */
static const char *
standard_name_of(int id)
{
	const EcoAqiStandard *standard = eco_aqi_standard_by_id((EcoAqiStandardId) id);

	return standard != NULL ? standard->name : "none";
}

/*
 * The error of an aggregate (max, min, avg) that meets two standards.  The
 * names are sorted, so that the text is the same whichever row a plan reads
 * first.
 */
void
aqi_mixed_standards_error(const char *aggregate, int standard_a, int standard_b)
{
	const char *a = standard_name_of(standard_a);
	const char *b = standard_name_of(standard_b);

	if (strcmp(a, b) > 0)
	{
		const char *t = a;

		a = b;
		b = t;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s(aqi) cannot compare an index under \"%s\" with one under \"%s\"",
					aggregate, a, b),
			 errdetail("An index value means different air under each standard."),
			 errhint("Take %s per standard (GROUP BY standard(a)), or filter one standard (WHERE standard(a) = '...').",
					 aggregate)));
}

/* max(a, b) or min(a, b) of two values of one standard (ties: a) */
static Datum
aqi_pick(FunctionCallInfo fcinfo, bool larger)
{
	uint64		a = PG_GETARG_AQI(0);
	uint64		b = PG_GETARG_AQI(1);

	check_same_standard(a, b, larger ? "max" : "min");
	PG_RETURN_AQI((larger ? a >= b : a <= b) ? a : b);
}

PG_FUNCTION_INFO_V1(aqi_larger);
Datum
aqi_larger(PG_FUNCTION_ARGS)
{
	return aqi_pick(fcinfo, true);
}

PG_FUNCTION_INFO_V1(aqi_smaller);
Datum
aqi_smaller(PG_FUNCTION_ARGS)
{
	return aqi_pick(fcinfo, false);
}
