#include "core/names.h"

#include <string.h>

bool
eco_name_fold(const char *name, int len, char *out)
{
	int			i;
	int			n = 0;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) name[i];

		char		digit = 0;

		/* a NUL byte is in no name: "annual\0x" is not "annual" */
		if (c == 0)
			return false;
		/* U+FF08 and U+FF09, the full-width parentheses: EF BC 88 / 89 */
		if (c == 0xEF && i + 2 < len &&
			(unsigned char) name[i + 1] == 0xBC &&
			((unsigned char) name[i + 2] == 0x88 || (unsigned char) name[i + 2] == 0x89))
		{
			i += 2;
			continue;
		}
		/* U+FF0C, the full-width comma (EF BC 8C), is the comma */
		if (c == 0xEF && i + 2 < len &&
			(unsigned char) name[i + 1] == 0xBC && (unsigned char) name[i + 2] == 0x8C)
		{
			if (n >= ECO_NAME_MAX)
				return false;
			out[n++] = ',';
			i += 2;
			continue;
		}
		/*
		 * Sub- and superscript digits are digits (BOD₅, NH₃-N, SO₄²⁻): U+2080
		 * .. U+2089 (E2 82 80..89), U+2070, U+2074 .. U+2079 (E2 81 B0,
		 * B4..B9), ¹ ² ³ (C2 B9, C2 B2, C2 B3); the signs ⁺ ⁻ ₊ ₋ (E2 81 BA,
		 * BB, E2 82 8A, 8B) are separators like + and -.
		 */
		if (c == 0xE2 && i + 2 < len)
		{
			unsigned char c1 = (unsigned char) name[i + 1];
			unsigned char c2 = (unsigned char) name[i + 2];

			if (c1 == 0x82 && c2 >= 0x80 && c2 <= 0x89)
				digit = (char) ('0' + (c2 - 0x80));
			else if (c1 == 0x81 && (c2 == 0xB0 || (c2 >= 0xB4 && c2 <= 0xB9)))
				digit = (char) ('0' + (c2 - 0xB0));
			else if ((c1 == 0x81 && (c2 == 0xBA || c2 == 0xBB)) ||
					 (c1 == 0x82 && (c2 == 0x8A || c2 == 0x8B)))
			{
				i += 2;
				continue;
			}
			if (digit != 0)
				i += 2;
		}
		else if (c == 0xC2 && i + 1 < len &&
				 ((unsigned char) name[i + 1] == 0xB2 || (unsigned char) name[i + 1] == 0xB3 ||
				  (unsigned char) name[i + 1] == 0xB9))
		{
			unsigned char c1 = (unsigned char) name[i + 1];

			digit = c1 == 0xB9 ? '1' : (char) ('2' + (c1 - 0xB2));
			i += 1;
		}
		if (digit != 0)
		{
			if (n >= ECO_NAME_MAX)
				return false;
			out[n++] = digit;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '_' ||
			c == '-' || c == '+' || c == '.' || c == '(' || c == ')')
			continue;
		if (n >= ECO_NAME_MAX)
			return false;
		out[n++] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : (char) c;
	}
	out[n] = '\0';
	return true;
}

int
eco_name_index(const char *folded, const char *const *names)
{
	int			i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(folded, names[i]) == 0)
			return i;
	return -1;
}

/* whether a folded name has a byte outside ASCII (a Chinese name) */
static bool
has_non_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char) *s >= 0x80)
			return true;
	return false;
}

bool
eco_name_match(const char *folded, const char *const *names)
{
	char		entry[ECO_NAME_MAX + 1];
	char		abbreviation[ECO_NAME_MAX + 1];
	int			i;
	int			j;

	for (i = 0; names[i] != NULL; i++)
	{
		size_t		len;

		if (!eco_name_fold(names[i], (int) strlen(names[i]), entry))
			continue;
		if (strcmp(folded, entry) == 0)
			return true;
		/* 化学需氧量（COD）: a Chinese name followed by one of the ASCII names */
		len = strlen(entry);
		if (!has_non_ascii(entry) || strncmp(folded, entry, len) != 0 || folded[len] == '\0')
			continue;
		for (j = 0; names[j] != NULL; j++)
		{
			if (!eco_name_fold(names[j], (int) strlen(names[j]), abbreviation) ||
				has_non_ascii(abbreviation))
				continue;
			if (strcmp(folded + len, abbreviation) == 0)
				return true;
		}
	}
	return false;
}

/* the folded spelling of an entry; false for one too long to match */
static bool
fold_entry(const EcoNameEntry *e, char *out)
{
	return eco_name_fold(e->spelling, (int) strlen(e->spelling), out);
}

/*
 * Whether folded is the non-ASCII spelling e (folded: entry) followed by an
 * ASCII spelling of the same value, as a standard prints an item with its
 * abbreviation.
 */
static bool
pair_matches(const EcoNameTable *table, const EcoNameEntry *e, const char *entry,
			 const char *folded)
{
	char		abbreviation[ECO_NAME_MAX + 1];
	size_t		len = strlen(entry);
	const EcoNameEntry *f;

	if (!has_non_ascii(entry) || strncmp(folded, entry, len) != 0 || folded[len] == '\0')
		return false;
	for (f = table->entries; f->spelling != NULL; f++)
		if (f->value == e->value && fold_entry(f, abbreviation) &&
			!has_non_ascii(abbreviation) && strcmp(folded + len, abbreviation) == 0)
			return true;
	return false;
}

bool
eco_name_lookup(const EcoNameTable *table, const char *name, int len, int *value)
{
	char		folded[ECO_NAME_MAX + 1];
	char		entry[ECO_NAME_MAX + 1];
	const EcoNameEntry *e;

	if (len < 0 || !eco_name_fold(name, len, folded))
		return false;
	for (e = table->entries; e->spelling != NULL; e++)
		if (fold_entry(e, entry) && strcmp(folded, entry) == 0)
		{
			*value = e->value;
			return true;
		}
	if (table->printed_pairs)
		for (e = table->entries; e->spelling != NULL; e++)
			if (fold_entry(e, entry) && pair_matches(table, e, entry, folded))
			{
				*value = e->value;
				return true;
			}
	return false;
}

/* the first listed entry of value, or NULL */
static const EcoNameEntry *
first_listed(const EcoNameTable *table, int value)
{
	const EcoNameEntry *e;

	for (e = table->entries; e->spelling != NULL; e++)
		if (!e->unlisted && e->value == value)
			return e;
	return NULL;
}

const char *
eco_name_spelling(const EcoNameTable *table, int value)
{
	const EcoNameEntry *e = first_listed(table, value);

	return e != NULL ? e->spelling : NULL;
}

/* a string written into a buffer of size bytes, counting what did not fit */
typedef struct HintOut
{
	char	   *buf;
	size_t		size;
	size_t		len;
} HintOut;

static void
put(HintOut *o, const char *s)
{
	for (; *s; s++, o->len++)
		if (o->len + 1 < o->size)
			o->buf[o->len] = *s;
}

size_t
eco_name_hint(const EcoNameTable *table, char *buf, size_t size)
{
	HintOut		o = {buf, size, 0};
	const EcoNameEntry *e;
	const EcoNameEntry *f;
	bool		first = true;

	put(&o, "Accepted ");
	put(&o, table->things);
	put(&o, " (case-insensitive): ");
	for (e = table->entries; e->spelling != NULL; e++)
	{
		int			others = 0;

		if (first_listed(table, e->value) != e)
			continue;
		if (!first)
			put(&o, ", ");
		first = false;
		put(&o, e->spelling);
		for (f = e + 1; f->spelling != NULL; f++)
			if (!f->unlisted && f->value == e->value)
			{
				put(&o, others++ > 0 ? ", " : " (");
				put(&o, f->spelling);
			}
		if (others > 0)
			put(&o, ")");
	}
	if (table->note != NULL)
		put(&o, table->note);
	put(&o, ".");
	if (size > 0)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return o.len;
}

static const EcoNameEntry lang_entries[] = {
	ECO_NAME("zh", ECO_LANG_ZH), ECO_NAME("en", ECO_LANG_EN), ECO_NAME_END
};

const EcoNameTable eco_lang_names = {
	.thing = "language", .things = "languages", .entries = lang_entries
};
