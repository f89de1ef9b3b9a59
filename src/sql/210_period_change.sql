
-- ---------------------------------------------------------------------------
-- Change between periods, in percent: yoy_change = (current - previous) /
-- previous * 100; improvement = (previous - current) / previous * 100 (for
-- lower-is-better indicators).  NULL or zero previous gives NULL.
-- The window forms look for the row exactly one year earlier in the
-- partition (a missing year gives NULL); periods are integer years or dates.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.yoy_change(current double precision, previous double precision)
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'yoy_change_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.yoy_change(current numeric, previous numeric) RETURNS numeric
	AS 'MODULE_PATHNAME', 'yoy_change_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(current double precision, previous double precision)
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'improvement_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(current numeric, previous numeric) RETURNS numeric
	AS 'MODULE_PATHNAME', 'improvement_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- Integer literals (improvement(30, 31)) would otherwise resolve to the
-- window forms below, whose period argument is an integer.
CREATE FUNCTION @extschema@.yoy_change(current integer, previous integer) RETURNS double precision
	AS 'MODULE_PATHNAME', 'yoy_change_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(current integer, previous integer) RETURNS double precision
	AS 'MODULE_PATHNAME', 'improvement_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.yoy_change(value double precision, period integer) RETURNS double precision
	AS 'MODULE_PATHNAME', 'yoy_change_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.yoy_change(value double precision, period date) RETURNS double precision
	AS 'MODULE_PATHNAME', 'yoy_change_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.yoy_change(value numeric, period integer) RETURNS numeric
	AS 'MODULE_PATHNAME', 'yoy_change_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.yoy_change(value numeric, period date) RETURNS numeric
	AS 'MODULE_PATHNAME', 'yoy_change_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(value double precision, period integer) RETURNS double precision
	AS 'MODULE_PATHNAME', 'improvement_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(value double precision, period date) RETURNS double precision
	AS 'MODULE_PATHNAME', 'improvement_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(value numeric, period integer) RETURNS numeric
	AS 'MODULE_PATHNAME', 'improvement_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(value numeric, period date) RETURNS numeric
	AS 'MODULE_PATHNAME', 'improvement_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
