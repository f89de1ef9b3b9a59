-- section_class and leq_mean against the built-in aggregates doing the
-- least work that could give the same answer:
--   * section_class(item, value) per section-month over one row per item
--     vs max() over a precomputed integer class column (the floor: no
--     parsing, no averaging, no classification);
--   * leq_mean(level) vs avg() of the same column per point.
-- Targets: at most 2x each.  Fails when the answers disagree.
\ir lib.sql
SET max_parallel_workers_per_gather = 0;
SELECT setseed(0.640);

SELECT CASE WHEN :'scale' = 'full' THEN 20000 ELSE 2 END AS sections,
	CASE WHEN :'scale' = 'full' THEN 5000 ELSE 20 END AS points \gset

-- one row per evaluated GB 3838 item per section and month: 21 items x 12
-- months x 20000 sections = 5.04 million rows at full scale
CREATE TEMP TABLE bench_items (section integer, month integer, item text, value float8, item_class integer);
INSERT INTO bench_items (section, month, item, value)
SELECT s, m, i.item, round((i.low + (i.high - i.low) * random())::numeric, 6)::float8
FROM generate_series(1, :sections) s, generate_series(1, 12) m,
	(VALUES ('pH', 5.8, 9.3), ('DO', 1.8, 9.0), ('CODMn', 1.0, 16.0), ('COD', 8.0, 42.0), ('BOD5', 1.0, 11.0),
			('NH3-N', 0.05, 2.2), ('TP', 0.01, 0.45), ('Cu', 0.001, 0.02), ('Zn', 0.005, 0.08), ('F', 0.2, 1.2),
			('Se', 0.0002, 0.004), ('As', 0.001, 0.02), ('Hg', 0.00001, 0.00008), ('Cd', 0.0001, 0.002),
			('Cr6+', 0.002, 0.02), ('Pb', 0.001, 0.012), ('CN', 0.001, 0.01), ('volatile phenol', 0.0005, 0.003),
			('petroleum', 0.01, 0.06), ('LAS', 0.02, 0.15), ('S2-', 0.005, 0.06)) i(item, low, high);
UPDATE bench_items SET item_class = water_class(item, value)::integer;
VACUUM ANALYZE bench_items;

-- hourly Leq rows of monitoring points, 1000 per point
CREATE TEMP TABLE bench_levels (point integer, leq float8, km float8);
INSERT INTO bench_levels
SELECT 1 + (n % :points), round((45 + 25 * random())::numeric, 1)::float8, round((3 * random())::numeric, 3)::float8
FROM generate_series(1, :points * 1000) n;
VACUUM ANALYZE bench_levels;

-- the answers first: the benchmark fails when they disagree
DO $$
DECLARE
	disagree bigint;
BEGIN
	SELECT count(*) INTO disagree
	FROM (SELECT section, month, section_class(item, value)::integer AS c
		  FROM bench_items GROUP BY section, month) a
	FULL JOIN (SELECT section, month, max(item_class) AS c FROM bench_items GROUP BY section, month) b
		USING (section, month)
	WHERE a.c IS DISTINCT FROM b.c;
	IF disagree > 0 THEN
		RAISE EXCEPTION 'section_class disagrees with max(item_class) in % section-months', disagree;
	END IF;
	SELECT count(*) INTO disagree
	FROM (SELECT point, leq_mean(leq) AS l FROM bench_levels GROUP BY point) a
	FULL JOIN (SELECT point, 10 * log(avg(power(10, leq / 10))) AS l FROM bench_levels GROUP BY point) b
		USING (point)
	WHERE NOT abs(a.l - b.l) < 1e-9;
	IF disagree > 0 THEN
		RAISE EXCEPTION 'leq_mean disagrees with 10·lg(avg(10^(L/10))) at % points', disagree;
	END IF;
END $$;

SELECT count(DISTINCT (section, month)) AS section_months, count(*) AS item_rows FROM bench_items \gset
SELECT count(*) AS level_rows FROM bench_levels \gset

SELECT pg_temp.bench_line(format('section_class, %s rows, %s section-months', :item_rows, :section_months),
	pg_temp.bench_ms('SELECT section, month, section_class(item, value) FROM bench_items GROUP BY section, month'),
	'max(precomputed class)',
	pg_temp.bench_ms('SELECT section, month, max(item_class) FROM bench_items GROUP BY section, month'));
SELECT pg_temp.bench_line(format('leq_mean, %s rows by point', :level_rows),
	pg_temp.bench_ms('SELECT point, leq_mean(leq) FROM bench_levels GROUP BY point'),
	'avg()',
	pg_temp.bench_ms('SELECT point, avg(leq) FROM bench_levels GROUP BY point'));
SELECT pg_temp.bench_line(format('length_weighted_mean, %s rows by point', :level_rows),
	pg_temp.bench_ms('SELECT point, length_weighted_mean(leq, km) FROM bench_levels GROUP BY point'),
	'avg()',
	pg_temp.bench_ms('SELECT point, avg(leq) FROM bench_levels GROUP BY point'));
SELECT pg_temp.bench_line(format('rate_agg(n, d), %s rows by point', :level_rows),
	pg_temp.bench_ms('SELECT point, rate_agg(leq, km) FROM bench_levels GROUP BY point'),
	'avg()',
	pg_temp.bench_ms('SELECT point, avg(leq) FROM bench_levels GROUP BY point'));
SELECT pg_temp.bench_line('leq_mean',
	pg_temp.bench_ms('SELECT point, leq_mean(leq) FROM bench_levels GROUP BY point'),
	'10*log(avg(power(10, L/10)))',
	pg_temp.bench_ms('SELECT point, 10 * log(avg(power(10, leq / 10))) FROM bench_levels GROUP BY point'));
