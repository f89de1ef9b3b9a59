-- Values of every ecoinsp 1.1 type, made with the 1.1 functions only (this
-- file is frozen with 1.1, like src/sql/released/ecoinsp--1.1.sql): 1.0's
-- values (its types are 1.1's too) and those of the types new in 1.1.
-- test/upgrade/run.sh runs it where ecoinsp 1.1 is installed, updates the
-- extension and reads them back.
\ir values-1.0.sql
ALTER TABLE upg.stored ADD COLUMN gw groundwater_class;
INSERT INTO upg.stored (kind, gw)
SELECT 'groundwater_class', groundwater_class('NH3-N', i / 100.0) FROM generate_series(0, 300, 2) AS i;
INSERT INTO upg.stored (kind, s)
SELECT 'air_summary fractional', air_summary(day, so2 + 1 / 3.0, no2 + 1 / 7.0, pm10, co, o3_8h + 1 / 9.0, pm25)
FROM upg.days GROUP BY extract(year FROM day), station;
CREATE INDEX ON upg.stored (gw);
