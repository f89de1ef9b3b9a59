
-- ---------------------------------------------------------------------------
-- water_report (1.2): the percentages numeric(4,1); the function's
-- body leaves the type while ALTER TYPE runs, as in 250_rate_report.sql.
-- ---------------------------------------------------------------------------
-- water_sentence takes water_report arguments, which ALTER TYPE refuses as
-- well: it is dropped here and created again by 800_bulletin.sql.
DROP FUNCTION @extschema@.water_sentence(@extschema@.water_report, @extschema@.water_report, text, text);
CREATE OR REPLACE FUNCTION @extschema@.water_report(classes @extschema@.water_class[])
	RETURNS @extschema@.water_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS 'SELECT NULL::@extschema@.water_report';
ALTER TYPE @extschema@.water_report
	ALTER ATTRIBUTE good_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE worse_than_v_pct TYPE numeric(4,1);
CREATE OR REPLACE FUNCTION @extschema@.water_report(classes @extschema@.water_class[])
	RETURNS @extschema@.water_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT ROW(n, c1, c2, c3, c4, c5, c6, c1 + c2 + c3,
			   @extschema@.pct(@extschema@.rate((c1 + c2 + c3)::double precision, n::double precision), 1),
			   @extschema@.pct(@extschema@.rate(c6::double precision, n::double precision), 1),
			   st,
			   CASE st WHEN '优' THEN 'excellent' WHEN '良好' THEN 'good'
					   WHEN '轻度污染' THEN 'slightly polluted' WHEN '中度污染' THEN 'moderately polluted'
					   WHEN '重度污染' THEN 'heavily polluted' END)::@extschema@.water_report
	FROM (SELECT pg_catalog.count(c)::integer AS n,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 1)::integer AS c1,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 2)::integer AS c2,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 3)::integer AS c3,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 4)::integer AS c4,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 5)::integer AS c5,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 6)::integer AS c6,
				 @extschema@.water_status(c) AS st
		  FROM pg_catalog.unnest(classes) AS c) x;
END;
