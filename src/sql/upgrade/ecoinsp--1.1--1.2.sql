-- ecoinsp 1.1 → 1.2 upgrade script (src/sql/upgrade/ecoinsp--1.1--1.2.sql),
-- assembled by make upgrade-script from
-- src/sql/upgrade/1.1--1.2/*.sql (changes to objects that 1.1 created) and
-- the pieces of src/sql/ that are new in 1.2 (PIECES_NEW_IN_1_2), merged in
-- the order of their file names.  The same security rules as the install
-- script hold: @extschema@ and pg_catalog qualify every reference.

\echo Use "ALTER EXTENSION ecoinsp UPDATE TO '1.2'" to load this file. \quit
-- Stamps that state their hour convention (issue 19): hour_ending and
-- hour_starting are domains over timestamp.  air_day and o3_max8h, given a
-- stamp of one of them, take the convention from the type (they look through
-- the implicit cast to timestamp), so it is stated once, in the column's type
-- or the view that casts to it, not in every call; an hour_label that
-- contradicts the type is an error.  No new overloads: a domain overload
-- would make air_day('2016-05-01 00:00') ambiguous.  Functions stay IMMUTABLE.

CREATE DOMAIN @extschema@.hour_ending AS timestamp;
CREATE DOMAIN @extschema@.hour_starting AS timestamp;

COMMENT ON DOMAIN @extschema@.hour_ending IS
'an hourly stamp that closes its hour (00:00 is the 24th hour of the day before); air_day and o3_max8h read the convention from the type';
COMMENT ON DOMAIN @extschema@.hour_starting IS
'an hourly stamp that opens its hour (00:00 is the first hour of its day); air_day and o3_max8h read the convention from the type';
