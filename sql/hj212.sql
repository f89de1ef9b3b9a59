-- HJ 212 packets: hj212_check, hj212_values and hj212_frame on the
-- reference's worked packets (HJ 212-2017 附录A; a HJ/T 212-2005 packet;
-- an ambient-air station's), the CRC against a PL/pgSQL transcription of
-- 附录A, versions, flags, codes, and call paths.
SET client_min_messages = warning;

-- 附录A bit by bit, over the data segment's bytes; high byte first
CREATE FUNCTION pg_temp.crc(data text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	b bytea := convert_to(data, 'UTF8');
	reg integer := 65535;
	i integer;
	k integer;
	bit integer;
BEGIN
	FOR i IN 0 .. length(b) - 1 LOOP
		reg := (reg >> 8) # get_byte(b, i);
		FOR k IN 1 .. 8 LOOP
			bit := reg & 1;
			reg := reg >> 1;
			IF bit = 1 THEN
				reg := reg # 40961;
			END IF;
		END LOOP;
	END LOOP;
	RETURN upper(lpad(to_hex(reg), 4, '0'));
END $$;

-- the SQLSTATE and message hj212_values raises, or 'no error'
CREATE FUNCTION pg_temp.err(packet text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	PERFORM * FROM hj212_values(packet);
	RETURN 'no error';
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

CREATE TEMP TABLE worked (name text, packet text);
INSERT INTO worked VALUES
	('1C80', E'##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80\r\n'),
	('4980', E'##0139ST=32;CN=2011;PW=123456;MN=LD130133000015;CP=&&DataTime=20160824003817000;B01-Rtd=36.91;011-Rtd=231.0,011-Flag=N;060-Rtd=1.803,060-Flag=N&&4980\r\n'),
	('9241', E'##0344QN=20220928142812336;ST=22;CN=2011;PW=123456;MN=JSRCTD000YD107;Flag=5;CP=&&DataTime=20220928142812;l01001-Flag=N,l01001-Rtd=119.90287;l01002-Flag=N,l01002-Rtd=32.48505;a34002-Rtd=5,a34002-Flag=N;a34004-Rtd=4,a34004-Flag=N;a21026-Rtd=22.25,a21026-Flag=N;a21004-Rtd=22.7,a21004-Flag=N;a21005-Rtd=0.36,a21005-Flag=N;a05024-Rtd=8.82,a05024-Flag=N&&9241\r\n');

-- valid; the PL/pgSQL CRC agrees with the one sent; hj212_frame rebuilds each
SELECT name, hj212_check(packet) IS NULL AS valid,
	pg_temp.crc(substr(packet, 7, length(packet) - 12)) AS crc,
	hj212_frame(substr(packet, 7, length(packet) - 12)) = packet AS framed_again
FROM worked ORDER BY name;

SELECT w.name, v.* FROM worked w, hj212_values(w.packet) v ORDER BY w.name, v.code, v.kind;

-- the CRC in lower case, without CR LF, both
SELECT name, right(rtrim(lower_crc, E'\r\n'), 4) AS crc_sent, hj212_check(lower_crc) AS lower_case, hj212_check(rtrim(packet, E'\r\n')) AS no_crlf,
	hj212_check(rtrim(lower_crc, E'\r\n')) AS both_ways
FROM worked, overlay(packet PLACING lower(substr(packet, length(packet) - 5, 4)) FROM length(packet) - 5) lower_crc
WHERE name IN ('1C80', '9241');
-- a bare CR or LF at the end is not a packet's tail
SELECT hj212_check(rtrim(packet, E'\n')) AS bare_cr FROM worked WHERE name = '1C80';

-- the reference's 0136 copy of the 2005 packet keeps CRC 4980; its CRC is 3C00
SELECT hj212_check(E'##0136ST=32;CN=2011;PW=123456;MN=LD130133000015;CP=&&DataTime=20160824003817;B01-Rtd=36.91;011-Rtd=231.0,011-Flag=N;060-Rtd=1.803,060-Flag=N&&4980\r\n');

-- hourly data (2061): DataTime is the hour's start; each item's flag applies
-- to its Avg, Min, Max; only N (2017) is valid, an absent flag is valid
SELECT code, pollutant, kind, value, flag, valid, data_time, qn
FROM hj212_values(hj212_frame('QN=20260101090001000;ST=22;CN=2061;PW=123456;MN=ST0001;Flag=4;CP=&&DataTime=20260101080000;'
	'a34004-Avg=35.5,a34004-Min=20,a34004-Max=50,a34004-Flag=N;a21026-Avg=7,a21026-Flag=D;'
	'a05024-Avg=80;a21005-Avg=0.6,a21005-Flag=T;a01001-Avg=-3.5,a01001-Flag=N&&'))
ORDER BY code, kind;

-- every 2017 data flag of 表8 (and the 2005 ones, which a 2017 packet may
-- not use as "normal")
SELECT f AS flag, (SELECT valid FROM hj212_values(hj212_frame('ST=22;CN=2061;PW=1;MN=A;Flag=4;CP=&&a34004-Avg=1,a34004-Flag=' || f || '&&'))) AS valid_2017,
	(SELECT valid FROM hj212_values(hj212_frame('ST=22;CN=2061;PW=1;MN=A;CP=&&a34004-Avg=1,a34004-Flag=' || f || '&&'))) AS valid_2005
FROM unnest(ARRAY['N', 'F', 'M', 'S', 'D', 'C', 'T', 'B', 'P', '0', '1', '2', '3', 'H']) f;

-- versions: no Flag or version bits 0 is HJ/T 212-2005 (old codes known),
-- version bits 1 is HJ 212-2017 (old codes not known)
SELECT flag_field, code, pollutant
FROM (VALUES (''), ('Flag=0;'), ('Flag=1;'), ('Flag=2;PNUM=1;PNO=1;'), ('Flag=4;'), ('Flag=5;')) f(flag_field),
	hj212_values(hj212_frame('ST=32;CN=2061;PW=1;MN=A;' || flag_field || 'CP=&&02-Avg=1;060-Avg=2;a21026-Avg=3&&'))
ORDER BY 1, 2;

-- pollutant names: the air ones are ecoinsp's, the water ones water_class
-- takes, noise levels as the standard names them; unknown codes stay
CREATE FUNCTION pg_temp.water_name_known(item text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	PERFORM water_class(item, 1);
	RETURN true;
EXCEPTION WHEN invalid_parameter_value THEN
	RETURN false;
END $$;
SELECT code, pollutant,
	CASE WHEN code LIKE 'a%' THEN iaqi(pollutant, 10, standard => 'hj633-2012') IS NOT NULL
		 WHEN code LIKE 'w%' THEN pg_temp.water_name_known(pollutant) END AS name_accepted
FROM hj212_values(hj212_frame('ST=22;CN=2061;PW=1;MN=A;Flag=4;CP=&&a21026-Avg=1;a21004-Avg=1;a34002-Avg=1;a21005-Avg=1;a05024-Avg=1;a34004-Avg=1;a21030-Avg=1;a34001-Avg=1;'
	'w01010-Avg=1;w01001-Avg=1;w01009-Avg=1;w01019-Avg=1;w01018-Avg=1;w01017-Avg=1;w21003-Avg=1;w21011-Avg=1;w21001-Avg=1;w20122-Avg=1;w20138-Avg=1;w20123-Avg=1;w20139-Avg=1;w21017-Avg=1;'
	'w20128-Avg=1;w20140-Avg=1;w20119-Avg=1;w20141-Avg=1;w20111-Avg=1;w20142-Avg=1;w20115-Avg=1;w20143-Avg=1;w20117-Avg=1;w20120-Avg=1;w20144-Avg=1;w21016-Avg=1;w23002-Avg=1;w22001-Avg=1;'
	'w19002-Avg=1;w21019-Avg=1;w02003-Avg=1;w00000-Cou=1&&'))
ORDER BY code;
SELECT code, pollutant, kind
FROM hj212_values(hj212_frame('ST=23;CN=2031;PW=1;MN=A;Flag=4;CP=&&DataTime=20260101000000;LA-Data=1;L5-Data=1;L10-Data=1;L50-Data=1;L90-Data=1;L95-Data=1;Leq-Data=1;'
	'Ldn-Data=1;Ld-DayData=1;Ln-NightData=1;LMx-Data=1;LMn-Data=1;L99-Data=1&&'))
ORDER BY code;
SELECT code, pollutant
FROM hj212_values(hj212_frame('ST=32;CN=2061;PW=1;MN=A;CP=&&02-Avg=1;04-Avg=1;001-Avg=1;010-Avg=1;011-Avg=1;060-Avg=1;101-Avg=1;065-Avg=1;029-Avg=1;030-Avg=1;072-Avg=1;035-Avg=1;'
	'026-Avg=1;020-Avg=1;022-Avg=1;024-Avg=1;027-Avg=1;070-Avg=1;110-Avg=1;080-Avg=1;520-Avg=1;071-Avg=1;550-Avg=1;01-Avg=1;B02-Avg=1&&'))
ORDER BY code;

-- the value kinds are rows; other fields (SampleTime, EFlag, Info,
-- RtdInterval) are not; units pass through as sent
SELECT code, kind, value FROM hj212_values(hj212_frame('ST=31;CN=2061;PW=1;MN=A;Flag=4;CP=&&DataTime=20260101080000;'
	'a21026-Rtd=1,a21026-Min=2,a21026-Avg=3,a21026-Max=4,a21026-ZsRtd=5,a21026-ZsMin=6,a21026-ZsAvg=7,a21026-ZsMax=8,a21026-Cou=9,a21026-Flag=N,a21026-EFlag=A1,a21026-SampleTime=20260101080500;'
	'SB1-RS=1;SB1-RT=23.5;i11001-Info=//log//;RtdInterval=30&&'))
ORDER BY value;

-- a bad input for each rule: hj212_check's reason, hj212_values' SQLSTATE
CREATE TEMP TABLE bad (rule text, packet text);
INSERT INTO bad VALUES
	('no ##', E'#0101QN=1&&1C80\r\n'),
	('length not 4 digits', '##1x1'),
	('too short', '##0000'),
	('bare LF', E'##0000FFFF\n'),
	('CRC not hex', E'##0004&&&&ZZZZ\r\n'),
	('length over 1024', '##1025' || repeat('x', 1025) || 'FFFF'),
	('length mismatch', E'##0102QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80\r\n'),
	('CRC mismatch', E'##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&0759\r\n'),
	('control character', hj212_frame(E'ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1\t&&')),
	('bad QN', hj212_frame('QN=20160230085857223;ST=22;CN=2061;PW=1;MN=A;CP=&&&&')),
	('bad ST', hj212_frame('ST=2;CN=2061;PW=1;MN=A;CP=&&&&')),
	('bad CN', hj212_frame('ST=22;CN=206;PW=1;MN=A;CP=&&&&')),
	('bad PW', hj212_frame('ST=22;CN=2061;PW=1234567;MN=A;CP=&&&&')),
	('bad MN', hj212_frame('ST=22;CN=2061;PW=1;MN=A_B;CP=&&&&')),
	('Flag over 255', hj212_frame('ST=22;CN=2061;PW=1;MN=A;Flag=256;CP=&&&&')),
	('unknown version', hj212_frame('ST=22;CN=2061;PW=1;MN=A;Flag=8;CP=&&&&')),
	('D bit without PNUM', hj212_frame('ST=22;CN=2061;PW=1;MN=A;Flag=6;CP=&&&&')),
	('duplicate field', hj212_frame('ST=22;CN=2061;CN=2061;PW=1;MN=A;CP=&&&&')),
	('unknown field', hj212_frame('ST=22;CN=2061;PW=1;MN=A;XY=1;CP=&&&&')),
	('no CP', hj212_frame('ST=22;CN=2061;PW=1;MN=A')),
	('no MN', hj212_frame('ST=22;CN=2061;PW=1;CP=&&&&')),
	('CP not closed', hj212_frame('ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1')),
	('empty CP field', hj212_frame('ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg=1;;b-Avg=1&&')),
	('field without =', hj212_frame('ST=22;CN=2061;PW=1;MN=A;CP=&&a-Avg&&')),
	('value not a number', hj212_frame('ST=22;CN=2061;PW=1;MN=A;CP=&&a34004-Avg=1e3&&')),
	('value too long', hj212_frame('ST=22;CN=2061;PW=1;MN=A;CP=&&a34004-Avg=1234567890.123456789&&')),
	('flag of two letters', hj212_frame('ST=22;CN=2061;PW=1;MN=A;CP=&&a34004-Avg=1,a34004-Flag=NN&&')),
	('DataTime not a time', hj212_frame('ST=22;CN=2061;PW=1;MN=A;Flag=4;CP=&&DataTime=20261301000000&&')),
	('DataTime ms in 2017', hj212_frame('ST=22;CN=2061;PW=1;MN=A;Flag=4;CP=&&DataTime=20260101000000000&&')),
	('two DataTimes', hj212_frame('ST=22;CN=2061;PW=1;MN=A;CP=&&DataTime=20260101000000;DataTime=20260101000000&&'));
\x on
SELECT rule, hj212_check(packet) AS reason, pg_temp.err(packet) AS error FROM bad;
\x off
-- the whole message: 100 characters of the packet at most, in the detail
\set VERBOSITY default
SELECT * FROM hj212_values(hj212_frame('ST=22;CN=2061;PW=1;MN=A;CP=&&a34004-Avg=' || repeat('9', 30) || ';' || repeat('b-Avg=1;', 40) || 'c-Avg=1&&'));
\echo :LAST_ERROR_SQLSTATE
SELECT hj212_frame(repeat('x', 1025));
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY terse
SELECT hj212_frame(repeat('x', 1024)) IS NOT NULL AS framed_1024, hj212_check(hj212_frame(repeat('x', 1024))) AS reason;
SELECT hj212_frame('') = E'##0000FFFF\r\n' AS empty, hj212_check(hj212_frame('')) AS reason;

-- NULL in, NULL out; no rows
SELECT hj212_check(NULL) IS NULL AS check_null, (SELECT count(*) FROM hj212_values(NULL)) AS values_null,
	hj212_frame(NULL) IS NULL AS frame_null;

-- as a CHECK constraint: a bad packet is refused (23514), a good one stored
CREATE TEMP TABLE packets (packet text CHECK (hj212_check(packet) IS NULL));
INSERT INTO packets SELECT packet FROM worked;
INSERT INTO packets SELECT packet FROM bad WHERE rule = 'CRC mismatch';
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
INSERT INTO packets SELECT packet FROM bad WHERE rule = 'CRC mismatch';
\set VERBOSITY default
SELECT count(*) AS stored FROM packets;

-- call paths: in the select list, a generic prepared plan, a cursor, a
-- forced parallel plan: the same rows
CREATE TEMP TABLE direct AS SELECT w.name, v.* FROM worked w, hj212_values(w.packet) v;
SELECT count(*) AS rows_direct FROM direct;
SELECT count(*) AS srf_in_select_list_differs FROM (
	SELECT name, (hj212_values(packet)).* FROM worked EXCEPT SELECT * FROM direct) d;
SET plan_cache_mode = force_generic_plan;
PREPARE p(text) AS SELECT count(*) FROM hj212_values($1) WHERE valid;
SELECT packet AS p9241 FROM worked WHERE name = '9241' \gset
SELECT packet AS p4980 FROM worked WHERE name = '4980' \gset
EXECUTE p(:'p9241');
EXECUTE p(:'p4980');
PREPARE q(text) AS SELECT hj212_check($1);
EXECUTE q(:'p9241');
EXECUTE q(rtrim(:'p9241', E'\r\n') || 'x');
RESET plan_cache_mode;
BEGIN;
DECLARE c CURSOR FOR SELECT code, value FROM hj212_values((SELECT packet FROM worked WHERE name = '9241')) ORDER BY code;
FETCH 2 FROM c;
COMMIT;
CREATE TABLE hj212_parallel AS SELECT packet FROM worked, generate_series(1, 200);
ALTER TABLE hj212_parallel SET (parallel_workers = 2);
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SELECT count(*) AS parallel_rows, count(*) FILTER (WHERE valid) AS valid_rows,
	count(*) FILTER (WHERE hj212_check(packet) IS NOT NULL) AS invalid
FROM hj212_parallel, hj212_values(packet);
RESET force_parallel_mode;
DROP TABLE hj212_parallel;
