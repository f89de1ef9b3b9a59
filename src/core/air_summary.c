/*
 * The annual air-quality summary: accumulation and merge of the dense form.
 * The stored form is in air_codec.c, the calendar in air_calendar.c, the
 * HJ 663-2013 statistics over the city daily values in air_statistics.c.
 */
#include "core/air_summary.h"

#include <math.h>
#include <string.h>

#include "core/gbt8170.h"

/* ---- Accumulation ---- */

void
eco_air_init(EcoAirSummary *s, int year, EcoAirAqiRule rule)
{
	memset(s, 0, sizeof(*s));
	s->year = year;
	s->aqi_rule = rule;
}

EcoAirStatus
eco_air_read_values(const double conc[ECO_AIR_N_POLLUTANTS], const bool present[ECO_AIR_N_POLLUTANTS],
					int64_t fixed[ECO_AIR_N_POLLUTANTS], int *culprit)
{
	int			p;

	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		fixed[p] = 0;
		if (!present[p])
			continue;
		/* one comparison lets every measurement through (NaN fails it) */
		if (!(conc[p] >= 0 && conc[p] <= ECO_AIR_MAX_CONCENTRATION))
		{
			*culprit = p;
			if (isnan(conc[p]) || isinf(conc[p]))
				return ECO_AIR_NOT_FINITE;
			return conc[p] < 0 ? ECO_AIR_NEGATIVE : ECO_AIR_TOO_LARGE;
		}
		eco_fixed_from_double(conc[p], &fixed[p]);
	}
	return ECO_AIR_OK;
}

EcoAirStatus
eco_air_add(EcoAirSummary *s, int day_of_year, const double conc[ECO_AIR_N_POLLUTANTS],
			const bool present[ECO_AIR_N_POLLUTANTS], int *culprit)
{
	int64_t		fixed[ECO_AIR_N_POLLUTANTS];
	EcoAirStatus status = eco_air_read_values(conc, present, fixed, culprit);
	int			p;

	if (status != ECO_AIR_OK)
		return status;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (present[p] && s->count[day_of_year][p] >= ECO_AIR_MAX_COUNT)
		{
			*culprit = p;
			return ECO_AIR_TOO_MANY_VALUES;
		}
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (present[p])
		{
			s->sum[day_of_year][p] += fixed[p];
			s->count[day_of_year][p]++;
		}
	return ECO_AIR_OK;
}

EcoAirStatus
eco_air_merge(EcoAirSummary *into, const EcoAirSummary *from, int *culprit, int *day)
{
	int			d,
				p;

	for (d = 0; d < ECO_AIR_MAX_DAYS; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if ((uint64_t) into->count[d][p] + from->count[d][p] > ECO_AIR_MAX_COUNT)
			{
				*culprit = p;
				*day = d;
				return ECO_AIR_TOO_MANY_VALUES;
			}
	for (d = 0; d < ECO_AIR_MAX_DAYS; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			into->sum[d][p] += from->sum[d][p];
			into->count[d][p] += from->count[d][p];
		}
	return ECO_AIR_OK;
}
