/*
 * An exact sum of doubles: a fixed-point superaccumulator covering the whole
 * range of finite doubles (after R. M. Neal, "Fast exact summation using
 * small and large superaccumulators", 2015, the small one).
 *
 * The value is sum(chunk[k] * 2^(32k - 1074)): every finite double is an
 * integer multiple of 2^-1074 below 2^1024, so adding one splits its
 * significand over three 32-bit chunks and rounds nothing.  Chunks are
 * 64-bit, so carries are propagated only every ECO_XSUM_MAX_PENDING
 * additions.  The sum is therefore the same whatever the order and grouping
 * of the additions (and removals), and eco_xsum_to_double rounds it once,
 * to nearest with ties to even.
 */
#ifndef ECOINSP_EXACT_SUM_H
#define ECOINSP_EXACT_SUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ECO_XSUM_CHUNK_BITS 32
/*
 * A double's lowest bit is at least bit 0 (2^-1074) and its highest at most
 * bit 2097 (2^1023 of the largest binade): chunks 0..65.  Chunk 66 takes the
 * carries out of them (2^46 maximal terms before bit 2143).
 */
#define ECO_XSUM_CHUNKS 67
/* each addition changes a chunk by less than 2^32: 2^30 of them fit in 63 bits */
#define ECO_XSUM_MAX_PENDING (INT64_C(1) << 30)

typedef struct EcoExactSum
{
	int64_t		chunk[ECO_XSUM_CHUNKS];
	int64_t		pending;		/* additions since the carries were last propagated */
} EcoExactSum;

/* the largest stored form: sign, first chunk, chunk count, 4 bytes per chunk */
#define ECO_XSUM_STORED_MAX (3 + 4 * ECO_XSUM_CHUNKS)

extern void eco_xsum_init(EcoExactSum *s);

/* s += x; x must be finite */
extern void eco_xsum_add(EcoExactSum *s, double x);

/* s -= x; x must be finite */
extern void eco_xsum_sub(EcoExactSum *s, double x);

/*
 * x * y = *product + *error exactly (fma), unless the product overflows or
 * comes within 2^-969 of zero (then the error term is itself rounded)
 */
extern void eco_two_product(double x, double y, double *product, double *error);

/* s += other */
extern void eco_xsum_merge(EcoExactSum *s, const EcoExactSum *other);

/* -1, 0 or 1: the sign of the exact sum */
extern int	eco_xsum_sign(const EcoExactSum *s);

/*
 * The exact sum rounded to the nearest double (ties to even).  False, with
 * *result = ±Infinity, when its magnitude rounds to 2^1024 or more.
 */
extern bool eco_xsum_to_double(const EcoExactSum *s, double *result);

/*
 * The canonical stored form, one byte string per value: a sign byte (0 or
 * 1), the index of the lowest non-zero chunk, the number n of chunks from it
 * to the highest non-zero one, then n magnitudes of 32 bits, big-endian,
 * lowest first; zero is 0, 0, 0.  eco_xsum_write returns the length
 * (at most ECO_XSUM_STORED_MAX).
 */
extern size_t eco_xsum_write(const EcoExactSum *s, uint8_t *buf);

/*
 * Reads a stored form from buf[0..len); returns the number of bytes read,
 * or 0 when they are not a canonical stored form (a sign of zero, a zero
 * first or last chunk, a chunk past the last, too short).
 */
extern size_t eco_xsum_read(EcoExactSum *s, const uint8_t *buf, size_t len);

/*
 * The compact form every aggregate state holds: while the terms' bits span
 * fewer than 125 bits (lowest bit of the smallest to the top of the sum:
 * 10^-6 .. 10^12 in one item of a water section, 10^4.5 .. 10^7 for levels
 * of 45..70 dB, with room for 2^40 rows), the sum is one 128-bit integer
 * times 2^(base - 1074); beyond that it moves into a full EcoExactSum whose
 * storage the caller provides (eco_xs_attach).  The value, and so every
 * result, is the same in either form: the form only decides speed and size.
 */
typedef struct EcoXsum
{
	uint64_t	lo;				/* the 128-bit two's-complement integer, as words */
	uint64_t	hi;				/* (a palloc'd struct is not 16-byte aligned) */
	int32_t		base;			/* bit position of its unit; -1 while empty */
	EcoExactSum *big;			/* the value, once it does not fit; else NULL */
} EcoXsum;

extern void eco_xs_init(EcoXsum *s);

/*
 * s += x (or s -= x); x finite.  False, changing nothing, when the sum
 * needs its full form and has none: attach storage, then add again.
 */
extern bool eco_xs_add(EcoXsum *s, double x);
extern bool eco_xs_sub(EcoXsum *s, double x);

/* moves the value into *storage (any contents) and keeps it there */
extern void eco_xs_attach(EcoXsum *s, EcoExactSum *storage);

/* s += other; false, changing nothing, as for eco_xs_add */
extern bool eco_xs_merge(EcoXsum *s, const EcoXsum *other);

/* the value as a full exact sum */
extern void eco_xs_value(const EcoXsum *s, EcoExactSum *out);

/* -1, 0 or 1 */
extern int	eco_xs_sign(const EcoXsum *s);

/* as eco_xsum_to_double (the compact form rounded without the full one) */
extern bool eco_xs_to_double(const EcoXsum *s, double *result);

/* the compact form of a full exact sum; false when it needs the full form */
extern bool eco_xs_from_full(EcoXsum *s, const EcoExactSum *full);

#endif
