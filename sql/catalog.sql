-- Extension-wide catalog check: every function of the extension (found via
-- pg_depend, so functions added later by anyone are checked too) must be
-- PARALLEL SAFE and not VOLATILE, and every aggregate must have a combine
-- function.  Expected: three empty lists.
CREATE TEMP VIEW ext_functions AS
SELECT p.oid, p.oid::regprocedure AS fn, p.proparallel, p.provolatile, p.prokind
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND d.refclassid = 'pg_extension'::regclass
JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
WHERE e.extname = 'ecoinsp' AND d.deptype = 'e';
SELECT count(*) > 0 AS extension_has_functions FROM ext_functions;
-- not PARALLEL SAFE
SELECT fn FROM ext_functions WHERE proparallel <> 's' ORDER BY fn::text;
-- VOLATILE
SELECT fn FROM ext_functions WHERE provolatile = 'v' ORDER BY fn::text;
-- aggregates without a combine function
SELECT f.fn FROM ext_functions f JOIN pg_aggregate a ON a.aggfnoid = f.oid
WHERE f.prokind = 'a' AND a.aggcombinefn = 0 ORDER BY f.fn::text;
-- aggregates with an internal state but no serial/deserial functions (they
-- could not run in parallel workers)
SELECT f.fn FROM ext_functions f JOIN pg_aggregate a ON a.aggfnoid = f.oid
WHERE a.aggtranstype = 'internal'::regtype
  AND (a.aggserialfn = 0 OR a.aggdeserialfn = 0) ORDER BY f.fn::text;
-- aggregates with an internal state: a distributed engine (Citus)
-- cannot run them as worker partials, so only the per-station time-window
-- aggregates, which need one station's rows, may have one
-- (docs/distributed.md); every other aggregate's state is a real type
SELECT f.fn AS internal_state_not_allowed FROM ext_functions f JOIN pg_aggregate a ON a.aggfnoid = f.oid
WHERE (a.aggtranstype = 'internal'::regtype OR a.aggmtranstype = 'internal'::regtype)
  AND f.fn::text !~ '^(valid_avg|mean_24h|mean_8h|o3_max8h|nowcast)\('
ORDER BY f.fn::text;
-- (the five are still there, with internal states: the list above is not vacuous)
SELECT count(DISTINCT p.proname) AS time_window_aggregates_with_internal_states
FROM ext_functions f JOIN pg_aggregate a ON a.aggfnoid = f.oid JOIN pg_proc p ON p.oid = f.oid
WHERE a.aggtranstype = 'internal'::regtype
  AND p.proname IN ('valid_avg', 'mean_24h', 'mean_8h', 'o3_max8h', 'nowcast');
-- STABLE functions: none of the extension depends on settings
SELECT fn FROM ext_functions WHERE provolatile = 's' ORDER BY fn::text;
-- Strictness of every function, pinned (a bug once: dropping STRICT from
-- yoy_change(float8, float8) went unnoticed and made yoy_change(NULL, 3)
-- return -100): a function that changes between STRICT and CALLED ON NULL
-- INPUT changes this list.  What the non-strict ones do with NULLs is
-- tested in null_behaviour.
\pset format unaligned
SELECT fn, CASE WHEN p.proisstrict THEN 'STRICT' ELSE 'CALLED ON NULL INPUT' END AS null_input
  FROM ext_functions f JOIN pg_proc p ON p.oid = f.oid
 WHERE f.prokind = 'f' ORDER BY fn::text;
\pset format aligned
