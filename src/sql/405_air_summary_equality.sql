-- air_summary equality and hashing (issue 9 §1): DISTINCT, GROUP BY, UNION,
-- IN and joins on summaries.  Two summaries are equal when they hold the
-- same data: the same year, AQI standard, and per day and pollutant the same
-- station count and exact sum (HJ 663-2013 city daily values).  The stored
-- form is canonical, so equality compares stored bytes.  No ordering: a
-- summary has no meaningful order.

CREATE FUNCTION @extschema@.air_summary_eq(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_ne(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_hash(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_hash_extended(@extschema@.air_summary, bigint)
	RETURNS bigint
	AS 'MODULE_PATHNAME', 'air_summary_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_eq,
	COMMUTATOR = OPERATOR(@extschema@.=),
	NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel,
	HASHES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>),
	NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel,
	JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR CLASS @extschema@.air_summary_hash_ops
	DEFAULT FOR TYPE @extschema@.air_summary USING hash AS
	OPERATOR 1 @extschema@.= (@extschema@.air_summary, @extschema@.air_summary),
	FUNCTION 1 @extschema@.air_summary_hash(@extschema@.air_summary),
	FUNCTION 2 @extschema@.air_summary_hash_extended(@extschema@.air_summary, bigint);

COMMENT ON FUNCTION @extschema@.air_summary_eq(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary = : the same year, AQI standard and HJ 663-2013 daily sums and counts';
COMMENT ON FUNCTION @extschema@.air_summary_ne(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary <>';
COMMENT ON FUNCTION @extschema@.air_summary_hash(@extschema@.air_summary) IS
	'support function of the air_summary hash operator class';
COMMENT ON FUNCTION @extschema@.air_summary_hash_extended(@extschema@.air_summary, bigint) IS
	'support function of the air_summary hash operator class (64-bit, seeded)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.air_summary, @extschema@.air_summary) IS
	'the same data: year, AQI standard (HJ 633), and per day and pollutant the station count and exact sum (HJ 663-2013 §2.3.5 city daily values)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.air_summary, @extschema@.air_summary) IS
	'not the same data (see air_summary =)';
COMMENT ON OPERATOR CLASS @extschema@.air_summary_hash_ops USING hash IS
	'hashing of air_summary for GROUP BY, DISTINCT, UNION and hash joins';
