
-- ---------------------------------------------------------------------------
-- air_report (1.2): declared scales for every numeric column and
-- valid_period, the period's GB 3095 Table 4 validity.
-- ---------------------------------------------------------------------------
ALTER TYPE @extschema@.air_report
	ALTER ATTRIBUTE so2 TYPE numeric(6,0),
	ALTER ATTRIBUTE no2 TYPE numeric(6,0),
	ALTER ATTRIBUTE pm10 TYPE numeric(6,0),
	ALTER ATTRIBUTE co TYPE numeric(7,1),
	ALTER ATTRIBUTE o3 TYPE numeric(6,0),
	ALTER ATTRIBUTE pm25 TYPE numeric(6,0),
	ALTER ATTRIBUTE composite_index TYPE numeric(5,2),
	ALTER ATTRIBUTE max_subindex TYPE numeric(5,2),
	ALTER ATTRIBUTE good_day_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE pm25_primary_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE o3_primary_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE pm10_primary_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE no2_primary_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE so2_primary_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE co_primary_pct TYPE numeric(4,1),
	ADD ATTRIBUTE valid_period boolean;
COMMENT ON COLUMN @extschema@.air_report.valid_period IS 'every month from the first with data to the last meets GB 3095 Table 4 (27 daily values of each pollutant, 25 in February): false marks a month, year-to-date or year whose figures rest on incomplete data; for a calendar year valid_year is the rule';
