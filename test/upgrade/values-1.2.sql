-- Values of every ecoinsp 1.2 type, made with the 1.2 functions only (this
-- file is frozen with 1.2, like src/sql/released/ecoinsp--1.2.sql): 1.1's
-- values and those of the type new in 1.2, exact_state, as a distributed
-- engine stores a worker's partial state (the transition functions called
-- directly).  test/upgrade/run.sh runs it where ecoinsp 1.2 is installed,
-- updates the extension and reads them back.
\ir values-1.1.sql
ALTER TABLE upg.stored ADD COLUMN es exact_state;
INSERT INTO upg.stored (kind, es)
SELECT 'exact_state leq', leq_mean_exact_transfn(NULL, 40 + i / 7.0) FROM generate_series(1, 20) AS i
UNION ALL
SELECT 'exact_state lwm', length_weighted_mean_exact_transfn(NULL, 50 + i / 3.0, 1 + i / 11.0)
FROM generate_series(1, 20) AS i
UNION ALL
SELECT 'exact_state rate', rate_sum_transfn(NULL, rate(i, 10 + i)) FROM generate_series(1, 20) AS i
UNION ALL
SELECT 'exact_state water', water_section_transfn(NULL, 'TP', i / 64.0) FROM generate_series(1, 20) AS i
UNION ALL
SELECT 'exact_state groundwater', groundwater_sample_transfn(NULL, 'NH3-N', i / 100.0)
FROM generate_series(1, 20) AS i;
INSERT INTO upg.stored (kind, es)
SELECT 'exact_state combined', leq_mean_exact_combine(a.es, b.es)
FROM upg.stored AS a JOIN upg.stored AS b ON b.id = a.id + 1
WHERE a.kind = 'exact_state leq' AND b.kind = 'exact_state leq';
