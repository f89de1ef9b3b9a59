-- The laws every btree and hash operator class of the extension's types must
-- keep, checked over the catalog (a new type's classes are found without a
-- change here, and fail until the test has sample values of the type):
-- btree support 1 is antisymmetric, transitive and agrees with the class's
-- operators; hash support 2 with seed 0 has hash support 1's low 32 bits (as
-- PostgreSQL requires: hash joins and hash partitions mix them), another
-- seed changes it, and values the btree class finds equal hash equal.
-- Samples include equal values written differently (rate 1/2 and 2/4) and,
-- for air_summary, summaries that share every byte of the shorter one's
-- records but its length (one day more, a longer count), whose order only
-- the length decides.
CREATE TEMP TABLE ol_samples (t regtype, v text);
INSERT INTO ol_samples SELECT 'aqi', a::text FROM (VALUES
	(aqi_daily(8, 30, 60, 0.6, 100, 40, standard => 'hj633-2012')),
	(aqi_daily(8, 30, 60, 0.6, 100, 40, standard => 'hj633-2026')),
	(aqi_daily(8, 30, 60, 0.6, 160, 40)), (aqi_daily(8, 30, 160, 0.6, 100, 40)),
	(aqi_daily(8, 30, 60, 0.6, 100, 75)), (aqi_daily(8, 30, 60, 0.6, 100, 76)),
	(aqi_daily(1, 1, 1, 0.1, 1, 1)), (aqi_daily(800, 30, 60, 0.6, 100, 40)),
	('156 hj633-2012 primary=pm25,o3_8h exceeding=pm2.5,o3-8h'::aqi),
	('156 hj633-2012 primary=pm25 exceeding=pm2.5'::aqi), ('1 hj633-2026'::aqi)) v(a);
INSERT INTO ol_samples SELECT 'rate', r::text FROM (VALUES
	(rate(1, 2)), (rate(2, 4)), (rate(3, 6)), (rate(0, 5)), (rate(0, 1)), (rate(1, 3)),
	(rate(333, 1000)), (rate(2, 3)), (rate(5, 5)), (rate(7, 7)), (rate(209, 209)), (rate(0.1, 0.3))) v(r);
INSERT INTO ol_samples SELECT 'noise_grade', g FROM unnest(ARRAY['一级', '二级', '三级', '四级', '五级']) g;
INSERT INTO ol_samples SELECT 'water_class', c FROM unnest(ARRAY['I', 'II', 'III', 'IV', 'V', '劣V']) c;
INSERT INTO ol_samples SELECT 'groundwater_class', c FROM unnest(ARRAY['I', 'II', 'III', 'IV', 'V']) c;
INSERT INTO ol_samples SELECT 'rectification_summary', rectification(deadline, done, as_of)::text
FROM (VALUES (1, '2022-03-01'::date, '2022-02-01'::date, '2022-12-31'::date),
			 (1, '2022-03-01', NULL, '2022-12-31'), (2, '2022-03-01', '2022-02-01', '2022-12-31'),
			 (3, NULL, NULL, '2022-12-31'), (4, '2022-03-01', '2022-04-01', '2022-12-31'),
			 (5, '2022-03-01', '2022-02-01', '2022-12-31'), (5, '2022-03-01', '2022-02-01', '2022-12-31'),
			 (6, '2022-03-01', '2022-02-01', '2022-01-01'), (7, '2022-03-01', '2022-02-01', '2022-12-31'))
	 v(grp, deadline, done, as_of) GROUP BY grp;
INSERT INTO ol_samples SELECT 'air_summary', s::text FROM (
	SELECT air_summary(d, so2, 1, 1, 0.1, 1, 1) AS s
	FROM (VALUES (1, '2015-01-01'::date, 5::float8), (2, '2015-01-01', 5), (2, '2015-01-02', 5),
				 (3, '2015-01-01', 133), (4, '2015-01-01', 5), (4, '2015-01-01', 5),
				 (5, '2016-01-01', 5), (6, '2015-01-01', 1.5), (7, '2015-12-31', 5)) v(grp, d, so2)
	GROUP BY grp
	UNION ALL SELECT air_summary(d, 5, 1, 1, 0.1, 1, 1, 'hj633-2026') FROM (VALUES ('2015-01-01'::date)) v(d)
	UNION ALL SELECT air_summary(d, NULL, NULL, NULL, NULL, NULL, NULL) FROM (VALUES ('2015-01-01'::date)) v(d)
	-- group 2 again, rolled up from its two days
	UNION ALL SELECT rollup(s) FROM (SELECT air_summary(d, 5, 1, 1, 0.1, 1, 1) s
									   FROM (VALUES ('2015-01-01'::date), ('2015-01-02')) v(d) GROUP BY d) y
) x;

-- every btree and hash class of the extension's types, and how many samples
-- its type has (fewer than 5: expected none)
CREATE TEMP VIEW ol_classes AS
SELECT opc.opcname, am.amname, opc.opcintype::regtype AS t, opc.opcfamily,
	   (SELECT count(*) FROM ol_samples s WHERE s.t = opc.opcintype) AS samples
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
JOIN pg_depend d ON d.classid = 'pg_opclass'::regclass AND d.objid = opc.oid
	AND d.refclassid = 'pg_extension'::regclass AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'ecoinsp')
WHERE am.amname IN ('btree', 'hash');
SELECT amname, count(*) AS classes FROM ol_classes GROUP BY amname ORDER BY amname;
SELECT opcname, t, samples FROM ol_classes WHERE samples < 5;

-- btree: support 1 over every pair, and each strategy's operator
CREATE TEMP TABLE ol_cmp (t regtype, a int, b int, c int, ops_agree boolean);
DO $$
DECLARE
	cl record;
	q text;
BEGIN
	FOR cl IN SELECT c.t, p.amproc, o1.amopopr AS lt, o2.amopopr AS le, o3.amopopr AS eq,
					 o4.amopopr AS ge, o5.amopopr AS gt
			  FROM ol_classes c
			  JOIN pg_amproc p ON p.amprocfamily = c.opcfamily AND p.amprocnum = 1
				   AND p.amproclefttype = c.t AND p.amprocrighttype = c.t
			  LEFT JOIN pg_amop o1 ON o1.amopfamily = c.opcfamily AND o1.amopstrategy = 1 AND o1.amoplefttype = c.t AND o1.amoprighttype = c.t
			  LEFT JOIN pg_amop o2 ON o2.amopfamily = c.opcfamily AND o2.amopstrategy = 2 AND o2.amoplefttype = c.t AND o2.amoprighttype = c.t
			  LEFT JOIN pg_amop o3 ON o3.amopfamily = c.opcfamily AND o3.amopstrategy = 3 AND o3.amoplefttype = c.t AND o3.amoprighttype = c.t
			  LEFT JOIN pg_amop o4 ON o4.amopfamily = c.opcfamily AND o4.amopstrategy = 4 AND o4.amoplefttype = c.t AND o4.amoprighttype = c.t
			  LEFT JOIN pg_amop o5 ON o5.amopfamily = c.opcfamily AND o5.amopstrategy = 5 AND o5.amoplefttype = c.t AND o5.amoprighttype = c.t
			  WHERE c.amname = 'btree'
	LOOP
		q := format($q$
			INSERT INTO ol_cmp
			SELECT %1$L::regtype, x.i, y.i, sign(%2$s(x.v, y.v)),
				   (x.v OPERATOR(%3$s) y.v) = (sign(%2$s(x.v, y.v)) < 0)
				   AND (x.v OPERATOR(%4$s) y.v) = (sign(%2$s(x.v, y.v)) <= 0)
				   AND (x.v OPERATOR(%5$s) y.v) = (sign(%2$s(x.v, y.v)) = 0)
				   AND (x.v OPERATOR(%6$s) y.v) = (sign(%2$s(x.v, y.v)) >= 0)
				   AND (x.v OPERATOR(%7$s) y.v) = (sign(%2$s(x.v, y.v)) > 0)
			FROM (SELECT row_number() OVER () AS i, v::%1$s AS v FROM ol_samples WHERE t = %1$L::regtype) x,
				 (SELECT row_number() OVER () AS i, v::%1$s AS v FROM ol_samples WHERE t = %1$L::regtype) y$q$,
			cl.t, cl.amproc::regproc,
			cl.lt::regoperator::text, cl.le::regoperator::text, cl.eq::regoperator::text,
			cl.ge::regoperator::text, cl.gt::regoperator::text);
		q := regexp_replace(q, 'OPERATOR\(([^(]*)\([^)]*\)\)', 'OPERATOR(\1)', 'g');
		EXECUTE q;
	END LOOP;
END
$$;
-- per type: pairs, reflexivity, antisymmetry, transitivity (of <= and of =)
-- and agreement with < <= = >= >: every count of violations 0
SELECT c.t, count(*) AS pairs,
	   count(*) FILTER (WHERE a = b AND c <> 0) AS not_reflexive,
	   count(*) FILTER (WHERE c <> -(SELECT r.c FROM ol_cmp r WHERE r.t = c.t AND r.a = c.b AND r.b = c.a)) AS not_antisymmetric,
	   count(*) FILTER (WHERE NOT ops_agree) AS operators_disagree,
	   count(*) FILTER (WHERE a <> b AND c = 0) AS equal_pairs
FROM ol_cmp c GROUP BY c.t ORDER BY c.t::text;
SELECT x.t, count(*) FILTER (WHERE z.c > 0) AS le_not_transitive,
	   count(*) FILTER (WHERE x.c = 0 AND y.c = 0 AND z.c <> 0) AS eq_not_transitive
FROM ol_cmp x JOIN ol_cmp y ON y.t = x.t AND y.a = x.b
JOIN ol_cmp z ON z.t = x.t AND z.a = x.a AND z.b = y.b
WHERE x.c <= 0 AND y.c <= 0 GROUP BY x.t ORDER BY x.t::text;

-- hash: support 1 and support 2 with seeds 0 and 1 of every sample
CREATE TEMP TABLE ol_hash (t regtype, i int, h int, h0 bigint, h1 bigint);
DO $$
DECLARE
	cl record;
BEGIN
	FOR cl IN SELECT c.t, p1.amproc AS h, p2.amproc AS he
			  FROM ol_classes c
			  JOIN pg_amproc p1 ON p1.amprocfamily = c.opcfamily AND p1.amprocnum = 1
				   AND p1.amproclefttype = c.t AND p1.amprocrighttype = c.t
			  LEFT JOIN pg_amproc p2 ON p2.amprocfamily = c.opcfamily AND p2.amprocnum = 2
				   AND p2.amproclefttype = c.t AND p2.amprocrighttype = c.t
			  WHERE c.amname = 'hash'
	LOOP
		IF cl.he IS NULL THEN
			RAISE NOTICE 'hash class of % has no extended hash function', cl.t;
			CONTINUE;
		END IF;
		EXECUTE format($q$
			INSERT INTO ol_hash
			SELECT %1$L::regtype, x.i, %2$s(x.v), %3$s(x.v, 0), %3$s(x.v, 1)
			FROM (SELECT row_number() OVER () AS i, v::%1$s AS v FROM ol_samples WHERE t = %1$L::regtype) x$q$,
			cl.t, cl.h::regproc, cl.he::regproc);
	END LOOP;
END
$$;
-- per type: seed 0's low 32 bits = support 1 (violations 0); seed 1 differs
-- from seed 0 for every sample (a 64-bit hash colliding by chance on these
-- few values is 2^-64 per value); equal values by the btree class hash
-- equal under all three (violations 0)
SELECT h.t, count(*) AS samples,
	   count(*) FILTER (WHERE (h.h0 & 4294967295) <> (h.h::bigint & 4294967295)) AS seed0_low_bits_differ,
	   count(*) FILTER (WHERE h.h1 = h.h0) AS seed1_same_as_seed0,
	   (SELECT count(*) FROM ol_cmp c JOIN ol_hash x ON x.t = c.t AND x.i = c.a JOIN ol_hash y ON y.t = c.t AND y.i = c.b
		WHERE c.t = h.t AND c.c = 0 AND (x.h <> y.h OR x.h0 <> y.h0 OR x.h1 <> y.h1)) AS equal_values_hash_apart
FROM ol_hash h GROUP BY h.t ORDER BY h.t::text;
-- and distinct values mostly hash apart (a hash ignoring the value would not)
SELECT t, count(DISTINCT h) > 1 AND count(DISTINCT h1) > 1 AS spread FROM ol_hash GROUP BY t ORDER BY t::text;
DROP VIEW ol_classes;
DROP TABLE ol_samples, ol_cmp, ol_hash;
