/*
 * Civil dates as days since 2000-01-01 (PostgreSQL's DateADT), proleptic
 * Gregorian: the conversions the rules of periods and deadlines need
 * without a server.
 */
#ifndef ECOINSP_CIVIL_DATE_H
#define ECOINSP_CIVIL_DATE_H

#include <stdbool.h>
#include <stdint.h>

/* the last day of a month (1..12) of a year */
extern int	eco_days_in_month(int year, int month);

/* whether year-month-day is a date (month 1..12, day 1..its last) */
extern bool eco_ymd_valid(int year, int month, int day);

/*
 * days since 2000-01-01 of a valid year-month-day (astronomical years: 0 is
 * 1 BC), and back; any date PostgreSQL accepts
 */
extern int32_t eco_date_from_ymd(int year, int month, int day);
extern void eco_date_to_ymd(int32_t date, int *year, int *month, int *day);

/*
 * The date one year before year-month-day, as PostgreSQL's
 * date - interval '1 year' computes it: the same month and day of the
 * previous year, the month's last day when that day does not exist
 * (Feb 29 -> Feb 28).
 */
extern void eco_one_year_before(int *year, int month, int *day);

#endif
