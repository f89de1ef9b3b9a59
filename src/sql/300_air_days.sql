-- From hours to days: GB 3095-2012 / GB 3095-2026 Table 4 validity counts and
-- the HJ 663-2013 / HJ 663-2026 §6.1.2 O3 daily maximum 8-hour mean.

-- valid_avg(value, min_count): the mean of the non-NULL values when there
-- are at least min_count of them, else NULL.  Exact (fixed point, 10^-6
-- units, 128-bit sum), so its moving-window form removes values without drift.

CREATE FUNCTION @extschema@.valid_avg_transfn(internal, double precision, integer)
RETURNS internal
AS 'MODULE_PATHNAME', 'valid_avg_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_moving_transfn(internal, double precision, integer)
RETURNS internal
AS 'MODULE_PATHNAME', 'valid_avg_moving_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_invfn(internal, double precision, integer)
RETURNS internal
AS 'MODULE_PATHNAME', 'valid_avg_invfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_final(internal)
RETURNS double precision
AS 'MODULE_PATHNAME', 'valid_avg_final'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'valid_avg_combine'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'valid_avg_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'valid_avg_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.valid_avg(value double precision, min_count integer) (
	SFUNC = @extschema@.valid_avg_transfn,
	STYPE = internal,
	SSPACE = 40,
	FINALFUNC = @extschema@.valid_avg_final,
	COMBINEFUNC = @extschema@.valid_avg_combine,
	SERIALFUNC = @extschema@.valid_avg_serialize,
	DESERIALFUNC = @extschema@.valid_avg_deserialize,
	MSFUNC = @extschema@.valid_avg_moving_transfn,
	MINVFUNC = @extschema@.valid_avg_invfn,
	MSTYPE = internal,
	MSSPACE = 48,
	MFINALFUNC = @extschema@.valid_avg_final,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.valid_avg(double precision, integer) IS
'mean of the non-NULL values when at least min_count are given, else NULL (exact; moving-window capable)';

-- mean_24h(value): the daily (24-hour) mean, valid with at least 20 hourly
-- values (GB 3095-2012 Table 4, GB 3095-2026 Table 4).
-- mean_8h(value): the 8-hour mean, valid with at least 6 hourly values
-- (same tables); as a window over RANGE BETWEEN '7 hours' PRECEDING AND
-- CURRENT ROW it is the O3 8-hour moving mean.

CREATE FUNCTION @extschema@.mean_24h_transfn(internal, double precision)
RETURNS internal
AS 'MODULE_PATHNAME', 'mean_24h_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.mean_8h_transfn(internal, double precision)
RETURNS internal
AS 'MODULE_PATHNAME', 'mean_8h_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.fixed_count_mean_invfn(internal, double precision)
RETURNS internal
AS 'MODULE_PATHNAME', 'fixed_count_mean_invfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.mean_24h(value double precision) (
	SFUNC = @extschema@.mean_24h_transfn,
	STYPE = internal,
	SSPACE = 40,
	FINALFUNC = @extschema@.valid_avg_final,
	COMBINEFUNC = @extschema@.valid_avg_combine,
	SERIALFUNC = @extschema@.valid_avg_serialize,
	DESERIALFUNC = @extschema@.valid_avg_deserialize,
	MSFUNC = @extschema@.mean_24h_transfn,
	MINVFUNC = @extschema@.fixed_count_mean_invfn,
	MSTYPE = internal,
	MSSPACE = 40,
	MFINALFUNC = @extschema@.valid_avg_final,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.mean_24h(double precision) IS
'daily (24-hour) mean: NULL unless at least 20 hourly values (GB 3095 Table 4)';

CREATE AGGREGATE @extschema@.mean_8h(value double precision) (
	SFUNC = @extschema@.mean_8h_transfn,
	STYPE = internal,
	SSPACE = 40,
	FINALFUNC = @extschema@.valid_avg_final,
	COMBINEFUNC = @extschema@.valid_avg_combine,
	SERIALFUNC = @extschema@.valid_avg_serialize,
	DESERIALFUNC = @extschema@.valid_avg_deserialize,
	MSFUNC = @extschema@.mean_8h_transfn,
	MINVFUNC = @extschema@.fixed_count_mean_invfn,
	MSTYPE = internal,
	MSSPACE = 40,
	MFINALFUNC = @extschema@.valid_avg_final,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.mean_8h(double precision) IS
'8-hour mean: NULL unless at least 6 hourly values (GB 3095 Table 4); the O3 8-hour moving mean as a window over RANGE ''7 hours'' PRECEDING';

-- air_day(observed_at, hour_label): the day an hourly row belongs to.
-- 'start': observed_at opens the hour (00:00 is 00:00-01:00 of that day);
-- 'end': observed_at closes it (00:00 is the 24th hour of the day before).

CREATE FUNCTION @extschema@.air_day(observed_at timestamp, hour_label text DEFAULT 'start')
RETURNS date
AS 'MODULE_PATHNAME', 'air_day'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.air_day(timestamp, text) IS
'the day an hourly value belongs to; hour_label ''start'' (default) or ''end'' says which end of the hour observed_at stamps';

-- o3_max8h(observed_at, o3[, hour_label]): one day's O3 daily maximum 8-hour
-- mean (MDA8) of one station, HJ 663 §6.1.2: the 8-hour means ending 08:00 ..
-- 24:00 (each valid with >= 6 hours), valid with >= 14 of them or when their
-- maximum exceeds 160 µg/m³.  Aggregates take no DEFAULT arguments, so the
-- two-argument form is the 'start' label.

CREATE FUNCTION @extschema@.o3_max8h_transfn(internal, timestamp, double precision, text)
RETURNS internal
AS 'MODULE_PATHNAME', 'o3_max8h_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.o3_max8h_start_transfn(internal, timestamp, double precision)
RETURNS internal
AS 'MODULE_PATHNAME', 'o3_max8h_start_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.o3_max8h_final(internal)
RETURNS double precision
AS 'MODULE_PATHNAME', 'o3_max8h_final'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.o3_max8h_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'o3_max8h_combine'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.o3_max8h_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'o3_max8h_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.o3_max8h_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'o3_max8h_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.o3_max8h(observed_at timestamp, o3 double precision, hour_label text) (
	SFUNC = @extschema@.o3_max8h_transfn,
	STYPE = internal,
	SSPACE = 216,
	FINALFUNC = @extschema@.o3_max8h_final,
	COMBINEFUNC = @extschema@.o3_max8h_combine,
	SERIALFUNC = @extschema@.o3_max8h_serialize,
	DESERIALFUNC = @extschema@.o3_max8h_deserialize,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.o3_max8h(observed_at timestamp, o3 double precision) (
	SFUNC = @extschema@.o3_max8h_start_transfn,
	STYPE = internal,
	SSPACE = 216,
	FINALFUNC = @extschema@.o3_max8h_final,
	COMBINEFUNC = @extschema@.o3_max8h_combine,
	SERIALFUNC = @extschema@.o3_max8h_serialize,
	DESERIALFUNC = @extschema@.o3_max8h_deserialize,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.o3_max8h(timestamp, double precision, text) IS
'O3 daily maximum 8-hour mean of one station-day (HJ 663 §6.1.2); NULL when not valid; unrounded';
COMMENT ON AGGREGATE @extschema@.o3_max8h(timestamp, double precision) IS
'O3 daily maximum 8-hour mean of one station-day, hours stamped by their start (HJ 663 §6.1.2); NULL when not valid; unrounded';
