-- evaluation values, percentiles and the composite index against hand
-- computations.
\pset null '<null>'
-- HJ 663 percentile, k = 1 + (n-1)p/100: values 7, 3, 3, 10 (sorted 3 3 7 10)
-- p 0 → 3; 33.3333 → k 1.999999 → 3 (tie); 50 → k 2.5 → 5; 90 → k 3.7 → 9.1;
-- 100 → 10.  n = 1: 42 at every p.  n = 2 (10, 13): p 10 → 10.3, 95 → 12.85.
SELECT p, percentile(s, 'pm25', p)
FROM (SELECT air_summary('2019-01-01'::date + i::int, 1, 1, 1, 0.1, 1, v) s
	  FROM unnest(ARRAY[7, 3, 3, 10]::float8[]) WITH ORDINALITY u(v, i)) x,
	 unnest(ARRAY[0, 33.3333, 50, 90, 100]::float8[]) p
ORDER BY p;
SELECT p, percentile(s, 'so2', p)
FROM (SELECT air_summary('2019-07-01'::date, 42, 1, 1, 0.1, 1, 1) s) x, unnest(ARRAY[0, 37, 100]::float8[]) p
ORDER BY p;
SELECT p, percentile(s, 'no2', p)
FROM (SELECT air_summary(d, 1, v, 1, 0.1, 1, 1) s
	  FROM (VALUES ('2019-01-01'::date, 13), ('2019-01-02', 10)) r(d, v)) x,
	 unnest(ARRAY[0, 10, 50, 95, 100]::float8[]) p
ORDER BY p;
-- GB/T 8170 half to even on the evaluation values: annual means 35.5 → 36
-- and 34.5 → 34.
SELECT evaluation_value(s, 'pm25') AS pm25_35_5, evaluation_value(s, 'pm10') AS pm10_34_5
FROM (SELECT air_summary(d, 1, 1, pm10, 0.1, 1, pm25) s
	  FROM (VALUES ('2019-01-01'::date, 35, 34), ('2019-01-02', 36, 35)) r(d, pm25, pm10)) x;
-- two-day series: P95 of (3.1, 3.2) = 3.1 + 0.1·0.95 = 3.195 → 3.2;
-- P90 of O3 (160, 161) = 160.9 → 161; P98 of SO2 (10, 11) = 10.98 → 11
SELECT percentile(s, 'co', 95) AS co_p95, evaluation_value(s, 'co') AS co_eval,
	   percentile(s, 'o3', 90) AS o3_p90, evaluation_value(s, 'o3') AS o3_eval,
	   evaluation_value(s, 'so2', '24h') AS so2_p98, percentile(s, 'so2', 98) AS so2_p98_exact
FROM (SELECT air_summary(d, so2, 1, 1, co, o3, 1) s
	  FROM (VALUES ('2019-01-01'::date, 3.1, 160, 10), ('2019-01-02', 3.2, 161, 11)) r(d, co, o3, so2)) x;
-- city daily values are rounded once, half to even, before any statistic:
-- two stations 3.1 and 3.2 give 3.15 → 3.2; 3.2 and 3.3 give 3.25 → 3.2.
SELECT evaluation_value(s, 'co') AS co, percentile(s, 'co', 50) AS co_median
FROM (SELECT air_summary(d, 1, 1, 1, co, 1, 1) s
	  FROM (VALUES ('2019-01-01'::date, 3.1), ('2019-01-01', 3.2), ('2019-01-02', 3.2), ('2019-01-02', 3.3)) r(d, co)) x;
-- composite index by hand: SO2 mean 7, NO2 33, PM10 71, PM2.5 36; CO 1.0..3.0
-- by 0.1 (21 days, P95 = X(20) = 2.9); O3 100..120 (P90 = X(19) = 118):
-- 7/60 + 33/40 + 71/70 + 2.9/4 + 118/160 + 36/35
-- = 0.116667 + 0.825 + 1.014286 + 0.725 + 0.7375 + 1.028571 = 4.447024 → 4.45;
-- single indices half to even: 0.12, 0.82 (0.825), 1.01, 0.72 (0.725), 0.74 (0.7375), 1.03.
SELECT composite_index(s), subindex(s, 'so2') so2, subindex(s, 'no2') no2, subindex(s, 'pm10') pm10,
	   subindex(s, 'co') co, subindex(s, 'o3') o3, subindex(s, 'pm25') pm25, max_subindex_pollutant(s)
FROM (SELECT air_summary('2019-01-01'::date + i, 7, 33, 71, 1.0 + i / 10.0, 100 + i, 36) s
	  FROM generate_series(0, 20) i) x;
-- ties of the largest single index: SO2 60/60 = NO2 40/40 = 1 > the others
SELECT max_subindex_pollutant(air_summary('2019-01-01'::date, 60, 40, 69, 3.9, 159, 34)) AS tie_so2_no2,
	   max_subindex_pollutant(air_summary('2019-01-01'::date, 6, 4, 7, 0.4, 16, 3)) AS five_tied,
	   composite_index(air_summary('2019-01-01'::date, 6, 4, 7, 0.4, 16, 3)) AS five_tied_index;
