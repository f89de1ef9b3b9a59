/*
 * The HJ 212 packet reader: any bytes are refused with a message or
 * accepted; an accepted packet's values lie inside its CP data area, each
 * value reads back from its own text, and the same packet with a lower-case
 * CRC and without CR LF is accepted too.
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/hj212.h"

static const char *const seeds[] = {
	"##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;"
	"CP=&&RtdInterval=30&&1C80\r\n",
	"##0139ST=32;CN=2011;PW=123456;MN=LD130133000015;CP=&&DataTime=20160824003817000;"
	"B01-Rtd=36.91;011-Rtd=231.0,011-Flag=N;060-Rtd=1.803,060-Flag=N&&4980\r\n",
	"##0344QN=20220928142812336;ST=22;CN=2011;PW=123456;MN=JSRCTD000YD107;Flag=5;"
	"CP=&&DataTime=20220928142812;l01001-Flag=N,l01001-Rtd=119.90287;l01002-Flag=N,"
	"l01002-Rtd=32.48505;a34002-Rtd=5,a34002-Flag=N;a34004-Rtd=4,a34004-Flag=N;"
	"a21026-Rtd=22.25,a21026-Flag=N;a21004-Rtd=22.7,a21004-Flag=N;a21005-Rtd=0.36,"
	"a21005-Flag=N;a05024-Rtd=8.82,a05024-Flag=N&&9241\r\n",
	NULL
};

/* data segments framed by fuzz_seed */
static const char *const segments[] = {
	"QN=20160801085857223;ST=22;CN=2061;PW=123456;MN=AB12;Flag=7;PNUM=2;PNO=1;"
	"CP=&&DataTime=20160801080000;a34004-Avg=35,a34004-Max=-50.25,a34004-Flag=D;"
	"a21026-ZsAvg=9,a21026-Flag=N;a01001-SampleTime=20160801080000&&",
	"ST=23;CN=2031;PW=123456;MN=N1;Flag=4;CP=&&DataTime=20160801000000;"
	"Ld-DayData=55.1;Ln-NightData=45.3;Leq-Data=52.0;i11001-Info=//\xe6\x97\xa5//&&",
	"ST=21;CN=2061;PW=1;MN=W;CP=&&DataTime=20240229230000;001-Avg=7.1,001-Flag=3;w21003-Cou=1&&",
	NULL
};

static char copy[FUZZ_MAX_INPUT + 8];

static bool
inside(const EcoHj212Packet *p, EcoHj212Span s)
{
	return s.off >= p->cp.off && s.len >= 0 && s.off + s.len <= p->cp.off + p->cp.len;
}

static char framed[FUZZ_MAX_INPUT + 16];

static void
check_packet(const char *text, int len)
{
	EcoHj212Packet p;
	EcoHj212Cursor c;
	EcoHj212Value v;
	char		message[ECO_HJ212_MESSAGE_SIZE];
	int			n = 0;
	int			i;

	message[0] = '\0';
	if (eco_hj212_parse(text, len, &p, message) != ECO_HJ212_OK)
	{
		/* a reason, always, and short */
		if (message[0] == '\0' || strlen(message) >= ECO_HJ212_MESSAGE_SIZE)
			abort();
		return;
	}
	if (message[0] != '\0' || p.cp.off < 6 || p.cp.off + p.cp.len > len)
		abort();
	memset(&c, 0, sizeof(c));
	while (eco_hj212_next(&p, &c, &v))
	{
		char		buf[32];
		EcoHj212Span value;

		if (!inside(&p, v.code) || !inside(&p, v.kind) || (v.flag.len != 0 && !inside(&p, v.flag)) ||
			v.flag.len > 1 || v.value != v.value || ++n > len)
			abort();
		/* the value's text follows "kind=" and reads back as the value */
		value.off = v.kind.off + v.kind.len + 1;
		value.len = 0;
		while (value.off + value.len < p.cp.off + p.cp.len &&
			   text[value.off + value.len] != ',' && text[value.off + value.len] != ';')
			value.len++;
		if (text[value.off - 1] != '=' || value.len < 1 || value.len > 18)
			abort();
		memcpy(buf, text + value.off, value.len);
		buf[value.len] = '\0';
		if (strtod(buf, NULL) != v.value)
			abort();
	}
	/* lower-case CRC, no CR LF: still accepted */
	i = p.cp.off + p.cp.len + 2;	/* the CRC's offset */
	memcpy(copy, text, i);
	for (n = 0; n < 4; n++)
		copy[i + n] = (char) (text[i + n] >= 'A' && text[i + n] <= 'F' ? text[i + n] + 32 : text[i + n]);
	if (eco_hj212_parse(copy, i + 4, &p, message) != ECO_HJ212_OK)
		abort();
}

/*
 * The input as it is, and its data segment framed with the right length
 * and CRC, so that mutations reach the fields behind the CRC check.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	int			len = (int) (size > FUZZ_MAX_INPUT ? FUZZ_MAX_INPUT : size);
	int			start = 0;
	int			end = len;

	check_packet(text, len);
	if (len >= 12 && text[0] == '#' && text[1] == '#')
	{
		start = 6;
		end = len - ((text[len - 1] == '\n') ? 6 : 4);
	}
	if (end - start <= ECO_HJ212_MAX_DATA)
	{
		int			n = end - start;

		snprintf(framed, sizeof(framed), "##%04d", n);
		memcpy(framed + 6, text + start, n);
		snprintf(framed + 6 + n, 7, "%04X\r\n",
				 eco_hj212_crc((const unsigned char *) text + start, n));
		check_packet(framed, n + 12);
	}
	return 0;
}

size_t
fuzz_seed(int i, uint8_t *buf)
{
	int			nseeds = 0;

	while (seeds[nseeds] != NULL)
		nseeds++;
	if (i < nseeds)
	{
		size_t		n = strlen(seeds[i]);

		memcpy(buf, seeds[i], n);
		return n;
	}
	i -= nseeds;
	{
		int			nseg = 0;
		int			n;

		while (segments[nseg] != NULL)
			nseg++;
		if (i >= nseg)
			return 0;
		n = (int) strlen(segments[i]);
		return (size_t) snprintf((char *) buf, FUZZ_MAX_INPUT, "##%04d%s%04X\r\n", n, segments[i],
								 eco_hj212_crc((const unsigned char *) segments[i], n));
	}
}
