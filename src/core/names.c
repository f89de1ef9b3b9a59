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
