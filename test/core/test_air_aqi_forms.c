/* The aqi value's text output and binary form (core/air_aqi_forms.h). */
#include "unit.h"
#include "core/air_aqi_forms.h"

#include <string.h>

#define ALL ((1u << ECO_N_POLLUTANTS) - 1)

static EcoAqi
aqi_of(int value, EcoAqiStandardId standard, unsigned primary, unsigned exceeding, bool beyond)
{
	EcoAqi		a;

	a.value = value;
	a.standard = standard;
	a.primary = (uint8_t) primary;
	a.exceeding = (uint8_t) exceeding;
	a.beyond = beyond;
	return a;
}

static bool
formats_as(EcoAqi a, const char *want)
{
	char		out[ECO_AQI_TEXT_MAX];

	memset(out, 'x', sizeof(out));
	eco_aqi_format(&a, out);
	if (strcmp(out, want) != 0)
		printf("  got \"%s\"\n", out);
	return strcmp(out, want) == 0;
}

static void
test_text(void)
{
	char		out[ECO_AQI_TEXT_MAX];
	int			id;

	CHECK(formats_as(aqi_of(0, ECO_AQI_NO_STANDARD, 0, 0, false), "0"), "bare 0");
	CHECK(formats_as(aqi_of(500, ECO_AQI_NO_STANDARD, 0, 0, false), "500"), "bare 500");
	CHECK(formats_as(aqi_of(42, ECO_HJ633_2012, 0, 0, false), "42 hj633-2012"), "no pollutants");
	CHECK(formats_as(aqi_of(156, ECO_HJ633_2012, 1u << ECO_PM25, 1u << ECO_PM25, false),
					 "156 hj633-2012 primary=PM2.5 exceeding=PM2.5"), "the documented example");
	CHECK(formats_as(aqi_of(3, ECO_EEA_2024, 1u << ECO_NO2, 0, false), "3 eea-2024 primary=NO2"),
		  "a band, primary only");
	CHECK(formats_as(aqi_of(120, ECO_HJ633_2012, 0, (1u << ECO_SO2) | (1u << ECO_O3_1H), false),
					 "120 hj633-2012 exceeding=SO2,O3_1h"), "exceeding only, first and last pollutant");
	CHECK(formats_as(aqi_of(500, ECO_HJ633_2012, 1u << ECO_CO, 1u << ECO_CO, true),
					 "500 hj633-2012 primary=CO exceeding=CO beyond"), "beyond");
	CHECK(formats_as(aqi_of(500, ECO_HJ633_2012, 0, 0, true), "500 hj633-2012 beyond"), "beyond alone");
	CHECK(formats_as(aqi_of(500, ECO_HJ633_2012, ALL, ALL, true),
					 "500 hj633-2012 primary=SO2,NO2,PM10,CO,O3_8h,PM2.5,O3_1h "
					 "exceeding=SO2,NO2,PM10,CO,O3_8h,PM2.5,O3_1h beyond"), "every pollutant");
	/* the longest text of every standard fits */
	for (id = ECO_HJ633_2012; id <= ECO_UK_DAQI; id++)
	{
		EcoAqi		a = aqi_of(-500, (EcoAqiStandardId) id, ALL, ALL, true);

		eco_aqi_format(&a, out);
		CHECK(strlen(out) < ECO_AQI_TEXT_MAX - 20 &&
			  strncmp(out + 5, eco_aqi_standard_by_id((EcoAqiStandardId) id)->name,
					  strlen(eco_aqi_standard_by_id((EcoAqiStandardId) id)->name)) == 0 &&
			  strcmp(out + strlen(out) - 7, " beyond") == 0, "standard %d: %s", id, out);
	}
}

/* parses input; the status, and the value in *a */
static EcoAqiTextStatus
parse(const char *input, EcoAqi *a, EcoAqiTextError *e)
{
	memset(a, 0x55, sizeof(*a));
	memset(e, 0, sizeof(*e));
	return eco_aqi_parse(input, a, e);
}

/* input parses and prints back as itself */
static bool
text_round_trip(const char *input)
{
	EcoAqi		a;
	EcoAqiTextError e;

	return parse(input, &a, &e) == ECO_AQI_TEXT_OK && formats_as(a, input);
}

static bool
token_is(const EcoAqiTextError *e, const char *want)
{
	return e->token != NULL && e->token_len == (int) strlen(want) &&
		strncmp(e->token, want, strlen(want)) == 0;
}

static void
test_parse(void)
{
	EcoAqi		a;
	EcoAqiTextError e;

	CHECK(text_round_trip("156 hj633-2012 primary=PM2.5 exceeding=PM2.5"), "the documented example");
	CHECK(text_round_trip("3 eea-2024 primary=NO2"), "a band");
	CHECK(text_round_trip("42 hj633-2012"), "no pollutants");
	CHECK(text_round_trip("500 hj633-2012 primary=CO exceeding=CO beyond"), "beyond");
	CHECK(text_round_trip("0") && text_round_trip("500"), "bare 0 and 500");
	CHECK(parse("  7  ", &a, &e) == ECO_AQI_TEXT_OK && a.value == 7 && a.standard == ECO_AQI_NO_STANDARD &&
		  a.primary == 0 && a.exceeding == 0 && !a.beyond, "bare, spaces around");
	CHECK(parse("007", &a, &e) == ECO_AQI_TEXT_OK && a.value == 7, "leading zeros");
	CHECK(parse("120  hj633-2012   exceeding=SO2,O3_1h primary=SO2", &a, &e) == ECO_AQI_TEXT_UNEXPECTED &&
		  token_is(&e, "primary=SO2"), "primary after exceeding");
	CHECK(parse("120 hj633-2012 primary=O3_1h,SO2 exceeding=SO2,O3_1h", &a, &e) == ECO_AQI_TEXT_OK &&
		  a.value == 120 && a.standard == ECO_HJ633_2012 && a.primary == ((1u << ECO_O3_1H) | (1u << ECO_SO2)) &&
		  a.exceeding == a.primary && !a.beyond, "a list in any order, several spaces");

	CHECK(parse("", &a, &e) == ECO_AQI_TEXT_BAD_VALUE, "empty");
	CHECK(parse("   ", &a, &e) == ECO_AQI_TEXT_BAD_VALUE, "spaces");
	CHECK(parse("1000", &a, &e) == ECO_AQI_TEXT_BAD_VALUE, "four digits");
	CHECK(parse("501", &a, &e) == ECO_AQI_TEXT_BAD_VALUE, "bare 501");
	CHECK(parse("-1", &a, &e) == ECO_AQI_TEXT_BAD_VALUE, "a sign");
	CHECK(parse("1a", &a, &e) == ECO_AQI_TEXT_BAD_VALUE, "a letter");
	CHECK(parse("9/ hj633-2012", &a, &e) == ECO_AQI_TEXT_BAD_VALUE && parse(":", &a, &e) == ECO_AQI_TEXT_BAD_VALUE,
		  "the characters beside the digits");
	CHECK(parse("501 hj633-2012", &a, &e) == ECO_AQI_TEXT_INVALID && e.check != NULL &&
		  strcmp(e.check, "index value out of range") == 0, "501 of a standard: eco_aqi_check");
	CHECK(parse("50 hj999", &a, &e) == ECO_AQI_TEXT_UNKNOWN_STANDARD, "unknown standard");
	CHECK(parse("150 hj633-2012 primary=PM2.5,XX exceeding=PM2.5", &a, &e) == ECO_AQI_TEXT_UNKNOWN_POLLUTANT &&
		  token_is(&e, "XX"), "unknown pollutant");
	CHECK(parse("150 hj633-2012 primary=PM2.5, exceeding=PM2.5", &a, &e) == ECO_AQI_TEXT_UNKNOWN_POLLUTANT &&
		  token_is(&e, ""), "an empty name after a comma");
	CHECK(parse("150 hj633-2012 primary=O3 exceeding=O3", &a, &e) == ECO_AQI_TEXT_UNKNOWN_POLLUTANT &&
		  token_is(&e, "O3"), "O3 without its period");
	CHECK(parse("150 hj633-2012 primary=PM2.5_24h", &a, &e) == ECO_AQI_TEXT_UNKNOWN_POLLUTANT,
		  "a period on another pollutant");
	CHECK(parse("150 hj633-2012 primary=PM2.5 exceeding=PM2.5,SO2,PM2.5", &a, &e) == ECO_AQI_TEXT_POLLUTANT_TWICE &&
		  e.pollutant == ECO_PM25, "listed twice");
	CHECK(parse("150 hj633-2012 primary= exceeding=PM2.5", &a, &e) == ECO_AQI_TEXT_UNEXPECTED &&
		  token_is(&e, "primary="), "an empty list");
	CHECK(parse("150 hj633-2012 primary=PM2.5 exceeding=", &a, &e) == ECO_AQI_TEXT_UNEXPECTED &&
		  token_is(&e, "exceeding="), "an empty exceeding list");
	CHECK(parse("500 hj633-2012 beyond primary=CO", &a, &e) == ECO_AQI_TEXT_UNEXPECTED &&
		  token_is(&e, "primary=CO"), "a field after beyond");
	CHECK(parse("500 hj633-2012 beyond beyond", &a, &e) == ECO_AQI_TEXT_UNEXPECTED, "beyond twice");
	CHECK(parse("500 hj633-2012 beyondx", &a, &e) == ECO_AQI_TEXT_UNEXPECTED && token_is(&e, "beyondx"),
		  "beyond and more");
	CHECK(parse("150 hj633-2012 exceeding=PM2.5 exceeding=PM2.5", &a, &e) == ECO_AQI_TEXT_UNEXPECTED,
		  "exceeding twice");
	CHECK(parse("150 hj633-2012 primary=PM2.5", &a, &e) == ECO_AQI_TEXT_INVALID && e.check != NULL,
		  "above 100 without exceeding: eco_aqi_check");
}

/* binary form of a, then read back: true when it reads and equals a */
static bool
round_trip(EcoAqi a)
{
	uint8_t		bytes[ECO_AQI_BINARY_LENGTH];
	char		problem[ECO_AQI_PROBLEM_MAX];
	EcoAqi		b;

	eco_aqi_to_binary(&a, bytes);
	memset(&b, 0x55, sizeof(b));
	return eco_aqi_from_binary(bytes, sizeof(bytes), &b, problem) &&
		b.value == a.value && b.standard == a.standard && b.primary == a.primary &&
		b.exceeding == a.exceeding && b.beyond == a.beyond;
}

/* the problem reading these bytes, "" when they read */
static const char *
problem_of(const uint8_t *bytes, size_t len)
{
	static char problem[ECO_AQI_PROBLEM_MAX];
	EcoAqi		a;

	if (eco_aqi_from_binary(bytes, len, &a, problem))
		return "";
	return problem;
}

static void
test_binary(void)
{
	uint8_t		b[ECO_AQI_BINARY_LENGTH + 1];
	EcoAqi		a = aqi_of(0x1f4, ECO_HJ633_2012, 1u << ECO_CO, 1u << ECO_CO, true);
	const uint8_t want[ECO_AQI_BINARY_LENGTH] = {1, 0x01, 0xf4, ECO_HJ633_2012, 1u << ECO_CO, 1u << ECO_CO, 1};

	eco_aqi_to_binary(&a, b);
	CHECK(memcmp(b, want, sizeof(want)) == 0, "the bytes: version, value big-endian, standard, sets, beyond");
	a.beyond = false;
	a.value = 300;
	eco_aqi_to_binary(&a, b);
	CHECK(b[6] == 0, "not beyond: 0");

	CHECK(round_trip(aqi_of(156, ECO_HJ633_2012, 1u << ECO_PM25, 1u << ECO_PM25, false)), "round trip");
	CHECK(round_trip(aqi_of(500, ECO_HJ633_2012, 1u << ECO_CO, 1u << ECO_CO, true)), "round trip, beyond");
	CHECK(round_trip(aqi_of(0, ECO_AQI_NO_STANDARD, 0, 0, false)), "round trip, bare 0");
	CHECK(round_trip(aqi_of(500, ECO_AQI_NO_STANDARD, 0, 0, false)), "round trip, bare 500");
	CHECK(round_trip(aqi_of(6, ECO_EEA_2024, 1u << ECO_PM10, 0, false)), "round trip, a band");

	eco_aqi_to_binary(&a, b);
	CHECK(strcmp(problem_of(b, 7), "") == 0, "reads");
	CHECK(strcmp(problem_of(b, 6), "6 bytes, expected 7") == 0, "one byte short");
	CHECK(strcmp(problem_of(b, 8), "8 bytes, expected 7") == 0, "one byte over");
	CHECK(strcmp(problem_of(b, 0), "0 bytes, expected 7") == 0, "empty");
	b[0] = 2;
	CHECK(strcmp(problem_of(b, 7), "format version 2, expected 1") == 0, "version 2");
	b[0] = 0;
	CHECK(strcmp(problem_of(b, 7), "format version 0, expected 1") == 0, "version 0");
	b[0] = 1;
	b[6] = 2;
	CHECK(strcmp(problem_of(b, 7), "beyond-the-scale byte 2") == 0, "beyond byte 2");
	b[6] = 255;
	CHECK(strcmp(problem_of(b, 7), "beyond-the-scale byte 255") == 0, "beyond byte 255");
	b[6] = 1;
	CHECK(strcmp(problem_of(b, 7), "only an index of 500 can be beyond the scale") == 0,
		  "eco_aqi_check's problem");

	/* a bare index value: 0..500 (signed), nothing else */
	memcpy(b, (const uint8_t[]) {1, 0x01, 0xf4, 0, 0, 0, 0}, 7);
	CHECK(strcmp(problem_of(b, 7), "") == 0, "bare 500");
	b[2] = 0xf5;
	CHECK(strcmp(problem_of(b, 7), "index value out of range") == 0, "bare 501");
	b[1] = 0xff;
	b[2] = 0xff;
	CHECK(strcmp(problem_of(b, 7), "index value out of range") == 0, "bare -1 (the value is signed)");
	b[1] = 0;
	b[2] = 0;
	CHECK(strcmp(problem_of(b, 7), "") == 0, "bare 0");
	b[4] = 1;
	CHECK(strcmp(problem_of(b, 7), "a bare index value has no pollutants") == 0, "bare with primary");
	b[4] = 0;
	b[5] = 1;
	CHECK(strcmp(problem_of(b, 7), "a bare index value has no pollutants") == 0, "bare with exceeding");
	b[5] = 0;
	b[6] = 1;
	CHECK(strcmp(problem_of(b, 7), "a bare index value has no pollutants") == 0, "bare and beyond");
	b[6] = 0;
	b[3] = 9;
	CHECK(strcmp(problem_of(b, 7), "unknown standard") == 0, "standard 9");
}

static bool
columns_are(EcoAqiStandardId id, const char *want)
{
	char		out[ECO_AQI_LIST_MAX];

	eco_aqi_standard_columns(eco_aqi_standard_by_id(id), out);
	if (strcmp(out, want) != 0)
		printf("  got \"%s\"\n", out);
	return strcmp(out, want) == 0;
}

static bool
inputs_are(EcoAqiStandardId id, EcoAqiReport report, const char *want)
{
	char		out[ECO_AQI_LIST_MAX];

	eco_aqi_accepted_inputs(eco_aqi_standard_by_id(id), report, out);
	if (strcmp(out, want) != 0)
		printf("  got \"%s\"\n", out);
	return strcmp(out, want) == 0;
}

/* the texts of hints, as the regression tests' expected outputs show them */
static void
test_hint_texts(void)
{
	char		out[ECO_AQI_LIST_MAX];
	int			id;
	int			r;

	eco_aqi_standard_list(out);
	CHECK(strcmp(out, "hj633-2012, hj633-2026, us-epa-2024, eea-2024, eea-2021, uk-daqi") == 0,
		  "the standards: %s", out);
	CHECK(columns_are(ECO_HJ633_2026, "SO2 24h, SO2 1h, NO2 24h, NO2 1h, PM10 24h, CO 24h, CO 1h, O3 1h, "
					  "O3 8h, PM2.5 24h (1-h PM on the 24h breakpoints)"), "HJ 633-2026 columns");
	CHECK(columns_are(ECO_EEA_2024, "PM2.5 1h, PM10 1h, NO2 1h, O3 1h, SO2 1h"), "EEA 2024 columns");
	CHECK(columns_are(ECO_EEA_2021, "PM2.5 24h, PM10 24h, NO2 1h, O3 1h, SO2 1h"), "EEA 2021 columns");
	CHECK(columns_are(ECO_US_EPA_2024, "O3 8h, O3 1h, PM2.5 24h, PM10 24h, CO 8h, SO2 1h, SO2 24h, NO2 1h "
					  "(the PM NowCast on the 24h, the ozone NowCast on the 8h breakpoints)"), "US EPA columns");
	CHECK(inputs_are(ECO_HJ633_2012, ECO_REPORT_DAILY, "so2, no2, pm10, co, o3_8h, pm25, o3_1h"), "HJ 633-2012 daily");
	CHECK(inputs_are(ECO_HJ633_2026, ECO_REPORT_DAILY, "so2, no2, pm10, co, o3_8h, pm25"), "HJ 633-2026 daily");
	CHECK(inputs_are(ECO_HJ633_2026, ECO_REPORT_HOURLY, "so2, no2, pm10, co, o3, pm25"), "HJ 633-2026 hourly");
	CHECK(inputs_are(ECO_EEA_2024, ECO_REPORT_HOURLY, "so2, no2, pm10, o3, pm25"), "EEA 2024 hourly");
	CHECK(inputs_are(ECO_EEA_2021, ECO_REPORT_HOURLY, "so2, no2, o3, pm10_24h, pm25_24h"), "EEA 2021 hourly");
	CHECK(inputs_are(ECO_UK_DAQI, ECO_REPORT_HOURLY, "so2, no2, o3_8h, pm10_24h, pm25_24h"), "UK DAQI hourly");
	CHECK(strcmp(eco_period_label(ECO_PERIOD_24H), "24h") == 0 && strcmp(eco_period_label(ECO_PERIOD_15MIN), "15min") == 0 &&
		  strcmp(eco_period_label((EcoPeriod) 0), "?") == 0 && strcmp(eco_period_label((EcoPeriod) 2), "?") == 0,
		  "period labels");
	CHECK(strcmp(eco_aqi_daily_arg_names[ECO_DAILY_SO2_24H], "so2_24h") == 0 &&
		  strcmp(eco_aqi_hourly_arg_names[ECO_HOURLY_SLOTS - 1], "so2_24h") == 0, "the last argument names");
	/* every text fits, and none is cut */
	for (id = ECO_HJ633_2012; id <= ECO_UK_DAQI; id++)
	{
		eco_aqi_standard_columns(eco_aqi_standard_by_id((EcoAqiStandardId) id), out);
		CHECK(strlen(out) > 0 && strlen(out) < ECO_AQI_LIST_MAX / 2, "standard %d columns fit", id);
		for (r = 0; r < 2; r++)
		{
			eco_aqi_accepted_inputs(eco_aqi_standard_by_id((EcoAqiStandardId) id),
									r == 0 ? ECO_REPORT_DAILY : ECO_REPORT_HOURLY, out);
			CHECK(strlen(out) < ECO_AQI_LIST_MAX / 2 && strncmp(out, ", ", 2) != 0, "standard %d inputs fit", id);
		}
	}
}

static void
test_iaqi_column(void)
{
	const EcoAqiStandard *hj = eco_aqi_standard_by_id(ECO_HJ633_2012);
	const EcoAqiColumn *column = NULL;
	EcoPollutant pollutant = ECO_N_POLLUTANTS;
	EcoPeriod	period = 0;

	CHECK(eco_iaqi_column(hj, ECO_PM25, 0, &pollutant, &period, &column) && pollutant == ECO_PM25 &&
		  period == hj->default_period[ECO_PM25] && period == ECO_PERIOD_24H && column != NULL &&
		  column->pollutant == ECO_PM25 && column->period == ECO_PERIOD_24H, "PM2.5: the default period");
	CHECK(eco_iaqi_column(hj, ECO_SO2, ECO_PERIOD_1H, &pollutant, &period, &column) && pollutant == ECO_SO2 &&
		  period == ECO_PERIOD_1H && column != NULL && column->period == ECO_PERIOD_1H, "SO2, period 1h given");
	CHECK(eco_iaqi_column(hj, ECO_SO2 | (ECO_PERIOD_1H << 8), 0, &pollutant, &period, &column) &&
		  period == ECO_PERIOD_1H && column != NULL && column->period == ECO_PERIOD_1H, "SO2 named with 1h");
	CHECK(eco_iaqi_column(hj, ECO_SO2 | (ECO_PERIOD_1H << 8), ECO_PERIOD_1H, &pollutant, &period, &column) &&
		  period == ECO_PERIOD_1H, "named and given, the same");
	period = 0;
	column = NULL;
	CHECK(!eco_iaqi_column(hj, ECO_SO2 | (ECO_PERIOD_1H << 8), ECO_PERIOD_24H, &pollutant, &period, &column) &&
		  period == 0 && column == NULL, "named 1h, given 24h: refused, nothing set");
	CHECK(eco_iaqi_column(hj, ECO_O3_8H, ECO_PERIOD_1H, &pollutant, &period, &column) &&
		  pollutant == ECO_O3_1H && column != NULL && column->pollutant == ECO_O3_1H, "O3 at 1h: the 1-h indicator");
	CHECK(eco_iaqi_column(hj, ECO_SO2, ECO_PERIOD_15MIN, &pollutant, &period, &column) &&
		  period == ECO_PERIOD_15MIN && column == NULL, "a period the standard has no column for");
	CHECK(eco_iaqi_column(eco_aqi_standard_by_id(ECO_EEA_2024), ECO_CO, 0, &pollutant, &period, &column) &&
		  column == NULL, "a pollutant the standard has no column for");
}

int
main(void)
{
	test_text();
	test_parse();
	test_binary();
	test_hint_texts();
	test_iaqi_column();
	return UNIT_DONE("test_air_aqi_forms");
}
