/*
 * HJ 212 data packets: hj212_check(text) and hj212_values(text), over the
 * core's reader (src/core/hj212.c).
 */
#include "postgres.h"
#include "compat.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"
#include "utils/timestamp.h"

#include "core/hj212.h"
#include "callsite.h"

PG_FUNCTION_INFO_V1(hj212_check);
PG_FUNCTION_INFO_V1(hj212_values);
PG_FUNCTION_INFO_V1(hj212_frame);

#define HJ212_VALUES_COLUMNS 11

/*
 * NULL for a valid packet, else the reason.  The valid path allocates
 * nothing: a stored packet (at most 1,040 bytes) is not compressed, and the
 * core reads it in place.
 */
Datum
hj212_check(PG_FUNCTION_ARGS)
{
	text	   *packet = PG_GETARG_TEXT_PP(0);
	EcoHj212Packet p;
	char		message[ECO_HJ212_MESSAGE_SIZE];

	if (eco_hj212_parse(VARDATA_ANY(packet), VARSIZE_ANY_EXHDR(packet), &p, message) == ECO_HJ212_OK)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(message));
}

static Datum
span_text(const EcoHj212Packet *p, EcoHj212Span span)
{
	return PointerGetDatum(cstring_to_text_with_len(p->text + span.off, span.len));
}

/*
 * The result's row type, blessed once per call site (callsite_extra):
 * get_call_result_type reads the catalog, too slow to run per packet.
 */
static TupleDesc
values_tupdesc(FunctionCallInfo fcinfo)
{
	TupleDesc  *kept = callsite_extra(fcinfo, sizeof(TupleDesc));

	if (*kept == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		TupleDesc	tupdesc;

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("hj212_values must be called where a record can be returned")));
		*kept = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
		MemoryContextSwitchTo(old);
	}
	return *kept;
}

/*
 * The packet's values, one row each, in materialize mode (the rows of one
 * packet are few, and a FROM-clause call stores them in a tuplestore
 * anyway).
 */
Datum
hj212_values(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *packet = PG_GETARG_TEXT_PP(0);
	EcoHj212Packet p;
	EcoHj212Cursor cursor = {0, 0, 0};
	EcoHj212Value v;
	char		message[ECO_HJ212_MESSAGE_SIZE];
	TupleDesc	tupdesc;
	Tuplestorestate *store;
	MemoryContext old;
	Datum		values[HJ212_VALUES_COLUMNS];
	bool		nulls[HJ212_VALUES_COLUMNS];

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("hj212_values must be called where a set can be returned")));
	if (eco_hj212_parse(VARDATA_ANY(packet), VARSIZE_ANY_EXHDR(packet), &p, message) != ECO_HJ212_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid HJ 212 packet: %s", message),
				 errdetail("Packet: \"%s\".", text_excerpt(packet)),
				 errhint("hj212_check(packet) gives the reason without an error; a packet is \"##\", a 4-digit length, the data segment, its CRC (HJ 212-2017 附录A) and CR LF.")));
	tupdesc = values_tupdesc(fcinfo);
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	store = tuplestore_begin_heap(false, false, work_mem);
	/* the executor frees the descriptor it is given: a copy */
	rsinfo->setDesc = CreateTupleDescCopy(tupdesc);
	MemoryContextSwitchTo(old);

	values[0] = span_text(&p, p.mn);
	values[1] = span_text(&p, p.st);
	values[2] = span_text(&p, p.cn);
	/* the core counts microseconds from 2000-01-01, as Timestamp does */
	values[3] = TimestampGetDatum((Timestamp) p.qn_usec);
	values[4] = TimestampGetDatum((Timestamp) p.data_time_usec);
	memset(nulls, 0, sizeof(nulls));
	nulls[3] = !p.has_qn;
	nulls[4] = !p.has_data_time;
	while (eco_hj212_next(&p, &cursor, &v))
	{
		values[5] = span_text(&p, v.code);
		values[6] = v.pollutant ? CStringGetTextDatum(v.pollutant) : (Datum) 0;
		nulls[6] = v.pollutant == NULL;
		values[7] = span_text(&p, v.kind);
		values[8] = Float8GetDatum(v.value);
		values[9] = v.flag.len ? span_text(&p, v.flag) : (Datum) 0;
		nulls[9] = v.flag.len == 0;
		values[10] = BoolGetDatum(v.valid);
		tuplestore_putvalues(store, tupdesc, values, nulls);
	}
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	return (Datum) 0;
}

/*
 * A data segment framed as a packet: "##", its length in bytes, the
 * segment, its CRC (upper case, 附录A) and CR LF.
 */
Datum
hj212_frame(PG_FUNCTION_ARGS)
{
	text	   *data = PG_GETARG_TEXT_PP(0);
	int			len = VARSIZE_ANY_EXHDR(data);
	text	   *packet;
	char	   *out;

	if (len > ECO_HJ212_MAX_DATA)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("data segment of %d bytes is too long for an HJ 212 packet", len),
				 errdetail("Data segment: \"%s\".", input_excerpt(VARDATA_ANY(data), len)),
				 errhint("HJ 212-2017 §6.3.1: a data segment has 0 to %d bytes; longer data are split (Flag D bit, PNUM, PNO).",
						 ECO_HJ212_MAX_DATA)));
	packet = palloc(VARHDRSZ + len + 12);
	SET_VARSIZE(packet, VARHDRSZ + len + 12);
	out = VARDATA(packet);
	snprintf(out, 7, "##%04d", len);
	memcpy(out + 6, VARDATA_ANY(data), len);
	snprintf(out + 6 + len, 5, "%04X", eco_hj212_crc((const unsigned char *) VARDATA_ANY(data), len));
	out[len + 10] = '\r';
	out[len + 11] = '\n';
	PG_RETURN_TEXT_P(packet);
}
