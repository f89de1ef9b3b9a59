-- exact_state: the one state type of the aggregates that sum
-- measurements.  Its text form (kind:hex) and binary form are exact, read
-- back byte for byte, and validated: malformed text 22P02, malformed bytes
-- 22P03, a state of another kind 22023.
\set VERBOSITY sqlstate
SET extra_float_digits = 0;
-- aggregates without a final function return the state itself, as a
-- distributed engine's worker partial does
CREATE AGGREGATE es_leq(float8) (SFUNC = leq_mean_exact_transfn, STYPE = exact_state,
								 COMBINEFUNC = leq_mean_exact_combine);
CREATE AGGREGATE es_lwm(float8, float8) (SFUNC = length_weighted_mean_exact_transfn, STYPE = exact_state);
CREATE AGGREGATE es_rate(float8, float8) (SFUNC = rate_agg_parts_exact_transfn, STYPE = exact_state);
CREATE AGGREGATE es_rate_sum(rate) (SFUNC = rate_sum_transfn, STYPE = exact_state);
CREATE AGGREGATE es_section(text, float8) (SFUNC = water_section_transfn, STYPE = exact_state);
CREATE AGGREGATE es_section(text, float8, text) (SFUNC = water_section_transfn, STYPE = exact_state);
CREATE AGGREGATE es_dw(text, float8) (SFUNC = drinking_water_transfn, STYPE = exact_state);
CREATE AGGREGATE es_gw(text, float8) (SFUNC = groundwater_sample_transfn, STYPE = exact_state);
-- the combine function as an aggregate: the coordinator's step
CREATE AGGREGATE es_leq_combined(exact_state) (SFUNC = leq_mean_exact_combine, STYPE = exact_state);

-- the text form of each kind, and its final function on the stored state
SELECT es_leq(x) AS leq, leq_mean_exact_final(es_leq(x)) AS leq_mean, leq_mean(x) AS direct
  FROM unnest(ARRAY[50, 60.5]) AS x;
SELECT es_lwm(l, k) AS lwm, length_weighted_mean_exact_final(es_lwm(l, k)) AS mean
  FROM (VALUES (50.0, 1.5), (70.0, 0.5)) AS t(l, k);
SELECT es_rate(n, d) AS state, rate_sum_final(es_rate(n, d)) AS rate_agg, rate_agg(n, d) AS direct,
	   es_rate_sum(rate(n, d))::text = es_rate(n, d)::text AS same_state_as_sum
  FROM (VALUES (1 / 3.0, 1.0), (2.0, 3.0)) AS t(n, d);
SELECT left(es_section(i, v)::text, 40) AS section, length(es_section(i, v)::text) AS text_length,
	   water_section_class_final(es_section(i, v)) AS class,
	   water_exceeding_items_final(es_section(i, v)) AS exceeding
  FROM (VALUES ('TP', 0.3), ('NH3-N', 0.4)) AS t(i, v);
SELECT length(es_dw('TP', 0.25)::text) AS dw_text_length, drinking_water_compliant_final(es_dw('TP', 0.25)) AS compliant,
	   drinking_water_failures_final(es_dw('TP', 0.25)) AS failures;
SELECT es_gw('NH3-N', 0.6) AS gw, groundwater_sample_class_final(es_gw('NH3-N', 0.6)) AS class;
-- no rows: no state (the final functions' NULL)
SELECT es_leq(x) IS NULL AS no_state, leq_mean_exact_final(NULL) IS NULL AS null_mean,
	   rate_sum_final(NULL) AS no_rate FROM unnest(ARRAY[]::float8[]) AS x;

-- text round trips, compact and full sums (1e300 and 1e-300 need the full form)
CREATE TABLE es_values AS
SELECT 'leq' AS k, es_leq(x) AS s FROM unnest(ARRAY[35.25, 48.0, 71.125]) AS x
UNION ALL SELECT 'rate full', es_rate(x, 1) FROM unnest(ARRAY[1e300, 1e-300, 3]) AS x
UNION ALL SELECT 'section', es_section(i, v, 'lake') FROM (VALUES ('TP', 0.05), ('COD', 21.0), ('水温', -1.5)) AS t(i, v)
UNION ALL SELECT 'dw', es_dw(i, v) FROM (VALUES ('铁', 0.35), ('TP', 0.1)) AS t(i, v);
SELECT k, s::text::exact_state::text = s::text AS text_round_trip, length(s::text) AS text_length
  FROM es_values ORDER BY k;
SELECT rate_sum_final(s) AS full_sums FROM es_values WHERE k = 'rate full';

-- the coordinator's step: partial states combined give the one-node answer
SELECT leq_mean_exact_final(es_leq_combined(s)) = (SELECT leq_mean(x) FROM generate_series(1, 99) AS x) AS combined_equals
  FROM (SELECT es_leq(x) AS s FROM generate_series(1, 99) AS x GROUP BY x % 4) AS parts;
SELECT leq_mean_exact_final(es_leq_combined(s::text::exact_state)) =
	   (SELECT leq_mean(x) FROM generate_series(1, 99) AS x) AS combined_from_text
  FROM (SELECT es_leq(x) AS s FROM generate_series(1, 99) AS x GROUP BY x % 4) AS parts;

-- bad text: 22P02
SELECT 'leq:00'::exact_state;
SELECT 'leq_mean'::exact_state;
SELECT 'leq_mean:0'::exact_state;
SELECT 'leq_mean:0G'::exact_state;
SELECT 'leq_mean:0A'::exact_state;
-- bad bytes: 22P03
SELECT 'leq_mean:'::exact_state;
SELECT 'leq_mean:02'::exact_state;
SELECT 'leq_mean:01'::exact_state;
SELECT 'leq_mean:0100000000000000'::exact_state;
SELECT 'leq_mean:010000000000000001000000'::exact_state;			-- 1 level, energy 0
SELECT 'leq_mean:01000000000000000000000000'::exact_state;		-- trailing byte
SELECT 'leq_mean:0100000000000000000000000000'::exact_state;		-- 2 trailing bytes
SELECT 'rate_sum:01010000'::exact_state;							-- zero with a sign
SELECT 'rate_sum:0100000100000000000000'::exact_state;				-- a zero chunk: not canonical
SELECT 'rate_sum:01000000000000'::exact_state;						-- 0/0 is fine
SELECT 'rate_sum:0100000001000100000001'::exact_state;				-- 0 / -2^-1074: a negative sum
SELECT ('water_section:02' || repeat('00', 200))::exact_state;
SELECT ('water_section:020301' || repeat('00', 10))::exact_state;
SELECT ('groundwater_sample:01' || repeat('00', 40))::exact_state;
SELECT 'drinking_water:01'::exact_state;
CREATE FUNCTION es_try(t text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	PERFORM t::exact_state;
	RETURN true;
EXCEPTION WHEN invalid_text_representation OR invalid_binary_representation THEN
	RETURN false;
END $$;
-- every truncation of a valid state is refused, and never read as another value
SELECT count(*) AS truncations,
	   count(*) FILTER (WHERE ok) AS accepted
  FROM (SELECT n, es_try(left(s::text, n)) AS ok
		  FROM es_values, generate_series(length(split_part(s::text, ':', 1)) + 1, length(s::text) - 1) AS n) AS t;
-- a state of another kind: 22023, in final and combine functions alike
SELECT leq_mean_exact_final(s) FROM es_values WHERE k = 'dw';
SELECT es_leq_combined(s) FROM es_values WHERE k = 'section';
SELECT 'leq_mean:010000000000000000000000'::exact_state AS empty_leq_state;
SELECT rate_sum_final('leq_mean:010000000000000000000000'::exact_state);
-- the transition and combine functions change a state only inside an aggregate
SELECT leq_mean_exact_transfn(NULL, 50);
SELECT leq_mean_exact_combine(s, s) FROM es_values WHERE k = 'leq';

DROP TABLE es_values;
DROP FUNCTION es_try(text);
DROP AGGREGATE es_leq(float8), es_lwm(float8, float8), es_rate(float8, float8), es_rate_sum(rate),
	es_section(text, float8), es_section(text, float8, text), es_dw(text, float8), es_gw(text, float8),
	es_leq_combined(exact_state);
