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
