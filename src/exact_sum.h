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

/* 22023 with this message (made with psprintf, say) and hint */
pg_noreturn extern void eco_bad_parameter(const char *message, const char *hint);

/* the aggregate's memory context; an error naming fn when not in an aggregate */
extern MemoryContext eco_agg_context(FunctionCallInfo fcinfo, const char *fn);

/*
 * The memory context of an aggregate's states: the child of aggcontext
 * called name (a string literal), made on first use.  One context shared by
 * every group: a context per group would cost 1 kB a group, and hash
 * aggregation sums the memory of every child context at every new group.
 */
extern MemoryContext eco_states_context(MemoryContext aggcontext, const char *name);

/*
 * Argument argno, a fixed-size state of `size` bytes, to change and return:
 * itself inside an aggregate (its memory is the aggregate's), a copy in the
 * current memory context when called as an ordinary function (rollup()'s
 * combine function called by hand, the + operator), whose argument must
 * not change.
 */
extern void *eco_agg_writable(FunctionCallInfo fcinfo, int argno, Size size);

/*
 * The SQL type exact_state: the state of every aggregate that sums
 * measurements (docs/exact-sums.md).  One type for all of them, so that a
 * distributed engine (Citus) can run any of them as a worker partial: the
 * value names its kind (the aggregate family) and holds that family's state,
 * whose sums are exact sums (EcoXsum).
 *
 * While an aggregate runs, the state is an expanded object (utils/expandeddatum.h)
 * holding the family's C struct, changed in place row by row; wherever the
 * value leaves the aggregate (a parallel worker's tuple, a table, the text
 * and binary forms) it is flattened to its stored form: the kind byte, then
 * the family's own format version byte and its fields, every exact sum in
 * the canonical stored form of core/exact_sum.h.  Reading a stored form
 * validates every byte (22P03); the text form is the kind's name, a colon
 * and the stored form in hexadecimal.
 */
typedef struct EcoStateKind
{
	uint8		id;				/* the kind byte of the stored form */
	const char *name;			/* in the text form and in messages */
	Size		size;			/* of the family's C struct */
	void		(*init) (void *state);
	/* appends the family's stored form (format version byte first) */
	void		(*write) (StringInfo buf, const void *state);
	/* reads and validates it into an init'ed state (full sums in CurrentMemoryContext) */
	void		(*read) (StringInfo buf, void *state);
	/* state += other; full sums allocated in cxt */
	void		(*merge) (void *state, const void *other, MemoryContext cxt);
} EcoStateKind;

/* the families (noise.c, rate.c, water.c, drinking_water.c, groundwater.c) */
extern const EcoStateKind eco_state_leq_mean;
extern const EcoStateKind eco_state_length_weighted_mean;
extern const EcoStateKind eco_state_rate_sum;
extern const EcoStateKind eco_state_water_section;
extern const EcoStateKind eco_state_drinking_water;
extern const EcoStateKind eco_state_groundwater_sample;

/*
 * The writable state of argument argno of a transition or combine function
 * (a new one when it is NULL), with the memory context its full sums go in
 * (*cxt) and the datum to return (*result).  Only in an aggregate.
 */
extern void *eco_state_rw(FunctionCallInfo fcinfo, int argno, const EcoStateKind *kind,
						  MemoryContext *cxt, Datum *result);

/* the state of argument argno to read (not NULL); 22023 when of another kind */
extern const void *eco_state_ro(FunctionCallInfo fcinfo, int argno, const EcoStateKind *kind);

/* the combine function of every family: state += other, NULLs skipped */
extern Datum eco_state_combine(FunctionCallInfo fcinfo, const EcoStateKind *kind);

/* the stored form as bytea and back: the 1.1 serialize and deserialize symbols */
extern Datum eco_state_serialize(FunctionCallInfo fcinfo, const EcoStateKind *kind);
extern Datum eco_state_deserialize(FunctionCallInfo fcinfo, const EcoStateKind *kind);

/*
 * The per-item means of the water states (section_class, exceeding_items,
 * drinking_water_*): the waterbody (0 while no row was seen) and n counts
 * and exact sums.  The stored form is the format version byte, the
 * waterbody byte, the item count byte, then per item the int64 count and
 * the exact sum; reading checks each sum against count * [lowest, 1e12],
 * lowest the lowest water temperature for that item (GB 3838 item 水温) and
 * 0 for the others, and that items come with a waterbody.
 */
extern void eco_item_means_init(int *waterbody, int64 *count, EcoXsum *sum, int n);
extern void eco_item_means_write(StringInfo buf, int version, int waterbody,
								 const int64 *count, const EcoXsum *sum, int n);
extern void eco_item_means_read(StringInfo buf, int version, int *waterbody,
								int64 *count, EcoXsum *sum, int n, const EcoStateKind *kind);
extern void eco_item_means_merge(int64 *count, EcoXsum *sum, const int64 *other_count,
								 const EcoXsum *other_sum, int n, MemoryContext cxt);

/* 22P03 "invalid <kind> state" with a detail */
pg_noreturn extern void eco_state_invalid(const EcoStateKind *kind, const char *detail);

#endif
