-- ecoinsp extension script, assembled by the Makefile from src/sql/*.sql.
--
-- Security (PostgreSQL "Security Considerations for Extensions"): every
-- reference to an object of this extension is qualified with @extschema@,
-- every reference to a built-in one with pg_catalog, and SQL-language
-- functions fix their search_path, so that objects a user puts on the
-- search_path cannot change what these functions do.

\echo Use "CREATE EXTENSION ecoinsp" to load this file. \quit
