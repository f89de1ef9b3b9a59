-- air_summary: a stored, mergeable annual air-quality summary (HJ 663-2013
-- assessment of the six basic pollutants, GB 3095-2012/2026 limits, HJ 633
-- daily AQI).  See src/air_summary.c and src/core/air_summary.c.

CREATE TYPE @extschema@.air_summary;

CREATE FUNCTION @extschema@.air_summary_in(cstring) RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_out(@extschema@.air_summary) RETURNS cstring
	AS 'MODULE_PATHNAME', 'air_summary_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_recv(internal) RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_send(@extschema@.air_summary) RETURNS bytea
	AS 'MODULE_PATHNAME', 'air_summary_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.air_summary (
	INPUT = @extschema@.air_summary_in,
	OUTPUT = @extschema@.air_summary_out,
	RECEIVE = @extschema@.air_summary_recv,
	SEND = @extschema@.air_summary_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.air_summary IS
	'one calendar year of daily concentrations of SO2, NO2, PM10, CO, O3 (MDA8), PM2.5 (HJ 663-2013), mergeable';

-- The aggregates.  The state is the summary type itself (not internal), so
-- that a distributed engine can push partial aggregation down.

CREATE FUNCTION @extschema@.air_summary_trans(
	@extschema@.air_summary, date, double precision, double precision, double precision,
	double precision, double precision, double precision)
	RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_trans(
	@extschema@.air_summary, date, double precision, double precision, double precision,
	double precision, double precision, double precision, text)
	RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_combine(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_final(@extschema@.air_summary)
	RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- SSPACE: what a state can grow to after its group is created.  A
-- station-year in day order takes about 4 kB at reporting precision (an
-- appendable state), 16 kB with fractional values; rows out of order use a
-- dense state of about 22 kB, beyond which no state grows (STATE_SIZE_MAX in
-- src/air_summary.c).  Hash aggregation sizes its groups by it, so it keeps
-- within work_mem when the groups grow after they are created.  rollup()
-- merges summaries in their stored form, in any order, up to 16 kB
-- (COMBINED_SIZE_MAX; a station-year of fractional means is about 9 kB), and
-- turns dense (22 kB) only beyond: it declares 16 kB, so that the planner
-- hashes a materialized view's station-months into station-years instead of
-- sorting them.
CREATE AGGREGATE @extschema@.air_summary(
	day date, so2 double precision, no2 double precision, pm10 double precision,
	co double precision, o3_8h double precision, pm25 double precision) (
	SFUNC = @extschema@.air_summary_trans,
	STYPE = @extschema@.air_summary,
	SSPACE = 22016,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.air_summary(
	day date, so2 double precision, no2 double precision, pm10 double precision,
	co double precision, o3_8h double precision, pm25 double precision, standard text) (
	SFUNC = @extschema@.air_summary_trans,
	STYPE = @extschema@.air_summary,
	SSPACE = 22016,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.rollup(@extschema@.air_summary) (
	SFUNC = @extschema@.air_summary_combine,
	STYPE = @extschema@.air_summary,
	SSPACE = 16384,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);

-- Accessors.

CREATE FUNCTION @extschema@.year(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_standard(@extschema@.air_summary) RETURNS text
	AS 'MODULE_PATHNAME', 'air_summary_aqi_standard' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_days(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_valid_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.valid_days(@extschema@.air_summary, pollutant text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_valid_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_valid_year(@extschema@.air_summary) RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_is_valid_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_valid_year(@extschema@.air_summary, pollutant text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_is_valid_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_valid_month(@extschema@.air_summary, month integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_is_valid_month' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_valid_month(@extschema@.air_summary, month integer, pollutant text)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_is_valid_month' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.mean(@extschema@.air_summary, pollutant text) RETURNS double precision
	AS 'MODULE_PATHNAME', 'air_summary_mean' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.percentile(@extschema@.air_summary, pollutant text, p double precision)
	RETURNS numeric
	AS 'MODULE_PATHNAME', 'air_summary_percentile' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.evaluation_value(@extschema@.air_summary, pollutant text,
	statistic text DEFAULT 'annual') RETURNS numeric
	AS 'MODULE_PATHNAME', 'air_summary_evaluation_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Not STRICT: a NULL standard means the default edition for the summary's year.
CREATE FUNCTION @extschema@.compliant(@extschema@.air_summary, pollutant text,
	class integer DEFAULT 2, standard text DEFAULT NULL) RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_compliant' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.compliant(@extschema@.air_summary) RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_compliant_all' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.subindex(@extschema@.air_summary, pollutant text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'air_summary_subindex' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.composite_index(@extschema@.air_summary) RETURNS numeric
	AS 'MODULE_PATHNAME', 'air_summary_composite_index' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.max_subindex_pollutant(@extschema@.air_summary) RETURNS text
	AS 'MODULE_PATHNAME', 'air_summary_max_subindex_pollutant' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.aqi_days(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_aqi_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.good_days(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_good_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.heavy_days(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_heavy_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.days_at_level(@extschema@.air_summary, level integer) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_days_at_level' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exceedance_days(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_exceedance_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exceedance_days(@extschema@.air_summary, pollutant text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_exceedance_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.primary_pollutant_days(@extschema@.air_summary, pollutant text,
	basis text DEFAULT 'primary') RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_primary_pollutant_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_concentration(pollutant text, value double precision)
	RETURNS numeric
	AS 'MODULE_PATHNAME', 'report_concentration' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
