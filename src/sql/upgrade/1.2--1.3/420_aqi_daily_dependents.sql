
-- aqi_daily reads HJ 633-2012 concentrations at reporting precision from 1.3
-- on (420_aqi_rounding.sql): an index whose expression calls it was built
-- with 1.2's values and may no longer find rows, and a materialized view
-- keeps them until refreshed.  The update does not rebuild them (that may
-- take long, in the update's one transaction); it names each one that calls
-- the function, whatever standard the call names.
DO $$
DECLARE
	dependent record;
BEGIN
	FOR dependent IN
		SELECT DISTINCT CASE d.classid
				   WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
					   pg_catalog.format('REINDEX INDEX %s', d.objid::pg_catalog.regclass)
				   ELSE
					   pg_catalog.format('REFRESH MATERIALIZED VIEW %s', r.ev_class::pg_catalog.regclass)
			   END AS command
		FROM pg_catalog.pg_depend AS d
			 LEFT JOIN pg_catalog.pg_rewrite AS r
				 ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
				AND r.oid OPERATOR(pg_catalog.=) d.objid
			 LEFT JOIN pg_catalog.pg_class AS c ON c.oid OPERATOR(pg_catalog.=) r.ev_class
		WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
		  AND d.refobjid OPERATOR(pg_catalog.=) '@extschema@.aqi_daily(double precision, double precision, double precision, double precision, double precision, double precision, double precision, text, double precision)'::pg_catalog.regprocedure
		  AND d.deptype OPERATOR(pg_catalog.=) 'n'
		  AND ((d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
				AND EXISTS (SELECT FROM pg_catalog.pg_index AS i WHERE i.indexrelid OPERATOR(pg_catalog.=) d.objid))
			   OR c.relkind OPERATOR(pg_catalog.=) 'm')
		ORDER BY 1
	LOOP
		RAISE WARNING 'ecoinsp 1.3: aqi_daily reads HJ 633-2012 concentrations at reporting precision: %', dependent.command
			USING DETAIL = 'It calls aqi_daily, whose HJ 633-2012 values from non-integer concentrations can differ from 1.2''s; under other standards nothing changed.',
				  HINT = 'Run the command when the standard it uses is HJ 633-2012; rounding => ''as_given'' gives 1.2''s values (docs/aqi.md).';
	END LOOP;
END
$$;
