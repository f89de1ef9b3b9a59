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
-- Views on the aggregates whose state type 1.2 changes (internal to
-- exact_state): the update must keep them (test/upgrade/views.sql reads
-- them before and after).  The drinking-water values are multiples of 2^-8,
-- summed exactly in doubles too, as 1.1 summed them.
CREATE VIEW upg.v_sums AS
SELECT i % 3 AS g,
	   leq_mean(40 + i / 7.0) AS leq,
	   length_weighted_mean(50 + i / 3.0, 1 + i / 11.0) AS lwm,
	   rate_agg(i / 3.0, 1 + i / 3.0) AS ra,
	   sum(rate(i, 10 + i)) AS rs,
	   sum(sum(rate(i, 10 + i))) OVER () AS rs_window
FROM generate_series(1, 60) AS i GROUP BY 1;
CREATE VIEW upg.v_water AS
SELECT i % 2 AS g,
	   section_class(CASE WHEN i % 3 = 0 THEN 'TP' ELSE 'NH3-N' END, i / 64.0) AS sc,
	   section_class('TP', i / 256.0, 'lake') AS sc_lake,
	   exceeding_items('TP', i / 64.0) AS ex,
	   exceeding_items('NH3-N', i / 16.0, 'river') AS ex_river,
	   drinking_water_compliant('TP', i / 256.0) AS dw,
	   drinking_water_compliant('TP', i / 256.0, 'lake') AS dw_lake,
	   drinking_water_failures('TP', i / 64.0) AS dwf,
	   drinking_water_failures('TP', i / 64.0, 'river') AS dwf_river,
	   groundwater_sample_class('NH3-N', i / 100.0) AS gw,
	   groundwater_sample_class('NH3-N', i / 100.0, true) AS gw_detected,
	   groundwater_worst_items('NH3-N', i / 100.0) AS gwi,
	   groundwater_worst_items('NH3-N', i / 100.0, true) AS gwi_detected
FROM generate_series(1, 40) AS i GROUP BY 1;
