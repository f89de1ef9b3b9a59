/*
 * What BI tools and report views see of the types (issue 9): comparisons of
 * an aqi with a plain number, the casts to json and jsonb, and air_report().
 * The SQL side is src/sql/150_aqi_values.sql, 250_rate_report.sql,
 * 450_air_report.sql, 550_noise_report.sql and 650_water_report.sql.
 */
#include "postgres.h"
#include "compat.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/numeric.h"
#include "catalog/pg_type.h"

#include "air_summary.h"
#include "aqi_type.h"
#include "callsite.h"
#include "core/aqi.h"
#include "core/groundwater.h"
#include "core/noise.h"
#include "core/water.h"
#include "rate.h"

static inline int32
aqi_value_of(Datum d)
{
	EcoAqi		aqi;

	eco_aqi_unpack((uint64) DatumGetInt64(d), &aqi);
	return aqi.value;
}

/*
 * aqi OP integer and integer OP aqi (aqi > 300, aqi_daily(...) >= 101,
 * 50 = aqi) compare the index value alone (HJ 633-2012 §6.2, HJ 633-2026
 * §4.2.6: the AQI is an integer), so aqi = 50 holds for every aqi of value
 * 50 whatever its standard and pollutants; the aqi-to-aqi operators order by
 * value and break ties on the other fields.
 */
#define AQI_INT4_CMP(name, op) \
PG_FUNCTION_INFO_V1(aqi_##name##_int4); \
Datum \
aqi_##name##_int4(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(aqi_value_of(PG_GETARG_DATUM(0)) op PG_GETARG_INT32(1)); \
} \
PG_FUNCTION_INFO_V1(int4_##name##_aqi); \
Datum \
int4_##name##_aqi(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_INT32(0) op aqi_value_of(PG_GETARG_DATUM(1))); \
}

AQI_INT4_CMP(eq, ==)
AQI_INT4_CMP(ne, !=)
AQI_INT4_CMP(lt, <)
AQI_INT4_CMP(le, <=)
AQI_INT4_CMP(gt, >)
AQI_INT4_CMP(ge, >=)

/*
 * The json and jsonb forms of an aqi, used by to_json(row), to_jsonb(row)
 * and row_to_json(row) through the casts: the accessors' values under their
 * names (HJ 633-2012 Table 2 level, category and colour; §3.3 primary and
 * §3.4 exceeding pollutants).  The json casts of every type are in C: as SQL
 * functions over the accessors they took about 0.36 ms a value, 100 times
 * the text output.
 */
static Datum json_result(char *json, bool jsonb);

static void
append_pollutants(StringInfo buf, uint8 set)
{
	bool		first = true;
	int			p;

	appendStringInfoChar(buf, '[');
	for (p = 0; p < ECO_N_POLLUTANTS; p++)
		if (set & (1u << p))
		{
			if (!first)
				appendStringInfoChar(buf, ',');
			escape_json(buf, eco_pollutant_name(p));
			first = false;
		}
	appendStringInfoChar(buf, ']');
}

static char *
aqi_json_cstring(Datum d)
{
	EcoAqi		aqi;
	const EcoAqiStandard *standard;
	StringInfoData buf;

	aqi_refuse_bare((uint64) DatumGetInt64(d), "the cast of an aqi to json");
	eco_aqi_unpack((uint64) DatumGetInt64(d), &aqi);
	standard = eco_aqi_standard_by_id(aqi.standard);
	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"value\":%d,\"level\":%d,\"category\":", aqi.value,
					 eco_aqi_level(aqi.standard, aqi.value));
	escape_json(&buf, eco_aqi_category(standard, aqi.value, false));
	appendStringInfoString(&buf, ",\"category_en\":");
	escape_json(&buf, eco_aqi_category(standard, aqi.value, true));
	appendStringInfoString(&buf, ",\"color\":");
	escape_json(&buf, eco_aqi_color(standard, aqi.value));
	appendStringInfoString(&buf, ",\"primary_pollutants\":");
	append_pollutants(&buf, aqi.primary);
	appendStringInfoString(&buf, ",\"exceeding_pollutants\":");
	append_pollutants(&buf, aqi.exceeding);
	appendStringInfoString(&buf, ",\"standard\":");
	escape_json(&buf, standard->name);
	appendStringInfo(&buf, ",\"beyond_scale\":%s}", aqi.beyond ? "true" : "false");
	return buf.data;
}

PG_FUNCTION_INFO_V1(aqi_json);
Datum
aqi_json(PG_FUNCTION_ARGS)
{
	return json_result(aqi_json_cstring(PG_GETARG_DATUM(0)), false);
}

PG_FUNCTION_INFO_V1(aqi_jsonb);
Datum
aqi_jsonb(PG_FUNCTION_ARGS)
{
	return json_result(aqi_json_cstring(PG_GETARG_DATUM(0)), true);
}

extern Datum rate_pct(PG_FUNCTION_ARGS);

/* Returns the json text as json, or parsed as jsonb. */
static Datum
json_result(char *json, bool jsonb)
{
	if (jsonb)
		return DirectFunctionCall1(jsonb_in, CStringGetDatum(json));
	return PointerGetDatum(cstring_to_text(json));
}

/* A float8 as a JSON number, as json_build_object writes it. */
static void
append_float8(StringInfo buf, double v)
{
	appendStringInfoString(buf, DatumGetCString(DirectFunctionCall1(float8out, Float8GetDatum(v))));
}

/*
 * rate: numerator, denominator, fraction, percent (pct(r, 1): GB/T 8170-2008
 * §3.3); fraction and percent null when the denominator is 0.
 */
static Datum
rate_json_datum(Rate *r, bool jsonb)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"numerator\":");
	append_float8(&buf, r->numerator);
	appendStringInfoString(&buf, ",\"denominator\":");
	append_float8(&buf, r->denominator);
	if (r->denominator == 0.0)
		appendStringInfoString(&buf, ",\"fraction\":null,\"percent\":null}");
	else
	{
		appendStringInfoString(&buf, ",\"fraction\":");
		append_float8(&buf, r->numerator / r->denominator);
		appendStringInfo(&buf, ",\"percent\":%s}",
						 DatumGetCString(DirectFunctionCall1(numeric_out,
															 DirectFunctionCall2(rate_pct, RateGetDatum(r),
																				 Int32GetDatum(1)))));
	}
	return json_result(buf.data, jsonb);
}

PG_FUNCTION_INFO_V1(rate_json);
Datum
rate_json(PG_FUNCTION_ARGS)
{
	return rate_json_datum(PG_GETARG_RATE_P(0), false);
}

PG_FUNCTION_INFO_V1(rate_jsonb);
Datum
rate_jsonb(PG_FUNCTION_ARGS)
{
	return rate_json_datum(PG_GETARG_RATE_P(0), true);
}

/*
 * air_report(air_summary): the report row of a summary in one call.  It
 * calls the accessors' own C entry points (the functions behind
 * composite_index(s), subindex(s, p), ...), so every column is the figure
 * the accessor gives, on a summary detoasted once, with each accessor's call
 * cache kept across rows.  The day counts come from one walk over the days'
 * AQI (eco_air_day_counts, the walk behind days_at_level() and
 * primary_pollutant_days()), not one walk per count.
 */
extern Datum air_summary_year(PG_FUNCTION_ARGS);
extern Datum air_summary_aqi_standard(PG_FUNCTION_ARGS);
extern Datum air_summary_valid_days(PG_FUNCTION_ARGS);
extern Datum air_summary_is_valid_year(PG_FUNCTION_ARGS);
extern Datum air_summary_evaluation_value(PG_FUNCTION_ARGS);
extern Datum air_summary_composite_index(PG_FUNCTION_ARGS);
extern Datum air_summary_subindex(PG_FUNCTION_ARGS);
extern Datum air_summary_max_subindex_pollutant(PG_FUNCTION_ARGS);
extern Datum air_summary_compliant(PG_FUNCTION_ARGS);
extern Datum air_summary_compliant_all(PG_FUNCTION_ARGS);

enum
{
	F_YEAR, F_AQI_STANDARD, F_VALID_DAYS, F_IS_VALID_YEAR, F_EVALUATION_VALUE,
	F_COMPOSITE_INDEX, F_SUBINDEX, F_MAX_SUBINDEX_POLLUTANT, F_COMPLIANT, F_COMPLIANT_ALL,
	N_ACCESSORS
};

static const struct
{
	PGFunction	fn;
	short		nargs;
	bool		strict;
}			accessors[N_ACCESSORS] = {
	{air_summary_year, 1, true},
	{air_summary_aqi_standard, 1, true},
	{air_summary_valid_days, 1, true},
	{air_summary_is_valid_year, 1, true},
	{air_summary_evaluation_value, 3, true},
	{air_summary_composite_index, 1, true},
	{air_summary_subindex, 2, true},
	{air_summary_max_subindex_pollutant, 1, true},
	{air_summary_compliant, 4, false},
	{air_summary_compliant_all, 1, true},
};

/* the six pollutants in the order of the report's columns, and of shares */
static const char *const report_pollutants[6] = {"so2", "no2", "pm10", "co", "o3", "pm2.5"};
static const int share_pollutant_index[6] = {ECO_PM25, ECO_O3_8H, ECO_PM10, ECO_NO2, ECO_SO2, ECO_CO};

#define AIR_REPORT_NATTS 38
/*
 * 1.1's air_report had 37 columns (no valid_period): a database still at
 * 1.1 runs its definitions against this library until ALTER EXTENSION
 * UPDATE (docs/upgrades.md), so the function fills either row.
 */
#define AIR_REPORT_NATTS_1_1 37

typedef struct AirReportCache
{
	TupleDesc	tupdesc;
	FmgrInfo	flinfo[N_ACCESSORS];
	Datum		report_names[6];
	Datum		annual;
	EcoAirSummary scratch;		/* the summary decoded for the day counts */
} AirReportCache;

/* Calls accessor f with up to four arguments; *isnull as the accessor says. */
static Datum
call_accessor(AirReportCache *cache, int f, bool *isnull, Datum a0, Datum a1, Datum a2,
			  Datum a3, bool a3null)
{
	LOCAL_FCINFO(fc, 4);
	Datum		result;

	InitFunctionCallInfoData(*fc, &cache->flinfo[f], accessors[f].nargs, InvalidOid, NULL, NULL);
	fc->args[0].value = a0;
	fc->args[0].isnull = false;
	fc->args[1].value = a1;
	fc->args[1].isnull = false;
	fc->args[2].value = a2;
	fc->args[2].isnull = false;
	fc->args[3].value = a3;
	fc->args[3].isnull = a3null;
	result = FunctionCallInvoke(fc);
	*isnull = fc->isnull;
	return result;
}

/* 100 * part / whole to one decimal, half to even (GB/T 8170-2008 §3.3), as pct() */
static Datum
pct_of_counts(int64 part, int64 whole, bool *isnull)
{
	int64		tenths;
	int64		rem;
	char		buf[32];

	*isnull = whole <= 0;
	if (*isnull)
		return (Datum) 0;
	tenths = (part * 1000) / whole;
	rem = (part * 1000) % whole;
	if (2 * rem > whole || (2 * rem == whole && (tenths & 1)))
		tenths++;
	snprintf(buf, sizeof(buf), INT64_FORMAT ".%d", tenths / 10, (int) (tenths % 10));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/*
 * Whether the period a summary covers meets GB 3095 Table 4: every month
 * from the first month with a daily value to the last one holds at least
 * 27 daily values of each of the six pollutants (25 in February).  A
 * summary does not know the period it was meant to cover, only the months
 * it has days in, so a year without January or December is judged by
 * valid_year, not by this.  *isnull when the summary has no day.
 */
static bool
period_valid(const EcoAirSummary *s, bool *isnull)
{
	int			first = 0;
	int			last = 0;
	int			ndays = eco_air_days_in_year(s->year);
	int			d;
	int			p;
	int			m;

	for (d = 0; d < ndays; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if (s->count[d][p] > 0)
			{
				m = eco_air_month_of_day(s->year, d);
				if (first == 0)
					first = m;
				last = m;
				break;
			}
	*isnull = first == 0;
	if (*isnull)
		return false;
	for (m = first; m <= last; m++)
		if (!eco_air_valid_month(s, m, ECO_AIR_ALL_POLLUTANTS))
			return false;
	return true;
}

/*
 * A composite's column keeps its declared typmod (numeric(5,2)), but a C
 * function that forms the tuple itself is not checked against it: apply
 * each numeric column's typmod as a cast would, so that a value too large
 * for its column is the cast's error (22003), never a row that breaks its
 * own declaration.
 */
static void
apply_numeric_typmods(TupleDesc tupdesc, Datum *values, const bool *nulls)
{
	int			i;

	for (i = 0; i < tupdesc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, i);

		if (!nulls[i] && att->atttypid == NUMERICOID && att->atttypmod >= 0)
			values[i] = DirectFunctionCall2(numeric, values[i], Int32GetDatum(att->atttypmod));
	}
}

PG_FUNCTION_INFO_V1(air_report);
Datum
air_report(PG_FUNCTION_ARGS)
{
	AirReportCache *cache = callsite_extra(fcinfo, sizeof(AirReportCache));
	Datum		s;
	Datum		values[AIR_REPORT_NATTS];
	bool		nulls[AIR_REPORT_NATTS];
	int			n = 0;
	int			i;
	int64		aqi_days;
	int64		good_days;
	int64		exceedance_days;
	const EcoAirSummary *summary;

	if (cache->tupdesc == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		TupleDesc	tupdesc;

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE ||
			(tupdesc->natts != AIR_REPORT_NATTS && tupdesc->natts != AIR_REPORT_NATTS_1_1))
			elog(ERROR, "air_report: the result type is not the air_report composite");
		cache->tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
		for (i = 0; i < N_ACCESSORS; i++)
		{
			FmgrInfo   *f = &cache->flinfo[i];

			f->fn_addr = accessors[i].fn;
			f->fn_oid = InvalidOid;
			f->fn_nargs = accessors[i].nargs;
			f->fn_strict = accessors[i].strict;
			f->fn_mcxt = fcinfo->flinfo->fn_mcxt;
		}
		for (i = 0; i < 6; i++)
		{
			cache->report_names[i] = PointerGetDatum(cstring_to_text(report_pollutants[i]));
		}
		cache->annual = PointerGetDatum(cstring_to_text("annual"));
		MemoryContextSwitchTo(old);
	}

	/* detoasted once for every accessor below */
	s = PointerGetDatum(PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(0)));
	memset(nulls, 0, sizeof(nulls));

#define ACCESS1(f) (values[n] = call_accessor(cache, (f), &nulls[n], s, 0, 0, 0, true), n++)
	ACCESS1(F_YEAR);
	ACCESS1(F_AQI_STANDARD);
	ACCESS1(F_VALID_DAYS);
	ACCESS1(F_IS_VALID_YEAR);
	for (i = 0; i < 6; i++)
	{
		values[n] = call_accessor(cache, F_EVALUATION_VALUE, &nulls[n], s,
								  cache->report_names[i], cache->annual, 0, true);
		n++;
	}
	ACCESS1(F_COMPOSITE_INDEX);
	/* the largest single index: that of the first pollutant named */
	values[n + 1] = call_accessor(cache, F_MAX_SUBINDEX_POLLUTANT, &nulls[n + 1], s, 0, 0, 0, true);
	if (nulls[n + 1])
		nulls[n] = true;
	else
	{
		char	   *names = TextDatumGetCString(values[n + 1]);
		char	   *comma = strchr(names, ',');

		if (comma)
			*comma = '\0';
		values[n] = call_accessor(cache, F_SUBINDEX, &nulls[n], s,
								  PointerGetDatum(cstring_to_text(names)), 0, 0, true);
	}
	n += 2;
	/*
	 * Every day count from one walk over the days' AQI (eco_air_day_counts,
	 * the walk behind days_at_level(), primary_pollutant_days(), ...).
	 */
	{
		EcoAirDayCounts c;
		int			first = n + 3;

		summary = air_summary_read((bytea *) DatumGetPointer(s), &cache->scratch);
		eco_air_day_counts(summary, &c);
		for (i = 1; i <= 6; i++)
			values[first + i - 1] = Int32GetDatum(c.at_level[i]);
		aqi_days = c.aqi_days;
		good_days = c.at_level[1] + c.at_level[2];
		exceedance_days = c.exceedance_days;
		values[n++] = Int32GetDatum((int32) aqi_days);
		values[n++] = Int32GetDatum((int32) good_days);
		values[n] = pct_of_counts(good_days, aqi_days, &nulls[n]);
		n += 7;
		values[n++] = Int32GetDatum(c.at_level[5] + c.at_level[6]);
		values[n++] = Int32GetDatum((int32) exceedance_days);
		for (i = 0; i < 6; i++)
		{
			values[n] = pct_of_counts(c.primary_exceedance[share_pollutant_index[i]],
									  exceedance_days, &nulls[n]);
			n++;
		}
	}
	for (i = 0; i < 6; i++)
	{
		values[n] = call_accessor(cache, F_COMPLIANT, &nulls[n], s,
								  cache->report_names[i], Int32GetDatum(2), 0, true);
		n++;
	}
	ACCESS1(F_COMPLIANT_ALL);
#undef ACCESS1
	/* new in 1.2, so last: the period's validity */
	if (cache->tupdesc->natts == AIR_REPORT_NATTS)
	{
		values[n] = BoolGetDatum(period_valid(summary, &nulls[n]));
		n++;
	}
	Assert(n == cache->tupdesc->natts);
	apply_numeric_typmods(cache->tupdesc, values, nulls);

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(cache->tupdesc, values, nulls)));
}

/*
 * noise_kind(kind): the name noise_grade() and noise_report() read a kind
 * as, 'regional' (HJ 640-2012 Tables 1-2) or 'road_traffic' (Table 3), for
 * the kind column of noise_report (new in 1.2), so that a report row shows
 * which table graded its level.  Unknown names: 22023, as noise_grade().
 */
static int
parse_noise_kind(const char *name, int len)
{
	EcoNoiseKind kind;

	if (!eco_noise_kind_from_name(name, len, &kind))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown noise kind \"%s\"", input_excerpt(name, len)),
				 errhint("Accepted kinds: regional (区域), road_traffic (traffic, 道路交通).")));
	return (int) kind;
}

PG_FUNCTION_INFO_V1(noise_kind_name);
Datum
noise_kind_name(PG_FUNCTION_ARGS)
{
	int			kind = callsite_arg(fcinfo, 0, parse_noise_kind);

	PG_RETURN_TEXT_P(cstring_to_text(kind == ECO_NOISE_REGIONAL ? "regional" : "road_traffic"));
}
