/* Change between periods in percent, and the period one year before. */
#include "unit.h"
#include "core/civil_date.h"
#include "core/period_change.h"

#include <math.h>
#include <string.h>

static void
check_change(EcoChangeKind kind, double current, double previous, double expected)
{
	double		got = -12345;
	EcoChangeStatus status = eco_change_pct(kind, current, previous, &got);

	CHECK(status == ECO_CHANGE_DONE && got == expected,
		  "%s(%.17g, %.17g) = %.17g (status %d), expected %.17g",
		  eco_change_name(kind), current, previous, got, (int) status, expected);
}

static void
check_status(EcoChangeKind kind, double current, double previous, EcoChangeStatus expected)
{
	double		got = -12345;
	EcoChangeStatus status = eco_change_pct(kind, current, previous, &got);

	CHECK(status == expected, "%s(%.17g, %.17g): status %d, expected %d",
		  eco_change_name(kind), current, previous, (int) status, (int) expected);
	if (expected != ECO_CHANGE_DONE)
		CHECK(got == -12345, "%s(%.17g, %.17g): result written without one",
			  eco_change_name(kind), current, previous);
}

int
main(void)
{
	int			y,
				m,
				d;

	CHECK(strcmp(eco_change_name(ECO_CHANGE_YOY), "yoy_change") == 0, "yoy name");
	CHECK(strcmp(eco_change_name(ECO_CHANGE_IMPROVEMENT), "improvement") == 0, "improvement name");

	/* the bulletin's figures: PM2.5 31 -> 30 improved 3.2258...% */
	check_change(ECO_CHANGE_IMPROVEMENT, 30, 31, 100.0 / 31);
	check_change(ECO_CHANGE_YOY, 30, 31, -100.0 / 31);
	check_change(ECO_CHANGE_YOY, 33, 30, 10);
	check_change(ECO_CHANGE_IMPROVEMENT, 33, 30, -10);
	check_change(ECO_CHANGE_YOY, 30, 30, 0);
	check_change(ECO_CHANGE_IMPROVEMENT, 30, 30, 0);
	/* exactly 56.25 %, which doubles evaluated naively give as 56.25000000000001 */
	check_change(ECO_CHANGE_YOY, 0.125, 0.08, 56.25);
	check_change(ECO_CHANGE_IMPROVEMENT, 0.035, 0.08, 56.25);
	/* different scales: 0.074 against 0.08 */
	check_change(ECO_CHANGE_YOY, 0.074, 0.08, -7.5);
	check_change(ECO_CHANGE_YOY, 0.08, 0.074, 600.0 / 74);
	check_change(ECO_CHANGE_YOY, -1, 2, -150);
	check_change(ECO_CHANGE_YOY, 1, -2, -150);
	check_change(ECO_CHANGE_IMPROVEMENT, 1, -2, 150);

	check_status(ECO_CHANGE_YOY, 5, 0, ECO_CHANGE_NO_BASE);
	check_status(ECO_CHANGE_IMPROVEMENT, 5, -0.0, ECO_CHANGE_NO_BASE);
	check_status(ECO_CHANGE_YOY, 0.1 + 0.2, 3, ECO_CHANGE_NEEDS_EXACT);
	check_status(ECO_CHANGE_YOY, 3, 0.1 + 0.2, ECO_CHANGE_NEEDS_EXACT);
	check_status(ECO_CHANGE_YOY, 1e20, 3, ECO_CHANGE_NEEDS_EXACT);
	/* counts below 2^50 each, but 2^50 once on one scale */
	check_status(ECO_CHANGE_YOY, 1e14, 0.5, ECO_CHANGE_NEEDS_EXACT);
	check_status(ECO_CHANGE_YOY, 0.5, 1e14, ECO_CHANGE_NEEDS_EXACT);
	/* the difference times 100 at 2^50: just too large; just below: exact */
	check_status(ECO_CHANGE_YOY, 11258999068428, 1, ECO_CHANGE_NEEDS_EXACT);
	check_change(ECO_CHANGE_YOY, 11258999068427, 1, 1125899906842600.0);
	check_status(ECO_CHANGE_IMPROVEMENT, 1, 11258999068428, ECO_CHANGE_NEEDS_EXACT);
	check_change(ECO_CHANGE_IMPROVEMENT, 1, 11258999068427, 1125899906842600.0 / 11258999068427);

	/* civil dates */
	CHECK(eco_date_from_ymd(2000, 1, 1) == 0, "2000-01-01 is day 0");
	CHECK(eco_date_from_ymd(2000, 3, 1) == 60, "2000-03-01 is day 60 (leap year)");
	CHECK(eco_date_from_ymd(1999, 12, 31) == -1, "1999-12-31 is day -1");
	CHECK(eco_date_from_ymd(2001, 1, 1) == 366, "2001-01-01");
	CHECK(eco_date_from_ymd(1900, 3, 1) - eco_date_from_ymd(1900, 2, 28) == 1, "1900 is not a leap year");
	CHECK(eco_date_from_ymd(1, 1, 1) == -730119, "0001-01-01");
	CHECK(eco_date_from_ymd(9999, 12, 31) == 2921939, "9999-12-31");
	CHECK(eco_date_from_ymd(2024, 12, 31) == 9131, "2024-12-31");
	{
		int32_t		date;
		int			bad = 0;

		for (date = -730119; date <= 2921939; date += 7)
		{
			eco_date_to_ymd(date, &y, &m, &d);
			if (!eco_ymd_valid(y, m, d) || eco_date_from_ymd(y, m, d) != date)
				bad++;
		}
		CHECK(bad == 0, "dates and days disagree on %d days", bad);
		bad = 0;
		for (y = 1; y <= 9999; y += 13)
			for (m = 1; m <= 12; m++)
			{
				int			last = eco_days_in_month(y, m);

				if (eco_date_from_ymd(y, m, last) + 1 !=
					(m == 12 ? eco_date_from_ymd(y + 1, 1, 1) : eco_date_from_ymd(y, m + 1, 1)))
					bad++;
			}
		CHECK(bad == 0, "months do not follow each other on %d months", bad);
	}
	/* PostgreSQL's date range: 4714-11-24 BC (year -4713) to 5874897-12-31 */
	CHECK(eco_date_from_ymd(-4713, 11, 24) == -2451545, "the first PostgreSQL date");
	CHECK(eco_date_from_ymd(5874897, 12, 31) == 2145031948, "the last PostgreSQL date");
	CHECK(eco_date_from_ymd(0, 12, 31) == eco_date_from_ymd(1, 1, 1) - 1, "1 BC ends before 1 AD");
	CHECK(eco_date_from_ymd(0, 3, 1) - eco_date_from_ymd(0, 2, 28) == 2, "1 BC (year 0) is a leap year");
	eco_date_to_ymd(2145031948, &y, &m, &d);
	CHECK(y == 5874897 && m == 12 && d == 31, "day 2145031948: %d-%d-%d", y, m, d);
	eco_date_to_ymd(-2451545, &y, &m, &d);
	CHECK(y == -4713 && m == 11 && d == 24, "day -2451545: %d-%d-%d", y, m, d);
	eco_date_to_ymd(0, &y, &m, &d);
	CHECK(y == 2000 && m == 1 && d == 1, "day 0: %d-%d-%d", y, m, d);
	eco_date_to_ymd(59, &y, &m, &d);
	CHECK(y == 2000 && m == 2 && d == 29, "day 59: %d-%d-%d", y, m, d);
	eco_date_to_ymd(-730119, &y, &m, &d);
	CHECK(y == 1 && m == 1 && d == 1, "day -730119: %d-%d-%d", y, m, d);
	eco_date_to_ymd(2921939, &y, &m, &d);
	CHECK(y == 9999 && m == 12 && d == 31, "day 2921939: %d-%d-%d", y, m, d);

	CHECK(eco_days_in_month(2024, 2) == 29, "Feb 2024");
	CHECK(eco_days_in_month(2023, 2) == 28, "Feb 2023");
	CHECK(eco_days_in_month(1900, 2) == 28, "Feb 1900");
	CHECK(eco_days_in_month(2000, 2) == 29, "Feb 2000");
	CHECK(eco_days_in_month(2023, 1) == 31 && eco_days_in_month(2023, 4) == 30 &&
		  eco_days_in_month(2023, 12) == 31 && eco_days_in_month(2023, 11) == 30, "31 and 30");
	CHECK(eco_ymd_valid(2024, 2, 29) && !eco_ymd_valid(2023, 2, 29), "Feb 29");
	CHECK(eco_ymd_valid(2023, 1, 31) && !eco_ymd_valid(2023, 1, 32), "day 31 and 32");
	CHECK(eco_ymd_valid(2023, 1, 1) && !eco_ymd_valid(2023, 1, 0), "day 1 and 0");
	CHECK(eco_ymd_valid(2023, 12, 1) && !eco_ymd_valid(2023, 13, 1), "month 12 and 13");
	CHECK(eco_ymd_valid(2023, 1, 1) && !eco_ymd_valid(2023, 0, 1), "month 1 and 0");

	y = 2024, d = 29;
	eco_one_year_before(&y, 2, &d);
	CHECK(y == 2023 && d == 28, "2024-02-29 - 1 year = %d-02-%d", y, d);
	y = 2025, d = 28;
	eco_one_year_before(&y, 2, &d);
	CHECK(y == 2024 && d == 28, "2025-02-28 - 1 year = %d-02-%d", y, d);
	y = 2025, d = 31;
	eco_one_year_before(&y, 3, &d);
	CHECK(y == 2024 && d == 31, "2025-03-31 - 1 year = %d-03-%d", y, d);
	y = 2024, d = 30;
	eco_one_year_before(&y, 4, &d);
	CHECK(y == 2023 && d == 30, "2024-04-30 - 1 year = %d-04-%d", y, d);

	return UNIT_DONE("period_change");
}
