-- Malformed binary input is 22P03 (invalid_binary_representation) in every
-- type, as the README says: air_summary and rectification_summary raised
-- 22P02 in 1.1.  Each case sends one field's bytes through COPY
-- ... (FORMAT binary), which calls the type's receive function, and reports
-- the SQLSTATE, or 'read' when the bytes were accepted.
CREATE FUNCTION pg_temp.recv_sqlstate(type regtype, field bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	lo oid := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
		|| '\x0001'::bytea || int4send(length(field)) || field || '\xffff'::bytea);
BEGIN
	PERFORM lo_export(lo, 'binary_input.copy');
	PERFORM lo_unlink(lo);
	EXECUTE format('CREATE TEMP TABLE binary_input_target (v %s)', type);
	BEGIN
		COPY binary_input_target FROM 'binary_input.copy' (FORMAT binary);
		DROP TABLE binary_input_target;
		RETURN 'read';
	EXCEPTION WHEN OTHERS THEN
		DROP TABLE binary_input_target;
		RETURN SQLSTATE;
	END;
END $$;

-- air_summary: its stored form, then broken copies of it
CREATE TEMP TABLE bi_summary AS
SELECT air_summary(d::date, 5, 20, 40, 0.5, 60, 30) AS s
FROM generate_series('2024-01-01'::date, '2024-01-31', '1 day') AS d;
SELECT what, pg_temp.recv_sqlstate('air_summary', bytes) AS sqlstate FROM (VALUES
	('well formed', (SELECT air_summary_send(s) FROM bi_summary)),
	('empty', ''::bytea),
	('one byte', '\x01'::bytea),
	('unknown format version', '\x0900'::bytea),
	('truncated', (SELECT substr(air_summary_send(s), 1, length(air_summary_send(s)) - 3) FROM bi_summary)),
	('a byte too many', (SELECT air_summary_send(s) || '\x00'::bytea FROM bi_summary))
) t(what, bytes);

-- rectification_summary: version byte, int4 date, seven int8 counts
CREATE TEMP TABLE bi_rect AS
SELECT rectification(deadline, completed_on, '2024-12-31') AS s
FROM (VALUES ('2024-06-30'::date, '2024-06-01'::date), ('2024-09-30', NULL), (NULL, '2024-03-01')) v(deadline, completed_on);
CREATE FUNCTION pg_temp.rect_with(pos integer, replacement text) RETURNS bytea LANGUAGE sql AS $$
	SELECT overlay(rectification_summary_send(s) PLACING decode(replacement, 'hex') FROM pos) FROM bi_rect
$$;
SELECT what, pg_temp.recv_sqlstate('rectification_summary', bytes) AS sqlstate FROM (VALUES
	('well formed', (SELECT rectification_summary_send(s) FROM bi_rect)),
	('empty', ''::bytea),
	('unknown format version', pg_temp.rect_with(1, '02')),
	('as_of infinity', pg_temp.rect_with(2, '7fffffff')),
	('as_of before year 1', pg_temp.rect_with(2, '80000001')),
	('a negative count', pg_temp.rect_with(6, 'ffffffffffffffff')),
	('inconsistent counts', pg_temp.rect_with(30, '0000000000000009')),
	('truncated', substr(pg_temp.rect_with(1, '01'), 1, 60)),
	('a byte too many', pg_temp.rect_with(1, '01') || '\x00'::bytea)
) t(what, bytes);

-- the other types, for comparison: the same code
SELECT what, pg_temp.recv_sqlstate(type, bytes) AS sqlstate FROM (VALUES
	('aqi', 'aqi'::regtype, '\x0200c800000000'::bytea),
	('aqi, a bare number (standard 0)', 'aqi', '\x0100c800000000'::bytea),
	('aqi, a bare number with a pollutant', 'aqi', '\x0100c800200000'::bytea),
	('aqi, a bare number above 500', 'aqi', '\x0101f500000000'::bytea),
	('rate', 'rate', '\x02'::bytea),
	('noise_grade', 'noise_grade', '\x0109'::bytea),
	('water_class', 'water_class', '\x0109'::bytea),
	('groundwater_class', 'groundwater_class', '\x0106'::bytea)
) t(what, type, bytes);

-- the ordinal types (one template, src/ordinal.c): the ranks at both ends
-- are read; every other version, rank and length is 22P03
SELECT type, what, pg_temp.recv_sqlstate(type::regtype, bytes) AS sqlstate
FROM (VALUES ('noise_grade', 5), ('water_class', 6), ('groundwater_class', 5)) t(type, max),
	 LATERAL (VALUES
		('rank 1', '\x0101'::bytea),
		('the last rank', decode('01' || lpad(to_hex(max), 2, '0'), 'hex')),
		('one past it', decode('01' || lpad(to_hex(max + 1), 2, '0'), 'hex')),
		('rank 0', '\x0100'::bytea),
		('rank 255', '\x01ff'::bytea),
		('version 0', '\x0001'::bytea),
		('version 2', '\x0201'::bytea),
		('empty', ''::bytea),
		('one byte', '\x01'::bytea),
		('a byte too many', '\x010100'::bytea)
	 ) c(what, bytes)
ORDER BY type, what;
