/*
 * The calendar of an air summary: days of a year numbered from 0, and the
 * months GB 3095 Table 4 counts valid days in.
 */
#include "core/air_summary.h"

static bool
is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static const int month_start[2][13] = {
	{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
	{0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
};

bool
eco_air_year_valid(int year)
{
	return year >= 1 && year <= 9999;
}

int
eco_air_days_in_year(int year)
{
	return is_leap(year) ? 366 : 365;
}

int
eco_air_day_of_year(int year, int month, int day)
{
	return month_start[is_leap(year)][month - 1] + day - 1;
}

int
eco_air_month_of_day(int year, int day_of_year)
{
	int			month = 1;

	while (day_of_year >= month_start[is_leap(year)][month])
		month++;
	return month;
}

/* spelled as the AQI standard argument spells them (aqi_tables.c) */
static const EcoNameEntry aqi_rule_entries[] = {
	ECO_NAME("hj633-2012", ECO_AIR_AQI_HJ633_2012),
	ECO_NAME("hj633-2026", ECO_AIR_AQI_HJ633_2026),
	ECO_NAME_END
};

const EcoNameTable eco_air_aqi_rule_names = {
	.thing = "AQI standard", .things = "standards", .entries = aqi_rule_entries,
	.note = ", or NULL for the standard in force on each day", .after = " for an air summary"
};

const char *
eco_air_aqi_rule_name(EcoAirAqiRule rule)
{
	return rule == ECO_AIR_AQI_BY_DATE ? "by date" : eco_name_spelling(&eco_air_aqi_rule_names, rule);
}

int
eco_air_month_first_day(int year, int month)
{
	return month_start[is_leap(year)][month - 1];
}
