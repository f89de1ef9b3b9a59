/*
 * Matching the names users write for items, kinds, periods and zones:
 * ASCII letters compare case-insensitively and separators are ignored, so
 * "NH3-N", "nh3n" and "NH3_N" are one name, and "road traffic" is
 * "road_traffic".  Other bytes (Chinese names) must match exactly.
 */
#ifndef ECOINSP_NAMES_H
#define ECOINSP_NAMES_H

#include <stdbool.h>

/* The longest name, in bytes, that can match anything. */
#define ECO_NAME_MAX 64

/*
 * name (len bytes, not necessarily NUL-terminated) folded into out
 * (ECO_NAME_MAX + 1 bytes): ASCII lower case, without blanks and the
 * separators _ - + . ( ), the full-width （ ） and the signs ⁺ ⁻ ₊ ₋; the
 * sub- and superscript digits (₅, ³, ²) are digits and the full-width
 * comma ， is the comma.  False when too long.
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

#endif
