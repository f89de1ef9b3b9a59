/*
 * HJ 212 data packets: hj212_check(text) and hj212_values(text), over the
 * core's reader (src/core/hj212.c).
 */
#include "postgres.h"
#include "compat.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
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

typedef struct Hj212ValuesState
{
	text	   *packet;			/* a copy in the multi-call context */
	EcoHj212Packet p;
	EcoHj212Cursor cursor;
	Datum		header[5];		/* mn, st, cn, qn, data_time */
	bool		header_null[5];
} Hj212ValuesState;

static Datum
span_text(const EcoHj212Packet *p, EcoHj212Span span)
{
	return PointerGetDatum(cstring_to_text_with_len(p->text + span.off, span.len));
}

Datum
hj212_values(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	Hj212ValuesState *state;
	EcoHj212Value v;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	tupdesc;
		char		message[ECO_HJ212_MESSAGE_SIZE];
		text	   *packet;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("hj212_values must be called where a record can be returned")));
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		packet = PG_GETARG_TEXT_P_COPY(0);
		state = palloc0(sizeof(Hj212ValuesState));
		state->packet = packet;
		if (eco_hj212_parse(VARDATA(packet), VARSIZE(packet) - VARHDRSZ, &state->p, message) != ECO_HJ212_OK)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid HJ 212 packet: %s", message),
					 errdetail("Packet: \"%s\".", input_excerpt(VARDATA(packet), VARSIZE(packet) - VARHDRSZ)),
					 errhint("hj212_check(packet) gives the reason without an error; a packet is \"##\", a 4-digit length, the data segment, its CRC (HJ 212-2017 附录A) and CR LF.")));
		state->header[0] = span_text(&state->p, state->p.mn);
		state->header[1] = span_text(&state->p, state->p.st);
		state->header[2] = span_text(&state->p, state->p.cn);
		/* the core counts microseconds from 2000-01-01, as Timestamp does */
		state->header[3] = TimestampGetDatum((Timestamp) state->p.qn_usec);
		state->header_null[3] = !state->p.has_qn;
		state->header[4] = TimestampGetDatum((Timestamp) state->p.data_time_usec);
		state->header_null[4] = !state->p.has_data_time;
		funcctx->user_fctx = state;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	state = funcctx->user_fctx;
	if (eco_hj212_next(&state->p, &state->cursor, &v))
	{
		Datum		values[HJ212_VALUES_COLUMNS];
		bool		nulls[HJ212_VALUES_COLUMNS];

		memcpy(values, state->header, sizeof(state->header));
		memcpy(nulls, state->header_null, sizeof(state->header_null));
		values[5] = span_text(&state->p, v.code);
		nulls[5] = false;
		values[6] = v.pollutant ? CStringGetTextDatum(v.pollutant) : (Datum) 0;
		nulls[6] = v.pollutant == NULL;
		values[7] = span_text(&state->p, v.kind);
		nulls[7] = false;
		values[8] = Float8GetDatum(v.value);
		nulls[8] = false;
		values[9] = v.flag.len ? span_text(&state->p, v.flag) : (Datum) 0;
		nulls[9] = v.flag.len == 0;
		values[10] = BoolGetDatum(v.valid);
		nulls[10] = false;
		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
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
