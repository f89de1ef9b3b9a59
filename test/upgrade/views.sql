-- The rows of every view in the schema upg, one query per view (test/upgrade/run.sh
-- runs it before and after the update and compares).
\pset format unaligned
\set ON_ERROR_STOP 1
SELECT format('SELECT %L AS view, * FROM %s ORDER BY 2', c.oid::regclass, c.oid::regclass)
FROM pg_class c WHERE c.relnamespace = 'upg'::regnamespace AND c.relkind = 'v' ORDER BY 1
\gexec
