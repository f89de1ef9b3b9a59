/*
 * The one report convention of the glue (src/bi.c): a C function returning
 * a composite fills its columns by name, and the json and jsonb casts build
 * their objects through one writer.
 */
#ifndef ECOINSP_REPORT_H
#define ECOINSP_REPORT_H

#include "postgres.h"

#include "access/tupdesc.h"
#include "lib/stringinfo.h"

/*
 * The attribute index (0-based) of each of n column names in tupdesc, -1
 * for a name it does not have; an error naming `what` when tupdesc has a
 * column not among the names or lacks one of the first `required` names.
 * Called once per call site, with the call site's result type.
 */
extern void eco_report_columns(TupleDesc tupdesc, const char *const *names, int n,
							   int required, int *attno, const char *what);

/*
 * A json object written key by key, in order: strings escaped, numbers and
 * booleans as given (a NULL string value is null).
 */
typedef struct EcoJson
{
	StringInfoData buf;
	bool		first;
} EcoJson;

extern void eco_json_begin(EcoJson *j);
extern void eco_json_string(EcoJson *j, const char *key, const char *value);
extern void eco_json_literal(EcoJson *j, const char *key, const char *literal);
extern void eco_json_int(EcoJson *j, const char *key, int64 value);
extern void eco_json_bool(EcoJson *j, const char *key, bool value);
extern void eco_json_float8(EcoJson *j, const char *key, double value);
/* the object as json (text) or parsed as jsonb */
extern Datum eco_json_end(EcoJson *j, bool jsonb);

#endif
