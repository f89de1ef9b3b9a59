/*
 * Civil dates (see civil_date.h).
 */
#include "core/civil_date.h"

static bool
is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
eco_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

bool
eco_ymd_valid(int year, int month, int day)
{
	return month >= 1 && month <= 12 && day >= 1 && day <= eco_days_in_month(year, month);
}

/*
 * Days from civil dates and back over 400-year eras of 146097 days
 * (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"), years
 * starting on March 1 so that February's leap day ends them.
 */
#define DAYS_2000_03_01 60		/* 2000-01-01 + 60 days */
#define ERA_DAYS 146097

int32_t
eco_date_from_ymd(int year, int month, int day)
{
	int64_t		y = month <= 2 ? (int64_t) year - 1 : year;
	int64_t		era = (y >= 0 ? y : y - 399) / 400;
	int64_t		yoe = y - era * 400;	/* 0..399 */
	int64_t		doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;	/* 0..146096 */

	/* 2000-03-01 is day 0 of era 5 */
	return (int32_t) ((era - 5) * ERA_DAYS + doe + DAYS_2000_03_01);
}

void
eco_date_to_ymd(int32_t date, int *year, int *month, int *day)
{
	int64_t		z = (int64_t) date - DAYS_2000_03_01 + 5 * ERA_DAYS;	/* since 0000-03-01 */
	int64_t		era = (z >= 0 ? z : z - (ERA_DAYS - 1)) / ERA_DAYS;
	int64_t		doe = z - era * ERA_DAYS;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;

	*day = (int) (doy - (153 * mp + 2) / 5 + 1);
	*month = (int) (mp < 10 ? mp + 3 : mp - 9);
	*year = (int) (yoe + era * 400 + (*month <= 2));
}

void
eco_one_year_before(int *year, int month, int *day)
{
	*year -= 1;
	if (*day > eco_days_in_month(*year, month))
		*day = eco_days_in_month(*year, month);
}
