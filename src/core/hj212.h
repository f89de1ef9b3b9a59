/*
 * HJ 212 data packets (HJ/T 212-2005, HJ 212-2017): framing, CRC, the
 * header fields and the values of the CP data area.
 *
 * A packet is "##" + a 4-digit data-segment length + the data segment + a
 * 4-hex-digit CRC (upper or lower case) + CR LF (optional here).  The
 * version is read from the Flag field's version bits (HJ 212-2017 表3:
 * V5..V0 = Flag >> 2; no Flag field: HJ/T 212-2005), and every rule that
 * differs between versions (data flags, valid flags, old pollutant codes,
 * DataTime widths) is a row of the version table in hj212.c, so that a
 * later revision (HJ 212-2025, in force 2026-01-01, not yet available) is
 * one more row.
 *
 * eco_hj212_parse checks everything (framing, length, CRC, every header
 * field and every CP field) without allocating; eco_hj212_next then walks
 * the values of a packet parse accepted.
 */
#ifndef ECOINSP_HJ212_H
#define ECOINSP_HJ212_H

#include <stdbool.h>
#include <stdint.h>

/* The versions this parser knows; the value is the Flag's version bits. */
typedef enum EcoHj212Version
{
	ECO_HJ212_2005 = 0,			/* HJ/T 212-2005 (version bits 000000) */
	ECO_HJ212_2017 = 1,			/* HJ 212-2017 (version bits 000001) */
	ECO_HJ212_N_VERSIONS
} EcoHj212Version;

/* What parse found wrong (the message says the details). */
typedef enum EcoHj212Status
{
	ECO_HJ212_OK = 0,
	ECO_HJ212_FRAMING,			/* "##", digits, CRC characters, CR LF */
	ECO_HJ212_LENGTH,			/* the length field against the data segment */
	ECO_HJ212_CRC,				/* the CRC sent against the CRC computed */
	ECO_HJ212_FIELD				/* a header or CP field */
} EcoHj212Status;

/* HJ 212-2017 §6.3.1: the data segment is at most 1024 bytes. */
#define ECO_HJ212_MAX_DATA 1024
/* Room for any message eco_hj212_parse writes. */
#define ECO_HJ212_MESSAGE_SIZE 256
/* At most this many bytes of a field are quoted in a message. */
#define ECO_HJ212_QUOTE_BYTES 40

/* A stretch of the packet: offset and length in bytes. */
typedef struct EcoHj212Span
{
	int			off;
	int			len;
} EcoHj212Span;

typedef struct EcoHj212Packet
{
	const char *text;			/* the packet, as passed to parse */
	EcoHj212Version version;
	int			flag;			/* the Flag field, -1 when absent */
	EcoHj212Span qn;			/* len 0 when absent */
	EcoHj212Span st;
	EcoHj212Span cn;
	EcoHj212Span pw;
	EcoHj212Span mn;
	EcoHj212Span cp;			/* the data area between "CP=&&" and "&&" */
	int			pnum;			/* -1 when absent */
	int			pno;
	bool		has_qn;
	bool		has_data_time;
	int64_t		qn_usec;		/* microseconds since 2000-01-01 00:00:00 */
	int64_t		data_time_usec; /* the CP's DataTime, same scale */
} EcoHj212Packet;

/* One value of the CP data area, e.g. a34004-Avg=35.2 with a34004-Flag=N. */
typedef struct EcoHj212Value
{
	EcoHj212Span code;			/* a34004 */
	EcoHj212Span kind;			/* Avg */
	EcoHj212Span flag;			/* N; len 0 when the item has no Flag */
	double		value;
	bool		valid;			/* the flag is the version's "normal", or absent */
	const char *pollutant;		/* ecoinsp's name, NULL for a code it does not know */
} EcoHj212Value;

/* Where eco_hj212_next is in the CP data area; start with {0}. */
typedef struct EcoHj212Cursor
{
	int			pos;			/* offset of the next field, relative to cp.off */
	int			item_start;		/* the current ';' item */
	int			item_end;
} EcoHj212Cursor;

/*
 * Checks text (len bytes) as a packet and fills *packet.  On failure writes
 * the reason into message (ECO_HJ212_MESSAGE_SIZE bytes, NUL-terminated,
 * quoting at most ECO_HJ212_QUOTE_BYTES bytes of any field); on success
 * writes nothing there.
 */
extern EcoHj212Status eco_hj212_parse(const char *text, int len, EcoHj212Packet *packet,
									  char *message);

/* The next value of a packet parse accepted; false after the last. */
extern bool eco_hj212_next(const EcoHj212Packet *packet, EcoHj212Cursor *cursor,
						   EcoHj212Value *value);

/* The HJ 212 CRC (附录A): not CRC-16/MODBUS, see hj212.c. */
extern unsigned eco_hj212_crc(const unsigned char *data, int len);

/* ecoinsp's name of a pollutant code in a packet of a version, or NULL. */
extern const char *eco_hj212_pollutant(EcoHj212Version version, const char *code, int len);

/* The version's name, "HJ/T 212-2005" or "HJ 212-2017". */
extern const char *eco_hj212_version_name(EcoHj212Version version);

#endif
