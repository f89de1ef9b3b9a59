#include "core/nondetect.h"

#include "core/names.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/*
 * A plain decimal number, digits with an optional fraction and exponent
 * ("0.01", ".5", "1e-3"), nothing else: no sign, no hexadecimal, no "inf".
 */
static EcoNdStatus
read_number(const char *text, int len, double *value)
{
	char		buf[64];
	int			i = 0;
	int			digits = 0;
	char	   *end;

	if (len <= 0 || len >= (int) sizeof(buf))
		return ECO_ND_MALFORMED;
	while (i < len && text[i] >= '0' && text[i] <= '9')
		i++, digits++;
	if (i < len && text[i] == '.')
		for (i++; i < len && text[i] >= '0' && text[i] <= '9'; i++)
			digits++;
	if (digits == 0)
		return ECO_ND_MALFORMED;
	if (i < len && (text[i] == 'e' || text[i] == 'E'))
	{
		int			exp_digits = 0;

		i++;
		if (i < len && (text[i] == '+' || text[i] == '-'))
			i++;
		for (; i < len && text[i] >= '0' && text[i] <= '9'; i++)
			exp_digits++;
		if (exp_digits == 0)
			return ECO_ND_MALFORMED;
	}
	if (i != len)
		return ECO_ND_MALFORMED;
	memcpy(buf, text, len);
	buf[len] = '\0';
	*value = strtod(buf, &end);
	if (!isfinite(*value) || *value > ECO_ND_MAX_VALUE)
		return ECO_ND_OUT_OF_RANGE;
	return ECO_ND_OK;
}

EcoNdStatus
eco_nondetect_read(const char *text, int len, bool *detected, bool *has_limit, double *value)
{
	static const EcoNameEntry word_entries[] = {
		ECO_NAME("ND", 0), ECO_NAME("未检出", 0), ECO_NAME("未检", 0), ECO_NAME_END
	};
	static const EcoNameTable words = {.thing = "non-detect", .things = "non-detects",
	.entries = word_entries};
	int			start = 0;
	int			word;

	while (len > 0 && blank(text[len - 1]))
		len--;
	while (start < len && blank(text[start]))
		start++;
	text += start;
	len -= start;
	*detected = false;
	*has_limit = true;
	/* ND, N.D., 未检出 */
	if (eco_name_lookup(&words, text, len, &word))
	{
		*has_limit = false;
		return ECO_ND_OK;
	}
	/* "<0.01" or "＜0.01" (U+FF1C, EF BC 9C) */
	if (len > 0 && text[0] == '<')
	{
		text++;
		len--;
	}
	else if (len > 3 && memcmp(text, "\xEF\xBC\x9C", 3) == 0)
	{
		text += 3;
		len -= 3;
	}
	/* "0.01L": the flag L of HJ/T 91-2002 */
	else if (len > 1 && (text[len - 1] == 'L' || text[len - 1] == 'l'))
		len--;
	else
		*detected = true;
	if (!*detected)
	{
		while (len > 0 && blank(text[len - 1]))
			len--;
		while (len > 0 && blank(text[0]))
			text++, len--;
	}
	/* "-0.5" is a negative number, out of range rather than malformed */
	if (*detected && len > 1 && text[0] == '-' && read_number(text + 1, len - 1, value) != ECO_ND_MALFORMED)
		return ECO_ND_OUT_OF_RANGE;
	return read_number(text, len, value);
}

static const EcoNameEntry convention_entries[] = {
	ECO_NAME("half_limit", ECO_ND_HALF_LIMIT),
	ECO_NAME_UNLISTED("half", ECO_ND_HALF_LIMIT),
	ECO_NAME("limit", ECO_ND_LIMIT),
	ECO_NAME("zero", ECO_ND_ZERO),
	ECO_NAME_END
};

const EcoNameTable eco_nd_convention_names = {
	.thing = "non-detect convention", .things = "conventions", .entries = convention_entries,
	.note = "; half_limit (half the detection limit, 环办监测函〔2020〕82号) is the default, limit an upper bound"
};

double
eco_nondetect_value(EcoNdConvention convention, double limit)
{
	switch (convention)
	{
		case ECO_ND_HALF_LIMIT:
			return limit / 2;
		case ECO_ND_LIMIT:
			return limit;
		case ECO_ND_ZERO:
			break;
	}
	return 0.0;
}
