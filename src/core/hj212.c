/*
 * HJ 212 data packets: HJ/T 212-2005 and HJ 212-2017 (see hj212.h).
 * Clauses are those of HJ 212-2017 unless a comment says otherwise.
 */
#include "core/hj212.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the versions ---- */

typedef struct Hj212Code
{
	const char *code;
	const char *pollutant;
} Hj212Code;

/*
 * HJ 212-2017 附录B codes that ecoinsp evaluates, with the names its own
 * functions take: the six air pollutants (aqi_daily, air_summary), the
 * GB 3838-2002 Table 1 items (water_class, 表B.1) and the noise levels
 * (表B.3, named as the standard writes them).  O3 is not in 表B.2;
 * a05024 is the code ambient stations send in practice (the worked packets
 * and the public parsers use it; one file reads a21030).
 * 表B.1 has two codes for some metals ("总汞" w20111 and "汞" w20142...);
 * both map to the GB 3838 item.  Units are as sent, never converted.
 */
static const Hj212Code codes_2017[] = {
	{"a21026", "so2"}, {"a21004", "no2"}, {"a34002", "pm10"}, {"a21005", "co"},
	{"a05024", "o3"}, {"a34004", "pm2.5"},
	{"w01010", "water temperature"}, {"w01001", "pH"}, {"w01009", "DO"},
	{"w01019", "CODMn"}, {"w01018", "COD"}, {"w01017", "BOD5"}, {"w21003", "NH3-N"},
	{"w21011", "TP"}, {"w21001", "TN"}, {"w20122", "Cu"}, {"w20138", "Cu"},
	{"w20123", "Zn"}, {"w20139", "Zn"}, {"w21017", "F"}, {"w20128", "Se"},
	{"w20140", "Se"}, {"w20119", "As"}, {"w20141", "As"}, {"w20111", "Hg"},
	{"w20142", "Hg"}, {"w20115", "Cd"}, {"w20143", "Cd"}, {"w20117", "Cr6+"},
	{"w20120", "Pb"}, {"w20144", "Pb"}, {"w21016", "CN"}, {"w23002", "volatile phenol"},
	{"w22001", "petroleum"}, {"w19002", "LAS"}, {"w21019", "S2-"},
	{"w02003", "fecal coliform"},
	{"LA", "LA"}, {"L5", "L5"}, {"L10", "L10"}, {"L50", "L50"}, {"L90", "L90"},
	{"L95", "L95"}, {"Leq", "Leq"}, {"Ldn", "Ldn"}, {"Ld", "Ld"}, {"Ln", "Ln"},
	{"LMx", "LMx"}, {"LMn", "LMn"},
	{NULL, NULL}
};

/*
 * HJ/T 212-2005 codes: the 原编码 column of HJ 212-2017 表B.1/B.2,
 * for the codes above that had one.  The 2005 standard had no codes for
 * PM10, PM2.5, NO2 or O3.
 */
static const Hj212Code codes_2005[] = {
	{"02", "so2"}, {"04", "co"},
	{"001", "pH"}, {"010", "BOD5"}, {"011", "COD"}, {"060", "NH3-N"}, {"101", "TP"},
	{"065", "TN"}, {"029", "Cu"}, {"030", "Zn"}, {"072", "F"}, {"035", "Se"},
	{"026", "As"}, {"020", "Hg"}, {"022", "Cd"}, {"024", "Cr6+"}, {"027", "Pb"},
	{"070", "CN"}, {"110", "volatile phenol"}, {"080", "petroleum"}, {"520", "LAS"},
	{"071", "S2-"}, {"550", "fecal coliform"},
	{NULL, NULL}
};

typedef struct Hj212VersionRules
{
	const char *name;
	const char *normal;			/* the data flags (-Flag) that mark a valid value */
	bool		data_time_ms;	/* DataTime may carry milliseconds (17 digits) */
	const Hj212Code *codes[2];	/* pollutant codes, searched in order */
} Hj212VersionRules;

static const Hj212VersionRules versions[ECO_HJ212_N_VERSIONS] = {
	/*
	 * HJ/T 212-2005: sources P F C M T D S N; ambient-air stations 0 校准,
	 * 1 气象参数, 2 异常, 3 正常 (as public parsers of the 2005 protocol read
	 * them, e.g. xiaoyao9184/hj-t212-parser).  The 2005 packets kept the
	 * 2017 codes' forerunners and, at many stations, the 2017 codes
	 * themselves, so both tables are searched (they cannot collide: old
	 * codes are digits or B01/B02).
	 */
	{"HJ/T 212-2005", "N3", true, {codes_2005, codes_2017}},
	/* HJ 212-2017 表8: N F M S D C T B, N normal */
	{"HJ 212-2017", "N", false, {codes_2017, NULL}},
};

const char *
eco_hj212_version_name(EcoHj212Version version)
{
	return versions[version].name;
}

const char *
eco_hj212_pollutant(EcoHj212Version version, const char *code, int len)
{
	int			t;

	for (t = 0; t < 2; t++)
	{
		const Hj212Code *c = versions[version].codes[t];

		for (; c != NULL && c->code != NULL; c++)
			if ((int) strlen(c->code) == len && memcmp(c->code, code, len) == 0)
				return c->pollutant;
	}
	return NULL;
}

/* ---- CRC (附录A) ---- */

/*
 * The standard's CRC16_Checkout: register 0xFFFF; per byte
 * reg = (reg >> 8) ^ byte, then 8 rounds of "shift right, XOR 0xA001 when
 * the bit shifted out was 1".  Unlike CRC-16/MODBUS the byte goes into the
 * register shifted right by 8 first (the standard's example: 1C80 here,
 * 0759 with Modbus).  The 8 rounds are linear, so they are the table of
 * the reflected polynomial 0xA001 applied to the low byte.
 */
static unsigned short crc_table[256];
static bool crc_table_ready = false;

static void
prepare_crc_table(void)
{
	unsigned	i;

	for (i = 0; i < 256; i++)
	{
		unsigned	r = i;
		int			k;

		for (k = 0; k < 8; k++)
			r = (r & 1) ? (r >> 1) ^ 0xA001u : r >> 1;
		crc_table[i] = (unsigned short) r;
	}
	crc_table_ready = true;
}

unsigned
eco_hj212_crc(const unsigned char *data, int len)
{
	unsigned	reg = 0xFFFF;
	int			i;

	if (!crc_table_ready)
		prepare_crc_table();
	for (i = 0; i < len; i++)
	{
		reg = (reg >> 8) ^ data[i];
		reg = (reg >> 8) ^ crc_table[reg & 0xFF];
	}
	return reg;
}

/* ---- messages ---- */

/* up to ECO_HJ212_QUOTE_BYTES bytes of s, not cutting a UTF-8 character */
static int
quote_len(const char *s, int len)
{
	int			n = len;

	if (n <= ECO_HJ212_QUOTE_BYTES)
		return n;
	n = ECO_HJ212_QUOTE_BYTES;
	while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

static EcoHj212Status
bad_field(char *message, const char *what, const char *s, int len)
{
	int			q = quote_len(s, len);

	snprintf(message, ECO_HJ212_MESSAGE_SIZE, "malformed field: %s \"%.*s%s\"",
			 what, q, s, q < len ? "..." : "");
	return ECO_HJ212_FIELD;
}

/* ---- pieces ---- */

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
all_digits(const char *s, int len)
{
	int			i;

	for (i = 0; i < len; i++)
		if (!is_digit(s[i]))
			return false;
	return len > 0;
}

static bool
is_alnum(char c)
{
	return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool
all_alnum_span(const char *s, int len)
{
	int			i;

	for (i = 0; i < len; i++)
		if (!is_alnum(s[i]))
			return false;
	return true;
}

static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

static int
digits_value(const char *s, int len)
{
	int			v = 0;
	int			i;

	for (i = 0; i < len; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static int
days_in_month(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/* days from 2000-01-01 to y-m-d (proleptic Gregorian) */
static int64_t
days_from_2000(int y, int m, int d)
{
	int64_t		yy = y - (m <= 2);
	int64_t		era = yy / 400;	/* y >= 1000 here: never negative */
	int64_t		yoe = yy - era * 400;
	int64_t		doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 730425;	/* 730425: 0000-03-01 to 2000-01-01 */
}

/*
 * YYYYMMDDhhmmss, or YYYYMMDDhhmmsszzz when ms is allowed, as microseconds
 * since 2000-01-01 00:00:00; false when not a date and time.  Years
 * 1000..9999: the form has four digits.
 */
static bool
read_time(const char *s, int len, bool ms_allowed, bool ms_required, int64_t *usec)
{
	int			y,
				mo,
				d,
				h,
				mi,
				sec,
				milli = 0;

	if (!((len == 14 && !ms_required) || (len == 17 && ms_allowed)) || !all_digits(s, len))
		return false;
	y = digits_value(s, 4);
	mo = digits_value(s + 4, 2);
	d = digits_value(s + 6, 2);
	h = digits_value(s + 8, 2);
	mi = digits_value(s + 10, 2);
	sec = digits_value(s + 12, 2);
	if (len == 17)
		milli = digits_value(s + 14, 3);
	if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) ||
		h > 23 || mi > 59 || sec > 59)
		return false;
	*usec = ((days_from_2000(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec) * 1000
			 + milli) * 1000;
	return true;
}

/*
 * A number as 表4's N14.2 types write it: optional sign, digits, optional
 * decimal point and digits, at most 18 characters (§6.3.3.2.2).
 */
static bool
read_number(const char *s, int len, double *value)
{
	char		buf[20];
	int			i = 0;
	int			digits = 0;

	if (len < 1 || len > 18)
		return false;
	if (s[0] == '-' || s[0] == '+')
		i++;
	for (; i < len && is_digit(s[i]); i++)
		digits++;
	if (i < len && s[i] == '.')
		for (i++; i < len && is_digit(s[i]); i++)
			digits++;
	if (i != len || digits == 0)
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	*value = strtod(buf, NULL);
	return true;
}

/* the value kinds of 表4 (and the noise and treatment-facility ones) */
static bool
is_value_kind(const char *s, int len)
{
	static const char *const kinds[] = {
		"Rtd", "Min", "Avg", "Max", "ZsRtd", "ZsMin", "ZsAvg", "ZsMax", "Cou",
		"Data", "DayData", "NightData", "RS", "RT", NULL
	};
	int			i;

	for (i = 0; kinds[i] != NULL; i++)
		if ((int) strlen(kinds[i]) == len && memcmp(kinds[i], s, len) == 0)
			return true;
	return false;
}

static bool
span_is(const char *text, EcoHj212Span span, const char *word)
{
	return span.len == (int) strlen(word) && memcmp(text + span.off, word, span.len) == 0;
}

/*
 * One field "name=value" of the CP area at [start, end): name split into
 * code and kind at the first '-' (kind.len 0 when there is none).
 */
typedef struct CpField
{
	EcoHj212Span code;
	EcoHj212Span kind;
	EcoHj212Span value;
} CpField;

static bool
split_field(const char *text, int start, int end, CpField *f)
{
	int			i;
	int			eq = -1;
	int			dash = -1;

	for (i = start; i < end; i++)
	{
		if (text[i] == '=')
		{
			eq = i;
			break;
		}
		if (text[i] == '-' && dash < 0)
			dash = i;
		else if (!(is_alnum(text[i]) || text[i] == '_'))
			return false;
	}
	if (eq <= start)
		return false;
	if (dash < 0)
	{
		f->code.off = start;
		f->code.len = eq - start;
		f->kind.off = eq;
		f->kind.len = 0;
	}
	else
	{
		f->code.off = start;
		f->code.len = dash - start;
		f->kind.off = dash + 1;
		f->kind.len = eq - dash - 1;
		if (f->code.len == 0 || f->kind.len == 0)
			return false;
	}
	f->value.off = eq + 1;
	f->value.len = end - eq - 1;
	return true;
}

/* ---- the CP data area ---- */

static EcoHj212Status
check_cp(EcoHj212Packet *p, char *message)
{
	const char *t = p->text;
	const Hj212VersionRules *rules = &versions[p->version];
	int			end = p->cp.off + p->cp.len;
	int			pos = p->cp.off;

	/* §6.3.3.1: items separated by ';', the values of one item by ',' */
	while (pos < end)
	{
		int			field_end = pos;
		CpField		f;

		while (field_end < end && t[field_end] != ';' && t[field_end] != ',')
			field_end++;
		if (field_end == pos)
			return bad_field(message, "empty CP field before", t + pos, end - pos);
		if (!split_field(t, pos, field_end, &f))
			return bad_field(message, "CP field", t + pos, field_end - pos);
		if (f.kind.len == 0)
		{
			if (span_is(t, f.code, "DataTime"))
			{
				if (p->has_data_time)
					return bad_field(message, "second DataTime", t + pos, field_end - pos);
				if (!read_time(t + f.value.off, f.value.len, rules->data_time_ms, false,
							   &p->data_time_usec))
					return bad_field(message, "DataTime", t + pos, field_end - pos);
				p->has_data_time = true;
			}
		}
		else if (is_value_kind(t + f.kind.off, f.kind.len))
		{
			double		v;

			if (!read_number(t + f.value.off, f.value.len, &v))
				return bad_field(message, "value", t + pos, field_end - pos);
		}
		else if (span_is(t, f.kind, "Flag"))
		{
			/* 表8 is extensible: any one letter or digit is a flag */
			if (f.value.len != 1 || !is_alnum(t[f.value.off]))
				return bad_field(message, "data flag", t + pos, field_end - pos);
		}
		else if (span_is(t, f.kind, "SampleTime"))
		{
			int64_t		ignored;

			if (!read_time(t + f.value.off, f.value.len, rules->data_time_ms, false, &ignored))
				return bad_field(message, "SampleTime", t + pos, field_end - pos);
		}
		pos = field_end + 1;
		if (field_end < end && pos == end)
			return bad_field(message, "empty CP field after", t + p->cp.off, p->cp.len);
	}
	return ECO_HJ212_OK;
}

/* ---- the packet ---- */

EcoHj212Status
eco_hj212_parse(const char *text, int len, EcoHj212Packet *p, char *message)
{
	int			data_len;
	int			data_end;
	int			crc_sent = 0;
	unsigned	crc;
	int			i;
	int			pos;
	int			have_cp = 0;

	memset(p, 0, sizeof(*p));
	p->text = text;
	p->flag = -1;
	p->pnum = -1;
	p->pno = -1;

	/* §6.3.1 表2: "##", 4 decimal digits, data, 4 hex digits, CR LF */
	if (len < 2 || text[0] != '#' || text[1] != '#')
	{
		snprintf(message, ECO_HJ212_MESSAGE_SIZE, "framing: the packet does not start with \"##\"");
		return ECO_HJ212_FRAMING;
	}
	if (len < 6 || !all_digits(text + 2, 4))
	{
		int			n = len - 2 < 4 ? len - 2 : 4;

		snprintf(message, ECO_HJ212_MESSAGE_SIZE,
				 "framing: \"##\" is not followed by a 4-digit length (\"%.*s\")",
				 quote_len(text + 2, n), text + 2);
		return ECO_HJ212_FRAMING;
	}
	data_len = digits_value(text + 2, 4);
	if (data_len > ECO_HJ212_MAX_DATA)
	{
		snprintf(message, ECO_HJ212_MESSAGE_SIZE,
				 "length: data segment length %04d exceeds %d", data_len, ECO_HJ212_MAX_DATA);
		return ECO_HJ212_LENGTH;
	}
	/* the tail: CRC, with or without CR LF */
	data_end = len - 4;
	if (len >= 2 && text[len - 1] == '\n' && text[len - 2] == '\r')
		data_end = len - 6;
	else if (len >= 1 && (text[len - 1] == '\n' || text[len - 1] == '\r'))
	{
		snprintf(message, ECO_HJ212_MESSAGE_SIZE, "framing: the packet ends in a bare CR or LF, not CR LF");
		return ECO_HJ212_FRAMING;
	}
	if (data_end < 6)
	{
		snprintf(message, ECO_HJ212_MESSAGE_SIZE, "framing: the packet is too short for a CRC");
		return ECO_HJ212_FRAMING;
	}
	for (i = 0; i < 4; i++)
	{
		int			h = hex_value(text[data_end + i]);

		if (h < 0)
		{
			snprintf(message, ECO_HJ212_MESSAGE_SIZE,
					 "framing: the packet does not end in 4 hexadecimal CRC digits (\"%.4s\")",
					 text + data_end);
			return ECO_HJ212_FRAMING;
		}
		crc_sent = crc_sent * 16 + h;
	}
	if (data_end - 6 != data_len)
	{
		snprintf(message, ECO_HJ212_MESSAGE_SIZE,
				 "length: the length field says %04d bytes, the data segment has %d",
				 data_len, data_end - 6);
		return ECO_HJ212_LENGTH;
	}
	crc = eco_hj212_crc((const unsigned char *) text + 6, data_len);
	if (crc != (unsigned) crc_sent)
	{
		snprintf(message, ECO_HJ212_MESSAGE_SIZE,
				 "CRC: the packet says %.4s, the data segment's CRC is %04X",
				 text + data_end, crc);
		return ECO_HJ212_CRC;
	}
	/* §6.3: ASCII (and UTF-8 Chinese text): no control characters */
	for (i = 6; i < data_end; i++)
	{
		unsigned char c = (unsigned char) text[i];

		if (c < 0x20 || c == 0x7F)
		{
			snprintf(message, ECO_HJ212_MESSAGE_SIZE,
					 "malformed field: control character 0x%02X at byte %d", c, i);
			return ECO_HJ212_FIELD;
		}
	}

	/* 图4, 表3: QN ST CN PW MN Flag [PNUM PNO] CP, ';' between */
	pos = 6;
	while (pos < data_end && !have_cp)
	{
		int			start = pos;
		int			eq = -1;
		int			end;
		const char *v;
		int			vlen;
		EcoHj212Span key;

		while (pos < data_end && text[pos] != ';' && text[pos] != '=')
			pos++;
		if (pos >= data_end || text[pos] != '=')
			return bad_field(message, "header field", text + start, pos - start);
		eq = pos;
		key.off = start;
		key.len = eq - start;
		if (span_is(text, key, "CP"))
		{
			/* the data area runs to the end of the segment: "CP=&&...&&" */
			if (data_end - eq - 1 < 4 || memcmp(text + eq + 1, "&&", 2) != 0 ||
				memcmp(text + data_end - 2, "&&", 2) != 0)
				return bad_field(message, "CP (not \"CP=&&...&&\" at the end)",
								 text + start, data_end - start);
			p->cp.off = eq + 3;
			p->cp.len = data_end - 2 - p->cp.off;
			have_cp = 1;
			break;
		}
		end = eq + 1;
		while (end < data_end && text[end] != ';')
			end++;
		v = text + eq + 1;
		vlen = end - eq - 1;
#define HEADER(name, span, valid) \
		else if (span_is(text, key, name)) \
		{ \
			if ((span).off != 0) \
				return bad_field(message, "second " name, text + start, end - start); \
			if (!(valid)) \
				return bad_field(message, name, text + start, end - start); \
			(span).off = eq + 1; \
			(span).len = vlen; \
		}
		if (0)
		{
		}
		/* QN=YYYYMMDDhhmmsszzz (表3: 20 characters with "QN=") */
		HEADER("QN", p->qn, read_time(v, vlen, true, true, &p->qn_usec))
		/* 表5: two characters (digits; A0..Z9 reserved for extension) */
		HEADER("ST", p->st, vlen == 2 && is_alnum(v[0]) && is_alnum(v[1]))
		/* 表9: four digits */
		HEADER("CN", p->cn, vlen == 4 && all_digits(v, 4))
		/* 表3: 6 characters */
		HEADER("PW", p->pw, vlen >= 1 && vlen <= 6)
		/*
		 * 表3: 24 characters 0-9 A-F in 2017, 14 in 2005; stations send
		 * other letters and shorter MNs (the worked packet 9241), so
		 * 1..24 letters and digits.
		 */
		HEADER("MN", p->mn, vlen >= 1 && vlen <= 24 && all_alnum_span(v, vlen))
		else if (span_is(text, key, "Flag"))
		{
			if (p->flag >= 0)
				return bad_field(message, "second Flag", text + start, end - start);
			if (!(vlen >= 1 && vlen <= 3 && all_digits(v, vlen) && digits_value(v, vlen) <= 255))
				return bad_field(message, "Flag (not 0..255)", text + start, end - start);
			p->flag = digits_value(v, vlen);
		}
		else if (span_is(text, key, "PNUM") || span_is(text, key, "PNO"))
		{
			int		   *n = text[start + 2] == 'U' ? &p->pnum : &p->pno;

			if (*n >= 0)
				return bad_field(message, "second", text + start, end - start);
			if (!(vlen >= 1 && vlen <= 4 && all_digits(v, vlen) && digits_value(v, vlen) >= 1))
				return bad_field(message, "packet count", text + start, end - start);
			*n = digits_value(v, vlen);
		}
		else
			return bad_field(message, "unknown header field", text + start, end - start);
#undef HEADER
		pos = end + 1;
	}
	if (!have_cp)
		return bad_field(message, "no CP=&&...&& in", text + 6, data_len);
	if (p->st.off == 0)
		return bad_field(message, "no ST in", text + 6, data_len);
	if (p->cn.off == 0)
		return bad_field(message, "no CN in", text + 6, data_len);
	if (p->pw.off == 0)
		return bad_field(message, "no PW in", text + 6, data_len);
	if (p->mn.off == 0)
		return bad_field(message, "no MN in", text + 6, data_len);
	p->has_qn = p->qn.off != 0;

	/*
	 * 表3 Flag: V5..V0 D A.  No Flag: HJ/T 212-2005, whose Flag had only D
	 * and A.  Version bits other than the known ones: a later revision.
	 */
	if (p->flag < 0)
		p->version = ECO_HJ212_2005;
	else if ((p->flag >> 2) < ECO_HJ212_N_VERSIONS)
		p->version = (EcoHj212Version) (p->flag >> 2);
	else
	{
		snprintf(message, ECO_HJ212_MESSAGE_SIZE,
				 "malformed field: Flag=%d has version bits %d, not 0 (HJ/T 212-2005) or 1 (HJ 212-2017)",
				 p->flag, p->flag >> 2);
		return ECO_HJ212_FIELD;
	}
	/* 表3: PNUM and PNO are there exactly when the D bit is set */
	if ((p->pnum >= 0) != (p->pno >= 0) ||
		(p->pnum >= 0) != (p->flag >= 0 && (p->flag & 2) != 0) ||
		p->pno > p->pnum)
	{
		snprintf(message, ECO_HJ212_MESSAGE_SIZE,
				 "malformed field: PNUM and PNO must both be present, with PNO <= PNUM, exactly when Flag has the D bit (2)");
		return ECO_HJ212_FIELD;
	}
	return check_cp(p, message);
}

/* ---- the values ---- */

/* the Flag field of code in the item [start, end), len 0 when none */
static EcoHj212Span
find_flag(const char *t, int start, int end, EcoHj212Span code)
{
	EcoHj212Span none = {0, 0};
	int			pos = start;

	while (pos < end)
	{
		int			field_end = pos;
		CpField		f;

		while (field_end < end && t[field_end] != ',')
			field_end++;
		if (split_field(t, pos, field_end, &f) && span_is(t, f.kind, "Flag") &&
			f.code.len == code.len && memcmp(t + f.code.off, t + code.off, code.len) == 0)
			return f.value;
		pos = field_end + 1;
	}
	return none;
}

bool
eco_hj212_next(const EcoHj212Packet *p, EcoHj212Cursor *c, EcoHj212Value *out)
{
	const char *t = p->text;
	const Hj212VersionRules *rules = &versions[p->version];
	int			end = p->cp.off + p->cp.len;

	for (;;)
	{
		int			pos = p->cp.off + c->pos;
		int			field_end = pos;
		CpField		f;

		if (pos >= end)
			return false;
		if (pos >= c->item_end)
		{
			/* a new ';' item */
			int			e = pos;

			while (e < end && t[e] != ';')
				e++;
			c->item_start = pos;
			c->item_end = e;
		}
		while (field_end < c->item_end && t[field_end] != ',')
			field_end++;
		c->pos = field_end + 1 - p->cp.off;
		if (!split_field(t, pos, field_end, &f) || f.kind.len == 0 ||
			!is_value_kind(t + f.kind.off, f.kind.len) ||
			!read_number(t + f.value.off, f.value.len, &out->value))
			continue;
		out->code = f.code;
		out->kind = f.kind;
		out->flag = find_flag(t, c->item_start, c->item_end, f.code);
		/*
		 * An absent flag is valid: 表4 makes -Flag a field a value may have,
		 * not one it must have, and the standard's own noise and 2005
		 * examples send values without it.
		 */
		out->valid = out->flag.len == 0 ||
			strchr(rules->normal, t[out->flag.off]) != NULL;
		out->pollutant = eco_hj212_pollutant(p->version, t + f.code.off, f.code.len);
		return true;
	}
}
