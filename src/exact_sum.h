/*
 * Glue for aggregate states holding exact sums (core/exact_sum.h): the
 * serialized form shared by every such state, and the aggregate-context
 * checks.
 */
#ifndef ECOINSP_EXACT_SUM_GLUE_H
#define ECOINSP_EXACT_SUM_GLUE_H

#include "postgres.h"

#include "core/exact_sum.h"
#include "fmgr.h"
#include "lib/stringinfo.h"

/* appends the canonical stored form of s */
extern void eco_pq_sendxsum(StringInfo buf, const EcoExactSum *s);

/*
 * Reads one stored form at the cursor into s; an error (22P03) naming
 * `what` when the bytes are not a canonical stored form.
 */
extern void eco_pq_getxsum(StringInfo buf, EcoExactSum *s, const char *what);

/* A StringInfo reading the bytes of a serialized state in place. */
extern void eco_read_state_bytes(StringInfo buf, bytea *bytes);

/* an error (22P03) naming `what` unless every byte of buf was read */
extern void eco_check_state_end(StringInfo buf, const char *what);

/* the aggregate's memory context; an error naming fn when not in an aggregate */
extern MemoryContext eco_agg_context(FunctionCallInfo fcinfo, const char *fn);

/* the exact sum as a double; 22003 naming `what` when it passes 1.8e308 */
extern double eco_xsum_result(const EcoExactSum *s, const char *what);

#endif
