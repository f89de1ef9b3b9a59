-- ecoinsp 1.1 → 1.2 upgrade script (src/sql/upgrade/ecoinsp--1.1--1.2.sql),
-- assembled by make upgrade-script from
-- src/sql/upgrade/1.1--1.2/*.sql (changes to objects that 1.1 created) and
-- the pieces of src/sql/ that are new in 1.2 (PIECES_NEW_IN_1_2), merged in
-- the order of their file names.  The same security rules as the install
-- script hold: @extschema@ and pg_catalog qualify every reference.

\echo Use "ALTER EXTENSION ecoinsp UPDATE TO '1.2'" to load this file. \quit

-- nowcast(): the serialized state carries the mask of duplicate hours (two
-- rows for an hour of the window are an error in any row order), 112 bytes.
COMMENT ON FUNCTION @extschema@.nowcast_serialize(internal) IS
'serial function of nowcast(): the window of hours and its duplicate hours as 112 bytes';
