-- Reporting precision of daily values (HJ 663-2013 assessments; HJ 633-2026
-- §4.2.2-4.2.3): SO2, NO2, PM10, PM2.5 and O3 in whole µg/m³, CO to
-- 0.1 mg/m³, rounded half to even (GB/T 8170) from the exact daily values
-- that mean_24h and o3_max8h return.

-- daily means that end in exactly ·5 at the reporting digit: half to even,
-- where round() on numeric would go up
SELECT pollutant, mean_24h(v) AS exact, round_gb8170(mean_24h(v), digits) AS reported,
	round(mean_24h(v)::numeric, digits) AS half_up
FROM (VALUES ('pm25', 0), ('no2', 0), ('co', 1), ('co_b', 1)) p(pollutant, digits),
	LATERAL (SELECT CASE pollutant
		 WHEN 'pm25' THEN CASE WHEN h < 10 THEN 30.0 ELSE 31.0 END      -- 30.5
		 WHEN 'no2' THEN CASE WHEN h < 10 THEN 31.0 ELSE 32.0 END       -- 31.5
		 WHEN 'co' THEN CASE WHEN h < 10 THEN 1.2 ELSE 1.3 END          -- 1.25
		 ELSE CASE WHEN h < 10 THEN 1.3 ELSE 1.4 END END AS v           -- 1.35
	  FROM generate_series(0, 19) h) hours
GROUP BY pollutant, digits ORDER BY pollutant;

-- the O3 MDA8 is reported in whole µg/m³ the same way: a day whose best
-- window is 160.5 is reported as 160 (within the 160 limit), 161.5 as 162
SELECT top, o3_max8h(observed_at, o3) AS exact, round_gb8170(o3_max8h(observed_at, o3)) AS reported
FROM (VALUES (160.5::float8), (161.5)) t(top),
	LATERAL (SELECT timestamp '2016-07-01' + h * interval '1 hour' AS observed_at,
					CASE WHEN h BETWEEN 10 AND 17 THEN top ELSE 100 END AS o3
			 FROM generate_series(0, 23) h) hours
GROUP BY top ORDER BY top;
