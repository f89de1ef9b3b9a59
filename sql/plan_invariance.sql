-- Issue 8 §3: the same answer in any plan.  leq_mean, length_weighted_mean,
-- rate_agg(numerator, denominator) and sum(rate) over fractional values must
-- give the same bits whatever the order of the rows, serial or parallel
-- (0..4 workers, leader on or off), hashed or sorted, and as moving or
-- growing window frames against a fresh aggregate of each frame.
SET extra_float_digits = 0;
SELECT setseed(0.8);
CREATE TABLE pi_rows AS
SELECT g AS id, g % 7 AS grp,
	   20 + random() * 80 AS level,			-- dB, fractional
	   random() * 3 AS len,					-- km of road
	   random() * 40 AS num,				-- e.g. km² meeting a class
	   40 + random() * 60 AS den
  FROM generate_series(1, 30000) AS g;
-- the same rows in three orders, each scanned by up to four workers
CREATE TABLE pi_a WITH (parallel_workers = 4) AS SELECT * FROM pi_rows ORDER BY id;
CREATE TABLE pi_b WITH (parallel_workers = 4) AS SELECT * FROM pi_rows ORDER BY random();
CREATE TABLE pi_c WITH (parallel_workers = 4) AS SELECT * FROM pi_rows ORDER BY id DESC;
CREATE TABLE pi_rates WITH (parallel_workers = 4) AS
	SELECT grp, rate(num, den) AS r FROM pi_rows ORDER BY random();
ANALYZE pi_a, pi_b, pi_c, pi_rates;

-- One line per plan: every aggregate of every group and of all rows, as the
-- float8's bits (float8send) and the rate's text (shortest round-trip form).
CREATE FUNCTION pi_bits(double precision) RETURNS text LANGUAGE sql IMMUTABLE STRICT
	AS $$ SELECT pg_catalog.encode(pg_catalog.float8send($1), 'hex') $$;
CREATE VIEW pi_sig_a AS
SELECT (SELECT string_agg(concat_ws(' ', grp, pi_bits(leq), pi_bits(lwm), ra, sr), ' | ' ORDER BY grp)
		  FROM (SELECT grp, leq_mean(level) AS leq, length_weighted_mean(level, len) AS lwm,
					   rate_agg(num, den) AS ra, sum(rate(num, den)) AS sr
				  FROM pi_a GROUP BY grp) AS s)
	|| ' | all ' ||
	   (SELECT concat_ws(' ', pi_bits(leq_mean(level)), pi_bits(length_weighted_mean(level, len)),
						 rate_agg(num, den), sum(rate(num, den)))
		  FROM pi_a) AS sig;
-- the same view over the other two orders
SELECT format('CREATE VIEW %I AS %s', 'pi_sig_' || t, replace(pg_get_viewdef('pi_sig_a'), 'pi_a', 'pi_' || t))
  FROM unnest(ARRAY['b', 'c']) AS t \gexec
CREATE VIEW pi_sig_rates AS
SELECT (SELECT string_agg(grp || ' ' || s, ' | ' ORDER BY grp)
		  FROM (SELECT grp, sum(r) AS s FROM pi_rates GROUP BY grp) AS g)
	|| ' | all ' || (SELECT sum(r) FROM pi_rates)::text AS sig;

CREATE TEMP TABLE pi_runs (plan text, source text, sig text);

-- serial, hashed and sorted
SET max_parallel_workers_per_gather = 0;
SET enable_hashagg = on;
SELECT sig FROM pi_sig_a \gset
INSERT INTO pi_runs VALUES ('serial hash', 'a', :'sig');
SELECT sig FROM pi_sig_b \gset
INSERT INTO pi_runs VALUES ('serial hash', 'b', :'sig');
SELECT sig FROM pi_sig_c \gset
INSERT INTO pi_runs VALUES ('serial hash', 'c', :'sig');
SELECT sig FROM pi_sig_rates \gset
INSERT INTO pi_runs VALUES ('serial hash', 'rates', :'sig');
SET enable_hashagg = off;
SELECT sig FROM pi_sig_a \gset
INSERT INTO pi_runs VALUES ('serial sort', 'a', :'sig');
SELECT sig FROM pi_sig_b \gset
INSERT INTO pi_runs VALUES ('serial sort', 'b', :'sig');
SELECT sig FROM pi_sig_c \gset
INSERT INTO pi_runs VALUES ('serial sort', 'c', :'sig');
SELECT sig FROM pi_sig_rates \gset
INSERT INTO pi_runs VALUES ('serial sort', 'rates', :'sig');

-- forced parallel plans
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 4;
SET enable_hashagg = on;
-- (the plan is a parallel one: partial aggregates below a Gather)
EXPLAIN (COSTS OFF) SELECT grp, leq_mean(level) FROM pi_b GROUP BY grp;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT grp, sum(rate(num, den)) FROM pi_b GROUP BY grp;

SET enable_hashagg = on;
SET parallel_leader_participation = on;
SET max_parallel_workers_per_gather = 1;
SELECT sig FROM pi_sig_b \gset
INSERT INTO pi_runs VALUES ('1 worker, leader, hash', 'b', :'sig');
SELECT sig FROM pi_sig_rates \gset
INSERT INTO pi_runs VALUES ('1 worker, leader, hash', 'rates', :'sig');
SET max_parallel_workers_per_gather = 2;
SELECT sig FROM pi_sig_a \gset
INSERT INTO pi_runs VALUES ('2 workers, leader, hash', 'a', :'sig');
SELECT sig FROM pi_sig_b \gset
INSERT INTO pi_runs VALUES ('2 workers, leader, hash', 'b', :'sig');
SET max_parallel_workers_per_gather = 3;
SELECT sig FROM pi_sig_c \gset
INSERT INTO pi_runs VALUES ('3 workers, leader, hash', 'c', :'sig');
SELECT sig FROM pi_sig_rates \gset
INSERT INTO pi_runs VALUES ('3 workers, leader, hash', 'rates', :'sig');
SET max_parallel_workers_per_gather = 4;
SELECT sig FROM pi_sig_b \gset
INSERT INTO pi_runs VALUES ('4 workers, leader, hash', 'b', :'sig');
SET enable_hashagg = off;
SELECT sig FROM pi_sig_a \gset
INSERT INTO pi_runs VALUES ('4 workers, leader, sort', 'a', :'sig');
SELECT sig FROM pi_sig_rates \gset
INSERT INTO pi_runs VALUES ('4 workers, leader, sort', 'rates', :'sig');
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 1;
SELECT sig FROM pi_sig_c \gset
INSERT INTO pi_runs VALUES ('1 worker, no leader, sort', 'c', :'sig');
SET max_parallel_workers_per_gather = 2;
SELECT sig FROM pi_sig_b \gset
INSERT INTO pi_runs VALUES ('2 workers, no leader, sort', 'b', :'sig');
SELECT sig FROM pi_sig_rates \gset
INSERT INTO pi_runs VALUES ('2 workers, no leader, sort', 'rates', :'sig');
SET enable_hashagg = on;
SET max_parallel_workers_per_gather = 3;
SELECT sig FROM pi_sig_a \gset
INSERT INTO pi_runs VALUES ('3 workers, no leader, hash', 'a', :'sig');
SET max_parallel_workers_per_gather = 4;
SELECT sig FROM pi_sig_c \gset
INSERT INTO pi_runs VALUES ('4 workers, no leader, hash', 'c', :'sig');
SELECT sig FROM pi_sig_rates \gset
INSERT INTO pi_runs VALUES ('4 workers, no leader, hash', 'rates', :'sig');
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET enable_hashagg;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- one result for the rows, in every plan and order; one for the stored rates
SELECT source = 'rates' AS stored_rates, count(*) AS plans, count(DISTINCT sig) AS distinct_results
  FROM pi_runs GROUP BY 1 ORDER BY 1;
-- and the results themselves (rounded here; the bits are compared above)
SELECT grp, round(leq_mean(level)::numeric, 9) AS leq, round(length_weighted_mean(level, len)::numeric, 9) AS lwm,
	   round(numerator(rate_agg(num, den))::numeric, 6) AS num, round(denominator(rate_agg(num, den))::numeric, 6) AS den
  FROM pi_rows GROUP BY ROLLUP (grp) ORDER BY grp;

-- Window frames: moving (ROWS, RANGE) and growing frames against a fresh
-- aggregate of the same rows in another order.
CREATE TABLE pi_w AS SELECT * FROM pi_rows WHERE id <= 1500;
CREATE INDEX ON pi_w (id);
CREATE TABLE pi_w_shuffled AS SELECT * FROM pi_w ORDER BY random();
CREATE INDEX ON pi_w_shuffled (id);
ANALYZE pi_w, pi_w_shuffled;
SELECT 'ROWS 40 PRECEDING AND 3 FOLLOWING' AS frame, count(*) AS frames,
	   count(*) FILTER (WHERE pi_bits(w.leq) IS DISTINCT FROM pi_bits(f.leq)) AS leq_differ,
	   count(*) FILTER (WHERE pi_bits(w.lwm) IS DISTINCT FROM pi_bits(f.lwm)) AS lwm_differ,
	   count(*) FILTER (WHERE w.ra::text <> f.ra::text) AS rate_agg_differ,
	   count(*) FILTER (WHERE w.sr::text <> f.sr::text) AS sum_differ
  FROM (SELECT id,
			   leq_mean(level) OVER w AS leq, length_weighted_mean(level, len) OVER w AS lwm,
			   rate_agg(num, den) OVER w AS ra, sum(rate(num, den)) OVER w AS sr
		  FROM pi_w WINDOW w AS (ORDER BY id ROWS BETWEEN 40 PRECEDING AND 3 FOLLOWING)) AS w,
	   LATERAL (SELECT leq_mean(level) AS leq, length_weighted_mean(level, len) AS lwm,
					   rate_agg(num, den) AS ra, sum(rate(num, den)) AS sr
				  FROM pi_w_shuffled AS s WHERE s.id BETWEEN w.id - 40 AND w.id + 3) AS f
UNION ALL
SELECT 'RANGE 12 PRECEDING AND CURRENT ROW (id / 5)', count(*),
	   count(*) FILTER (WHERE pi_bits(w.leq) IS DISTINCT FROM pi_bits(f.leq)),
	   count(*) FILTER (WHERE pi_bits(w.lwm) IS DISTINCT FROM pi_bits(f.lwm)),
	   count(*) FILTER (WHERE w.ra::text <> f.ra::text),
	   count(*) FILTER (WHERE w.sr::text <> f.sr::text)
  FROM (SELECT id,
			   leq_mean(level) OVER w AS leq, length_weighted_mean(level, len) OVER w AS lwm,
			   rate_agg(num, den) OVER w AS ra, sum(rate(num, den)) OVER w AS sr
		  FROM pi_w WINDOW w AS (ORDER BY id / 5 RANGE BETWEEN 12 PRECEDING AND CURRENT ROW)) AS w,
	   LATERAL (SELECT leq_mean(level) AS leq, length_weighted_mean(level, len) AS lwm,
					   rate_agg(num, den) AS ra, sum(rate(num, den)) AS sr
				  FROM pi_w_shuffled AS s WHERE s.id / 5 BETWEEN w.id / 5 - 12 AND w.id / 5) AS f
UNION ALL
SELECT 'UNBOUNDED PRECEDING (growing)', count(*),
	   count(*) FILTER (WHERE pi_bits(w.leq) IS DISTINCT FROM pi_bits(f.leq)),
	   count(*) FILTER (WHERE pi_bits(w.lwm) IS DISTINCT FROM pi_bits(f.lwm)),
	   count(*) FILTER (WHERE w.ra::text <> f.ra::text),
	   count(*) FILTER (WHERE w.sr::text <> f.sr::text)
  FROM (SELECT id,
			   leq_mean(level) OVER w AS leq, length_weighted_mean(level, len) OVER w AS lwm,
			   rate_agg(num, den) OVER w AS ra, sum(rate(num, den)) OVER w AS sr
		  FROM pi_w WHERE id <= 400 WINDOW w AS (ORDER BY id)) AS w,
	   LATERAL (SELECT leq_mean(level) AS leq, length_weighted_mean(level, len) AS lwm,
					   rate_agg(num, den) AS ra, sum(rate(num, den)) AS sr
				  FROM pi_w_shuffled AS s WHERE s.id <= w.id) AS f;

-- rows leave the frame until it is empty: then what no rows give
SELECT id, round((leq_mean(level) OVER w)::numeric, 9) AS leq,
	   round((length_weighted_mean(level, len) OVER w)::numeric, 9) AS lwm,
	   rate_agg(num, den) OVER w AS ra, sum(rate(num, den)) OVER w AS sr
  FROM pi_w WHERE id <= 3
WINDOW w AS (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) ORDER BY id;

-- Parts spanning 10^-40 .. 10^40 (beyond the compact form's 2^125: the full
-- form takes over part way): still one result in every plan.
CREATE TABLE pi_wide WITH (parallel_workers = 4) AS
SELECT g % 5 AS grp, random() * 10 ^ (random() * 80 - 40) AS num, random() * 10 ^ (random() * 80 - 40) AS den,
	   20 + random() * 80 AS level, random() * 10 ^ (random() * 60 - 30) AS len
  FROM generate_series(1, 20000) AS g ORDER BY random();
ANALYZE pi_wide;
CREATE VIEW pi_sig_wide AS
SELECT string_agg(concat_ws(' ', grp, ra, sr, pi_bits(lwm)), ' | ' ORDER BY grp) AS sig
  FROM (SELECT grp, rate_agg(num, den) AS ra, sum(rate(num, den)) AS sr,
			   length_weighted_mean(level, len) AS lwm
		  FROM pi_wide GROUP BY grp) AS s;
CREATE TEMP TABLE pi_wide_runs (sig text);
SET max_parallel_workers_per_gather = 0;
INSERT INTO pi_wide_runs SELECT sig FROM pi_sig_wide;
SET enable_hashagg = off;
INSERT INTO pi_wide_runs SELECT sig FROM pi_sig_wide;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 4;
SELECT sig FROM pi_sig_wide \gset
INSERT INTO pi_wide_runs VALUES (:'sig');
SET enable_hashagg = on;
SET max_parallel_workers_per_gather = 3;
SELECT sig FROM pi_sig_wide \gset
INSERT INTO pi_wide_runs VALUES (:'sig');
RESET max_parallel_workers_per_gather;
RESET enable_hashagg;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
SELECT count(*) AS plans, count(DISTINCT sig) AS distinct_results FROM pi_wide_runs;
-- a moving window over them against fresh aggregates of shuffled rows
CREATE TABLE pi_wide_w AS SELECT row_number() OVER () AS n, * FROM (SELECT * FROM pi_wide LIMIT 600) AS r;
CREATE TABLE pi_wide_shuffled AS SELECT * FROM pi_wide_w ORDER BY random();
SELECT count(*) AS frames,
	   count(*) FILTER (WHERE w.ra::text <> f.ra::text OR pi_bits(w.lwm) IS DISTINCT FROM pi_bits(f.lwm)) AS differ
  FROM (SELECT n, rate_agg(num, den) OVER w AS ra, length_weighted_mean(level, len) OVER w AS lwm
		  FROM pi_wide_w WINDOW w AS (ORDER BY n ROWS BETWEEN 30 PRECEDING AND CURRENT ROW)) AS w,
	   LATERAL (SELECT rate_agg(num, den) AS ra, length_weighted_mean(level, len) AS lwm
				  FROM pi_wide_shuffled AS s WHERE s.n BETWEEN w.n - 30 AND w.n) AS f;

-- min() and max() of rates equal by value keep the same parts in any order
SELECT count(DISTINCT mn::text) AS min_forms, min(mn::text) AS min,
	   count(DISTINCT mx::text) AS max_forms, min(mx::text) AS max
  FROM generate_series(1, 6) AS p,
	   LATERAL (SELECT min(r ORDER BY (k * p) % 7) AS mn, max(r ORDER BY (k * p) % 7) AS mx
				  FROM (VALUES (1, '2/4'::rate), (2, '1/2'), (3, '3/6'), (4, '0.5/1'), (5, '1/8'),
							   (6, '3/24')) AS v(k, r)) AS m;
SELECT count(DISTINCT mx::text) AS max_forms, min(mx::text) AS max
  FROM generate_series(1, 6) AS p,
	   LATERAL (SELECT max(r ORDER BY (k * p) % 7) AS mx
				  FROM (VALUES (1, '2/0'::rate), (2, '1/0'), (3, '0/0'), (4, '1/2')) AS v(k, r)) AS m;

DROP TABLE pi_rows, pi_a, pi_b, pi_c, pi_rates, pi_w, pi_w_shuffled, pi_wide, pi_wide_w, pi_wide_shuffled CASCADE;
DROP FUNCTION pi_bits(double precision) CASCADE;

-- ---------------------------------------------------------------------------
-- Issue 15 §2: every aggregate of the extension, found in the catalog, in
-- three row orders, serially and with 2 forced parallel workers, hashed and
-- sorted, and partitionwise over partitions of the rows.  The answers are
-- compared as text; an aggregate without a case below makes the test fail
-- (pc_missing lists it), so an aggregate added later is covered or noticed.
-- ---------------------------------------------------------------------------
RESET ALL;
SET extra_float_digits = 0;
SELECT setseed(0.15);
-- day rows of three stations; grp cuts across the stations (and the
-- partitions), so that its groups are combined from partial states
CREATE TABLE pc_base AS
SELECT i AS id, s AS station, d AS day, (i * 7 + k) % 5 AS grp,
	   5 + (i * 7 + k) % 20 + random() AS so2, 20 + (i * 11 + k) % 50 + random() AS no2,
	   40 + (i * 13 + k * 5) % 150 + random() AS pm10, 0.4 + random() * 2 AS co,
	   CASE WHEN (i + k) % 29 = 0 THEN NULL ELSE 60 + (i * 17 + k * 3) % 180 + random() END AS o3_8h,
	   CASE WHEN (i + k) % 31 = 0 THEN NULL ELSE 15 + (i * 19 + k * 7) % 160 + random() END AS pm25,
	   30 + random() * 60 AS level, random() * 3 AS road_km,
	   random() * 40 AS num, 40 + random() * 60 AS den,
	   (ARRAY['DO', 'COD', 'TP', 'NH3-N', 'pH'])[1 + i % 5] AS item,
	   (ARRAY[6.1, 18, 0.12, 0.9, 7.2])[1 + i % 5] * (0.5 + random()) AS value,
	   CASE WHEN ((i * 7 + k) % 5) % 2 = 0 THEN 'river' ELSE 'lake' END AS wb,
	   (ARRAY['TP', 'NH3-N', '铁', 'COD'])[1 + i % 4] AS dw_item,
	   (ARRAY[0.2, 1.0, 0.3, 20])[1 + i % 4] * (0.5 + random()) AS dw_value,
	   (ARRAY['NH3-N', 'As', 'Pb'])[1 + i % 3] AS gw_item,
	   (ARRAY[0.5, 0.01, 0.01])[1 + i % 3] * random() * 3 AS gw_value, i % 7 <> 0 AS detected,
	   date '2016-01-01' + (i * 5) % 400 AS deadline,
	   CASE WHEN i % 3 = 0 THEN NULL ELSE date '2016-01-01' + (i * 7) % 380 END AS completed_on
FROM generate_series(0, 119) AS i,
	 LATERAL (VALUES ('A', 0), ('B', 1), ('C', 2)) AS st(s, k),
	 LATERAL (SELECT date '2016-01-01' + i AS d) AS dd;
-- (values of the extension's own types, for the aggregates over them)
ALTER TABLE pc_base ADD COLUMN summary air_summary, ADD COLUMN rect rectification_summary;
UPDATE pc_base SET summary = (SELECT air_summary(b.day, b.so2, b.no2, b.pm10, b.co, b.o3_8h, b.pm25)
							  FROM (SELECT pc_base.*) AS b),
				   rect = (SELECT rectification(b.deadline, b.completed_on, date '2016-12-31')
						   FROM (SELECT pc_base.*) AS b);
-- hours of two stations (the time-window aggregates need one station's rows)
CREATE TABLE pc_hour_base AS
SELECT row_number() OVER () AS id, s AS station, air_day(h) AS day, air_day(h, 'end') AS day_end, h AS observed_at,
	   CASE WHEN (extract(epoch FROM h)::bigint / 3600 + k) % 11 = 0 THEN NULL
			ELSE 50 + (extract(hour FROM h)::int * 9 + k * 13) % 140 + random() END AS o3,
	   10 + random() * 80 AS pm25
FROM generate_series(timestamp '2016-05-01', '2016-05-08 23:00', '1 hour') AS h,
	 LATERAL (VALUES ('A', 0), ('B', 1)) AS st(s, k);
-- each in three orders, in tables partitioned by station
CREATE FUNCTION pc_make(base text, name text, ord text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('CREATE TABLE %I (LIKE %I) PARTITION BY LIST (station)', name, base);
	EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (''A'') WITH (parallel_workers = 2)', name || '_a', name);
	EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (''B'') WITH (parallel_workers = 2)', name || '_b', name);
	EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (''C'') WITH (parallel_workers = 2)', name || '_c', name);
	EXECUTE format('INSERT INTO %I SELECT * FROM %I ORDER BY %s', name, base, ord);
	EXECUTE format('ANALYZE %I', name);
END $$;
SELECT pc_make('pc_base', 'pc_days_' || o, ord), pc_make('pc_hour_base', 'pc_hours_' || o, ord)
FROM (VALUES ('1', 'id'), ('2', 'random()'), ('3', 'id DESC')) AS v(o, ord);

-- One case per aggregate: its rows (days or hours), group key and
-- expression.  Text may differ only where the values are equal and the
-- text is not (docs/exact-sums.md): max and min of rates return one of
-- equal rates (1/2 or 2/4), so those cases compare the rate's value.
CREATE TABLE pc_cases (agg regprocedure, src text, key text, expr text);
INSERT INTO pc_cases VALUES
	('max(aqi)', 'days', 'grp', 'max(aqi_daily(so2, no2, pm10, co, o3_8h, pm25))::text'),
	('min(aqi)', 'days', 'grp', 'min(aqi_daily(so2, no2, pm10, co, o3_8h, pm25))::text'),
	('avg(aqi)', 'days', 'grp', 'avg(aqi_daily(so2, no2, pm10, co, o3_8h, pm25))::text'),
	('nowcast(timestamp, double precision, text)', 'hours', 'station, day', 'nowcast(observed_at, pm25, ''pm2.5'')::text'),
	('max(rate)', 'days', 'grp', 'max(rate(round(num), round(den)))::float8::text'),
	('min(rate)', 'days', 'grp', 'min(rate(round(num), round(den)))::float8::text'),
	('sum(rate)', 'days', 'grp', 'sum(rate(num, den))::text'),
	('rate_agg(boolean)', 'days', 'grp', 'rate_agg(pm25 <= 75)::text'),
	('rate_agg(double precision, double precision)', 'days', 'grp', 'rate_agg(num, den)::text'),
	('rectification(date, date, date)', 'days', 'grp', 'rectification(deadline, completed_on, date ''2016-12-31'')::text'),
	('rollup(rectification_summary)', 'days', 'grp', 'rollup(rect)::text'),
	('valid_avg(double precision, integer)', 'hours', 'station, day', 'valid_avg(o3, 20)::text'),
	('mean_24h(double precision)', 'hours', 'station, day', 'mean_24h(o3)::text'),
	('mean_8h(double precision)', 'hours', 'station, day', 'mean_8h(o3)::text'),
	('o3_max8h(timestamp, double precision, text)', 'hours', 'station, day_end', 'o3_max8h(observed_at, o3, ''end'')::text'),
	('o3_max8h(timestamp, double precision)', 'hours', 'station, day', 'o3_max8h(observed_at, o3)::text'),
	('air_summary(date, double precision, double precision, double precision, double precision, double precision, double precision)',
	 'days', 'station', 'air_summary(day, so2, no2, pm10, co, o3_8h, pm25)::text'),
	('air_summary(date, double precision, double precision, double precision, double precision, double precision, double precision, text)',
	 'days', 'station', 'air_summary(day, so2, no2, pm10, co, o3_8h, pm25, ''HJ 633-2026'')::text'),
	('rollup(air_summary)', 'days', 'grp', 'rollup(summary)::text'),
	('max(noise_grade)', 'days', 'grp', 'max(noise_grade(level))::text'),
	('min(noise_grade)', 'days', 'grp', 'min(noise_grade(level))::text'),
	('leq_mean(double precision)', 'days', 'grp', 'leq_mean(level)::text'),
	('length_weighted_mean(double precision, double precision)', 'days', 'grp', 'length_weighted_mean(level, road_km)::text'),
	('max(water_class)', 'days', 'grp', 'max(water_class(item, value))::text'),
	('min(water_class)', 'days', 'grp', 'min(water_class(item, value))::text'),
	('section_class(text, double precision)', 'days', 'grp', 'section_class(item, value)::text'),
	('section_class(text, double precision, text)', 'days', 'grp', 'section_class(item, value, wb)::text'),
	('exceeding_items(text, double precision)', 'days', 'grp', 'exceeding_items(item, value)'),
	('exceeding_items(text, double precision, text)', 'days', 'grp', 'exceeding_items(item, value, wb)'),
	('section_report(text, double precision)', 'days', 'grp', 'section_report(item, value)::text'),
	('section_report(text, double precision, text)', 'days', 'grp', 'section_report(item, value, wb)::text'),
	('main_pollution_items(text, double precision)', 'days', 'grp', 'main_pollution_items(item, value)'),
	('main_pollution_items(text, double precision, text)', 'days', 'grp', 'main_pollution_items(item, value, wb)'),
	('water_status(water_class)', 'days', 'grp', 'water_status(water_class(item, value))'),
	('max(groundwater_class)', 'days', 'grp', 'max(groundwater_class(gw_item, gw_value))::text'),
	('min(groundwater_class)', 'days', 'grp', 'min(groundwater_class(gw_item, gw_value))::text'),
	('groundwater_sample_class(text, double precision)', 'days', 'grp', 'groundwater_sample_class(gw_item, gw_value)::text'),
	('groundwater_sample_class(text, double precision, boolean)', 'days', 'grp', 'groundwater_sample_class(gw_item, gw_value, detected)::text'),
	('groundwater_worst_items(text, double precision)', 'days', 'grp', 'groundwater_worst_items(gw_item, gw_value)::text'),
	('groundwater_worst_items(text, double precision, boolean)', 'days', 'grp', 'groundwater_worst_items(gw_item, gw_value, detected)::text'),
	('drinking_water_compliant(text, double precision)', 'days', 'grp', 'drinking_water_compliant(dw_item, dw_value)::text'),
	('drinking_water_compliant(text, double precision, text)', 'days', 'grp', 'drinking_water_compliant(dw_item, dw_value, wb)::text'),
	('drinking_water_failures(text, double precision)', 'days', 'grp', 'drinking_water_failures(dw_item, dw_value)::text'),
	('drinking_water_failures(text, double precision, text)', 'days', 'grp', 'drinking_water_failures(dw_item, dw_value, wb)::text');

-- the aggregates of the extension without a case (must be none)
SELECT p.oid::regprocedure AS pc_missing
FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND d.refclassid = 'pg_extension'::regclass
	 JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
WHERE e.extname = 'ecoinsp' AND d.deptype = 'e' AND p.prokind = 'a'
  AND p.oid NOT IN (SELECT agg FROM pc_cases)
ORDER BY 1::text;

-- the plans: (name, settings, the plan must match)
CREATE TABLE pc_modes (mode text, settings text[], plan_re text);
INSERT INTO pc_modes VALUES
	('serial hash', '{max_parallel_workers_per_gather=0,enable_sort=off,enable_hashagg=on}', 'HashAggregate'),
	('serial sort', '{max_parallel_workers_per_gather=0,enable_hashagg=off}', 'GroupAggregate'),
	('parallel hash', '{enable_sort=off,enable_hashagg=on,enable_partitionwise_aggregate=off,max_parallel_workers_per_gather=2,parallel_setup_cost=0,parallel_tuple_cost=0,min_parallel_table_scan_size=0}',
	 'Partial HashAggregate(.|\n)*Workers Planned: 2|Workers Planned: 2(.|\n)*Partial HashAggregate'),
	('parallel sort', '{enable_hashagg=off,enable_partitionwise_aggregate=off,max_parallel_workers_per_gather=2,parallel_setup_cost=0,parallel_tuple_cost=0,min_parallel_table_scan_size=0}',
	 'Partial GroupAggregate(.|\n)*Workers Planned: 2|Workers Planned: 2(.|\n)*Partial GroupAggregate'),
	('partitionwise', '{max_parallel_workers_per_gather=0,enable_partitionwise_aggregate=on}',
	 'Append(.|\n)*Aggregate(.|\n)*Aggregate');

-- the settings of a mode, until the end of the transaction (every setting
-- that any mode changes is first set back to its default)
CREATE FUNCTION pc_set(which text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	s text;
BEGIN
	FOR s IN SELECT DISTINCT split_part(unnest(settings), '=', 1) FROM pc_modes LOOP
		PERFORM set_config(s, (SELECT reset_val FROM pg_settings WHERE name = s), true);
	END LOOP;
	FOR s IN SELECT unnest(settings) FROM pc_modes WHERE mode = which LOOP
		PERFORM set_config(split_part(s, '=', 1), split_part(s, '=', 2), true);
	END LOOP;
END $$;
CREATE TABLE pc_runs (agg regprocedure, mode text, ord text, answer text, plan_ok boolean);
CREATE FUNCTION pc_run() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	c record;
	m record;
	o text;
	s text;
	q text;
	plan text;
	line text;
	answer text;
BEGIN
	FOR m IN SELECT * FROM pc_modes LOOP
		PERFORM pc_set(m.mode);
		FOR c IN SELECT * FROM pc_cases LOOP
			FOREACH o IN ARRAY ARRAY['1', '2', '3'] LOOP
				q := format('SELECT string_agg(concat_ws(''='', k, coalesce(v, ''NULL'')), '' | '' ORDER BY k) '
							'FROM (SELECT concat_ws(''/'', %s) AS k, %s AS v FROM %I GROUP BY %s) AS g',
							c.key, c.expr, 'pc_' || c.src || '_' || o, c.key);
				plan := '';
				FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
					plan := plan || line || E'\n';
				END LOOP;
				EXECUTE q INTO answer;
				INSERT INTO pc_runs VALUES (c.agg, m.mode, o, answer, plan ~ m.plan_re);
			END LOOP;
		END LOOP;
	END LOOP;
END $$;
SELECT pc_run();
-- every case ran in every plan and order, in a plan of its mode
SELECT count(*) AS runs, count(DISTINCT agg) AS aggregates, count(DISTINCT mode) AS modes,
	   count(*) FILTER (WHERE answer IS NULL OR answer !~ '=') AS empty_answers
FROM pc_runs;
SELECT agg, mode, ord FROM pc_runs WHERE NOT plan_ok ORDER BY 1::text, 2, 3;
-- one answer per aggregate, whatever the plan and the order (must be none)
SELECT agg AS differs, count(DISTINCT answer) AS answers FROM pc_runs GROUP BY agg
HAVING count(DISTINCT answer) > 1 ORDER BY 1::text;
-- and the answers say something: each aggregate's groups and its distinct
-- answers among them (NULL counts as an answer)
SELECT agg, count(*) AS groups, count(DISTINCT split_part(g, '=', 2)) AS distinct_answers
FROM pc_runs, LATERAL regexp_split_to_table(answer, ' \| ') AS g
WHERE mode = 'serial hash' AND ord = '1' GROUP BY agg ORDER BY 1::text;

-- Combine steps with mixed inputs: a drinking-water source or a section is
-- either a river or a lake/reservoir; rows of both in one group are refused
-- (22023) in every plan, also where only a combine step meets the two
-- (each partition and each worker sees one waterbody).
CREATE TABLE pc_mixed (station text, item text, value float8, wb text) PARTITION BY LIST (station);
CREATE TABLE pc_mixed_a PARTITION OF pc_mixed FOR VALUES IN ('A') WITH (parallel_workers = 2);
CREATE TABLE pc_mixed_b PARTITION OF pc_mixed FOR VALUES IN ('B') WITH (parallel_workers = 2);
INSERT INTO pc_mixed SELECT s, 'TP', 0.01 * i, CASE s WHEN 'A' THEN 'river' ELSE 'lake' END
FROM generate_series(1, 500) AS i, unnest(ARRAY['A', 'B']) AS s;
ANALYZE pc_mixed;
CREATE FUNCTION pc_mixed_run(agg text) RETURNS TABLE (mode text, state text) LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	FOR mode IN SELECT m.mode FROM pc_modes m LOOP
		PERFORM pc_set(mode);
		BEGIN
			EXECUTE format('SELECT %s(item, value, wb)::text FROM pc_mixed GROUP BY item', agg) INTO r;
			state := 'no error: ' || r;
		EXCEPTION WHEN OTHERS THEN
			state := SQLSTATE;
		END;
		RETURN NEXT;
	END LOOP;
END $$;
SELECT a AS aggregate, string_agg(DISTINCT r.state, ', ') AS sqlstates, count(*) AS plans
FROM unnest(ARRAY['drinking_water_compliant', 'drinking_water_failures', 'section_class', 'exceeding_items']) AS a,
	 LATERAL pc_mixed_run(a) AS r
GROUP BY a ORDER BY a;
-- (each partition alone is accepted)
SELECT drinking_water_compliant(item, value, wb), section_class(item, value, wb)
FROM pc_mixed GROUP BY station ORDER BY station;

DROP FUNCTION pc_make(text, text, text), pc_set(text), pc_run(), pc_mixed_run(text);
DROP TABLE pc_base, pc_hour_base, pc_days_1, pc_days_2, pc_days_3, pc_hours_1, pc_hours_2, pc_hours_3,
	pc_cases, pc_modes, pc_runs, pc_mixed;
