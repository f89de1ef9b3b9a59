/*
 * Text arguments parsed once per call site, and user input echoed in errors.
 *
 * A function that takes a name (a standard, a pollutant, a period, a
 * language ...) parses it with the core's parser, which folds it with
 * eco_name_fold() (core/names.h), and keeps the parsed value in the call
 * site's fn_extra so that the next row with the same name skips the parse.
 *
 * The kept value is reused only when the argument is a Const of the calling
 * expression (a literal, a default, a folded expression), or when it has the
 * same bytes as the text it was parsed from; nothing else is trusted.  In
 * particular not get_fn_expr_arg_stable(): a PL/pgSQL variable or an SQL
 * function's parameter is a Param, stable during one execution of a cached
 * expression but different in the next one, which keeps the same fn_extra.
 *
 * fn_extra of a function that uses these belongs to this module: per-call-
 * site data of the function's own (a plan, a scratch buffer) is asked for
 * with callsite_extra(), and must be checked against the parsed values it
 * was derived from (see aqi.c).
 */
#ifndef ECOINSP_CALLSITE_H
#define ECOINSP_CALLSITE_H

#include "postgres.h"

#include "fmgr.h"

#include "core/names.h"

/* How many distinct text arguments one function can parse through here. */
#define CALLSITE_MAX_ARGS 4

/*
 * Parses len bytes (not NUL-terminated) of a name into a value; raises the
 * error itself (with input_excerpt()) when the name is unknown.
 */
typedef int (*CallSiteParser) (const char *name, int len);

/*
 * The value of text argument argno (not NULL), parsed by parse unless the
 * same bytes were parsed at this call site just before.  For arguments that
 * are usually one value for many rows (a standard, a period, a language).
 */
extern int	callsite_arg(FunctionCallInfo fcinfo, int argno, CallSiteParser parse);

/*
 * The same for an argument that changes from row to row among a few values
 * (a water quality item): the call site remembers up to
 * CALLSITE_VARYING_MAX distinct spellings.
 */
#define CALLSITE_VARYING_MAX 64
extern int	callsite_arg_varying(FunctionCallInfo fcinfo, int argno, CallSiteParser parse);

/*
 * The value of name argument argno in table (core/names.h), looked up once
 * per call site as callsite_arg() parses: 22004 "the <thing> must not be
 * NULL" for NULL (test PG_ARGISNULL first where NULL means something), 22023
 * "unknown <thing> "<excerpt>"<after>" for a name not in the table, both
 * with the hint eco_name_hint() builds from the table.
 */
extern int	callsite_name(FunctionCallInfo fcinfo, int argno, const EcoNameTable *table);

/* The same for an argument that changes from row to row, as callsite_arg_varying(). */
extern int	callsite_name_varying(FunctionCallInfo fcinfo, int argno,
								  const EcoNameTable *table);

/* The value of name (len bytes) in table, or the 22023 error above. */
extern int	name_parse(const EcoNameTable *table, const char *name, int len);

/* The table's hint, palloc'd: "Accepted <things> (case-insensitive): ..." */
extern char *name_hint(const EcoNameTable *table);

/*
 * size bytes of the function's own per-call-site data, zeroed when first
 * asked for, in the call site's memory (lives as long as its fn_extra).
 * Every call of one function must ask for the same size.
 */
extern void *callsite_extra(FunctionCallInfo fcinfo, Size size);

/*
 * For an error message that echoes user input (an unknown name, malformed
 * type input): the first INPUT_EXCERPT_CHARS characters of len bytes (-1:
 * up to the NUL), followed by "..." when there were more, so that a 1 MB
 * argument does not end up in the log whole.  Cuts at a character boundary
 * of the database encoding.  A short NUL-terminated input (len -1) is
 * returned itself.
 */
#define INPUT_EXCERPT_CHARS 100
extern const char *input_excerpt(const char *input, int len);

/* input_excerpt() of a text value */
extern const char *text_excerpt(const text *t);

#endif
