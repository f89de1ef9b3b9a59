-- ecoinsp 1.3 → 1.4 upgrade script (src/sql/upgrade/ecoinsp--1.3--1.4.sql),
-- assembled by make upgrade-script from
-- src/sql/upgrade/1.3--1.4/*.sql (changes to objects that 1.3 created) and
-- the pieces of src/sql/ that are new in 1.4 (PIECES_NEW_IN_1_4), merged in
-- the order of their file names.  The same security rules as the install
-- script hold: @extschema@ and pg_catalog qualify every reference.

\echo Use "ALTER EXTENSION ecoinsp UPDATE TO '1.4'" to load this file. \quit
