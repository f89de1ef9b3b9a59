-- air_summary equality and hashing, as report views need them: DISTINCT, GROUP BY, UNION,
-- IN and joins on summaries.  Two summaries are equal when they hold the
-- same data: the same year, AQI standard, and per day and pollutant the same
-- station count and exact sum (HJ 663-2013 city daily values).  The stored
-- form is canonical, so equality compares stored bytes.
--
-- A summary has no meaningful order, but count(DISTINCT s), ordered
-- aggregates grouped by s, PARTITION BY s and merge joins need one: the
-- default btree class sorts by year, then AQI standard, then stored bytes.
-- Its operators are named ~<~ ~<=~ ~>=~ ~>~ (as text_pattern_ops names
-- its own), so that no one reads s1 < s2 as "better air".

CREATE FUNCTION @extschema@.air_summary_eq(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_ne(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_cmp(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_lt(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_le(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_ge(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_gt(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
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
	HASHES,
	MERGES
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

CREATE OPERATOR @extschema@.~<~ (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_lt,
	COMMUTATOR = OPERATOR(@extschema@.~>~),
	NEGATOR = OPERATOR(@extschema@.~>=~),
	RESTRICT = pg_catalog.scalarltsel,
	JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.~<=~ (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_le,
	COMMUTATOR = OPERATOR(@extschema@.~>=~),
	NEGATOR = OPERATOR(@extschema@.~>~),
	RESTRICT = pg_catalog.scalarlesel,
	JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.~>=~ (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_ge,
	COMMUTATOR = OPERATOR(@extschema@.~<=~),
	NEGATOR = OPERATOR(@extschema@.~<~),
	RESTRICT = pg_catalog.scalargesel,
	JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.~>~ (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_gt,
	COMMUTATOR = OPERATOR(@extschema@.~<~),
	NEGATOR = OPERATOR(@extschema@.~<=~),
	RESTRICT = pg_catalog.scalargtsel,
	JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR CLASS @extschema@.air_summary_btree_ops
	DEFAULT FOR TYPE @extschema@.air_summary USING btree AS
	OPERATOR 1 @extschema@.~<~ (@extschema@.air_summary, @extschema@.air_summary),
	OPERATOR 2 @extschema@.~<=~ (@extschema@.air_summary, @extschema@.air_summary),
	OPERATOR 3 @extschema@.= (@extschema@.air_summary, @extschema@.air_summary),
	OPERATOR 4 @extschema@.~>=~ (@extschema@.air_summary, @extschema@.air_summary),
	OPERATOR 5 @extschema@.~>~ (@extschema@.air_summary, @extschema@.air_summary),
	FUNCTION 1 @extschema@.air_summary_cmp(@extschema@.air_summary, @extschema@.air_summary);
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
COMMENT ON FUNCTION @extschema@.air_summary_cmp(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of the air_summary btree operator class: year, AQI standard, then stored bytes (an order for sorting only)';
COMMENT ON FUNCTION @extschema@.air_summary_lt(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary ~<~';
COMMENT ON FUNCTION @extschema@.air_summary_le(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary ~<=~';
COMMENT ON FUNCTION @extschema@.air_summary_ge(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary ~>=~';
COMMENT ON FUNCTION @extschema@.air_summary_gt(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary ~>~';
COMMENT ON OPERATOR @extschema@.~<~ (@extschema@.air_summary, @extschema@.air_summary) IS
	'sorting order of air_summary (year, AQI standard, stored bytes), for DISTINCT, ordered aggregates and merge joins; not an order of air quality';
COMMENT ON OPERATOR @extschema@.~<=~ (@extschema@.air_summary, @extschema@.air_summary) IS
	'sorting order of air_summary (year, AQI standard, stored bytes), for DISTINCT, ordered aggregates and merge joins; not an order of air quality';
COMMENT ON OPERATOR @extschema@.~>=~ (@extschema@.air_summary, @extschema@.air_summary) IS
	'sorting order of air_summary (year, AQI standard, stored bytes), for DISTINCT, ordered aggregates and merge joins; not an order of air quality';
COMMENT ON OPERATOR @extschema@.~>~ (@extschema@.air_summary, @extschema@.air_summary) IS
	'sorting order of air_summary (year, AQI standard, stored bytes), for DISTINCT, ordered aggregates and merge joins; not an order of air quality';
COMMENT ON OPERATOR CLASS @extschema@.air_summary_btree_ops USING btree IS
	'sorting of air_summary by year, AQI standard and stored bytes (not an order of air quality)';
COMMENT ON OPERATOR CLASS @extschema@.air_summary_hash_ops USING hash IS
	'hashing of air_summary for GROUP BY, DISTINCT, UNION and hash joins';
