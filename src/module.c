/*
 * ecoinsp: the shared library's one module block.  Each SQL-visible concern
 * has its own glue file beside this one.
 */
#include "postgres.h"
#include "compat.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
