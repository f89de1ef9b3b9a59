/*
 * The stored form of air_summary (what binary receive, text input and every
 * rollup read): any bytes either fail with a reason or give a summary whose
 * stored form reads back to the same bytes again; appending a form to itself
 * never overruns.  The fast reader of one pollutant's values agrees with the
 * full decoder on every input (both fail, or both give the same values).
 * The splice with an empty form of the same header (as a rollup of months
 * out of order splices, copying what follows the other form unread)
 * never overruns and never turns a malformed form into a valid one.  The
 * text form reads back to the same bytes, and any text decodes or fails
 * without overrunning.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "core/air_summary.h"

static EcoAirSummary summary;
static EcoAirSummary again;
static uint8_t packed[FUZZ_MAX_INPUT * 2];
static uint8_t repacked[FUZZ_MAX_INPUT * 2];
static char text[FUZZ_MAX_INPUT * 2];
static EcoAirSeries fast;
static EcoAirSeries full;
static uint8_t spliced[FUZZ_MAX_INPUT * 2];

/*
 * The splice of data with an empty form of its header: where it succeeds,
 * its result decodes exactly when data does, to the same summary.
 */
static void
check_splice_with_empty(const uint8_t *data, size_t size, bool valid)
{
	uint8_t		empty[ECO_AIR_HEADER_BYTES];
	const char *reason = NULL;
	size_t		n;

	if (size < ECO_AIR_HEADER_BYTES)
		return;
	memcpy(empty, data, ECO_AIR_HEADER_BYTES);
	/* no last day: no records */
	empty[ECO_AIR_HEADER_BYTES - 2] = 0;
	empty[ECO_AIR_HEADER_BYTES - 1] = 0;
	if (!eco_air_packed_splice(data, size, empty, sizeof(empty), spliced, &n, &reason))
	{
		if (valid && eco_air_unpack(empty, sizeof(empty), &again) == NULL)
			abort();
		return;
	}
	if ((eco_air_unpack(spliced, n, &again) == NULL) != valid ||
		(valid && memcmp(&again, &summary, sizeof(summary)) != 0))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t		n;
	size_t		m;
	int			day;
	int			p;
	int64_t		units;
	int			culprit;
	int			day_at;

	size_t		position;
	bool		valid;

	if (eco_air_packed_max() > sizeof(packed))
		abort();
	/* the input as text */
	if (eco_air_text_decode((const char *) data, size, packed, &n, &position) == NULL)
	{
		eco_air_text_encode(packed, n, text);
		if (strlen(text) != size || memcmp(text, data, size) != 0)
			abort();
	}
	else if (position > size)
		abort();
	valid = eco_air_unpack(data, size, &summary) == NULL;
	check_splice_with_empty(data, size, valid);
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		bool		fast_valid = eco_air_packed_series(data, size, p, &fast) == NULL;

		/* the fast reader checks the layout and this pollutant's fields only */
		if (valid && !fast_valid)
			abort();
		if (valid)
		{
			eco_air_series(&summary, p, &full);
			if (fast.n != full.n || memcmp(fast.value, full.value, sizeof(int64_t) * full.n) != 0)
				abort();
		}
	}
	if (!valid)
		return 0;
	eco_air_text_encode(data, size, text);
	if (eco_air_text_decode(text, strlen(text), repacked, &m, &position) != NULL ||
		m != size || memcmp(repacked, data, size) != 0)
		abort();
	n = eco_air_pack(&summary, packed);
	if (eco_air_unpack(packed, n, &again) != NULL)
		abort();
	m = eco_air_pack(&again, repacked);
	if (m != n || memcmp(packed, repacked, n) != 0)
		abort();
	for (day = 0; day < eco_air_days_in_year(summary.year); day++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			(void) eco_air_daily_value(&summary, day, p, &units);
	(void) eco_air_valid_year(&summary, ECO_AIR_ALL_POLLUTANTS);
	if (eco_air_merge(&summary, &again, &culprit, &day_at) == ECO_AIR_OK)
	{
		n = eco_air_pack(&summary, packed);
		if (eco_air_unpack(packed, n, &again) != NULL)
			abort();
	}
	return 0;
}

size_t
fuzz_seed(int i, uint8_t *buf)
{
	double		conc[ECO_AIR_N_POLLUTANTS];
	bool		present[ECO_AIR_N_POLLUTANTS];
	int			culprit;
	int			day;
	int			p;
	unsigned	x = 12345u + (unsigned) i * 7919u;

	if (i >= 8)
		return 0;
	eco_air_init(&summary, 2014 + i, (EcoAirAqiRule) (i % ECO_AIR_AQI_N_RULES));
	for (day = 0; day < eco_air_days_in_year(2014 + i); day += 1 + i)
	{
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			x = x * 1103515245u + 12345u;
			present[p] = (x >> 8) % 10 != 0;
			/* whole, tenths, and daily means of 24 hourly values */
			conc[p] = (double) ((x >> 12) % 4000) / (i % 4 == 3 ? 24.0 : i % 2 ? 10.0 : 1.0);
		}
		(void) eco_air_add(&summary, day, conc, present, &culprit);
	}
	return eco_air_pack(&summary, buf);
}
