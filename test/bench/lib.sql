-- Shared by the benchmarks (\ir lib.sql).  Speed is measured, never asserted:
-- each benchmark times its query and a baseline doing the same job in the same
-- session, and prints their ratio.  The runner passes -v scale=tiny (the test
-- command: a smoke run on a few rows) or -v scale=full (make bench).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

-- The best (minimum) wall time in milliseconds of `repeats` runs of a query.
CREATE FUNCTION pg_temp.bench_ms(query text, repeats integer DEFAULT 3)
RETURNS double precision
LANGUAGE plpgsql AS $$
DECLARE
	best double precision := 'Infinity';
	t0 timestamptz;
	i integer;
BEGIN
	FOR i IN 1 .. repeats LOOP
		t0 := clock_timestamp();
		EXECUTE query;
		best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
	RETURN best;
END $$;

-- One line of a benchmark report: what, the two times, their ratio.
CREATE FUNCTION pg_temp.bench_line(what text, ms double precision, baseline text, baseline_ms double precision)
RETURNS text
LANGUAGE sql AS $$
	SELECT format('%-58s %9s ms  vs %-28s %9s ms  ratio %6s',
				  what, round(ms::numeric, 1), baseline, round(baseline_ms::numeric, 1),
				  round((ms / nullif(baseline_ms, 0))::numeric, 2))
$$;
