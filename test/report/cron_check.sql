-- Hook "cron" of docs/report-layer.md (run by test/report/run_doc.py in the
-- page's session, right after the page scheduled its nightly job): a real
-- pg_cron run of that job refreshes both materialized views, in order.
-- Prints "ok"/"not ok" lines.
\pset tuples_only on
\pset format unaligned

-- Make both levels stale: one hourly value of Gucheng, 2014-11-20 09:00,
-- goes up by 0.5 (too little to move any rounded figure the page shows).
CREATE TEMP TABLE cron_before AS
SELECT d.pm25 AS day_pm25, m.s::text AS month_s
FROM station_day d, station_month m
WHERE d.station = 'Gucheng' AND d.day = '2014-11-20'
  AND m.station = 'Gucheng' AND m.month = '2014-11-01';
UPDATE hourly SET pm25 = pm25 + 0.5 WHERE station = 'Gucheng' AND observed_at = '2014-11-20 09:00';

-- pg_cron 1.4 schedules by the minute: run the page's job every minute and
-- wait for its first run to finish (at most 90 s).
SELECT cron.alter_job(jobid, schedule => '* * * * *') FROM cron.job WHERE jobname = 'refresh-report-layer';
CREATE TEMP TABLE cron_wait AS SELECT clock_timestamp() AS t0;
DO $$
BEGIN
    WHILE NOT EXISTS (SELECT 1 FROM cron.job_run_details WHERE status IN ('succeeded', 'failed'))
          AND clock_timestamp() < (SELECT t0 FROM cron_wait) + interval '90 seconds' LOOP
        PERFORM pg_sleep(0.5);
    END LOOP;
END
$$;
SELECT cron.alter_job(jobid, schedule => '15 2 * * *') FROM cron.job WHERE jobname = 'refresh-report-layer';
SELECT format('# waited %s s for the scheduled run', round(extract(epoch FROM clock_timestamp() - t0)::numeric))
FROM cron_wait;

SELECT CASE WHEN count(*) = 1 AND bool_and(status = 'succeeded' AND return_message = 'CALL')
            THEN 'ok' ELSE 'not ok' END
       || ' - one scheduled run of CALL refresh_report_layer(): '
       || coalesce(string_agg(status || ' ' || coalesce(return_message, ''), '; '), 'none within 90 s')
FROM cron.job_run_details;

-- station_day shows the corrected hour: its mean is the fresh one
SELECT CASE WHEN d.pm25 = f.pm25 AND d.pm25 <> b.day_pm25 THEN 'ok' ELSE 'not ok' END
       || format(' - station_day refreshed by the job: pm25 %s -> %s (fresh computation %s)',
                 b.day_pm25, d.pm25, f.pm25)
FROM station_day d, cron_before b,
     (SELECT mean_24h(pm25) AS pm25 FROM hourly
      WHERE station = 'Gucheng' AND air_day(observed_at) = '2014-11-20') f
WHERE d.station = 'Gucheng' AND d.day = '2014-11-20';

-- and station_month was refreshed after it (from the refreshed station_day)
SELECT CASE WHEN m.s::text = f.s::text AND m.s::text <> b.month_s THEN 'ok' ELSE 'not ok' END
       || ' - station_month refreshed after station_day in the same run'
FROM station_month m, cron_before b,
     (SELECT air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s FROM station_day
      WHERE station = 'Gucheng' AND date_trunc('month', day) = '2014-11-01') f
WHERE m.station = 'Gucheng' AND m.month = '2014-11-01';

DROP TABLE cron_before, cron_wait;
\pset tuples_only off
\pset format aligned
