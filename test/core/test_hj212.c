/*
 * HJ 212 packets: the worked packets of HJ 212-2017 and of open
 * implementations (docs/packets.md lists them), the CRC against a
 * bit-by-bit transcription of 附录A, and every rule's bad input.
 */
#include "unit.h"
#include "core/hj212.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* 附录A as the standard prints it, bit by bit */
static unsigned
crc_bitwise(const unsigned char *p, int len)
{
	unsigned	reg = 0xFFFF;
	int			i,
				k;

	for (i = 0; i < len; i++)
	{
		reg = (reg >> 8) ^ p[i];
		for (k = 0; k < 8; k++)
		{
			unsigned	check = reg & 1;

			reg >>= 1;
			if (check)
				reg ^= 0xA001;
		}
	}
	return reg;
}

/* CRC-16/MODBUS, which HJ 212's is not */
static unsigned
crc_modbus(const unsigned char *p, int len)
{
	unsigned	reg = 0xFFFF;
	int			i,
				k;

	for (i = 0; i < len; i++)
	{
		reg ^= p[i];
		for (k = 0; k < 8; k++)
			reg = (reg & 1) ? (reg >> 1) ^ 0xA001 : reg >> 1;
	}
	return reg;
}

/* ##, length, data, CRC (upper case), CR LF around a data segment */
static char packet_buf[4096];

static const char *
frame(const char *data)
{
	int			n = (int) strlen(data);

	snprintf(packet_buf, sizeof(packet_buf), "##%04d%s%04X\r\n", n, data,
			 eco_hj212_crc((const unsigned char *) data, n));
	return packet_buf;
}

static EcoHj212Status
parse(const char *text, EcoHj212Packet *p, char *message)
{
	message[0] = '\0';
	return eco_hj212_parse(text, (int) strlen(text), p, message);
}

static void
check_bad(const char *text, EcoHj212Status expected, const char *fragment)
{
	EcoHj212Packet p;
	char		message[ECO_HJ212_MESSAGE_SIZE];
	EcoHj212Status got = parse(text, &p, message);

	CHECK(got == expected && strstr(message, fragment) != NULL,
		  "%.60s: status %d \"%s\", expected %d with \"%s\"", text, (int) got, message,
		  (int) expected, fragment);
}

static void
check_bad_data(const char *data, const char *fragment)
{
	check_bad(frame(data), ECO_HJ212_FIELD, fragment);
}

static bool
span_eq(const EcoHj212Packet *p, EcoHj212Span s, const char *word)
{
	return s.len == (int) strlen(word) && memcmp(p->text + s.off, word, s.len) == 0;
}

/* microseconds since 2000-01-01 of a date and time */
static int64_t
usec(int64_t days, int h, int mi, int s, int ms)
{
	return ((days * 86400 + h * 3600 + mi * 60 + s) * 1000 + ms) * 1000;
}

static const char ex1[] =
	"##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;"
	"CP=&&RtdInterval=30&&1C80\r\n";
static const char ex2[] =
	"##0139ST=32;CN=2011;PW=123456;MN=LD130133000015;CP=&&DataTime=20160824003817000;"
	"B01-Rtd=36.91;011-Rtd=231.0,011-Flag=N;060-Rtd=1.803,060-Flag=N&&4980\r\n";
static const char ex2_short[] =
	"##0136ST=32;CN=2011;PW=123456;MN=LD130133000015;CP=&&DataTime=20160824003817;"
	"B01-Rtd=36.91;011-Rtd=231.0,011-Flag=N;060-Rtd=1.803,060-Flag=N&&4980\r\n";
static const char ex3[] =
	"##0344QN=20220928142812336;ST=22;CN=2011;PW=123456;MN=JSRCTD000YD107;Flag=5;"
	"CP=&&DataTime=20220928142812;l01001-Flag=N,l01001-Rtd=119.90287;l01002-Flag=N,"
	"l01002-Rtd=32.48505;a34002-Rtd=5,a34002-Flag=N;a34004-Rtd=4,a34004-Flag=N;"
	"a21026-Rtd=22.25,a21026-Flag=N;a21004-Rtd=22.7,a21004-Flag=N;a21005-Rtd=0.36,"
	"a21005-Flag=N;a05024-Rtd=8.82,a05024-Flag=N&&9241\r\n";

int
main(void)
{
	EcoHj212Packet p;
	EcoHj212Cursor c;
	EcoHj212Value v;
	char		message[ECO_HJ212_MESSAGE_SIZE];
	char		buf[4096];
	unsigned char bytes[512];
	int			i,
				n;

	/* ---- CRC ---- */
	CHECK(eco_hj212_crc((const unsigned char *) ex1 + 6, 101) == 0x1C80, "example 1: 1C80");
	CHECK(crc_modbus((const unsigned char *) ex1 + 6, 101) == 0x0759, "Modbus gives 0759");
	CHECK(eco_hj212_crc((const unsigned char *) ex2 + 6, 139) == 0x4980, "example 2: 4980");
	CHECK(eco_hj212_crc((const unsigned char *) ex2_short + 6, 136) == 0x3C00,
		  "the 0136 copy's CRC is 3C00, not 4980");
	CHECK(eco_hj212_crc((const unsigned char *) ex3 + 6, 344) == 0x9241, "example 3: 9241");
	CHECK(eco_hj212_crc(bytes, 0) == 0xFFFF, "empty: the initial register");
	srand(212);
	for (n = 0; n < 200; n++)
	{
		int			len = rand() % 512;

		for (i = 0; i < len; i++)
			bytes[i] = (unsigned char) rand();
		if (eco_hj212_crc(bytes, len) != crc_bitwise(bytes, len))
			break;
	}
	CHECK(n == 200, "table CRC = bit-by-bit 附录A on random bytes (%d)", n);

	/* ---- example 1: a 2017 parameter command, no values ---- */
	CHECK(parse(ex1, &p, message) == ECO_HJ212_OK, "example 1: %s", message);
	CHECK(p.version == ECO_HJ212_2017 && p.flag == 5, "example 1: 2017, Flag 5");
	CHECK(span_eq(&p, p.cn, "1062") && span_eq(&p, p.st, "32") &&
		  span_eq(&p, p.mn, "010000A8900016F000169DC0") && span_eq(&p, p.pw, "100000"),
		  "example 1: header");
	/* 2016-08-01 is day 6057 since 2000-01-01 */
	CHECK(p.has_qn && p.qn_usec == usec(6057, 8, 58, 57, 223), "example 1: QN %lld",
		  (long long) p.qn_usec);
	CHECK(!p.has_data_time && p.pnum == -1, "example 1: no DataTime, not split");
	memset(&c, 0, sizeof(c));
	CHECK(!eco_hj212_next(&p, &c, &v), "example 1: RtdInterval is not a value");

	/* the same, lower-case CRC, without CR LF */
	strcpy(buf, ex1);
	memcpy(strstr(buf, "1C80"), "1c80", 4);
	CHECK(parse(buf, &p, message) == ECO_HJ212_OK, "lower-case CRC: %s", message);
	buf[strlen(buf) - 2] = '\0';
	CHECK(parse(buf, &p, message) == ECO_HJ212_OK, "no CR LF: %s", message);

	/* ---- example 2: HJ/T 212-2005, old codes, DataTime with ms ---- */
	CHECK(parse(ex2, &p, message) == ECO_HJ212_OK, "example 2: %s", message);
	CHECK(p.version == ECO_HJ212_2005 && p.flag == -1 && !p.has_qn, "example 2: 2005");
	/* 2016-08-24 is day 6080 */
	CHECK(p.has_data_time && p.data_time_usec == usec(6080, 0, 38, 17, 0), "example 2: DataTime");
	memset(&c, 0, sizeof(c));
	CHECK(eco_hj212_next(&p, &c, &v) && span_eq(&p, v.code, "B01") && span_eq(&p, v.kind, "Rtd") &&
		  v.value == 36.91 && v.flag.len == 0 && v.valid && v.pollutant == NULL,
		  "example 2: B01 (flow, no pollutant name, no flag)");
	CHECK(eco_hj212_next(&p, &c, &v) && span_eq(&p, v.code, "011") && v.value == 231.0 &&
		  span_eq(&p, v.flag, "N") && v.valid && strcmp(v.pollutant, "COD") == 0,
		  "example 2: 011 is COD");
	CHECK(eco_hj212_next(&p, &c, &v) && span_eq(&p, v.code, "060") && v.value == 1.803 &&
		  v.valid && strcmp(v.pollutant, "NH3-N") == 0, "example 2: 060 is NH3-N");
	CHECK(!eco_hj212_next(&p, &c, &v), "example 2: three values");
	check_bad(ex2_short, ECO_HJ212_CRC, "the packet says 4980, the data segment's CRC is 3C00");

	/* ---- example 3: an ambient station's real-time data ---- */
	CHECK(parse(ex3, &p, message) == ECO_HJ212_OK, "example 3: %s", message);
	CHECK(p.version == ECO_HJ212_2017 && span_eq(&p, p.st, "22") && span_eq(&p, p.cn, "2011"),
		  "example 3: header");
	{
		static const char *const want_code[] = {"l01001", "l01002", "a34002", "a34004", "a21026",
		"a21004", "a21005", "a05024"};
		static const char *const want_pollutant[] = {NULL, NULL, "pm10", "pm2.5", "so2", "no2",
		"co", "o3"};
		static const double want_value[] = {119.90287, 32.48505, 5, 4, 22.25, 22.7, 0.36, 8.82};

		memset(&c, 0, sizeof(c));
		for (n = 0; eco_hj212_next(&p, &c, &v); n++)
		{
			bool		pollutant_ok = want_pollutant[n] == NULL ? v.pollutant == NULL :
				(v.pollutant != NULL && strcmp(v.pollutant, want_pollutant[n]) == 0);

			CHECK(n < 8 && span_eq(&p, v.code, want_code[n]) && v.value == want_value[n] &&
				  pollutant_ok && span_eq(&p, v.flag, "N") && v.valid,
				  "example 3: value %d", n);
		}
		CHECK(n == 8, "example 3: 8 values, got %d", n);
	}

	/* ---- flags and validity ---- */
	CHECK(parse(frame("QN=20160801085857223;ST=22;CN=2061;PW=123456;MN=AB12;Flag=4;"
					  "CP=&&DataTime=20160801080000;a34004-Avg=35,a34004-Max=50,a34004-Flag=D;"
					  "a21026-Avg=9,a21026-Flag=3&&"), &p, message) == ECO_HJ212_OK,
		  "hourly: %s", message);
	CHECK(p.data_time_usec == usec(6057, 8, 0, 0, 0), "hourly: DataTime is the hour's start");
	memset(&c, 0, sizeof(c));
	CHECK(eco_hj212_next(&p, &c, &v) && span_eq(&p, v.kind, "Avg") && !v.valid, "D: not valid");
	CHECK(eco_hj212_next(&p, &c, &v) && span_eq(&p, v.kind, "Max") && span_eq(&p, v.flag, "D") &&
		  !v.valid, "the item's flag applies to each of its values");
	CHECK(eco_hj212_next(&p, &c, &v) && !v.valid, "2017: flag 3 is not valid");
	CHECK(parse(frame("ST=22;CN=2061;PW=123456;MN=AB12;"
					  "CP=&&DataTime=20160801080000;02-Avg=9,02-Flag=3;a21026-Avg=8,a21026-Flag=P&&"),
				&p, message) == ECO_HJ212_OK && p.version == ECO_HJ212_2005, "2005 flags: %s", message);
	memset(&c, 0, sizeof(c));
	CHECK(eco_hj212_next(&p, &c, &v) && v.valid && strcmp(v.pollutant, "so2") == 0,
		  "2005: 02 is SO2, ambient flag 3 (正常) valid");
	CHECK(eco_hj212_next(&p, &c, &v) && !v.valid && strcmp(v.pollutant, "so2") == 0,
		  "2005: P not valid; 2017 codes known in 2005 packets");
	CHECK(parse(frame("ST=22;CN=2061;PW=123456;MN=AB12;Flag=4;CP=&&02-Avg=9&&"), &p, message) ==
		  ECO_HJ212_OK, "2017 with an old code: %s", message);
	memset(&c, 0, sizeof(c));
	CHECK(eco_hj212_next(&p, &c, &v) && v.pollutant == NULL, "2017: 02 is not a code");
	/* noise day data, empty CP, split packets */
	CHECK(parse(frame("ST=23;CN=2031;PW=123456;MN=N1;Flag=4;CP=&&DataTime=20160801000000;"
					  "Ld-DayData=55.1;Ln-NightData=45.3;Leq-Data=52.0&&"), &p, message) == ECO_HJ212_OK,
		  "noise: %s", message);
	memset(&c, 0, sizeof(c));
	CHECK(eco_hj212_next(&p, &c, &v) && strcmp(v.pollutant, "Ld") == 0 && v.valid &&
		  span_eq(&p, v.kind, "DayData"), "noise: Ld");
	CHECK(parse(frame("QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=AB12;Flag=4;CP=&&&&"),
				&p, message) == ECO_HJ212_OK, "empty CP: %s", message);
	memset(&c, 0, sizeof(c));
	CHECK(!eco_hj212_next(&p, &c, &v), "empty CP: no values");
	CHECK(parse(frame("ST=22;CN=2061;PW=123456;MN=AB12;Flag=7;PNUM=2;PNO=1;CP=&&a34004-Avg=-0.5&&"),
				&p, message) == ECO_HJ212_OK && p.pnum == 2 && p.pno == 1, "split: %s", message);
	memset(&c, 0, sizeof(c));
	CHECK(eco_hj212_next(&p, &c, &v) && v.value == -0.5, "a signed value");
	/* a leap day */
	CHECK(parse(frame("ST=22;CN=2061;PW=1;MN=A;Flag=4;CP=&&DataTime=20240229230000&&"), &p,
				message) == ECO_HJ212_OK, "2024-02-29: %s", message);

	/* ---- framing ---- */
	check_bad("", ECO_HJ212_FRAMING, "does not start with \"##\"");
	check_bad("#0101", ECO_HJ212_FRAMING, "does not start with \"##\"");
	check_bad("##01a1QN", ECO_HJ212_FRAMING, "4-digit length");
	check_bad("##01", ECO_HJ212_FRAMING, "4-digit length");
	check_bad("##0000", ECO_HJ212_FRAMING, "too short");
	check_bad("##0000&&&&FFFF\n", ECO_HJ212_FRAMING, "bare CR or LF");
	strcpy(buf, ex1);
	memcpy(strstr(buf, "1C80"), "1G80", 4);
	check_bad(buf, ECO_HJ212_FRAMING, "4 hexadecimal CRC digits (\"1G80\")");
	/* ---- length ---- */
	check_bad("##1025", ECO_HJ212_LENGTH, "exceeds 1024");
	strcpy(buf, ex1);
	buf[5] = '2';
	check_bad(buf, ECO_HJ212_LENGTH, "the length field says 0102 bytes, the data segment has 101");
	strcpy(buf, ex1);
	memcpy(strstr(buf, "=30&&"), "=300&", 5);
	strcpy(strstr(buf, "0&1C80"), "0&&1C80");
	check_bad(buf, ECO_HJ212_LENGTH, "the data segment has 102");
	strcpy(buf, ex1);
	strcat(buf, "\r\n");
	check_bad(buf, ECO_HJ212_FRAMING, "4 hexadecimal CRC digits");
	/* ---- CRC ---- */
	strcpy(buf, ex1);
	memcpy(strstr(buf, "1C80"), "0759", 4);
	check_bad(buf, ECO_HJ212_CRC, "the packet says 0759, the data segment's CRC is 1C80");
	strcpy(buf, ex1);
	buf[10] = '9';				/* QN=2016 -> QN=2916 */
	check_bad(buf, ECO_HJ212_CRC, "the packet says 1C80");
	/* ---- header fields ---- */
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;Flag=4;CP=&&a-Avg=1\x01&&", "control character 0x01");
	check_bad_data("QN=2016080108585722;ST=22;CN=2061;PW=1;MN=A;CP=&&&&", "QN");
	check_bad_data("QN=20160231085857223;ST=22;CN=2061;PW=1;MN=A;CP=&&&&", "QN");
	check_bad_data("QN=20160801245857223;ST=22;CN=2061;PW=1;MN=A;CP=&&&&", "QN");
	check_bad_data("ST=2;CN=2061;PW=1;MN=A;CP=&&&&", "ST \"ST=2\"");
	check_bad_data("ST=22;CN=20611;PW=1;MN=A;CP=&&&&", "CN \"CN=20611\"");
	check_bad_data("ST=22;CN=2061;PW=1234567;MN=A;CP=&&&&", "PW");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A-B;CP=&&&&", "MN");
	check_bad_data("ST=22;CN=2061;PW=1;MN=0123456789ABCDEF012345678;CP=&&&&", "MN");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;Flag=256;CP=&&&&", "Flag (not 0..255)");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;Flag=8;CP=&&&&", "version bits 2");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;Flag=6;CP=&&&&", "PNUM and PNO");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;Flag=4;PNUM=2;PNO=1;CP=&&&&", "PNUM and PNO");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;Flag=6;PNUM=1;PNO=2;CP=&&&&", "PNUM and PNO");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;Flag=6;PNUM=0;PNO=1;CP=&&&&", "packet count");
	check_bad_data("ST=22;ST=22;CN=2061;PW=1;MN=A;CP=&&&&", "second ST");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;XX=1;CP=&&&&", "unknown header field \"XX=1\"");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;;CP=&&&&", "header field");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A", "no CP");
	check_bad_data("ST=22;CN=2061;PW=1;MN", "header field \"MN\"");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;", "no CP");
	check_bad_data("CN=2061;PW=1;MN=A;CP=&&&&", "no ST");
	check_bad_data("ST=22;PW=1;MN=A;CP=&&&&", "no CN");
	check_bad_data("ST=22;CN=2061;MN=A;CP=&&&&", "no PW");
	check_bad_data("ST=22;CN=2061;PW=1;CP=&&&&", "no MN");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1&", "CP (not");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&&", "CP (not");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=a-Avg=1", "CP (not");
	/* ---- CP fields ---- */
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1;;b-Avg=2&&", "empty CP field");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1;&&", "empty CP field after");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1,&&", "empty CP field after");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg&&", "CP field \"a-Avg\"");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&=1&&", "CP field");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&-Avg=1&&", "CP field");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-=1&&", "CP field");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a b-Avg=1&&", "CP field");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1e3&&", "value \"a-Avg=1e3\"");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=&&", "value");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=.&&", "value");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=-&&", "value");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1.2.3&&", "value");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=NaN&&", "value");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1234567890123456789&&", "value");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1,a-Flag=NN&&", "data flag");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1,a-Flag=&&", "data flag");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1,a-Flag=*&&", "data flag");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;Flag=4;CP=&&DataTime=20160824003817000&&", "DataTime");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&DataTime=2016082400381&&", "DataTime");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&DataTime=20160824006017&&", "DataTime");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&DataTime=20230229000000&&", "DataTime");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&DataTime=20160824000000;DataTime=20160824000000&&",
				   "second DataTime");
	check_bad_data("ST=22;CN=2061;PW=1;MN=A;CP=&&a-SampleTime=2016&&", "SampleTime");
	/* a long field is quoted in part, not cut inside a UTF-8 character */
	{
		char		data[512];
		EcoHj212Packet q;

		strcpy(data, "ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1;b-Info=");
		for (i = 0; i < 30; i++)
			strcat(data, "\xe6\x97\xa5");	/* 日 */
		strcat(data, "=;c-Avg=x&&");
		CHECK(parse(frame(data), &q, message) == ECO_HJ212_FIELD &&
			  strstr(message, "value \"c-Avg=x\"") != NULL, "Info text passes: %s", message);
		strcpy(data, "ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1");
		for (i = 0; i < 30; i++)
			strcat(data, "\xe6\x97\xa5");
		strcat(data, "&&");
		CHECK(parse(frame(data), &q, message) == ECO_HJ212_FIELD &&
			  strlen(message) < 100 && strstr(message, "...\"") != NULL &&
			  (unsigned char) strstr(message, "...\"")[-1] == 0xa5,
			  "quoted in part, whole characters: %s", message);
	}

	/* version names, pollutant table */
	CHECK(strcmp(eco_hj212_version_name(ECO_HJ212_2005), "HJ/T 212-2005") == 0 &&
		  strcmp(eco_hj212_version_name(ECO_HJ212_2017), "HJ 212-2017") == 0, "version names");
	CHECK(eco_hj212_pollutant(ECO_HJ212_2017, "a21030", 6) == NULL, "a21030 is not read as O3");
	CHECK(strcmp(eco_hj212_pollutant(ECO_HJ212_2017, "w20142", 6), "Hg") == 0, "w20142 Hg");
	CHECK(eco_hj212_pollutant(ECO_HJ212_2017, "a3400", 5) == NULL, "a prefix is not a code");
	(void) fabs(0.0);
	return UNIT_DONE("test_hj212");
}
