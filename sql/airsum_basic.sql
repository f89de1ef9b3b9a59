-- air_summary: storage, I/O, rounding, validity, percentiles, rollup.
SET extra_float_digits = 0;

-- report_concentration: GB/T 8170 half to even, integers of µg/m³, CO 0.1 mg/m³
SELECT p, v, report_concentration(p, v)
FROM (VALUES ('pm2.5', 34.5), ('PM25', 35.5), ('so2', 35.49), ('no2', 0), ('o3_8h', 160.5),
			 ('O3', 161.5), ('o3_1h', 200.5), ('co', 1.25), ('CO', 1.35), ('co', 1.251), ('pm10', 99999.5)) t(p, v);

-- the city daily value: the mean of the stations' values, rounded once (half to even)
SELECT evaluation_value(s, 'pm25') AS "35,36 -> 35.5 -> 36", evaluation_value(s, 'pm10') AS "34,35 -> 34",
	   evaluation_value(s, 'co') AS "1.2,1.3 -> 1.2", evaluation_value(s, 'so2') AS "one station 7.5 -> 8",
	   valid_days(s, 'so2'), valid_days(s, 'no2'), valid_days(s)
FROM (SELECT air_summary(day, so2, no2, pm10, co, o3, pm25) s FROM (VALUES
	('2015-06-01'::date, 7.5::float8, NULL::float8, 34::float8, 1.2::float8, NULL::float8, 35::float8),
	('2015-06-01', NULL, NULL, 35, 1.3, NULL, 36)) t(day, so2, no2, pm10, co, o3, pm25)) x;

-- zero rows: NULL; rows without any value: a summary with no valid day; a NULL day is skipped
SELECT air_summary(d::date, 1, 1, 1, 1, 1, 1) IS NULL AS no_rows FROM generate_series('2015-01-01'::date, '2014-01-01', '1 day') d;
SELECT year(s), aqi_standard(s), valid_days(s, 'pm25'), mean(s, 'pm25'), percentile(s, 'pm25', 50),
	   evaluation_value(s, 'pm25'), composite_index(s), aqi_days(s), is_valid_year(s)
FROM (SELECT air_summary(day, NULL, NULL, NULL, NULL, NULL, NULL) s
	  FROM (VALUES ('2015-03-01'::date), (NULL)) t(day)) x;

-- stored in a table and a materialized view; text and binary round trips
CREATE TABLE airsum_days AS
SELECT st AS station, d::date AS day,
	   (st * 3 + extract(doy FROM d)::int % 17)::float8 AS so2,
	   (20 + (st * 7 + extract(doy FROM d)::int) % 41)::float8 AS no2,
	   (40 + (st * 11 + extract(doy FROM d)::int * 3) % 120)::float8 + 0.25 AS pm10,
	   ((st + extract(doy FROM d)::int) % 30 / 10.0)::float8 AS co,
	   (60 + (st * 13 + extract(doy FROM d)::int * 7) % 190)::float8 AS o3,
	   (15 + (st * 5 + extract(doy FROM d)::int * 11) % 130)::float8 + 0.5 AS pm25
FROM generate_series(1, 4) st, generate_series('2015-01-01'::date, '2015-12-31', '1 day') d;
CREATE TABLE airsum_station AS
SELECT station, air_summary(day, so2, no2, pm10, co, o3, pm25) AS s FROM airsum_days GROUP BY station;
CREATE MATERIALIZED VIEW airsum_month AS
SELECT station, extract(month FROM day)::int AS month, air_summary(day, so2, no2, pm10, co, o3, pm25) AS s
FROM airsum_days GROUP BY 1, 2;
SELECT station, pg_column_size(s) < 16000 AS "well under 32 kB", s::text::air_summary::text = s::text AS text_round_trip
FROM airsum_station ORDER BY station;
-- the measured size of one station-year (the README reports it)
SELECT pg_column_size(s) AS bytes FROM airsum_station WHERE station = 1;
SELECT pg_column_size(air_summary(day, round(so2), round(no2), round(pm10), round(co::numeric, 1)::float8, round(o3), round(pm25)))
	AS bytes_at_reporting_precision
FROM airsum_days WHERE station = 1;
\copy airsum_station TO 'results/airsum_station.bin' WITH (FORMAT binary)
CREATE TABLE airsum_station_copy (LIKE airsum_station);
\copy airsum_station_copy FROM 'results/airsum_station.bin' WITH (FORMAT binary)
SELECT count(*) AS binary_round_trips FROM airsum_station a JOIN airsum_station_copy b USING (station)
WHERE a.s::text = b.s::text;

-- rollup: station -> city, month -> year, in any grouping, gives the same summary
WITH city_direct AS (SELECT air_summary(day, so2, no2, pm10, co, o3, pm25) s FROM airsum_days),
	 from_stations AS (SELECT rollup(s) s FROM airsum_station),
	 from_months AS (SELECT rollup(s) s FROM airsum_month),
	 months_then_stations AS (SELECT rollup(s) s FROM (SELECT station, rollup(s) s FROM airsum_month GROUP BY station) x),
	 stations_then_months AS (SELECT rollup(s) s FROM (SELECT month, rollup(s) s FROM airsum_month GROUP BY month) x),
	 quarters AS (SELECT rollup(s) s FROM (SELECT (month - 1) / 3, rollup(s) s FROM airsum_month GROUP BY 1) x)
SELECT c.s::text = a.s::text AND c.s::text = b.s::text AND c.s::text = m.s::text
	   AND c.s::text = n.s::text AND c.s::text = q.s::text AS all_equal,
	   composite_index(c.s), composite_index(q.s), evaluation_value(c.s, 'o3'), evaluation_value(q.s, 'o3')
FROM city_direct c, from_stations a, from_months b, months_then_stations m, stations_then_months n, quarters q;

-- months in any order (stored summaries of successive months concatenate,
-- others merge), and months of different decimal scales
SELECT (SELECT rollup(s ORDER BY month DESC)::text FROM airsum_month WHERE station = 2)
	   = (SELECT s::text FROM airsum_station WHERE station = 2) AS months_reversed,
	   (SELECT rollup(s ORDER BY month)::text FROM airsum_month WHERE station = 2)
	   = (SELECT s::text FROM airsum_station WHERE station = 2) AS months_in_order;
WITH days AS (SELECT d::date AS day, CASE WHEN d < '2015-02-01' THEN 1.5 ELSE 2 END AS so2,
					 CASE WHEN d < '2015-02-01' THEN 3 ELSE 2.25 END AS pm25
			  FROM generate_series('2015-01-01'::date, '2015-03-31', '1 day') d),
	 months AS (SELECT extract(month FROM day) AS month, air_summary(day, so2, NULL, NULL, NULL, NULL, pm25) s
				FROM days GROUP BY 1)
SELECT (SELECT rollup(s ORDER BY month)::text FROM months)
	   = (SELECT air_summary(day, so2, NULL, NULL, NULL, NULL, pm25)::text FROM days) AS scales_merge,
	   (SELECT mean(rollup(s ORDER BY month), 'so2') FROM months) AS so2_mean;

-- in window clauses: a year-to-date rollup of months, and a moving 7-day window
SELECT count(*) FILTER (WHERE w.ytd::text = (SELECT air_summary(day, so2, no2, pm10, co, o3, pm25)::text
											FROM airsum_days d WHERE d.station = 3
											AND extract(month FROM d.day) <= w.month)) AS ytd_equal,
	   count(*) AS months
FROM (SELECT month, rollup(s) OVER (ORDER BY month) AS ytd FROM airsum_month WHERE station = 3) w;
SELECT count(*) FILTER (WHERE w.s::text = (SELECT air_summary(day, so2, no2, pm10, co, o3, pm25)::text
										  FROM airsum_days d WHERE d.station = 1
										  AND d.day BETWEEN w.day - 6 AND w.day)) AS moving_equal,
	   count(*) AS days
FROM (SELECT day, air_summary(day, so2, no2, pm10, co, o3, pm25)
				  OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS s
	  FROM airsum_days WHERE station = 1) w;

-- ---- GB 3095 Table 4 validity: 324 days a year, 27 in every month, 25 in February ----
-- base: the first 27 days of every month, 25 of February = 322 days
CREATE TABLE airsum_base AS
SELECT d::date AS day FROM generate_series('2015-01-01'::date, '2015-12-31', '1 day') d
WHERE extract(day FROM d) <= CASE WHEN extract(month FROM d) = 2 THEN 25 ELSE 27 END;
SELECT n_extra, valid_days(s), valid_days(s, 'pm25'), is_valid_year(s), is_valid_year(s, 'pm25'),
	   is_valid_month(s, 2), is_valid_month(s, 3, 'so2')
FROM (SELECT n_extra, air_summary(day, 1, 1, 1, 1, 1, 1) s
	  FROM generate_series(0, 2) n_extra,
		   LATERAL (SELECT day FROM airsum_base UNION ALL
					SELECT d::date FROM generate_series('2015-12-30'::date, '2015-12-31', '1 day') d
					LIMIT 322 + n_extra) days
	  GROUP BY n_extra) x ORDER BY n_extra;
-- March with 26 or 27 days, February with 24 or 25, in an otherwise full year
SELECT drop_month, kept, valid_days(s), is_valid_month(s, drop_month), is_valid_year(s), is_valid_year(s, 'co')
FROM (SELECT drop_month, kept, air_summary(d::date, 1, 1, 1, 1, 1, 1) s
	  FROM (VALUES (3, 26), (3, 27), (2, 24), (2, 25)) m(drop_month, kept),
		   generate_series('2015-01-01'::date, '2015-12-31', '1 day') d
	  WHERE extract(month FROM d) <> drop_month OR extract(day FROM d) <= kept
	  GROUP BY 1, 2) x ORDER BY 1 DESC, 2;
-- a leap year's February: 25 of 29 days
SELECT is_valid_month(air_summary(d::date, 1, 1, 1, 1, 1, 1), 2) AS feb_2016_25_days
FROM generate_series('2016-02-01'::date, '2016-02-25', '1 day') d;
-- a summary with a missing month is not a valid year, however many days it has
SELECT valid_days(s), is_valid_year(s), is_valid_month(s, 12), is_valid_month(s, 11)
FROM (SELECT air_summary(d::date, 1, 1, 1, 1, 1, 1) s FROM generate_series('2015-01-01'::date, '2015-11-30', '1 day') d) x;
-- validity per pollutant: one pollutant missing on some days
SELECT valid_days(s), valid_days(s, 'pm25'), valid_days(s, 'so2'), is_valid_year(s, 'so2'), is_valid_year(s, 'pm25'), is_valid_year(s)
FROM (SELECT air_summary(d::date, 1, 1, 1, 1, 1, CASE WHEN extract(day FROM d) <= 26 THEN 1 END) s
	  FROM generate_series('2015-01-01'::date, '2015-12-31', '1 day') d) x;

-- ---- HJ 663-2013 percentile: k = 1 + (n-1)p/100, m = X(s) + (X(s+1)-X(s))(k-s) ----
CREATE TABLE airsum_pct (series text, day date, v float8);
INSERT INTO airsum_pct
SELECT 'n=1', '2015-01-01', 42 UNION ALL
SELECT 'four', '2015-01-01'::date + i::int, v FROM unnest(ARRAY[40, 10, 30, 20]::float8[]) WITH ORDINALITY u(v, i) UNION ALL
SELECT 'ties', '2015-01-01'::date + i::int, v FROM unnest(ARRAY[5, 5, 5, 7, 7]::float8[]) WITH ORDINALITY u(v, i) UNION ALL
SELECT 'year', d::date, (extract(doy FROM d)::int * 37) % 251 FROM generate_series('2015-01-01'::date, '2015-12-31', '1 day') d;
SELECT series, p, percentile(s, 'o3', p) AS hj663, percentile(s, 'co', p) AS co_mg,
	   (SELECT percentile_cont(p / 100) WITHIN GROUP (ORDER BY v) FROM airsum_pct a WHERE a.series = x.series) AS percentile_cont
FROM (SELECT series, air_summary(day, NULL, NULL, NULL, v / 10, v, NULL) s FROM airsum_pct GROUP BY series) x,
	 unnest(ARRAY[0, 10, 50, 90, 95, 98, 99.9, 100]::float8[]) p
ORDER BY series, p;

-- mean and the statistics HJ 663 evaluates (rounded to reporting precision)
SELECT mean(s, 'o3') AS mean_o3, evaluation_value(s, 'o3') AS o3_p90, evaluation_value(s, 'o3', 'mean') AS o3_mean,
	   evaluation_value(s, 'so2') AS so2_mean, evaluation_value(s, 'so2', '24h') AS so2_p98,
	   evaluation_value(s, 'PM10', 'daily') AS pm10_p95, evaluation_value(s, 'co') AS co_p95,
	   evaluation_value(s, 'co', 'MEAN') AS co_mean, percentile(s, 'co', 95) AS co_p95_exact
FROM (SELECT air_summary(day, v, NULL, v, v / 10, v, NULL) s FROM airsum_pct WHERE series = 'year') x;
