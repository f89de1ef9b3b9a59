-- The ordinal types noise_grade, water_class and groundwater_class share one
-- template (src/ordinal.c): text and binary input and output, the json and
-- jsonb objects, the comparisons with text.  Every rank of every type goes
-- through each of them here (their malformed binary forms: binary_input).
\set VERBOSITY sqlstate
CREATE TEMP TABLE ranks AS
SELECT 'noise_grade'::text AS type, r, r::text::noise_grade::text AS label FROM generate_series(1, 5) r
UNION ALL
SELECT 'water_class', r, r::text::water_class::text FROM generate_series(1, 6) r
UNION ALL
SELECT 'groundwater_class', r, r::text::groundwater_class::text FROM generate_series(1, 5) r;

CREATE FUNCTION pg_temp.probe(type text, label text, OUT rank integer, OUT sent bytea, OUT as_json json,
							  OUT as_jsonb jsonb, OUT reparsed jsonb, OUT eq_text boolean, OUT lt_text boolean)
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('SELECT value(%1$L::%2$s), %2$s_send(%1$L), %1$L::%2$s::json, %1$L::%2$s::jsonb,
					%1$L::%2$s::json::text::jsonb, %1$L::%2$s = %1$L::text, %1$L::text < %1$L::%2$s', label, type)
		INTO rank, sent, as_json, as_jsonb, reparsed, eq_text, lt_text;
END $$;

-- every rank: the label reads back, value() is the rank, the binary form is
-- {version 1, rank}, the jsonb object is the json text's, text compares equal
SELECT t.type, t.r, t.label, p.sent, p.as_json AS json
FROM ranks t, pg_temp.probe(t.type, t.label) p ORDER BY 1, 2;
SELECT count(*) AS ranks,
	   count(*) FILTER (WHERE p.rank = t.r AND p.sent = decode('01' || lpad(to_hex(t.r), 2, '0'), 'hex')
						AND p.as_jsonb = p.reparsed AND p.as_jsonb::text = p.reparsed::text
						AND p.eq_text AND NOT p.lt_text) AS consistent
FROM ranks t, pg_temp.probe(t.type, t.label) p;

-- the jsonb casts return a new value each call: changing one leaves the next alike
SELECT ('III'::water_class)::jsonb || '{"good": false}' AS changed, ('III'::water_class)::jsonb AS again;

-- text input: the rank just above each type's range is malformed (22P02)
SELECT '6'::noise_grade;
SELECT '7'::water_class;
SELECT '6'::groundwater_class;
SELECT 'V'::groundwater_class, '劣V'::water_class;
SELECT '劣V'::groundwater_class;
SELECT 'III'::water_class < 'IV'::text, '二级'::text >= '一级'::noise_grade;
SELECT 'II'::groundwater_class = 'II类 x'::text;
