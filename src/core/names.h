/*
 * Matching the names users write for items, kinds, periods and zones:
 * ASCII letters compare case-insensitively and separators are ignored, so
 * "NH3-N", "nh3n" and "NH3_N" are one name, and "road traffic" is
 * "road_traffic".  Other bytes (Chinese names) must match exactly.
 */
#ifndef ECOINSP_NAMES_H
#define ECOINSP_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* The longest name, in bytes, that can match anything. */
#define ECO_NAME_MAX 64

/*
 * name (len bytes, not necessarily NUL-terminated) folded into out
 * (ECO_NAME_MAX + 1 bytes): ASCII lower case, without blanks and the
 * separators _ - + . ( ), the full-width （ ） and the signs ⁺ ⁻ ₊ ₋; the
 * sub- and superscript digits (₅, ³, ²) are digits and the full-width
 * comma ， is the comma.  False when too long or holding a NUL byte.
 */
extern bool eco_name_fold(const char *name, int len, char *out);

/*
 * The index of the first entry of names (a NULL-terminated list of folded
 * names) equal to folded, or -1.
 */
extern int	eco_name_index(const char *folded, const char *const *names);

/*
 * Whether folded (a folded name) is one of names, a NULL-terminated list of
 * names as the tables write them (folded here, so an entry may be written
 * as the standard prints it, "化学需氧量（COD）"), or a Chinese entry
 * followed by an ASCII entry of the same list, the way the standards print
 * an item with its abbreviation: 高锰酸盐指数(CODMn), 氨氮（NH3-N）.
 */
extern bool eco_name_match(const char *folded, const char *const *names);

/*
 * A name argument's table: every spelling a user may write for each value,
 * looked up through eco_name_fold() (so "PM2.5", "pm25" and "PM2_5" are one
 * spelling), and the hint that lists them, built from the same entries.
 */
typedef struct EcoNameEntry
{
	const char *spelling;		/* as the standard prints it; NULL ends */
	int			value;
	bool		unlisted;		/* accepted, but not listed in the hint */
} EcoNameEntry;

/* a table's entries: ECO_NAME("PM2.5", ECO_PM25), ..., ECO_NAME_END */
#define ECO_NAME(spelling, value) {(spelling), (value), false}
#define ECO_NAME_UNLISTED(spelling, value) {(spelling), (value), true}
#define ECO_NAME_END {NULL, 0, false}

typedef struct EcoNameTable
{
	const char *thing;			/* "pollutant": unknown pollutant "x" */
	const char *things;			/* "pollutants": Accepted pollutants ... */
	const EcoNameEntry *entries;
	const char *note;			/* after the list in the hint, or NULL */
	const char *after;			/* after the quoted name in the error, or NULL */
	bool		printed_pairs;	/* also a non-ASCII spelling followed by an
								 * ASCII one of the same value:
								 * 化学需氧量（COD）, 氨氮(NH3-N) */
} EcoNameTable;

/*
 * The value of name (len bytes) in table: true and *value set, or false
 * when no spelling matches (nor, with printed_pairs, a pair).  The first
 * matching entry wins.
 */
extern bool eco_name_lookup(const EcoNameTable *table, const char *name, int len,
							int *value);

/*
 * The first listed spelling of value in table, or NULL (the name a
 * function prints back, e.g. a period's label).
 */
extern const char *eco_name_spelling(const EcoNameTable *table, int value);

/*
 * The hint of table, written into buf (size bytes, NUL-terminated, cut
 * when too small) as snprintf() does; returns the length of the whole
 * hint.  "Accepted <things> (case-insensitive): " and, for each value in
 * the order of its first listed spelling, that spelling followed by its
 * other listed spellings in parentheses, separated by ", "; then the note
 * and a full stop:
 *   Accepted kinds (case-insensitive): regional (区域), road_traffic (traffic).
 */
extern size_t eco_name_hint(const EcoNameTable *table, char *buf, size_t size);

/* The label languages: 0 'zh', 1 'en' (the label functions, bulletin_lang). */
#define ECO_LANG_ZH 0
#define ECO_LANG_EN 1
extern const EcoNameTable eco_lang_names;

#endif
