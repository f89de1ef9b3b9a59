/*
 * What BI tools and report views see of the types: comparisons of
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
#include "core/gbt8170.h"
#include "core/aqi.h"
#include "core/groundwater.h"
#include "core/noise.h"
#include "core/water.h"
#include "rate.h"
#include "report.h"

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

/* ---- the json writer (report.h) ---- */

static void
json_key(EcoJson *j, const char *key)
{
	appendStringInfoChar(&j->buf, j->first ? '{' : ',');
	j->first = false;
	escape_json(&j->buf, key);
	appendStringInfoChar(&j->buf, ':');
}

void
eco_json_begin(EcoJson *j)
{
	initStringInfo(&j->buf);
	j->first = true;
}

void
eco_json_string(EcoJson *j, const char *key, const char *value)
{
	json_key(j, key);
	if (value == NULL)
		appendStringInfoString(&j->buf, "null");
	else
		escape_json(&j->buf, value);
}

void
eco_json_literal(EcoJson *j, const char *key, const char *literal)
{
	json_key(j, key);
	appendStringInfoString(&j->buf, literal);
}

void
eco_json_int(EcoJson *j, const char *key, int64 value)
{
	json_key(j, key);
	appendStringInfo(&j->buf, INT64_FORMAT, value);
}

void
eco_json_bool(EcoJson *j, const char *key, bool value)
{
	eco_json_literal(j, key, value ? "true" : "false");
}

/* a float8 as json_build_object writes it */
void
eco_json_float8(EcoJson *j, const char *key, double value)
{
	eco_json_literal(j, key, DatumGetCString(DirectFunctionCall1(float8out, Float8GetDatum(value))));
}

Datum
eco_json_end(EcoJson *j, bool jsonb)
{
	if (j->first)
		appendStringInfoChar(&j->buf, '{');
	appendStringInfoChar(&j->buf, '}');
	if (jsonb)
		return DirectFunctionCall1(jsonb_in, CStringGetDatum(j->buf.data));
	return PointerGetDatum(cstring_to_text(j->buf.data));
}

/* a set of pollutants as a json array of their names */
static char *
pollutants_json(uint8 set)
{
	StringInfoData buf;
	bool		first = true;
	int			p;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '[');
	for (p = 0; p < ECO_N_POLLUTANTS; p++)
		if (set & (1u << p))
		{
			if (!first)
				appendStringInfoChar(&buf, ',');
			escape_json(&buf, eco_pollutant_name(p));
			first = false;
		}
	appendStringInfoChar(&buf, ']');
	return buf.data;
}

static Datum
aqi_json_datum(Datum d, bool jsonb)
{
	EcoAqi		aqi;
	const EcoAqiStandard *standard;
	EcoJson		j;

	aqi_refuse_bare((uint64) DatumGetInt64(d), "the cast of an aqi to json");
	eco_aqi_unpack((uint64) DatumGetInt64(d), &aqi);
	standard = eco_aqi_standard_by_id(aqi.standard);
	eco_json_begin(&j);
	eco_json_int(&j, "value", aqi.value);
	eco_json_int(&j, "level", eco_aqi_level(aqi.standard, aqi.value));
	eco_json_string(&j, "category", eco_aqi_category(standard, aqi.value, false));
	eco_json_string(&j, "category_en", eco_aqi_category(standard, aqi.value, true));
	eco_json_string(&j, "color", eco_aqi_color(standard, aqi.value));
	eco_json_literal(&j, "primary_pollutants", pollutants_json(aqi.primary));
	eco_json_literal(&j, "exceeding_pollutants", pollutants_json(aqi.exceeding));
	eco_json_string(&j, "standard", standard->name);
	eco_json_bool(&j, "beyond_scale", aqi.beyond);
	return eco_json_end(&j, jsonb);
}

PG_FUNCTION_INFO_V1(aqi_json);
Datum
aqi_json(PG_FUNCTION_ARGS)
{
	return aqi_json_datum(PG_GETARG_DATUM(0), false);
}

PG_FUNCTION_INFO_V1(aqi_jsonb);
Datum
aqi_jsonb(PG_FUNCTION_ARGS)
{
	return aqi_json_datum(PG_GETARG_DATUM(0), true);
}

extern Datum rate_pct(PG_FUNCTION_ARGS);

/*
 * rate: numerator, denominator, fraction, percent (pct(r, 1): GB/T 8170-2008
 * §3.3); fraction and percent null when the denominator is 0.
 */
static Datum
rate_json_datum(Rate *r, bool jsonb)
{
	EcoJson		j;

	eco_json_begin(&j);
	eco_json_float8(&j, "numerator", r->numerator);
	eco_json_float8(&j, "denominator", r->denominator);
	if (r->denominator == 0.0)
	{
		eco_json_literal(&j, "fraction", "null");
		eco_json_literal(&j, "percent", "null");
	}
	else
	{
		eco_json_float8(&j, "fraction", r->numerator / r->denominator);
		eco_json_literal(&j, "percent",
						 DatumGetCString(DirectFunctionCall1(numeric_out,
															 DirectFunctionCall2(rate_pct, RateGetDatum(r),
																				 Int32GetDatum(1)))));
	}
	return eco_json_end(&j, jsonb);
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

/* the six pollutants as the accessors name them, and as the shares count them */
static const char *const report_pollutants[6] = {"so2", "no2", "pm10", "co", "o3", "pm2.5"};
static const int share_pollutant_index[6] = {ECO_SO2, ECO_NO2, ECO_PM10, ECO_CO, ECO_O3_8H, ECO_PM25};

/* the columns of the air_report composite, filled by name */
enum
{
	C_YEAR, C_AQI_STANDARD, C_VALID_DAYS, C_VALID_YEAR,
	C_VALUE,					/* 6: so2 no2 pm10 co o3 pm25 */
	C_COMPOSITE_INDEX = C_VALUE + 6, C_MAX_SUBINDEX, C_MAX_SUBINDEX_POLLUTANT,
	C_AQI_DAYS, C_GOOD_DAYS, C_GOOD_DAY_PCT,
	C_LEVEL_DAYS,				/* 6: level1_days .. level6_days */
	C_HEAVY_DAYS = C_LEVEL_DAYS + 6, C_EXCEEDANCE_DAYS,
	C_PRIMARY_PCT,				/* 6, in report_pollutants' order */
	C_COMPLIANT_ONE = C_PRIMARY_PCT + 6,	/* 6 */
	C_COMPLIANT = C_COMPLIANT_ONE + 6,
	C_VALID_PERIOD,				/* new in 1.2: absent from 1.1's composite */
	N_COLUMNS
};

static const char *const column_names[N_COLUMNS] = {
	"year", "aqi_standard", "valid_days", "valid_year",
	"so2", "no2", "pm10", "co", "o3", "pm25",
	"composite_index", "max_subindex", "max_subindex_pollutant",
	"aqi_days", "good_days", "good_day_pct",
	"level1_days", "level2_days", "level3_days", "level4_days", "level5_days", "level6_days",
	"heavy_days", "exceedance_days",
	"so2_primary_pct", "no2_primary_pct", "pm10_primary_pct", "co_primary_pct", "o3_primary_pct",
	"pm25_primary_pct",
	"so2_compliant", "no2_compliant", "pm10_compliant", "co_compliant", "o3_compliant",
	"pm25_compliant", "compliant", "valid_period"
};

typedef struct AirReportCache
{
	TupleDesc	tupdesc;
	int			attno[N_COLUMNS];	/* -1: not in this composite */
	FmgrInfo	flinfo[N_ACCESSORS];
	Datum		report_names[6];
	Datum		annual;
	EcoAirSummary scratch;		/* the summary decoded for the day counts */
} AirReportCache;

/* The row being filled: values and nulls by attribute, through column numbers. */
typedef struct AirReportRow
{
	AirReportCache *cache;
	Datum	   *values;
	bool	   *nulls;
} AirReportRow;

static void
put(AirReportRow *row, int column, Datum value, bool isnull)
{
	int			a = row->cache->attno[column];

	if (a < 0)
		return;
	row->values[a] = value;
	row->nulls[a] = isnull;
}

/* Column `column` = accessor f with up to four arguments; NULL as the accessor says. */
static Datum
fill_from_accessor(AirReportRow *row, int column, int f, Datum a0, Datum a1, Datum a2, Datum a3, bool a3null)
{
	LOCAL_FCINFO(fc, 4);
	Datum		result;

	InitFunctionCallInfoData(*fc, &row->cache->flinfo[f], accessors[f].nargs, InvalidOid, NULL, NULL);
	fc->args[0].value = a0;
	fc->args[0].isnull = false;
	fc->args[1].value = a1;
	fc->args[1].isnull = false;
	fc->args[2].value = a2;
	fc->args[2].isnull = false;
	fc->args[3].value = a3;
	fc->args[3].isnull = a3null;
	result = FunctionCallInvoke(fc);
	if (column >= 0)
		put(row, column, result, fc->isnull);
	return fc->isnull ? (Datum) 0 : result;
}

/* 100 * part / whole to one decimal, half to even (GB/T 8170-2008 §3.3), as pct() */
static void
put_pct(AirReportRow *row, int column, int64 part, int64 whole)
{
	int64		tenths;
	char		text[ECO_UNITS_TEXT_LEN];

	if (!eco_pct_tenths(part, whole, &tenths))
	{
		put(row, column, (Datum) 0, true);
		return;
	}
	eco_units_text(tenths, 1, text);
	put(row, column, DirectFunctionCall3(numeric_in, CStringGetDatum(text),
										 ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)), false);
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

void
eco_report_columns(TupleDesc tupdesc, const char *const *names, int n, int required,
				   int *attno, const char *what)
{
	int			found = 0;
	int			i;
	int			a;

	for (i = 0; i < n; i++)
	{
		attno[i] = -1;
		for (a = 0; a < tupdesc->natts; a++)
			if (!TupleDescAttr(tupdesc, a)->attisdropped &&
				strcmp(NameStr(TupleDescAttr(tupdesc, a)->attname), names[i]) == 0)
				attno[i] = a;
		if (attno[i] < 0 && i < required)
			elog(ERROR, "%s: the result type has no column \"%s\"", what, names[i]);
		found += attno[i] >= 0;
	}
	if (found != tupdesc->natts)
		elog(ERROR, "%s: the result type has columns the function does not fill", what);
}

/*
 * The call site's cache: the result type (1.1's air_report had 37 columns,
 * no valid_period: a database still at 1.1 runs its definitions against
 * this library until ALTER EXTENSION UPDATE, docs/upgrades.md), its columns
 * by name, and the accessors' call info.
 */
static AirReportCache *
air_report_cache(FunctionCallInfo fcinfo)
{
	AirReportCache *cache = callsite_extra(fcinfo, sizeof(AirReportCache));
	MemoryContext old;
	TupleDesc	tupdesc;
	int			i;

	if (cache->tupdesc != NULL)
		return cache;
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "air_report: the result type is not a composite");
	cache->tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
	eco_report_columns(cache->tupdesc, column_names, N_COLUMNS, C_VALID_PERIOD, cache->attno,
					   "air_report");
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
		cache->report_names[i] = PointerGetDatum(cstring_to_text(report_pollutants[i]));
	cache->annual = PointerGetDatum(cstring_to_text("annual"));
	MemoryContextSwitchTo(old);
	return cache;
}

PG_FUNCTION_INFO_V1(air_report);
Datum
air_report(PG_FUNCTION_ARGS)
{
	AirReportCache *cache = air_report_cache(fcinfo);
	Datum		s;
	Datum		values[N_COLUMNS];
	bool		nulls[N_COLUMNS];
	AirReportRow row = {cache, values, nulls};
	Datum		pollutant;
	const EcoAirSummary *summary;
	EcoAirDayCounts c;
	bool		isnull;
	int			i;

	/* detoasted once for every accessor below */
	s = PointerGetDatum(PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(0)));
	fill_from_accessor(&row, C_YEAR, F_YEAR, s, 0, 0, 0, true);
	fill_from_accessor(&row, C_AQI_STANDARD, F_AQI_STANDARD, s, 0, 0, 0, true);
	fill_from_accessor(&row, C_VALID_DAYS, F_VALID_DAYS, s, 0, 0, 0, true);
	fill_from_accessor(&row, C_VALID_YEAR, F_IS_VALID_YEAR, s, 0, 0, 0, true);
	for (i = 0; i < 6; i++)
		fill_from_accessor(&row, C_VALUE + i, F_EVALUATION_VALUE, s, cache->report_names[i], cache->annual, 0, true);
	fill_from_accessor(&row, C_COMPOSITE_INDEX, F_COMPOSITE_INDEX, s, 0, 0, 0, true);
	/* the largest single index: that of the first pollutant named */
	pollutant = fill_from_accessor(&row, C_MAX_SUBINDEX_POLLUTANT, F_MAX_SUBINDEX_POLLUTANT, s, 0, 0, 0, true);
	if (pollutant == (Datum) 0)
		put(&row, C_MAX_SUBINDEX, (Datum) 0, true);
	else
	{
		char	   *names = TextDatumGetCString(pollutant);
		char	   *comma = strchr(names, ',');

		if (comma)
			*comma = '\0';
		fill_from_accessor(&row, C_MAX_SUBINDEX, F_SUBINDEX, s, PointerGetDatum(cstring_to_text(names)), 0, 0, true);
	}

	/*
	 * Every day count from one walk over the days' AQI (eco_air_day_counts,
	 * the walk behind days_at_level(), primary_pollutant_days(), ...).
	 */
	summary = air_summary_read((bytea *) DatumGetPointer(s), &cache->scratch);
	eco_air_day_counts(summary, &c);
	put(&row, C_AQI_DAYS, Int32GetDatum(c.aqi_days), false);
	put(&row, C_GOOD_DAYS, Int32GetDatum(c.at_level[1] + c.at_level[2]), false);
	put_pct(&row, C_GOOD_DAY_PCT, c.at_level[1] + c.at_level[2], c.aqi_days);
	for (i = 0; i < 6; i++)
	{
		put(&row, C_LEVEL_DAYS + i, Int32GetDatum(c.at_level[i + 1]), false);
		put_pct(&row, C_PRIMARY_PCT + i, c.primary_exceedance[share_pollutant_index[i]],
				c.exceedance_days);
	}
	put(&row, C_HEAVY_DAYS, Int32GetDatum(c.at_level[5] + c.at_level[6]), false);
	put(&row, C_EXCEEDANCE_DAYS, Int32GetDatum(c.exceedance_days), false);
	for (i = 0; i < 6; i++)
		fill_from_accessor(&row, C_COMPLIANT_ONE + i, F_COMPLIANT, s, cache->report_names[i], Int32GetDatum(2),
			   0, true);
	fill_from_accessor(&row, C_COMPLIANT, F_COMPLIANT_ALL, s, 0, 0, 0, true);
	if (cache->attno[C_VALID_PERIOD] >= 0)
	{
		bool		valid = period_valid(summary, &isnull);

		put(&row, C_VALID_PERIOD, BoolGetDatum(valid), isnull);
	}

	apply_numeric_typmods(cache->tupdesc, values, nulls);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(cache->tupdesc, values, nulls)));
}

/*
 * noise_kind(kind): the name noise_grade() and noise_report() read a kind
 * as, 'regional' (HJ 640-2012 Tables 1-2) or 'road_traffic' (Table 3), for
 * the kind column of noise_report (new in 1.2), so that a report row shows
 * which table graded its level.  Unknown names: 22023 with the hint of the
 * kinds' name table, as noise_grade().
 */
PG_FUNCTION_INFO_V1(noise_kind_name);
Datum
noise_kind_name(PG_FUNCTION_ARGS)
{
	int			kind = callsite_name(fcinfo, 0, &eco_noise_kind_names);

	PG_RETURN_TEXT_P(cstring_to_text(kind == ECO_NOISE_REGIONAL ? "regional" : "road_traffic"));
}
