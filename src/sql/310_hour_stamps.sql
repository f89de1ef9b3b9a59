-- Stamps that state their hour convention: hour_ending and
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
