
-- ---------------------------------------------------------------------------
-- Rectification (整改) of inspection feedback issues, counted as of a date:
-- rectification(deadline, completed_on, as_of) -> rectification_summary;
-- rollup(rectification_summary) merges summaries taken as of the same date.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.rectification_summary;

CREATE FUNCTION @extschema@.rectification_summary_in(cstring) RETURNS @extschema@.rectification_summary
	AS 'MODULE_PATHNAME', 'rectification_summary_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_out(@extschema@.rectification_summary) RETURNS cstring
	AS 'MODULE_PATHNAME', 'rectification_summary_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_recv(internal) RETURNS @extschema@.rectification_summary
	AS 'MODULE_PATHNAME', 'rectification_summary_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_send(@extschema@.rectification_summary) RETURNS bytea
	AS 'MODULE_PATHNAME', 'rectification_summary_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.rectification_summary (
	INPUT = @extschema@.rectification_summary_in,
	OUTPUT = @extschema@.rectification_summary_out,
	RECEIVE = @extschema@.rectification_summary_recv,
	SEND = @extschema@.rectification_summary_send,
	INTERNALLENGTH = 64,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.rectification_summary IS
	'counts of inspection feedback issues as of a date: total, with a deadline, due, completed, completed on time';

-- Equality of all fields, an order without meaning beyond that, and hashing:
-- DISTINCT, GROUP BY, UNION, sorting and joins on summaries.
CREATE FUNCTION @extschema@.rectification_summary_cmp(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS integer AS 'MODULE_PATHNAME', 'rectification_summary_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_lt(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_le(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_eq(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_ne(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_ge(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_gt(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_hash(@extschema@.rectification_summary)
	RETURNS integer AS 'MODULE_PATHNAME', 'rectification_summary_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_hash_extended(@extschema@.rectification_summary, bigint)
	RETURNS bigint AS 'MODULE_PATHNAME', 'rectification_summary_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);

CREATE OPERATOR CLASS @extschema@.rectification_summary_ops
	DEFAULT FOR TYPE @extschema@.rectification_summary USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.rectification_summary_cmp(@extschema@.rectification_summary, @extschema@.rectification_summary);
CREATE OPERATOR CLASS @extschema@.rectification_summary_hash_ops
	DEFAULT FOR TYPE @extschema@.rectification_summary USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.rectification_summary_hash(@extschema@.rectification_summary),
	FUNCTION 2 @extschema@.rectification_summary_hash_extended(@extschema@.rectification_summary, bigint);

CREATE FUNCTION @extschema@.rectification_transfn(@extschema@.rectification_summary, date, date, date)
	RETURNS @extschema@.rectification_summary
	AS 'MODULE_PATHNAME', 'rectification_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_merge(@extschema@.rectification_summary,
														@extschema@.rectification_summary)
	RETURNS @extschema@.rectification_summary
	AS 'MODULE_PATHNAME', 'rectification_summary_merge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- zero rows give NULL: without a row there is no as_of to count as of
CREATE AGGREGATE @extschema@.rectification(deadline date, completed_on date, as_of date) (
	SFUNC = @extschema@.rectification_transfn,
	STYPE = @extschema@.rectification_summary,
	COMBINEFUNC = @extschema@.rectification_summary_merge,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.rollup(@extschema@.rectification_summary) (
	SFUNC = @extschema@.rectification_summary_merge,
	STYPE = @extschema@.rectification_summary,
	COMBINEFUNC = @extschema@.rectification_summary_merge,
	PARALLEL = SAFE
);

CREATE FUNCTION @extschema@.as_of(@extschema@.rectification_summary) RETURNS date
	AS 'MODULE_PATHNAME', 'rectification_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.total(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_total' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.with_deadline(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_with_deadline' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.due(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_due' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.completed(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_completed' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.completed_due(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_completed_due' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.overdue(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_overdue' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.completed_on_time(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_completed_on_time' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.completion_rate(@extschema@.rectification_summary) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rectification_completion_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.completion_rate(@extschema@.rectification_summary) IS
	'due issues completed by as_of, of all due issues (deadline on or before as_of)';
CREATE FUNCTION @extschema@.on_time_rate(@extschema@.rectification_summary) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rectification_on_time_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.on_time_rate(@extschema@.rectification_summary) IS
	'due issues completed on or before their own deadline, of all due issues';
CREATE FUNCTION @extschema@.closure_rate(@extschema@.rectification_summary) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rectification_closure_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.closure_rate(@extschema@.rectification_summary) IS
	'issues completed by as_of, of all issues';
