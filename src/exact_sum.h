/*
 * Glue for aggregate states holding exact sums (core/exact_sum.h): the
 * compact sums with their full form allocated on demand in the aggregate's
 * memory context, the serialized form shared by every such state, and the
 * aggregate-context checks.
 */
#ifndef ECOINSP_EXACT_SUM_GLUE_H
#define ECOINSP_EXACT_SUM_GLUE_H

#include "postgres.h"

#include "core/exact_sum.h"
#include "fmgr.h"
#include "lib/stringinfo.h"

/* s += x, s -= x, s += other; a full form, when needed, is allocated in cxt */
extern void eco_xs_add_in(EcoXsum *s, double x, MemoryContext cxt);
extern void eco_xs_sub_in(EcoXsum *s, double x, MemoryContext cxt);
extern void eco_xs_merge_in(EcoXsum *s, const EcoXsum *other, MemoryContext cxt);

/* *dst = *src, the full form (if any) copied into cxt */
extern void eco_xs_copy_in(EcoXsum *dst, const EcoXsum *src, MemoryContext cxt);

/* the exact sum as a double; 22003 naming `what` when it passes 1.8e308 */
extern double eco_xs_result(const EcoXsum *s, const char *what);

/* appends the canonical stored form of s (core/exact_sum.h) */
extern void eco_pq_sendxs(StringInfo buf, const EcoXsum *s);

/*
 * Reads one stored form at the cursor into s (a full form in the current
 * memory context when needed); 22P03 naming `what` when the bytes are not
 * a canonical stored form.
 */
extern void eco_pq_getxs(StringInfo buf, EcoXsum *s, const char *what);

/* A StringInfo reading the bytes of a serialized state in place. */
extern void eco_read_state_bytes(StringInfo buf, bytea *bytes);

/* 22P03 naming `what` unless every byte of buf was read */
extern void eco_check_state_end(StringInfo buf, const char *what);

/* the aggregate's memory context; an error naming fn when not in an aggregate */
extern MemoryContext eco_agg_context(FunctionCallInfo fcinfo, const char *fn);

#endif
