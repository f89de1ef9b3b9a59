/*
 * The text output and the binary form of an aqi value (EcoAqi, core/aqi.h),
 * without PostgreSQL: src/aqi.c's aqi_out, aqi_send and aqi_recv.
 */
#ifndef ECOINSP_AIR_AQI_FORMS_H
#define ECOINSP_AIR_AQI_FORMS_H

#include <stddef.h>
#include <stdint.h>

#include "core/aqi.h"

/*
 * The text form: "<value>" for a bare index value, else "<value>
 * <standard>[ primary=P,...][ exceeding=P,...][ beyond]", pollutants in
 * EcoPollutant order.  ECO_AQI_TEXT_MAX holds the longest.
 */
#define ECO_AQI_TEXT_MAX 160
extern void eco_aqi_format(const EcoAqi *aqi, char out[ECO_AQI_TEXT_MAX]);

/*
 * Reads the text form (value, then optional standard, primary=, exceeding=,
 * beyond in that order, separated by spaces).  ECO_AQI_TEXT_OK or what is
 * wrong, with the token at fault in *token / *token_len (UNKNOWN_POLLUTANT,
 * UNEXPECTED), the pollutant (POLLUTANT_TWICE) or eco_aqi_check's problem
 * (INVALID) in *pollutant / *check.  A bare number is a bare index value.
 */
typedef enum EcoAqiTextStatus
{
	ECO_AQI_TEXT_OK,
	ECO_AQI_TEXT_BAD_VALUE,		/* not an integer 0..500 */
	ECO_AQI_TEXT_UNKNOWN_STANDARD,
	ECO_AQI_TEXT_UNKNOWN_POLLUTANT,
	ECO_AQI_TEXT_POLLUTANT_TWICE,
	ECO_AQI_TEXT_UNEXPECTED,
	ECO_AQI_TEXT_INVALID
} EcoAqiTextStatus;

typedef struct EcoAqiTextError
{
	const char *token;
	int			token_len;
	EcoPollutant pollutant;
	const char *check;
} EcoAqiTextError;

extern EcoAqiTextStatus eco_aqi_parse(const char *input, EcoAqi *aqi, EcoAqiTextError *error);

/*
 * Texts for messages and hints, at most ECO_AQI_LIST_MAX bytes with the NUL:
 * the standards' names ("hj633-2012, hj633-2026, ..."); the inputs a report
 * of a standard accepts ("so2, no2, ..."), by the argument names of
 * aqi_daily() / aqi_hourly(), in eco_aqi_daily_arg_names /
 * eco_aqi_hourly_arg_names; a standard's breakpoint columns ("SO2 24h, SO2
 * 1h, ..." and a note on the columns hourly indexes use).
 */
#define ECO_AQI_LIST_MAX 512
extern const char *const eco_aqi_daily_arg_names[ECO_DAILY_SLOTS];
extern const char *const eco_aqi_hourly_arg_names[ECO_HOURLY_SLOTS];
extern void eco_aqi_standard_list(char out[ECO_AQI_LIST_MAX]);
extern void eco_aqi_accepted_inputs(const EcoAqiStandard *standard, EcoAqiReport report,
									char out[ECO_AQI_LIST_MAX]);
extern void eco_aqi_standard_columns(const EcoAqiStandard *standard, char out[ECO_AQI_LIST_MAX]);

/*
 * iaqi()'s column: name is a pollutant name's value (eco_pollutant_names:
 * the pollutant, its period << 8), explicit the period argument (0: NULL).
 * The period is the name's, else the explicit one, else the standard's
 * default for the pollutant; *column is NULL when the standard has none for
 * it.  false (nothing set) when the name and the argument name two periods.
 */
extern bool eco_iaqi_column(const EcoAqiStandard *standard, int name, EcoPeriod explicit_period,
							EcoPollutant *pollutant, EcoPeriod *period,
							const EcoAqiColumn **column);

/* a period's spelling ("1h", "24h", ...), "?" for none */
extern const char *eco_period_label(EcoPeriod period);

/*
 * The binary form: version byte, value (int16, big-endian), standard id,
 * primary set, exceeding set, beyond (0 or 1).
 */
#define ECO_AQI_BINARY_VERSION 1
#define ECO_AQI_BINARY_LENGTH 7
#define ECO_AQI_PROBLEM_MAX 128
extern void eco_aqi_to_binary(const EcoAqi *aqi, uint8_t out[ECO_AQI_BINARY_LENGTH]);

/*
 * Reads len bytes of binary form into *aqi; false with what is wrong in
 * problem ("3 bytes, expected 7", "format version 2, expected 1", ...) when
 * they are not the form of a valid value (eco_aqi_check; a bare index value
 * has a value 0..500 and nothing else).
 */
extern bool eco_aqi_from_binary(const uint8_t *in, size_t len, EcoAqi *aqi,
								char problem[ECO_AQI_PROBLEM_MAX]);

#endif
