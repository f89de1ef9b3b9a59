/*
 * The PostgreSQL server API differences between the major versions ecoinsp
 * builds against (15 to 18), in one place.  Glue files include it right
 * after postgres.h; the core (src/core/) never sees PostgreSQL headers.
 *
 * Not needed here: PostgreSQL 16 builds extension modules with
 * -fvisibility=hidden, which hides only the symbols the server does not
 * look up.  Every C function the SQL scripts name is declared through
 * PG_FUNCTION_INFO_V1, which marks it and its pg_finfo_ record
 * PGDLLEXPORT; functions shared between the glue files are linked inside
 * the one library and need no export.  make test checks the exports
 * against every released script (test/upgrade/run.sh, with nm -D).
 */
#ifndef ECOINSP_COMPAT_H
#define ECOINSP_COMPAT_H

#include "postgres.h"

/*
 * 16 moved the varlena macros (VARDATA_ANY, VARSIZE_ANY_EXHDR, SET_VARSIZE,
 * ...) out of postgres.h into varatt.h.
 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * 16 gave float8in_internal a fifth argument, the soft-error context of
 * the new input functions (utils/float.h).  ecoinsp calls it with the four
 * arguments of 12 to 15; on 16 and later the context is NULL, so that the
 * function raises its errors as before.  The header is included first so
 * that its own declaration is not rewritten by the macro.
 */
#include "utils/float.h"
#if PG_VERSION_NUM >= 160000
#define float8in_internal(num, endptr_p, type_name, orig_string) \
	float8in_internal((num), (endptr_p), (type_name), (orig_string), NULL)
#endif

/* 17 removed the Abs() macro of c.h. */
#ifndef Abs
#define Abs(x) ((x) >= 0 ? (x) : -(x))
#endif

/*
 * 18 removed pg_attribute_noreturn(), written after a declaration, for
 * pg_noreturn, written before it (C11 _Noreturn where the compiler has it).
 * Before 18 pg_noreturn is the attribute, which GCC and Clang take before
 * a declaration too.
 */
/*
 * 18 also removed INT64_MODIFIER (the "l" or "ll" of int64): a zero-padded
 * int64 is printed as "%0*lld" of a value cast to long long, which every
 * version takes (INT64_FORMAT stays).
 */
#ifndef pg_noreturn
#define pg_noreturn pg_attribute_noreturn()
#endif

#endif							/* ECOINSP_COMPAT_H */
