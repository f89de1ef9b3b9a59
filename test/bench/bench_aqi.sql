-- bench_aqi: the daily AQI of N station-days, six pollutants, under
-- HJ 633-2026, HJ 633-2012 and US EPA 2024, on integer data (the reporting
-- resolution) and on fractional data (daily means: the mean of 20-24 hourly
-- values with one decimal, 37.458...).
--
--   ecoinsp:    sum(aqi_daily(so2, no2, pm10, co, o3_8h, pm25)::int)
--   floor:      sum(greatest(...)) of the same six columns: the executor's
--               cost of reading six doubles and producing one integer
--   CASE:       the HJ 633 formula in plain SQL, one CASE over the segments
--               per pollutant, ceil, greatest
--   PL/pgSQL:   the same formula in a PL/pgSQL function
--
-- Each baseline is written twice: in double precision, as people write it
-- (and as the issue measured it: CASE 3.3x the floor, PL/pgSQL 10x), and in
-- numeric, so that ceil() sees the exact value.  The float versions fall into
-- the rounding trap (CO 2.2 -> 56) and their sum is off; the run prints by how
-- much, and fails if the numeric baselines and aqi_daily differ or the two
-- float baselines differ from each other.  These comparisons use the integer
-- data at the 2026 reporting resolution (integers in ug/m3, CO to 0.1
-- mg/m3), where the GB/T 8170 pre-rounding of §4.2.2 changes nothing.
--
-- Then aqi_daily under each standard, on each kind of data, against the
-- floor (the target is <= 1.3; best of 5, the two alternating),
-- each sum (on the first 100,000 rows at full scale) checked against an exact numeric
-- baseline that reads the double as ecoinsp does (to 10^-6), pre-rounds as
-- the standard says (2026: GB/T 8170 half to even; US: truncation) and
-- interpolates in numeric.
\ir lib.sql
SET max_parallel_workers_per_gather = 0;
SET jit = off;

SELECT CASE WHEN :'scale' = 'full' THEN 2000000 ELSE 500 END AS nrows \gset

SELECT setseed(0.633) \gset
CREATE TEMP TABLE bench_days AS
SELECT round(2 + random() ^ 2 * 60)::float8 AS so2,
       round(8 + random() * 70)::float8 AS no2,
       round(15 + random() ^ 2 * 320)::float8 AS pm10,
       round((0.2 + random() ^ 2 * 3.5)::numeric, 1)::float8 AS co,
       round(20 + random() * 240)::float8 AS o3_8h,
       round(4 + random() ^ 2 * 260)::float8 AS pm25
FROM generate_series(1, :nrows);
VACUUM ANALYZE bench_days;

-- HJ 633-2026 Table 3, the daily-report columns
CREATE TEMP TABLE bench_bp (pollutant text, c_lo numeric, c_hi numeric, i_lo int, i_hi int);
INSERT INTO bench_bp VALUES
 ('so2',0,50,0,50),('so2',50,150,50,100),('so2',150,475,100,150),('so2',475,800,150,200),
 ('so2',800,1600,200,300),('so2',1600,2100,300,400),('so2',2100,2620,400,500),
 ('no2',0,40,0,50),('no2',40,80,50,100),('no2',80,180,100,150),('no2',180,280,150,200),
 ('no2',280,565,200,300),('no2',565,750,300,400),('no2',750,940,400,500),
 ('pm10',0,50,0,50),('pm10',50,120,50,100),('pm10',120,250,100,150),('pm10',250,350,150,200),
 ('pm10',350,420,200,300),('pm10',420,500,300,400),('pm10',500,600,400,500),
 ('co',0,2,0,50),('co',2,4,50,100),('co',4,14,100,150),('co',14,24,150,200),
 ('co',24,36,200,300),('co',36,48,300,400),('co',48,60,400,500),
 ('o3_8h',0,100,0,50),('o3_8h',100,160,50,100),('o3_8h',160,215,100,150),
 ('o3_8h',215,265,150,200),('o3_8h',265,800,200,300),
 ('pm25',0,35,0,50),('pm25',35,60,50,100),('pm25',60,115,100,150),('pm25',115,150,150,200),
 ('pm25',150,250,200,300),('pm25',250,350,300,400),('pm25',350,500,400,500);

-- (b) plain SQL: one CASE per pollutant, and (c) PL/pgSQL: a loop over the
-- segments of each pollutant, both built from the table above, each in
-- numeric (exact) and in float8 (as people write it) from the same text
SELECT max(query) FILTER (WHERE t = 'numeric') AS case_query,
       max(query) FILTER (WHERE t = 'float8') AS case_float_query
FROM (SELECT t, format('SELECT sum(greatest(1, %s)) FROM bench_days',
                       string_agg(expr, ', ' ORDER BY pollutant)) AS query
      FROM (VALUES ('numeric'), ('float8')) AS types(t),
           LATERAL (SELECT pollutant,
                           format('CASE %s ELSE 500 END',
                                  string_agg(format('WHEN %1$I::%6$s <= %2$s THEN ceil(%3$s + (%4$s - %3$s) * (%1$I::%6$s - %5$s::%6$s) / (%2$s::%6$s - %5$s))::int',
                                                    pollutant, c_hi, i_lo, i_hi, c_lo, t),
                                             ' ' ORDER BY c_hi)) AS expr
                    FROM bench_bp GROUP BY pollutant) s
      GROUP BY t) c \gset

DO $do$
DECLARE
	t text;
	calls text;
BEGIN
	SELECT string_agg(format('pg_temp.iaqi_plpgsql_TYPE(%I, %L, %L)', pollutant, c_hi, i_hi),
					  ', ' ORDER BY pollutant)
	INTO calls
	FROM (SELECT pollutant, array_agg(c_hi ORDER BY c_hi)::text AS c_hi,
				 array_agg(i_hi ORDER BY c_hi)::text AS i_hi
		  FROM bench_bp GROUP BY pollutant) s;
	FOREACH t IN ARRAY ARRAY['numeric', 'float8'] LOOP
		EXECUTE replace($f$
CREATE FUNCTION pg_temp.iaqi_plpgsql_TYPE(c TYPE, c_hi TYPE[], i_hi int[])
RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
	k integer;
	c_lo TYPE := 0;
	i_lo integer := 0;
BEGIN
	FOR k IN 1 .. array_length(c_hi, 1) LOOP
		IF c <= c_hi[k] THEN
			RETURN ceil(i_lo + (i_hi[k] - i_lo) * (c - c_lo) / (c_hi[k] - c_lo));
		END IF;
		c_lo := c_hi[k];
		i_lo := i_hi[k];
	END LOOP;
	RETURN 500;
END $$$f$, 'TYPE', t);
		EXECUTE replace(format($f$
CREATE FUNCTION pg_temp.aqi_plpgsql_TYPE(so2 TYPE, no2 TYPE, pm10 TYPE, co TYPE, o3_8h TYPE, pm25 TYPE)
RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
	RETURN greatest(1, %s);
END $$$f$, calls), 'TYPE', t);
	END LOOP;
END $do$;

-- the answers must agree before anything is timed
SELECT (SELECT sum(aqi_daily(so2, no2, pm10, co, o3_8h, pm25)::int) FROM bench_days) AS ecoinsp_sum \gset
:case_query \gset case_
SELECT sum(pg_temp.aqi_plpgsql_numeric(so2::numeric, no2::numeric, pm10::numeric, co::numeric,
                                       o3_8h::numeric, pm25::numeric)) AS plpgsql_sum FROM bench_days \gset
CREATE FUNCTION pg_temp.bench_assert_equal(eco numeric, by_case numeric, by_plpgsql numeric)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF eco IS DISTINCT FROM by_case OR eco IS DISTINCT FROM by_plpgsql THEN
		RAISE EXCEPTION 'bench_aqi: sums differ: ecoinsp %, CASE %, PL/pgSQL %', eco, by_case, by_plpgsql;
	END IF;
END $$;
SELECT pg_temp.bench_assert_equal(:'ecoinsp_sum', :'case_sum', :'plpgsql_sum') \gset
:case_float_query \gset case_float_
SELECT sum(pg_temp.aqi_plpgsql_float8(so2, no2, pm10, co, o3_8h, pm25)) AS plpgsql_float_sum FROM bench_days \gset
SELECT pg_temp.bench_assert_equal(:'case_float_sum', :'case_float_sum', :'plpgsql_float_sum') \gset

SELECT pg_temp.bench_ms('SELECT sum(aqi_daily(so2, no2, pm10, co, o3_8h, pm25)::int) FROM bench_days') AS t_eco \gset
SELECT pg_temp.bench_ms('SELECT sum(greatest(so2, no2, pm10, co, o3_8h, pm25)::int) FROM bench_days') AS t_floor \gset
SELECT pg_temp.bench_ms(:'case_query') AS t_case \gset
SELECT pg_temp.bench_ms(:'case_float_query') AS t_case_float \gset
SELECT pg_temp.bench_ms('SELECT sum(pg_temp.aqi_plpgsql_float8(so2, no2, pm10, co, o3_8h, pm25)) FROM bench_days', 1) AS t_plpgsql_float \gset
SELECT pg_temp.bench_ms('SELECT sum(pg_temp.aqi_plpgsql_numeric(so2::numeric, no2::numeric, pm10::numeric, co::numeric, o3_8h::numeric, pm25::numeric)) FROM bench_days', 1) AS t_plpgsql \gset

\pset tuples_only on
\pset format unaligned
SELECT format('bench_aqi: %s rows, sum of daily AQI %s (aqi_daily = numeric CASE = numeric PL/pgSQL); '
              'the float baselines sum to %s (off by %s: ceil on binary doubles)',
              :nrows, :'ecoinsp_sum', :'case_float_sum', :case_float_sum - :ecoinsp_sum);
SELECT pg_temp.bench_line('aqi_daily(6 columns)', :t_eco, 'sum(greatest) floor', :t_floor)
       || '   (target <= 1.6)';
SELECT pg_temp.bench_line('plain-SQL CASE, float8', :t_case_float, 'aqi_daily', :t_eco)
       || '   (target >= 2)';
SELECT pg_temp.bench_line('PL/pgSQL, float8', :t_plpgsql_float, 'aqi_daily', :t_eco)
       || '   (target >= 6)';
SELECT pg_temp.bench_line('plain-SQL CASE, numeric (exact)', :t_case, 'aqi_daily', :t_eco);
SELECT pg_temp.bench_line('PL/pgSQL, numeric (exact)', :t_plpgsql, 'aqi_daily', :t_eco);
SELECT pg_temp.bench_line('plain-SQL CASE, float8', :t_case_float, 'sum(greatest) floor', :t_floor)
       || '   (the issue measured 3.3)';

-- ---- every standard, integer and fractional data ----
-- US data in the US units (ppb, ppm for O3 and CO), below the 8-h O3 and
-- 1-h SO2 columns' tops.  Fractional values are daily means: the mean of n
-- (20-24) hourly values with one decimal (O3 ppm: three), that is a
-- multiple of 1/(10 n).
CREATE TEMP TABLE bench_levels AS
SELECT 2 + random() ^ 2 * 60 AS so2, 8 + random() * 70 AS no2,
       15 + random() ^ 2 * 320 AS pm10, 0.2 + random() ^ 2 * 3.5 AS co,
       20 + random() * 240 AS o3_8h, 4 + random() ^ 2 * 260 AS pm25,
       1 + random() ^ 2 * 120 AS us_so2, 5 + random() * 75 AS us_no2,
       0.010 + random() * 0.110 AS us_o3, 3 + random() ^ 2 * 200 AS us_pm25,
       20 + floor(random() * 5)::int AS n, g AS id
FROM generate_series(1, :nrows) g;
CREATE TEMP TABLE bench_data AS
SELECT 'integer' AS kind, id,
       round(so2)::float8 AS so2, round(no2)::float8 AS no2, round(pm10)::float8 AS pm10,
       round(co::numeric, 1)::float8 AS co, round(o3_8h)::float8 AS o3_8h, round(pm25)::float8 AS pm25,
       round(us_so2)::float8 AS us_so2, round(us_no2)::float8 AS us_no2,
       round(us_o3::numeric, 3)::float8 AS us_o3, round(us_pm25::numeric, 1)::float8 AS us_pm25,
       round(pm10)::float8 AS us_pm10, round(co::numeric, 1)::float8 AS us_co
FROM bench_levels
UNION ALL
SELECT 'fractional', id,
       round(so2 * n * 10) / (10.0 * n), round(no2 * n * 10) / (10.0 * n),
       round(pm10 * n * 10) / (10.0 * n), round(co * n * 10) / (10.0 * n),
       round(o3_8h * n * 10) / (10.0 * n), round(pm25 * n * 10) / (10.0 * n),
       round(us_so2 * n * 10) / (10.0 * n), round(us_no2 * n * 10) / (10.0 * n),
       round(us_o3 * n * 1000) / (1000.0 * n), round(us_pm25 * n * 10) / (10.0 * n),
       round(pm10 * n * 10) / (10.0 * n), round(co * n * 10) / (10.0 * n)
FROM bench_levels;
CREATE TEMP TABLE bench_int AS SELECT * FROM bench_data WHERE kind = 'integer';
CREATE TEMP TABLE bench_frac AS SELECT * FROM bench_data WHERE kind = 'fractional';
DROP TABLE bench_levels, bench_data;
VACUUM ANALYZE bench_int;
VACUUM ANALYZE bench_frac;

-- the daily columns of each standard (HJ 633-2012 Table 1, HJ 633-2026
-- Table 3, 40 CFR 58 App. G Table 2 as revised 2024), in the data's columns
CREATE TEMP TABLE bench_std_bp (std text, col text, step numeric, c_lo numeric, c_hi numeric, i_lo int, i_hi int);
INSERT INTO bench_std_bp
SELECT s.std, pollutant,
       CASE pollutant WHEN 'co' THEN 0.1 ELSE 1 END, c_lo, c_hi, i_lo, i_hi
FROM bench_bp, (VALUES ('hj633-2012'), ('hj633-2026')) AS s(std)
WHERE NOT (s.std = 'hj633-2012' AND pollutant IN ('pm10', 'pm25'));
INSERT INTO bench_std_bp VALUES
 ('hj633-2012','pm10',1,0,50,0,50),('hj633-2012','pm10',1,50,150,50,100),('hj633-2012','pm10',1,150,250,100,150),
 ('hj633-2012','pm10',1,250,350,150,200),('hj633-2012','pm10',1,350,420,200,300),('hj633-2012','pm10',1,420,500,300,400),
 ('hj633-2012','pm10',1,500,600,400,500),
 ('hj633-2012','pm25',1,0,35,0,50),('hj633-2012','pm25',1,35,75,50,100),('hj633-2012','pm25',1,75,115,100,150),
 ('hj633-2012','pm25',1,115,150,150,200),('hj633-2012','pm25',1,150,250,200,300),('hj633-2012','pm25',1,250,350,300,400),
 ('hj633-2012','pm25',1,350,500,400,500),
 ('us-epa-2024','us_o3',0.001,0.000,0.054,0,50),('us-epa-2024','us_o3',0.001,0.055,0.070,51,100),
 ('us-epa-2024','us_o3',0.001,0.071,0.085,101,150),('us-epa-2024','us_o3',0.001,0.086,0.105,151,200),
 ('us-epa-2024','us_o3',0.001,0.106,0.200,201,300),
 ('us-epa-2024','us_pm25',0.1,0.0,9.0,0,50),('us-epa-2024','us_pm25',0.1,9.1,35.4,51,100),
 ('us-epa-2024','us_pm25',0.1,35.5,55.4,101,150),('us-epa-2024','us_pm25',0.1,55.5,125.4,151,200),
 ('us-epa-2024','us_pm25',0.1,125.5,225.4,201,300),('us-epa-2024','us_pm25',0.1,225.5,325.4,301,500),
 ('us-epa-2024','us_pm10',1,0,54,0,50),('us-epa-2024','us_pm10',1,55,154,51,100),('us-epa-2024','us_pm10',1,155,254,101,150),
 ('us-epa-2024','us_pm10',1,255,354,151,200),('us-epa-2024','us_pm10',1,355,424,201,300),('us-epa-2024','us_pm10',1,425,604,301,500),
 ('us-epa-2024','us_co',0.1,0.0,4.4,0,50),('us-epa-2024','us_co',0.1,4.5,9.4,51,100),('us-epa-2024','us_co',0.1,9.5,12.4,101,150),
 ('us-epa-2024','us_co',0.1,12.5,15.4,151,200),('us-epa-2024','us_co',0.1,15.5,30.4,201,300),('us-epa-2024','us_co',0.1,30.5,50.4,301,500),
 ('us-epa-2024','us_so2',1,0,35,0,50),('us-epa-2024','us_so2',1,36,75,51,100),('us-epa-2024','us_so2',1,76,185,101,150),
 ('us-epa-2024','us_so2',1,186,304,151,200),
 ('us-epa-2024','us_no2',1,0,53,0,50),('us-epa-2024','us_no2',1,54,100,51,100),('us-epa-2024','us_no2',1,101,360,101,150),
 ('us-epa-2024','us_no2',1,361,649,151,200),('us-epa-2024','us_no2',1,650,1249,201,300),('us-epa-2024','us_no2',1,1250,2049,301,500);

-- the exact baseline of one standard: the double read to 10^-6 (as
-- ecoinsp's fixed point), prepared (HJ 633-2026, and HJ 633-2012 at the
-- reporting precision aqi_daily reads it at by default: GB/T 8170 §3.3 half
-- to even, written out: numeric round() takes halves away from zero),
-- interpolated in numeric
CREATE TEMP TABLE bench_std_query AS
SELECT std, format('SELECT sum(greatest(%s, %s)) FROM (SELECT %s FROM %%s) t',
                   CASE std WHEN 'hj633-2026' THEN 1 ELSE 0 END,
                   string_agg(case_expr, ', ' ORDER BY col), string_agg(prepared, ', ' ORDER BY col)) AS exact_query,
       format('SELECT sum(aqi_daily(%s, standard => %L)::int) FROM %%s', cols, std) AS eco_query,
       -- the floor reads the same columns (a later column costs more to reach)
       format('SELECT sum(greatest(%s)::int) FROM %%s', cols) AS floor_query
FROM (SELECT std, col,
             format('CASE %s ELSE 500 END',
                    string_agg(format('WHEN %1$I <= %2$s THEN %3$s(%4$s + (%5$s - %4$s) * (%1$I - %6$s) / (%2$s - %6$s))::int',
                                      col, c_hi, CASE WHEN std LIKE 'us%' THEN 'round' ELSE 'ceil' END,
                                      i_lo, i_hi, c_lo),
                               ' ' ORDER BY c_hi)) AS case_expr,
             format('%s AS %I',
                    CASE WHEN std LIKE 'hj633-%' THEN format('%2$s * CASE WHEN mod(round(%1$I::numeric, 6) / %2$s, 1) = 0.5 AND mod(trunc(round(%1$I::numeric, 6) / %2$s), 2) = 0 THEN trunc(round(%1$I::numeric, 6) / %2$s) ELSE round(round(%1$I::numeric, 6) / %2$s) END',
                                                   col, max(step))
                             WHEN std = 'us-epa-2024' THEN format('trunc(round(%I::numeric, 6) / %s) * %s', col, max(step), max(step))
                             ELSE format('round(%I::numeric, 6)', col) END, col) AS prepared
      FROM bench_std_bp GROUP BY std, col) s,
     LATERAL (SELECT CASE WHEN std LIKE 'us%' THEN 'us_so2, us_no2, us_pm10, us_co, us_o3, us_pm25'
                          ELSE 'so2, no2, pm10, co, o3_8h, pm25' END AS cols) c
GROUP BY std, cols;

CREATE FUNCTION pg_temp.bench_standards(check_rows int, repeats int) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
	q record;
	tab text;
	eco numeric;
	exact numeric;
	t_eco double precision;
	t_floor double precision;
	r int;
BEGIN
	FOREACH tab IN ARRAY ARRAY['bench_int', 'bench_frac'] LOOP
		FOR q IN SELECT * FROM bench_std_query ORDER BY std DESC LOOP
			EXECUTE format(q.eco_query, tab || ' WHERE id <= ' || check_rows) INTO eco;
			EXECUTE format(q.exact_query, tab || ' WHERE id <= ' || check_rows) INTO exact;
			IF eco IS DISTINCT FROM exact THEN
				RAISE EXCEPTION 'bench_aqi: % on %: aqi_daily sums to %, the exact numeric baseline to %',
					q.std, tab, eco, exact;
			END IF;
			-- the floor and aqi_daily alternate, best of each: the machine is shared
			t_floor := 'Infinity';
			t_eco := 'Infinity';
			FOR r IN 1 .. repeats LOOP
				t_floor := least(t_floor, pg_temp.bench_ms(format(q.floor_query, tab), 1));
				t_eco := least(t_eco, pg_temp.bench_ms(format(q.eco_query, tab), 1));
			END LOOP;
			RETURN NEXT pg_temp.bench_line(format('aqi_daily %s, %s data', q.std,
												  CASE tab WHEN 'bench_int' THEN 'integer' ELSE 'fractional' END),
										   t_eco, 'sum(greatest) floor', t_floor)
				|| format('   (target <= 1.3; = exact on %s rows)', check_rows);
		END LOOP;
	END LOOP;
END $$;
SELECT * FROM pg_temp.bench_standards(CASE WHEN :'scale' = 'full' THEN 100000 ELSE :nrows END,
                                      CASE WHEN :'scale' = 'full' THEN 5 ELSE 3 END);
