/*
 * Name folding and the table-driven name argument (core/names.h): every
 * folding rule on, just below and just above its bytes; the length limit;
 * lookups, printed pairs, spellings and the generated hint.
 */
#include "unit.h"
#include "core/names.h"

#include <string.h>

/* folds len bytes of name (-1: strlen) and compares with expected (NULL: too long) */
static void
fold_is(const char *name, int len, const char *expected)
{
	char		out[ECO_NAME_MAX + 1];
	bool		ok;

	if (len < 0)
		len = (int) strlen(name);
	memset(out, 'X', sizeof(out));
	ok = eco_name_fold(name, len, out);
	if (expected == NULL)
		CHECK(!ok, "fold(\"%s\") is too long", name);
	else
		CHECK(ok && strcmp(out, expected) == 0, "fold(\"%s\") = \"%s\", expected \"%s\"",
			  name, ok ? out : "(false)", expected);
}

enum
{
	KIND_REGIONAL = 3, KIND_TRAFFIC = 7, KIND_SECRET = 9
};

static const EcoNameEntry kind_entries[] = {
	ECO_NAME("regional", KIND_REGIONAL),
	ECO_NAME("区域", KIND_REGIONAL),
	ECO_NAME("road_traffic", KIND_TRAFFIC),
	ECO_NAME_UNLISTED("road-noise", KIND_TRAFFIC),
	ECO_NAME("traffic", KIND_TRAFFIC),
	ECO_NAME("道路交通", KIND_TRAFFIC),
	ECO_NAME_UNLISTED("hidden", KIND_SECRET),
	ECO_NAME_END
};

static const EcoNameTable kinds = {
	.thing = "noise kind", .things = "kinds", .entries = kind_entries
};

static const EcoNameEntry item_entries[] = {
	ECO_NAME("化学需氧量", 1),
	ECO_NAME("COD", 1),
	ECO_NAME("氨氮", 2),
	ECO_NAME("NH3-N", 2),
	ECO_NAME("总磷（以P计）", 3),
	ECO_NAME("TP", 3),
	ECO_NAME_UNLISTED("总氮", 4),
	ECO_NAME_END
};

static const EcoNameTable items = {
	.thing = "item", .things = "items", .entries = item_entries,
	.note = ", or NULL", .printed_pairs = true
};

/* the lowest non-ASCII byte, 0x80, starts a pair as a Chinese name does */
static const EcoNameEntry edge_entries[] = {
	ECO_NAME("\x80", 5), ECO_NAME("ab", 5), ECO_NAME("\x7f", 6), ECO_NAME("cd", 6), ECO_NAME_END
};

static const EcoNameTable edge = {
	.thing = "edge", .things = "edges", .entries = edge_entries, .printed_pairs = true
};

static const EcoNameTable items_unpaired = {
	.thing = "item", .things = "items", .entries = item_entries
};

static const EcoNameEntry no_entries[] = {ECO_NAME_END};
static const EcoNameTable empty = {.thing = "x", .things = "xs", .entries = no_entries};

static void
lookup_is(const EcoNameTable *table, const char *name, int expected)
{
	int			value = -12345;
	bool		found = eco_name_lookup(table, name, (int) strlen(name), &value);

	if (expected < 0)
		CHECK(!found && value == -12345, "lookup(\"%s\") unknown, got %d", name, value);
	else
		CHECK(found && value == expected, "lookup(\"%s\") = %d, expected %d", name,
			  found ? value : -1, expected);
}

static void
hint_is(const EcoNameTable *table, const char *expected)
{
	char		buf[512];
	size_t		n = eco_name_hint(table, buf, sizeof(buf));

	CHECK(n == strlen(expected) && strcmp(buf, expected) == 0,
		  "hint \"%s\" (%zu), expected \"%s\"", buf, n, expected);
}

int
main(void)
{
	char		out[ECO_NAME_MAX + 1];
	char		long_name[2 * ECO_NAME_MAX + 8];
	char		small[8];
	size_t		n;
	int			value;
	static const char *const list[] = {"so2", "no2", "pm25", NULL};
	static const char *const printed[] = {"高锰酸盐指数", "CODMn", "permanganate", NULL};

	/* ASCII: upper case lowered at both ends of A..Z, neighbours kept */
	fold_is("AZaz09", -1, "azaz09");
	fold_is("@[`{", -1, "@[`{");
	fold_is("PM2.5", -1, "pm25");
	fold_is("NH3-N", -1, "nh3n");
	fold_is("a b\tc\nd\re_f-g+h.i(j)k", -1, "abcdefghijk");
	fold_is("a,b/c*d", -1, "a,b/c*d");
	fold_is("", 0, "");
	/* len, not the NUL, ends the name */
	fold_is("SO2xyz", 3, "so2");

	/* full-width parentheses skipped, their neighbours kept */
	fold_is("化学需氧量（COD）", -1, "化学需氧量cod");
	fold_is("a\xEF\xBC\x87z", -1, "a\xEF\xBC\x87z");
	fold_is("a\xEF\xBC\x8Az", -1, "a\xEF\xBC\x8Az");
	fold_is("a\xEF\xBD\x88z", -1, "a\xEF\xBD\x88z");
	/* a truncated sequence at the end is kept as bytes */
	fold_is("a\xEF\xBC", -1, "a\xEF\xBC");
	fold_is("a\xEF\xBC\x88", 3, "a\xEF\xBC");
	/* the full-width comma is the comma; its neighbours are not */
	fold_is("a\xEF\xBC\x8C" "b", -1, "a,b");
	fold_is("a\xEF\xBC\x8B" "b", -1, "a\xEF\xBC\x8B" "b");
	fold_is("a\xEF\xBC\x8D" "b", -1, "a\xEF\xBC\x8D" "b");
	fold_is("a\xEF\xBC", 2, "a\xEF");

	/* subscript digits ₀ .. ₉ and their neighbours */
	fold_is("BOD\xE2\x82\x85", -1, "bod5");
	fold_is("x\xE2\x82\x80", -1, "x0");
	fold_is("x\xE2\x82\x89", -1, "x9");
	fold_is("x\xE2\x82\x7F", -1, "x\xE2\x82\x7F");
	/* ₊ ₋ are separators, the next code point is not */
	fold_is("x\xE2\x82\x8Ay", -1, "xy");
	fold_is("x\xE2\x82\x8By", -1, "xy");
	fold_is("x\xE2\x82\x8Cy", -1, "x\xE2\x82\x8Cy");
	/* superscripts ⁰ ⁴ .. ⁹; ⁱ (B1) .. B3 are not digits */
	fold_is("x\xE2\x81\xB0", -1, "x0");
	fold_is("x\xE2\x81\xB4", -1, "x4");
	fold_is("x\xE2\x81\xB9", -1, "x9");
	fold_is("x\xE2\x81\xB1", -1, "x\xE2\x81\xB1");
	fold_is("x\xE2\x81\xB3", -1, "x\xE2\x81\xB3");
	fold_is("x\xE2\x81\xAF", -1, "x\xE2\x81\xAF");
	/* ⁺ ⁻ separators, ⁼ (BC) and B9's neighbour BA .. */
	fold_is("SO\xE2\x82\x84\xC2\xB2\xE2\x81\xBB", -1, "so42");
	fold_is("x\xE2\x81\xBAy", -1, "xy");
	fold_is("x\xE2\x81\xBBy", -1, "xy");
	fold_is("x\xE2\x81\xBCy", -1, "x\xE2\x81\xBCy");
	fold_is("x\xE2\x83\x80y", -1, "x\xE2\x83\x80y");
	fold_is("x\xE3\x82\x85y", -1, "x\xE3\x82\x85y");
	/* truncated E2 sequences are bytes */
	fold_is("x\xE2\x82", -1, "x\xE2\x82");
	fold_is("x\xE2\x82\x85", 3, "x\xE2\x82");
	/* ¹ ² ³ and their neighbours (± B1, ´ B4, ¸ B8, º BA) */
	fold_is("NH\xC2\xB3", -1, "nh3");
	fold_is("m\xC2\xB2", -1, "m2");
	fold_is("x\xC2\xB9", -1, "x1");
	fold_is("x\xC2\xB1", -1, "x\xC2\xB1");
	fold_is("x\xC2\xB4", -1, "x\xC2\xB4");
	fold_is("x\xC2\xB8", -1, "x\xC2\xB8");
	fold_is("x\xC2\xBA", -1, "x\xC2\xBA");
	fold_is("x\xC3\xB2", -1, "x\xC3\xB2");
	fold_is("x\xC2", -1, "x\xC2");
	fold_is("x\xC2\xB2", 2, "x\xC2");

	/* the length limit: ECO_NAME_MAX bytes fit, one more does not */
	memset(long_name, 'a', sizeof(long_name));
	CHECK(eco_name_fold(long_name, ECO_NAME_MAX, out) && strlen(out) == ECO_NAME_MAX,
		  "64 letters fit");
	CHECK(!eco_name_fold(long_name, ECO_NAME_MAX + 1, out), "65 letters do not");
	/* separators do not count */
	memset(long_name, '_', sizeof(long_name));
	long_name[0] = 'a';
	CHECK(eco_name_fold(long_name, (int) sizeof(long_name), out) && strcmp(out, "a") == 0,
		  "separators do not count");
	/* a digit, a comma and a letter each count at the limit */
	memset(long_name, 'a', sizeof(long_name));
	memcpy(long_name + ECO_NAME_MAX - 1, "\xE2\x82\x85", 3);
	CHECK(eco_name_fold(long_name, ECO_NAME_MAX + 2, out) && out[ECO_NAME_MAX - 1] == '5',
		  "a subscript digit as the 64th byte fits");
	memcpy(long_name + ECO_NAME_MAX, "\xE2\x82\x85", 3);
	CHECK(!eco_name_fold(long_name, ECO_NAME_MAX + 3, out), "a subscript digit as the 65th");
	memcpy(long_name + ECO_NAME_MAX, "\xC2\xB2", 2);
	CHECK(!eco_name_fold(long_name, ECO_NAME_MAX + 2, out), "a superscript two as the 65th");
	memcpy(long_name + ECO_NAME_MAX - 1, "\xEF\xBC\x8C", 3);
	CHECK(eco_name_fold(long_name, ECO_NAME_MAX + 2, out) && out[ECO_NAME_MAX - 1] == ',',
		  "a full-width comma as the 64th byte fits");
	memcpy(long_name + ECO_NAME_MAX, "\xEF\xBC\x8C", 3);
	CHECK(!eco_name_fold(long_name, ECO_NAME_MAX + 3, out), "a full-width comma as the 65th");

	/* a NUL byte is in no name (SQL text holds none; the core's callers may) */
	CHECK(!eco_name_fold("pm25\0x", 6, out), "a NUL inside");
	CHECK(!eco_name_fold("pm25", 5, out), "a NUL at the end");
	CHECK(eco_name_fold("pm25", 4, out) && strcmp(out, "pm25") == 0, "no NUL");

	/* eco_name_index: first, last, none */
	CHECK(eco_name_index("so2", list) == 0, "index first");
	CHECK(eco_name_index("pm25", list) == 2, "index last");
	CHECK(eco_name_index("pm2", list) == -1, "index prefix");
	CHECK(eco_name_index("pm250", list) == -1, "index longer");

	/* eco_name_match: entries folded, a Chinese entry with its abbreviation */
	CHECK(eco_name_match("codmn", printed), "match ASCII entry");
	CHECK(eco_name_match("高锰酸盐指数", printed), "match Chinese entry");
	CHECK(eco_name_match("高锰酸盐指数codmn", printed), "match pair");
	CHECK(eco_name_match("高锰酸盐指数permanganate", printed), "match pair, second ASCII");
	CHECK(!eco_name_match("高锰酸盐指数cod", printed), "no pair with a prefix");
	CHECK(!eco_name_match("codmn高锰酸盐指数", printed), "no pair the other way round");
	CHECK(!eco_name_match("高锰酸盐指数高锰酸盐指数", printed), "no pair of two Chinese");
	CHECK(!eco_name_match("高锰酸盐", printed), "no prefix of a Chinese entry");
	CHECK(!eco_name_match("permanganatecodmn", printed), "no pair of two ASCII");

	/* eco_name_lookup: every entry, folded, unlisted ones too */
	lookup_is(&kinds, "regional", KIND_REGIONAL);
	lookup_is(&kinds, "REGIONAL", KIND_REGIONAL);
	lookup_is(&kinds, "区域", KIND_REGIONAL);
	lookup_is(&kinds, "Road Traffic", KIND_TRAFFIC);
	lookup_is(&kinds, "roadtraffic", KIND_TRAFFIC);
	lookup_is(&kinds, "road noise", KIND_TRAFFIC);
	lookup_is(&kinds, "道路交通", KIND_TRAFFIC);
	lookup_is(&kinds, "hidden", KIND_SECRET);
	lookup_is(&kinds, "region", -1);
	lookup_is(&kinds, "regionals", -1);
	lookup_is(&kinds, "", -1);
	lookup_is(&kinds, "区域traffic", -1);	/* no pairs in this table */
	lookup_is(&empty, "x", -1);
	value = -12345;
	CHECK(!eco_name_lookup(&kinds, "regional", -1, &value) && value == -12345, "negative length");
	CHECK(eco_name_lookup(&kinds, "trafficking", 7, &value) && value == KIND_TRAFFIC,
		  "length, not NUL");
	memset(long_name, '_', sizeof(long_name));
	memcpy(long_name, "traffic", 7);
	CHECK(eco_name_lookup(&kinds, long_name, (int) sizeof(long_name), &value) &&
		  value == KIND_TRAFFIC, "padded with separators");
	memset(long_name, 'a', sizeof(long_name));
	CHECK(!eco_name_lookup(&kinds, long_name, ECO_NAME_MAX + 1, &value), "too long");

	/* printed pairs: a Chinese spelling and an ASCII one of the same value */
	lookup_is(&items, "化学需氧量（COD）", 1);
	lookup_is(&items, "化学需氧量(cod)", 1);
	lookup_is(&items, "氨氮（NH3-N）", 2);
	lookup_is(&items, "氨氮 NH₃-N", 2);
	lookup_is(&items, "总磷（以P计）TP", 3);
	lookup_is(&items, "总磷（以P计）", 3);
	lookup_is(&items, "COD", 1);
	lookup_is(&items, "化学需氧量（NH3-N）", -1);	/* another value's abbreviation */
	lookup_is(&items, "化学需氧量（氨氮）", -1);	/* two Chinese spellings */
	lookup_is(&items, "COD化学需氧量", -1);
	lookup_is(&items, "化学需氧", -1);
	lookup_is(&items, "化学需氧量（CO）", -1);
	lookup_is(&items, "化学需氧量（CODX）", -1);
	lookup_is(&items, "总氮", 4);
	lookup_is(&items_unpaired, "化学需氧量（COD）", -1);
	lookup_is(&edge, "\x80" "ab", 5);
	lookup_is(&edge, "\x7f" "cd", -1);	/* ASCII followed by ASCII is no pair */
	lookup_is(&items_unpaired, "化学需氧量", 1);

	/* spellings: the first listed one; none for unlisted-only values */
	CHECK(strcmp(eco_name_spelling(&kinds, KIND_REGIONAL), "regional") == 0, "spelling regional");
	CHECK(strcmp(eco_name_spelling(&kinds, KIND_TRAFFIC), "road_traffic") == 0, "spelling traffic");
	CHECK(eco_name_spelling(&kinds, KIND_SECRET) == NULL, "no spelling of an unlisted value");
	CHECK(eco_name_spelling(&kinds, 0) == NULL, "no spelling of an unknown value");
	CHECK(eco_name_spelling(&items, 4) == NULL, "no spelling of 总氮");

	/* the hint: grouped by value, unlisted left out, the note, a full stop */
	hint_is(&kinds, "Accepted kinds (case-insensitive): regional (区域), road_traffic (traffic, 道路交通).");
	hint_is(&items, "Accepted items (case-insensitive): 化学需氧量 (COD), 氨氮 (NH3-N), 总磷（以P计） (TP), or NULL.");
	hint_is(&eco_lang_names, "Accepted languages (case-insensitive): zh, en.");
	hint_is(&empty, "Accepted xs (case-insensitive): .");
	/* a small buffer: cut and terminated, the whole length returned */
	n = eco_name_hint(&eco_lang_names, small, sizeof(small));
	CHECK(n == strlen("Accepted languages (case-insensitive): zh, en.") &&
		  strcmp(small, "Accepte") == 0, "cut hint \"%s\" %zu", small, n);
	n = eco_name_hint(&eco_lang_names, small, 1);
	CHECK(small[0] == '\0' && n > 0, "a one-byte buffer holds the NUL");
	small[0] = 'Z';
	CHECK(eco_name_hint(&eco_lang_names, small, 0) == n && small[0] == 'Z', "size 0 writes nothing");
	CHECK(eco_name_hint(&eco_lang_names, NULL, 0) == n, "NULL buffer of size 0");

	/* the languages */
	lookup_is(&eco_lang_names, "zh", ECO_LANG_ZH);
	lookup_is(&eco_lang_names, " EN ", ECO_LANG_EN);
	lookup_is(&eco_lang_names, "fr", -1);
	CHECK(strcmp(eco_name_spelling(&eco_lang_names, ECO_LANG_EN), "en") == 0, "spelling en");

	return UNIT_DONE("test_names");
}
