
-- aqi: a bare number ("200", what a driver's untyped parameter holds) reads
-- as an index value without a standard; the hash functions refuse
-- it, so they are no longer LEAKPROOF.
ALTER FUNCTION @extschema@.aqi_hash(@extschema@.aqi) NOT LEAKPROOF;
ALTER FUNCTION @extschema@.aqi_hash_extended(@extschema@.aqi, bigint) NOT LEAKPROOF;
