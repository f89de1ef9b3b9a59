-- exact_state: the one state type of the aggregates that sum measurements
-- (leq_mean, length_weighted_mean, sum(rate), rate_agg(numerator,
-- denominator), and the per-item means of section_class, exceeding_items,
-- drinking_water_* and groundwater_*).  A real type, not internal, with
-- exact text and binary forms and combine functions, so that a distributed
-- engine (Citus) runs these aggregates as worker partials and combines
-- their states on the coordinator (docs/distributed.md).  The text form is
-- the kind, a colon and the stored form in hexadecimal
-- (docs/exact-sums.md); input validates every byte.

CREATE TYPE @extschema@.exact_state;
CREATE FUNCTION @extschema@.exact_state_in(cstring) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'exact_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exact_state_out(@extschema@.exact_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'exact_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exact_state_recv(internal) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'exact_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exact_state_send(@extschema@.exact_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'exact_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.exact_state (
	INPUT = @extschema@.exact_state_in,
	OUTPUT = @extschema@.exact_state_out,
	RECEIVE = @extschema@.exact_state_recv,
	SEND = @extschema@.exact_state_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.exact_state IS
	'the transition state of the aggregates that sum measurements: counts and exact sums (docs/exact-sums.md), text kind:hex of a versioned stored form';
