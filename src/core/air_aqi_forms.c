/* The text output and the binary form of an aqi value (air_aqi_forms.h). */
#include "core/air_aqi_forms.h"

#include <stdio.h>
#include <string.h>

/* appends " label=P,Q" for a non-empty set at out + *used */
static void
append_pollutants(char *out, size_t *used, const char *label, uint8_t set)
{
	const char *sep = "=";
	int			p;

	if (set == 0)
		return;
	*used += (size_t) snprintf(out + *used, ECO_AQI_TEXT_MAX - *used, " %s", label);
	for (p = 0; p < ECO_N_POLLUTANTS; p++)
		if (set & (1u << p))
		{
			*used += (size_t) snprintf(out + *used, ECO_AQI_TEXT_MAX - *used, "%s%s",
									   sep, eco_pollutant_name((EcoPollutant) p));
			sep = ",";
		}
}

void
eco_aqi_format(const EcoAqi *aqi, char out[ECO_AQI_TEXT_MAX])
{
	size_t		used;

	if (aqi->standard == ECO_AQI_NO_STANDARD)
	{
		snprintf(out, ECO_AQI_TEXT_MAX, "%d", aqi->value);
		return;
	}
	used = (size_t) snprintf(out, ECO_AQI_TEXT_MAX, "%d %s", aqi->value,
							 eco_aqi_standard_by_id(aqi->standard)->name);
	append_pollutants(out, &used, "primary", aqi->primary);
	append_pollutants(out, &used, "exceeding", aqi->exceeding);
	if (aqi->beyond)
		snprintf(out + used, ECO_AQI_TEXT_MAX - used, " beyond");
}

/* the next space-separated token of *p: its start and length */
static int
next_token(const char **p, const char **start)
{
	const char *s = *p;

	while (*s == ' ')
		s++;
	*start = s;
	while (*s != '\0' && *s != ' ')
		s++;
	*p = s;
	return (int) (s - *start);
}

/* the set of pollutants of a comma-separated list of len bytes */
static EcoAqiTextStatus
parse_pollutant_list(const char *list, int len, uint8_t *set, EcoAqiTextError *error)
{
	int			i = 0;

	*set = 0;
	while (i <= len)
	{
		int			j = i;
		EcoPollutant pollutant;
		EcoPeriod	period;

		while (j < len && list[j] != ',')
			j++;
		if (!eco_pollutant_from_name(list + i, j - i, &pollutant, &period) ||
			(period != 0 && pollutant != ECO_O3_8H && pollutant != ECO_O3_1H) ||
			((pollutant == ECO_O3_8H || pollutant == ECO_O3_1H) && period == 0))
		{
			error->token = list + i;
			error->token_len = j - i;
			return ECO_AQI_TEXT_UNKNOWN_POLLUTANT;
		}
		if (*set & (1u << pollutant))
		{
			error->pollutant = pollutant;
			return ECO_AQI_TEXT_POLLUTANT_TWICE;
		}
		*set |= (uint8_t) (1u << pollutant);
		i = j + 1;
	}
	return ECO_AQI_TEXT_OK;
}

/* the optional fields after the standard, in their order */
static EcoAqiTextStatus
parse_fields(const char *p, EcoAqi *aqi, EcoAqiTextError *error)
{
	EcoAqiTextStatus status = ECO_AQI_TEXT_OK;
	const char *tok;
	int			len;
	int			field = 0;		/* 0: primary next, 1: exceeding, 2: beyond, 3: end */

	while (status == ECO_AQI_TEXT_OK && (len = next_token(&p, &tok)) > 0)
	{
		if (field <= 0 && len > 8 && strncmp(tok, "primary=", 8) == 0)
		{
			status = parse_pollutant_list(tok + 8, len - 8, &aqi->primary, error);
			field = 1;
		}
		else if (field <= 1 && len > 10 && strncmp(tok, "exceeding=", 10) == 0)
		{
			status = parse_pollutant_list(tok + 10, len - 10, &aqi->exceeding, error);
			field = 2;
		}
		else if (field <= 2 && len == 6 && strncmp(tok, "beyond", 6) == 0)
		{
			aqi->beyond = true;
			field = 3;
		}
		else
		{
			error->token = tok;
			error->token_len = len;
			return ECO_AQI_TEXT_UNEXPECTED;
		}
	}
	return status;
}

EcoAqiTextStatus
eco_aqi_parse(const char *input, EcoAqi *aqi, EcoAqiTextError *error)
{
	const char *p = input;
	const char *tok;
	int			len = next_token(&p, &tok);
	const EcoAqiStandard *standard;
	EcoAqiTextStatus status;
	int			i;

	if (len == 0 || len > 3)
		return ECO_AQI_TEXT_BAD_VALUE;
	aqi->value = 0;
	for (i = 0; i < len; i++)
	{
		if (tok[i] < '0' || tok[i] > '9')
			return ECO_AQI_TEXT_BAD_VALUE;
		aqi->value = aqi->value * 10 + (tok[i] - '0');
	}
	aqi->standard = ECO_AQI_NO_STANDARD;
	aqi->primary = 0;
	aqi->exceeding = 0;
	aqi->beyond = false;
	len = next_token(&p, &tok);
	if (len == 0)
	{
		/*
		 * A bare number: what a driver's untyped parameter in "aqi > $1"
		 * holds (PostgreSQL gives an unknown operand of an aqi operator the
		 * type aqi).  An index value without a standard: it compares by
		 * value (eco_aqi_packed_compare) and has no level, category or
		 * pollutants (docs/aqi.md, "Bare numbers").
		 */
		return aqi->value > ECO_AQI_TOP ? ECO_AQI_TEXT_BAD_VALUE : ECO_AQI_TEXT_OK;
	}
	standard = eco_aqi_standard(tok, len);
	if (standard == NULL)
		return ECO_AQI_TEXT_UNKNOWN_STANDARD;
	aqi->standard = standard->id;
	status = parse_fields(p, aqi, error);
	if (status != ECO_AQI_TEXT_OK)
		return status;
	error->check = eco_aqi_check(aqi);
	return error->check == NULL ? ECO_AQI_TEXT_OK : ECO_AQI_TEXT_INVALID;
}

void
eco_aqi_to_binary(const EcoAqi *aqi, uint8_t out[ECO_AQI_BINARY_LENGTH])
{
	out[0] = ECO_AQI_BINARY_VERSION;
	out[1] = (uint8_t) ((uint16_t) aqi->value >> 8);
	out[2] = (uint8_t) aqi->value;
	out[3] = (uint8_t) aqi->standard;
	out[4] = aqi->primary;
	out[5] = aqi->exceeding;
	out[6] = aqi->beyond ? 1 : 0;
}

bool
eco_aqi_from_binary(const uint8_t *in, size_t len, EcoAqi *aqi,
					char problem[ECO_AQI_PROBLEM_MAX])
{
	const char *check;

	if (len != ECO_AQI_BINARY_LENGTH)
	{
		snprintf(problem, ECO_AQI_PROBLEM_MAX, "%d bytes, expected %d",
				 (int) len, ECO_AQI_BINARY_LENGTH);
		return false;
	}
	if (in[0] != ECO_AQI_BINARY_VERSION)
	{
		snprintf(problem, ECO_AQI_PROBLEM_MAX, "format version %d, expected %d",
				 in[0], ECO_AQI_BINARY_VERSION);
		return false;
	}
	if (in[6] > 1)
	{
		snprintf(problem, ECO_AQI_PROBLEM_MAX, "beyond-the-scale byte %d", in[6]);
		return false;
	}
	aqi->value = (int16_t) (uint16_t) ((in[1] << 8) | in[2]);
	aqi->standard = (EcoAqiStandardId) in[3];
	aqi->primary = in[4];
	aqi->exceeding = in[5];
	aqi->beyond = in[6] == 1;
	if (aqi->standard == ECO_AQI_NO_STANDARD)
		check = aqi->value < 0 || aqi->value > ECO_AQI_TOP ? "index value out of range" :
			(aqi->primary | aqi->exceeding | in[6]) != 0 ? "a bare index value has no pollutants" : NULL;
	else
		check = eco_aqi_check(aqi);
	if (check == NULL)
		return true;
	snprintf(problem, ECO_AQI_PROBLEM_MAX, "%s", check);
	return false;
}

/* ---- texts for messages and hints ---- */

const char *const eco_aqi_daily_arg_names[ECO_DAILY_SLOTS] = {
	"so2", "no2", "pm10", "co", "o3_8h", "pm25", "o3_1h", "so2_24h"
};
const char *const eco_aqi_hourly_arg_names[ECO_HOURLY_SLOTS] = {
	"so2", "no2", "pm10", "co", "o3", "pm25", "o3_8h", "pm10_24h", "pm25_24h", "so2_24h"
};

/* appends text, after sep unless at the start, to out (ECO_AQI_LIST_MAX bytes); cut at the end */
static void
append(char *out, size_t *used, const char *sep, const char *text)
{
	const char *pieces[2];
	int			k;

	pieces[0] = *used > 0 ? sep : "";
	pieces[1] = text;
	for (k = 0; k < 2; k++)
	{
		const char *c;

		for (c = pieces[k]; *c != '\0' && *used < ECO_AQI_LIST_MAX - 1; c++)
			out[(*used)++] = *c;
	}
	out[*used] = '\0';
}

void
eco_aqi_standard_list(char out[ECO_AQI_LIST_MAX])
{
	size_t		used = 0;
	int			i;

	out[0] = '\0';
	for (i = 0; eco_aqi_standards[i] != NULL; i++)
		append(out, &used, ", ", eco_aqi_standards[i]->name);
}

void
eco_aqi_accepted_inputs(const EcoAqiStandard *standard, EcoAqiReport report,
						char out[ECO_AQI_LIST_MAX])
{
	const EcoAqiSlot *slots = report == ECO_REPORT_DAILY ? standard->daily : standard->hourly;
	const char *const *names = report == ECO_REPORT_DAILY ? eco_aqi_daily_arg_names : eco_aqi_hourly_arg_names;
	int			n = report == ECO_REPORT_DAILY ? ECO_DAILY_SLOTS : ECO_HOURLY_SLOTS;
	size_t		used = 0;
	int			i;

	out[0] = '\0';
	for (i = 0; i < n; i++)
		if (slots[i].role != ECO_SLOT_REJECTED)
			append(out, &used, ", ", names[i]);
}

const char *
eco_period_label(EcoPeriod period)
{
	const char *label = eco_name_spelling(&eco_period_names, period);

	return label != NULL ? label : "?";
}

void
eco_aqi_standard_columns(const EcoAqiStandard *standard, char out[ECO_AQI_LIST_MAX])
{
	size_t		used = 0;
	int			i;

	out[0] = '\0';
	for (i = 0; i < standard->ncolumns; i++)
	{
		const EcoAqiColumn *column = &standard->columns[i];
		bool		o3 = column->pollutant == ECO_O3_8H || column->pollutant == ECO_O3_1H;

		append(out, &used, ", ", o3 ? "O3" : eco_pollutant_name(column->pollutant));
		append(out, &used, " ", eco_period_label(column->period));
	}
	if (standard->hourly_pm_uses_daily)
		append(out, &used, "", " (1-h PM on the 24h breakpoints)");
	else if (standard->id == ECO_US_EPA_2024)
		append(out, &used, "", " (the PM NowCast on the 24h, the ozone NowCast on the 8h breakpoints)");
}

bool
eco_iaqi_column(const EcoAqiStandard *standard, int name, EcoPeriod explicit_period,
				EcoPollutant *pollutant, EcoPeriod *period, const EcoAqiColumn **column)
{
	EcoPollutant named = ECO_NAMED_POLLUTANT(name);
	EcoPeriod	p = ECO_NAMED_PERIOD(name);

	if (explicit_period != 0)
	{
		if (p != 0 && p != explicit_period)
			return false;
		p = explicit_period;
	}
	if (p == 0)
		p = standard->default_period[named];
	*pollutant = eco_pollutant_for_period(named, p);
	*period = p;
	*column = eco_aqi_column(standard, *pollutant, p);
	return true;
}
