/*
 * Rectification counts as of a date (see rectification.h).
 */
#include "core/rectification.h"

#include "core/civil_date.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const eco_rect_count_names[ECO_RECT_COUNTS] = {
	"total", "with_deadline", "due", "completed", "completed_due",
	"completed_on_time", "due_on_time"
};

const char *const eco_rect_class_names[ECO_RECT_CLASSES] = {
	"due issues completed late (completed_due - due_on_time)",
	"due issues not completed (due - completed_due)",
	"issues completed before a deadline still ahead (completed_on_time - due_on_time)",
	"issues with a deadline still ahead, not completed",
	"completed issues without a deadline",
	"issues without a deadline, not completed"
};

bool
eco_rect_date_valid(int32_t date)
{
	return date >= ECO_RECT_FIRST_DATE && date <= ECO_RECT_LAST_DATE;
}

bool
eco_rect_is_due(bool has_deadline, int32_t deadline, int32_t as_of)
{
	return has_deadline && deadline <= as_of;
}

bool
eco_rect_is_overdue(bool has_deadline, int32_t deadline, bool has_completed,
					int32_t completed_on, int32_t as_of)
{
	return eco_rect_is_due(has_deadline, deadline, as_of) &&
		!(has_completed && completed_on <= as_of);
}

void
eco_rect_init(EcoRectSummary *s, int32_t as_of)
{
	memset(s, 0, sizeof(*s));
	s->as_of = as_of;
}

void
eco_rect_add_issue(EcoRectSummary *s, bool has_deadline, int32_t deadline,
				   bool has_completed, int32_t completed_on)
{
	bool		due = eco_rect_is_due(has_deadline, deadline, s->as_of);
	bool		completed = has_completed && completed_on <= s->as_of;
	bool		on_time = completed && has_deadline && completed_on <= deadline;

	/* no count can overflow before 2^63 issues */
	s->count[ECO_RECT_TOTAL]++;
	s->count[ECO_RECT_WITH_DEADLINE] += has_deadline;
	s->count[ECO_RECT_DUE] += due;
	s->count[ECO_RECT_COMPLETED] += completed;
	s->count[ECO_RECT_COMPLETED_DUE] += due && completed;
	s->count[ECO_RECT_COMPLETED_ON_TIME] += on_time;
	s->count[ECO_RECT_DUE_ON_TIME] += due && on_time;
}

bool
eco_rect_merge(EcoRectSummary *s, const EcoRectSummary *other, int *which)
{
	int			i;

	for (i = 0; i < ECO_RECT_COUNTS; i++)
	{
		/* both counts are non-negative: only an overflow above INT64_MAX */
		if (other->count[i] > INT64_MAX - s->count[i])
		{
			*which = i;
			return false;
		}
		s->count[i] += other->count[i];
	}
	return true;
}

int64_t
eco_rect_overdue(const EcoRectSummary *s)
{
	return s->count[ECO_RECT_DUE] - s->count[ECO_RECT_COMPLETED_DUE];
}

/* a - b for a class b >= 0; a value below INT64_MIN is negative too: -1 */
static int64_t
minus_class(int64_t a, int64_t b)
{
	return a < INT64_MIN + b ? -1 : a - b;
}

EcoRectCheck
eco_rect_check(const EcoRectSummary *s, int *which)
{
	const int64_t *c = s->count;
	int64_t		classes[ECO_RECT_CLASSES];
	int			i;

	for (i = 0; i < ECO_RECT_COUNTS; i++)
		if (c[i] < 0)
		{
			*which = i;
			return ECO_RECT_NEGATIVE_COUNT;
		}

	/*
	 * Each class is checked before the next one uses it, so every operand is
	 * a difference of non-negative counts (which cannot overflow) or a class
	 * known to be non-negative.
	 */
	classes[0] = c[ECO_RECT_COMPLETED_DUE] - c[ECO_RECT_DUE_ON_TIME];
	classes[1] = c[ECO_RECT_DUE] - c[ECO_RECT_COMPLETED_DUE];
	classes[2] = c[ECO_RECT_COMPLETED_ON_TIME] - c[ECO_RECT_DUE_ON_TIME];
	for (i = 0; i < ECO_RECT_CLASSES; i++)
	{
		if (i == 3)
			classes[3] = minus_class(c[ECO_RECT_WITH_DEADLINE] - c[ECO_RECT_DUE], classes[2]);
		else if (i == 4)
			classes[4] = minus_class(c[ECO_RECT_COMPLETED] - c[ECO_RECT_COMPLETED_DUE], classes[2]);
		else if (i == 5)
			classes[5] = minus_class(c[ECO_RECT_TOTAL] - c[ECO_RECT_WITH_DEADLINE], classes[4]);
		if (classes[i] < 0)
		{
			*which = i;
			return ECO_RECT_NEGATIVE_CLASS;
		}
	}
	return ECO_RECT_CONSISTENT;
}

void
eco_rect_format(const EcoRectSummary *s, char *buf)
{
	int			year,
				month,
				day;
	int			len;
	int			i;

	eco_date_to_ymd(s->as_of, &year, &month, &day);
	len = snprintf(buf, ECO_RECT_TEXT_LEN, "as_of=%04d-%02d-%02d", year, month, day);
	for (i = 0; i < ECO_RECT_COUNTS; i++)
		len += snprintf(buf + len, ECO_RECT_TEXT_LEN - len, ",%s=%lld",
						eco_rect_count_names[i], (long long) s->count[i]);
}

/* n ASCII digits at p as a number; -1 when one is not a digit */
static int
digits_value(const char *p, int n)
{
	int			value = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		if (p[i] < '0' || p[i] > '9')
			return -1;
		value = value * 10 + (p[i] - '0');
	}
	return value;
}

/* "as_of=YYYY-MM-DD": ten ASCII digits and dashes, no sign, no blank */
#define AS_OF_LENGTH 16

bool
eco_rect_parse(const char *text, EcoRectSummary *s)
{
	const char *p = text;
	int			year,
				month,
				day;
	int			i;

	memset(s, 0, sizeof(*s));
	for (i = 0; i < AS_OF_LENGTH; i++)
		if (p[i] == '\0')
			return false;
	if (strncmp(p, "as_of=", 6) != 0 || p[10] != '-' || p[13] != '-')
		return false;
	year = digits_value(p + 6, 4);
	month = digits_value(p + 11, 2);
	day = digits_value(p + 14, 2);
	if (year < 1 || !eco_ymd_valid(year, month, day))
		return false;
	s->as_of = eco_date_from_ymd(year, month, day);
	p += AS_OF_LENGTH;
	for (i = 0; i < ECO_RECT_COUNTS; i++)
	{
		size_t		name_length = strlen(eco_rect_count_names[i]);
		char	   *end;

		if (*p++ != ',' || strncmp(p, eco_rect_count_names[i], name_length) != 0 ||
			p[name_length] != '=')
			return false;
		p += name_length + 1;
		if (*p < '0' || *p > '9')
			return false;
		errno = 0;
		s->count[i] = strtoll(p, &end, 10);
		if (errno != 0)
			return false;
		p = end;
	}
	return *p == '\0';
}

int
eco_rect_cmp(const EcoRectSummary *a, const EcoRectSummary *b)
{
	int			i;

	if (a->as_of != b->as_of)
		return a->as_of < b->as_of ? -1 : 1;
	for (i = 0; i < ECO_RECT_COUNTS; i++)
		if (a->count[i] != b->count[i])
			return a->count[i] < b->count[i] ? -1 : 1;
	return 0;
}
