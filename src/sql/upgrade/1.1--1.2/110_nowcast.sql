
-- nowcast(): the serialized state carries the mask of duplicate hours (two
-- rows for an hour of the window are an error in any row order), 112 bytes.
COMMENT ON FUNCTION @extschema@.nowcast_serialize(internal) IS
'serial function of nowcast(): the window of hours and its duplicate hours as 112 bytes';
