/*
 * Rectification (整改) of inspection feedback issues (督察反馈问题): the
 * rules that count them as of a date, the consistency of a summary of
 * counts, and the summary's text form.
 *
 * As of a date, an issue is
 *   due                when its deadline is on or before as_of,
 *   completed          when its completion date is on or before as_of,
 *   completed on time  when it is completed and the completion date is on or
 *                      before its deadline,
 *   overdue            when it is due and not completed.
 * A completion date after as_of is not known as of that date: not completed.
 *
 * Dates are days since 2000-01-01 (PostgreSQL's DateADT), proleptic
 * Gregorian, accepted in years 1..9999.
 */
#ifndef ECOINSP_RECTIFICATION_H
#define ECOINSP_RECTIFICATION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* the counts, in the order of the text and binary forms */
typedef enum EcoRectCount
{
	ECO_RECT_TOTAL,
	ECO_RECT_WITH_DEADLINE,
	ECO_RECT_DUE,
	ECO_RECT_COMPLETED,
	ECO_RECT_COMPLETED_DUE,
	ECO_RECT_COMPLETED_ON_TIME,
	ECO_RECT_DUE_ON_TIME,		/* due and completed on or before the deadline */
	ECO_RECT_COUNTS
} EcoRectCount;

typedef struct EcoRectSummary
{
	int32_t		as_of;
	int32_t		padding;		/* always 0, so that equal summaries have equal bytes */
	int64_t		count[ECO_RECT_COUNTS];
} EcoRectSummary;

/* the counts' names in the text form ("total", "with_deadline", ...) */
extern const char *const eco_rect_count_names[ECO_RECT_COUNTS];

/* the first and last accepted dates: 0001-01-01 and 9999-12-31 */
#define ECO_RECT_FIRST_DATE (-730119)
#define ECO_RECT_LAST_DATE 2921939

extern bool eco_rect_date_valid(int32_t date);

/* the rules, as of as_of (deadline or completion absent: has_* false) */
extern bool eco_rect_is_due(bool has_deadline, int32_t deadline, int32_t as_of);
extern bool eco_rect_is_overdue(bool has_deadline, int32_t deadline, bool has_completed,
								int32_t completed_on, int32_t as_of);

/* an empty summary as of as_of */
extern void eco_rect_init(EcoRectSummary *s, int32_t as_of);

/* counts one issue into s (taken as of s->as_of) */
extern void eco_rect_add_issue(EcoRectSummary *s, bool has_deadline, int32_t deadline,
							   bool has_completed, int32_t completed_on);

/*
 * s += other (the same as_of, which the caller checks); false, with s
 * unchanged from the first count that would pass 2^63 - 1 on, when one
 * does: *which says which.
 */
extern bool eco_rect_merge(EcoRectSummary *s, const EcoRectSummary *other, int *which);

/* due issues not completed: due - completed_due */
extern int64_t eco_rect_overdue(const EcoRectSummary *s);

/*
 * Whether seven counts can come from issues.  As of a date every issue falls
 * in exactly one of seven classes, and the counts determine each class:
 *
 *   due, completed on time           due_on_time
 *   due, completed late              completed_due - due_on_time
 *   due, not completed               due - completed_due
 *   deadline later, completed        completed_on_time - due_on_time
 *   deadline later, not completed    with_deadline - due - (the class above)
 *   no deadline, completed           completed - completed_due - (completed_on_time - due_on_time)
 *   no deadline, not completed       total - with_deadline - (the class above)
 *
 * They can exactly when no count and no class is negative.
 */
typedef enum EcoRectCheck
{
	ECO_RECT_CONSISTENT,
	ECO_RECT_NEGATIVE_COUNT,	/* *which: the EcoRectCount */
	ECO_RECT_NEGATIVE_CLASS		/* *which: the class, eco_rect_class_names */
} EcoRectCheck;

#define ECO_RECT_CLASSES 6
extern const char *const eco_rect_class_names[ECO_RECT_CLASSES];

extern EcoRectCheck eco_rect_check(const EcoRectSummary *s, int *which);

/*
 * The text form "as_of=YYYY-MM-DD,total=N,with_deadline=N,due=N,completed=N,
 * completed_due=N,completed_on_time=N,due_on_time=N": exactly this, with
 * four-digit years 0001..9999, two-digit months and days, counts of decimal
 * digits without sign or blank.  eco_rect_parse reads the syntax and the
 * date (false when either is wrong), not the counts' consistency.
 */
#define ECO_RECT_TEXT_LEN 256
extern void eco_rect_format(const EcoRectSummary *s, char *buf);
extern bool eco_rect_parse(const char *text, EcoRectSummary *s);

/*
 * -1, 0 or 1: two summaries are equal when all their fields are; the order
 * (as_of, then the counts in the order of the text form) has no meaning
 * beyond making DISTINCT, GROUP BY, UNION, sorting and merge joins possible.
 */
extern int	eco_rect_cmp(const EcoRectSummary *a, const EcoRectSummary *b);

#endif
