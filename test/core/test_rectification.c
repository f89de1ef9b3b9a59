/* Rectification counts as of a date: the rules, the consistency check, the text form. */
#include "unit.h"
#include "core/civil_date.h"
#include "core/rectification.h"

#include <string.h>

#define D(y, m, d) eco_date_from_ymd(y, m, d)

static EcoRectSummary
summary(int64_t total, int64_t with_deadline, int64_t due, int64_t completed,
		int64_t completed_due, int64_t completed_on_time, int64_t due_on_time)
{
	EcoRectSummary s;

	eco_rect_init(&s, D(2024, 12, 31));
	s.count[ECO_RECT_TOTAL] = total;
	s.count[ECO_RECT_WITH_DEADLINE] = with_deadline;
	s.count[ECO_RECT_DUE] = due;
	s.count[ECO_RECT_COMPLETED] = completed;
	s.count[ECO_RECT_COMPLETED_DUE] = completed_due;
	s.count[ECO_RECT_COMPLETED_ON_TIME] = completed_on_time;
	s.count[ECO_RECT_DUE_ON_TIME] = due_on_time;
	return s;
}

/* the counts of one issue: total, with_deadline, due, completed, completed_due, on_time, due_on_time */
static void
check_issue(bool has_deadline, int32_t deadline, bool has_completed, int32_t completed_on,
			const int64_t expected[ECO_RECT_COUNTS], const char *what)
{
	EcoRectSummary s;
	int			which = -1;
	int			i;

	eco_rect_init(&s, D(2024, 6, 30));
	eco_rect_add_issue(&s, has_deadline, deadline, has_completed, completed_on);
	for (i = 0; i < ECO_RECT_COUNTS; i++)
		CHECK(s.count[i] == expected[i], "%s: %s = %lld, expected %lld", what,
			  eco_rect_count_names[i], (long long) s.count[i], (long long) expected[i]);
	CHECK(eco_rect_check(&s, &which) == ECO_RECT_CONSISTENT, "%s: one issue is consistent (%d)",
		  what, which);
	CHECK(eco_rect_is_overdue(has_deadline, deadline, has_completed, completed_on, s.as_of) ==
		  (eco_rect_overdue(&s) == 1), "%s: is_overdue agrees with overdue()", what);
	CHECK(eco_rect_is_due(has_deadline, deadline, s.as_of) == (s.count[ECO_RECT_DUE] == 1),
		  "%s: is_due agrees with due()", what);
}

static void
check_class(EcoRectSummary s, EcoRectCheck expected, int expected_which, const char *what)
{
	int			which = -1;
	EcoRectCheck got = eco_rect_check(&s, &which);

	CHECK(got == expected && (expected == ECO_RECT_CONSISTENT || which == expected_which),
		  "%s: check %d (which %d), expected %d (which %d)", what, (int) got, which,
		  (int) expected, expected_which);
}

/* the order: as_of first, then each count in turn, both directions */
static void
check_cmp(void)
{
	EcoRectSummary a = summary(5, 4, 3, 2, 1, 1, 1);
	EcoRectSummary b = a;
	int			i;

	CHECK(eco_rect_cmp(&a, &b) == 0, "equal");
	b.as_of = a.as_of + 1;
	b.count[ECO_RECT_TOTAL] = 0;
	CHECK(eco_rect_cmp(&a, &b) == -1 && eco_rect_cmp(&b, &a) == 1, "as_of first");
	for (i = 0; i < ECO_RECT_COUNTS; i++)
	{
		b = a;
		b.count[i]++;
		if (i + 1 < ECO_RECT_COUNTS)
			b.count[i + 1] = INT64_MIN;
		CHECK(eco_rect_cmp(&a, &b) == -1 && eco_rect_cmp(&b, &a) == 1, "count %d", i);
		b.count[i] = INT64_MAX;
		a.count[ECO_RECT_COUNTS - 1] = INT64_MIN;
		CHECK(eco_rect_cmp(&a, &b) == -1, "count %d at the top", i);
		a = summary(5, 4, 3, 2, 1, 1, 1);
	}
	b = a;
	b.padding = 1;
	CHECK(eco_rect_cmp(&a, &b) == 0, "padding ignored");
}

int
main(void)
{
	int32_t		as_of = D(2024, 6, 30);
	EcoRectSummary s;
	EcoRectSummary t;
	char		text[ECO_RECT_TEXT_LEN];
	int			which;

	CHECK(eco_rect_date_valid(D(1, 1, 1)) && !eco_rect_date_valid(D(1, 1, 1) - 1), "the first date");
	CHECK(eco_rect_date_valid(D(9999, 12, 31)) && !eco_rect_date_valid(D(9999, 12, 31) + 1), "the last date");
	CHECK(ECO_RECT_FIRST_DATE == D(1, 1, 1) && ECO_RECT_LAST_DATE == D(9999, 12, 31), "the limits");
	CHECK(!eco_rect_date_valid(INT32_MIN) && !eco_rect_date_valid(INT32_MAX), "-infinity, infinity");

	/* due: a deadline on or before as_of; NULL deadline never */
	CHECK(eco_rect_is_due(true, as_of, as_of), "deadline on as_of is due");
	CHECK(eco_rect_is_due(true, as_of - 1, as_of), "deadline the day before is due");
	CHECK(!eco_rect_is_due(true, as_of + 1, as_of), "deadline the day after is not due");
	CHECK(!eco_rect_is_due(false, as_of - 1, as_of), "no deadline is never due");

	/* overdue: due and not completed as of as_of */
	CHECK(eco_rect_is_overdue(true, as_of, false, 0, as_of), "due, not completed");
	CHECK(!eco_rect_is_overdue(true, as_of, true, as_of, as_of), "completed on as_of");
	CHECK(!eco_rect_is_overdue(true, as_of - 5, true, as_of - 1, as_of), "completed late, before as_of");
	CHECK(eco_rect_is_overdue(true, as_of, true, as_of + 1, as_of), "completed after as_of: overdue as of it");
	CHECK(!eco_rect_is_overdue(true, as_of + 1, false, 0, as_of), "not due yet");
	CHECK(!eco_rect_is_overdue(false, as_of - 1, false, 0, as_of), "no deadline");

	/* one issue in each class, and each boundary of its dates */
	{
		static const int64_t on_time_due[] = {1, 1, 1, 1, 1, 1, 1};
		static const int64_t late_due[] = {1, 1, 1, 1, 1, 0, 0};
		static const int64_t open_due[] = {1, 1, 1, 0, 0, 0, 0};
		static const int64_t ahead_done[] = {1, 1, 0, 1, 0, 1, 0};
		static const int64_t ahead_open[] = {1, 1, 0, 0, 0, 0, 0};
		static const int64_t free_done[] = {1, 0, 0, 1, 0, 0, 0};
		static const int64_t free_open[] = {1, 0, 0, 0, 0, 0, 0};

		check_issue(true, as_of, true, as_of, on_time_due, "deadline = completion = as_of");
		check_issue(true, as_of - 1, true, as_of - 1, on_time_due, "completed on the deadline, before as_of");
		check_issue(true, as_of - 1, true, as_of - 2, on_time_due, "completed the day before the deadline");
		check_issue(true, as_of - 2, true, as_of - 1, late_due, "completed the day after the deadline");
		check_issue(true, as_of - 1, true, as_of, late_due, "completed late, on as_of");
		check_issue(true, as_of, false, 0, open_due, "due on as_of, not completed");
		check_issue(true, as_of, true, as_of + 1, open_due, "due, completed the day after as_of");
		check_issue(true, as_of + 1, true, as_of, ahead_done, "deadline the day after as_of, completed on as_of");
		check_issue(true, as_of + 1, true, as_of + 1, ahead_open, "deadline and completion after as_of");
		check_issue(true, as_of + 1, false, 0, ahead_open, "deadline after as_of, not completed");
		check_issue(false, 0, true, as_of, free_done, "no deadline, completed on as_of");
		check_issue(false, 0, true, as_of - 1, free_done, "no deadline, completed before as_of");
		check_issue(false, 0, true, as_of + 1, free_open, "no deadline, completed after as_of");
		check_issue(false, 0, false, 0, free_open, "no deadline, not completed");
	}

	/* the bulletin's 209 of 209: counts add up over issues */
	eco_rect_init(&s, as_of);
	{
		int			i;

		for (i = 0; i < 209; i++)
			eco_rect_add_issue(&s, true, as_of - 10, true, as_of - 10 - (i % 2));
		eco_rect_add_issue(&s, true, as_of + 10, false, 0);
	}
	CHECK(s.count[ECO_RECT_TOTAL] == 210 && s.count[ECO_RECT_DUE] == 209 &&
		  s.count[ECO_RECT_COMPLETED_DUE] == 209 && eco_rect_overdue(&s) == 0 &&
		  s.count[ECO_RECT_WITH_DEADLINE] == 210, "209 of 209 due rectified");
	CHECK(s.as_of == as_of && s.padding == 0, "as_of kept, padding 0");

	/* merge: counts added, overflow refused naming the count */
	t = s;
	CHECK(eco_rect_merge(&t, &s, &which) && t.count[ECO_RECT_TOTAL] == 420 &&
		  t.count[ECO_RECT_DUE_ON_TIME] == 2 * s.count[ECO_RECT_DUE_ON_TIME], "merged");
	t = summary(INT64_MAX - 1, 0, 0, 0, 0, 0, 0);
	s = summary(1, 0, 0, 0, 0, 0, 0);
	CHECK(eco_rect_merge(&t, &s, &which) && t.count[ECO_RECT_TOTAL] == INT64_MAX, "up to INT64_MAX");
	which = -1;
	CHECK(!eco_rect_merge(&t, &s, &which) && which == ECO_RECT_TOTAL, "beyond INT64_MAX: total");
	t = summary(5, 5, 5, 5, 5, 5, INT64_MAX);
	s = summary(1, 1, 1, 1, 1, 1, 1);
	which = -1;
	CHECK(!eco_rect_merge(&t, &s, &which) && which == ECO_RECT_DUE_ON_TIME,
		  "the last count overflows: due_on_time (%d)", which);

	/* consistency: each count and each class, on, below and above zero */
	check_class(summary(0, 0, 0, 0, 0, 0, 0), ECO_RECT_CONSISTENT, 0, "zero");
	check_class(summary(7, 5, 3, 4, 2, 2, 1), ECO_RECT_CONSISTENT, 0, "one in every class");
	{
		int			i;

		for (i = 0; i < ECO_RECT_COUNTS; i++)
		{
			s = summary(7, 5, 3, 4, 2, 2, 1);
			s.count[i] = -1;
			check_class(s, ECO_RECT_NEGATIVE_COUNT, i, eco_rect_count_names[i]);
		}
	}
	/* completed late: completed_due - due_on_time */
	check_class(summary(1, 1, 1, 1, 1, 1, 1), ECO_RECT_CONSISTENT, 0, "late = 0");
	check_class(summary(2, 2, 2, 2, 1, 2, 2), ECO_RECT_NEGATIVE_CLASS, 0, "late = -1");
	/* not completed: due - completed_due */
	check_class(summary(1, 1, 1, 1, 1, 1, 1), ECO_RECT_CONSISTENT, 0, "open due = 0");
	check_class(summary(2, 2, 1, 2, 2, 2, 2), ECO_RECT_NEGATIVE_CLASS, 1, "open due = -1");
	/* completed ahead: completed_on_time - due_on_time */
	check_class(summary(1, 1, 1, 1, 1, 1, 1), ECO_RECT_CONSISTENT, 0, "ahead = 0");
	check_class(summary(1, 1, 1, 1, 1, 0, 1), ECO_RECT_NEGATIVE_CLASS, 2, "ahead = -1");
	/* deadline ahead, open: with_deadline - due - ahead */
	check_class(summary(2, 2, 1, 2, 1, 2, 1), ECO_RECT_CONSISTENT, 0, "ahead open = 0");
	check_class(summary(2, 1, 1, 2, 1, 2, 1), ECO_RECT_NEGATIVE_CLASS, 3, "ahead open = -1");
	check_class(summary(3, 3, 1, 2, 1, 2, 1), ECO_RECT_CONSISTENT, 0, "ahead open = 1");
	/* no deadline, completed: completed - completed_due - ahead */
	check_class(summary(3, 3, 1, 1, 1, 2, 1), ECO_RECT_NEGATIVE_CLASS, 4, "free done = -1");
	check_class(summary(3, 3, 1, 2, 1, 2, 1), ECO_RECT_CONSISTENT, 0, "free done = 0");
	check_class(summary(4, 3, 1, 3, 1, 2, 1), ECO_RECT_CONSISTENT, 0, "free done = 1");
	/* no deadline, open: total - with_deadline - free done */
	check_class(summary(3, 3, 1, 3, 1, 2, 1), ECO_RECT_NEGATIVE_CLASS, 5, "free open = -1");
	check_class(summary(4, 3, 1, 3, 1, 2, 1), ECO_RECT_CONSISTENT, 0, "free open = 0");
	check_class(summary(5, 3, 1, 3, 1, 2, 1), ECO_RECT_CONSISTENT, 0, "free open = 1");
	/* differences that would pass INT64_MIN are negative classes, not wrapped */
	check_class(summary(0, 0, 0, INT64_MAX, 0, INT64_MAX, 0), ECO_RECT_NEGATIVE_CLASS, 3,
				"ahead open beyond INT64_MIN");
	check_class(summary(0, INT64_MAX, 0, 0, 0, INT64_MAX, 0), ECO_RECT_NEGATIVE_CLASS, 4,
				"free done beyond INT64_MIN");
	check_class(summary(0, INT64_MAX, 0, INT64_MAX, 0, 0, 0), ECO_RECT_NEGATIVE_CLASS, 5,
				"free open beyond INT64_MIN");
	check_class(summary(INT64_MAX, INT64_MAX, INT64_MAX, INT64_MAX, INT64_MAX, INT64_MAX, INT64_MAX),
				ECO_RECT_CONSISTENT, 0, "all INT64_MAX");
	CHECK(strcmp(eco_rect_class_names[0], "due issues completed late (completed_due - due_on_time)") == 0 &&
		  strcmp(eco_rect_class_names[5], "issues without a deadline, not completed") == 0, "class names");

	/* the text form, and reading it back */
	s = summary(7, 5, 3, 4, 2, 2, 1);
	eco_rect_format(&s, text);
	CHECK(strcmp(text, "as_of=2024-12-31,total=7,with_deadline=5,due=3,completed=4,"
				 "completed_due=2,completed_on_time=2,due_on_time=1") == 0, "text: %s", text);
	CHECK(eco_rect_parse(text, &t) && memcmp(&s, &t, sizeof(s)) == 0, "read back");
	s = summary(INT64_MAX, INT64_MAX, 0, 0, 0, 0, 0);
	s.as_of = D(1, 1, 1);
	eco_rect_format(&s, text);
	CHECK(strncmp(text, "as_of=0001-01-01,total=9223372036854775807,", 43) == 0, "text: %s", text);
	CHECK(eco_rect_parse(text, &t) && memcmp(&s, &t, sizeof(s)) == 0, "read back the extremes");
	CHECK(eco_rect_parse("as_of=9999-12-31,total=0,with_deadline=0,due=0,completed=0,"
						 "completed_due=0,completed_on_time=0,due_on_time=0", &t) &&
		  t.as_of == D(9999, 12, 31), "the last date");
	CHECK(eco_rect_parse("as_of=2024-02-29,total=0,with_deadline=0,due=0,completed=0,"
						 "completed_due=0,completed_on_time=0,due_on_time=0", &t) &&
		  t.as_of == D(2024, 2, 29), "a leap day");
	{
		static const char *const bad[] = {
			"",
			"as_of=2024-12-31",
			"as_of=2024-12-3",
			"as_of=0000-12-31,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2023-02-29,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-13-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-00-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-00,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-32,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=+024-01-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of= 024-01-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024/01-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01/01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_at=2024-01-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			/* a character just past either end of the digits, where the year it
			 * would give is still a valid one (2:24 -> 3024, 20/4 -> 1994) */
			"as_of=2:24-01-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=20/4-01-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-0x,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-0x-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-01,total=-1,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-01,total= 1,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-01,total=9223372036854775808,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-01;total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-01,totals=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-01,total:0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-01,with_deadline=0,total=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0",
			"as_of=2024-01-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0",
			"as_of=2024-01-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=",
			"as_of=2024-01-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0 ",
			"as_of=2024-01-01,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0,",
		};
		int			i;

		for (i = 0; i < (int) (sizeof(bad) / sizeof(bad[0])); i++)
			CHECK(!eco_rect_parse(bad[i], &t), "accepted: \"%s\"", bad[i]);
	}
	check_cmp();
	return UNIT_DONE("rectification");
}
