-- Values of every ecoinsp 1.2 type, made with the 1.2 functions only (this
-- file is frozen with 1.2, like src/sql/released/ecoinsp--1.2.sql): 1.1's
-- values and those of the type new in 1.2, exact_state, stored as a
-- distributed engine stores a worker's partial state (aggregates without a
-- final function, in the schema upg so that the update leaves them alone).
-- test/upgrade/run.sh runs it where ecoinsp 1.2 is installed, updates the
-- extension and reads them back.
\ir values-1.1.sql
CREATE AGGREGATE upg.es_leq(float8) (SFUNC = leq_mean_exact_transfn, STYPE = exact_state,
									 COMBINEFUNC = leq_mean_exact_combine);
CREATE AGGREGATE upg.es_lwm(float8, float8) (SFUNC = length_weighted_mean_exact_transfn, STYPE = exact_state);
CREATE AGGREGATE upg.es_rate(float8, float8) (SFUNC = rate_agg_parts_exact_transfn, STYPE = exact_state);
CREATE AGGREGATE upg.es_rate_sum(rate) (SFUNC = rate_sum_transfn, STYPE = exact_state);
CREATE AGGREGATE upg.es_section(text, float8, text) (SFUNC = water_section_transfn, STYPE = exact_state);
CREATE AGGREGATE upg.es_dw(text, float8) (SFUNC = drinking_water_transfn, STYPE = exact_state);
CREATE AGGREGATE upg.es_gw(text, float8) (SFUNC = groundwater_sample_transfn, STYPE = exact_state);
ALTER TABLE upg.stored ADD COLUMN es exact_state;
INSERT INTO upg.stored (kind, es)
SELECT 'exact_state leq', upg.es_leq(40 + i / 7.0) FROM generate_series(1, 40) AS i GROUP BY i % 4
UNION ALL
SELECT 'exact_state rate full', upg.es_rate(x, 1) FROM unnest(ARRAY[1e300, 1e-300, 3]) AS x
UNION ALL
SELECT 'exact_state lwm', upg.es_lwm(50 + i / 3.0, 1 + i / 11.0) FROM generate_series(1, 40) AS i GROUP BY i % 4
UNION ALL
SELECT 'exact_state rate', upg.es_rate(i / 3.0, 1 + i / 3.0) FROM generate_series(1, 40) AS i GROUP BY i % 4
UNION ALL
SELECT 'exact_state rate sum', upg.es_rate_sum(rate(i, 10 + i)) FROM generate_series(1, 40) AS i GROUP BY i % 4
UNION ALL
SELECT 'exact_state section', upg.es_section(CASE WHEN i % 3 = 0 THEN 'TP' ELSE 'NH3-N' END, i / 64.0, 'lake')
FROM generate_series(1, 40) AS i GROUP BY i % 4
UNION ALL
SELECT 'exact_state drinking water', upg.es_dw('TP', i / 256.0) FROM generate_series(1, 40) AS i GROUP BY i % 4
UNION ALL
SELECT 'exact_state groundwater', upg.es_gw('NH3-N', i / 100.0) FROM generate_series(1, 40) AS i GROUP BY i % 4;
-- What 1.3 changes under it (aqi_daily reads HJ 633-2012 at reporting
-- precision): an index on the expression and a materialized view over it.
-- The update must name both (test/upgrade/run.sh rebuilds what it names
-- before amcheck reads the index).
CREATE INDEX upg_days_aqi_2012 ON upg.days (aqi_daily(so2, no2, pm10, co, o3_8h, pm25, NULL, 'hj633-2012'));
CREATE MATERIALIZED VIEW upg.days_aqi_2012 AS
SELECT row_number() OVER (ORDER BY day, station) AS id, aqi_daily(so2, no2, pm10, co, o3_8h, pm25, NULL, 'hj633-2012') AS a
FROM upg.days;
