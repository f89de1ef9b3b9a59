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

		/* U+FF08 and U+FF09, the full-width parentheses: EF BC 88 / 89 */
		if (c == 0xEF && i + 2 < len &&
			(unsigned char) name[i + 1] == 0xBC &&
			((unsigned char) name[i + 2] == 0x88 || (unsigned char) name[i + 2] == 0x89))
		{
			i += 2;
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
