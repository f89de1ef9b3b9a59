/*
 * The AQI breakpoint tables, one per standard, each read like the standard's
 * own table: one row per segment, "concentration low..high -> index
 * low..high".  Concentrations are written in the table's unit and stored in
 * 10^-6 of it (gbt8170.h fixed point), so every breakpoint is exact.
 *
 * A new version or a new country is a new table here, not a new code path
 * in aqi.c.
 */
#include "core/aqi.h"

#include "core/gbt8170.h"
#include "core/names.h"

#include <stddef.h>

/* a breakpoint in the table's unit, as 10^-6 units (all are >= 0) */
#define BP(x) ((int64_t) ((x) * 1000000.0 + 0.5))
#define ROW(c_lo, c_hi, i_lo, i_hi) {BP(c_lo), BP(c_hi), (i_lo), (i_hi)}
#define NROWS(rows) ((int) (sizeof(rows) / sizeof((rows)[0])))

#define UG ECO_FIXED_SCALE		/* 1 ug/m3 (or 1 ppb, 1 ug/m3 for the US) */
#define CO_STEP (ECO_FIXED_SCALE / 10)	/* 0.1 mg/m3 (0.1 ppm for the US) */

/*
 * HJ 633-2012 Table 1 (空气质量分指数及对应的污染物项目浓度限值).
 * ug/m3, CO in mg/m3.  Every segment is continuous with the next.  2012 has
 * no pre-rounding: the columns' step (1 ug/m3, 0.1 mg/m3) is only the
 * resolution at which aqi.c tabulates the index.
 */
static const EcoAqiSegment hj2012_so2_24h[] = {
	ROW(0, 50, 0, 50), ROW(50, 150, 50, 100), ROW(150, 475, 100, 150),
	ROW(475, 800, 150, 200), ROW(800, 1600, 200, 300),
	ROW(1600, 2100, 300, 400), ROW(2100, 2620, 400, 500)
};
/* note (1): real-time report only; note (2): above 800 see the column entry */
static const EcoAqiSegment hj_so2_1h[] = {
	ROW(0, 150, 0, 50), ROW(150, 500, 50, 100), ROW(500, 650, 100, 150),
	ROW(650, 800, 150, 200)
};
static const EcoAqiSegment hj_no2_24h[] = {
	ROW(0, 40, 0, 50), ROW(40, 80, 50, 100), ROW(80, 180, 100, 150),
	ROW(180, 280, 150, 200), ROW(280, 565, 200, 300),
	ROW(565, 750, 300, 400), ROW(750, 940, 400, 500)
};
static const EcoAqiSegment hj_no2_1h[] = {
	ROW(0, 100, 0, 50), ROW(100, 200, 50, 100), ROW(200, 700, 100, 150),
	ROW(700, 1200, 150, 200), ROW(1200, 2340, 200, 300),
	ROW(2340, 3090, 300, 400), ROW(3090, 3840, 400, 500)
};
static const EcoAqiSegment hj2012_pm10_24h[] = {
	ROW(0, 50, 0, 50), ROW(50, 150, 50, 100), ROW(150, 250, 100, 150),
	ROW(250, 350, 150, 200), ROW(350, 420, 200, 300),
	ROW(420, 500, 300, 400), ROW(500, 600, 400, 500)
};
static const EcoAqiSegment hj_co_24h[] = {
	ROW(0, 2, 0, 50), ROW(2, 4, 50, 100), ROW(4, 14, 100, 150),
	ROW(14, 24, 150, 200), ROW(24, 36, 200, 300),
	ROW(36, 48, 300, 400), ROW(48, 60, 400, 500)
};
static const EcoAqiSegment hj_co_1h[] = {
	ROW(0, 5, 0, 50), ROW(5, 10, 50, 100), ROW(10, 35, 100, 150),
	ROW(35, 60, 150, 200), ROW(60, 90, 200, 300),
	ROW(90, 120, 300, 400), ROW(120, 150, 400, 500)
};
static const EcoAqiSegment hj_o3_1h[] = {
	ROW(0, 160, 0, 50), ROW(160, 200, 50, 100), ROW(200, 300, 100, 150),
	ROW(300, 400, 150, 200), ROW(400, 800, 200, 300),
	ROW(800, 1000, 300, 400), ROW(1000, 1200, 400, 500)
};
/* note (3) (2012) / c (2026): the column stops at 800 */
static const EcoAqiSegment hj_o3_8h[] = {
	ROW(0, 100, 0, 50), ROW(100, 160, 50, 100), ROW(160, 215, 100, 150),
	ROW(215, 265, 150, 200), ROW(265, 800, 200, 300)
};
static const EcoAqiSegment hj2012_pm25_24h[] = {
	ROW(0, 35, 0, 50), ROW(35, 75, 50, 100), ROW(75, 115, 100, 150),
	ROW(115, 150, 150, 200), ROW(150, 250, 200, 300),
	ROW(250, 350, 300, 400), ROW(350, 500, 400, 500)
};

#define CAP ECO_ABOVE_CAP, 0, ECO_SO2, 0

static const EcoAqiColumn hj2012_columns[] = {
	{ECO_SO2, ECO_PERIOD_24H, UG, hj2012_so2_24h, NROWS(hj2012_so2_24h), CAP},
	/* note (2): SO2 1-h > 800: the SO2 24-h sub-index is reported instead */
	{ECO_SO2, ECO_PERIOD_1H, UG, hj_so2_1h, NROWS(hj_so2_1h),
	ECO_ABOVE_SUBSTITUTE, 0, ECO_SO2, ECO_PERIOD_24H},
	{ECO_NO2, ECO_PERIOD_24H, UG, hj_no2_24h, NROWS(hj_no2_24h), CAP},
	{ECO_NO2, ECO_PERIOD_1H, UG, hj_no2_1h, NROWS(hj_no2_1h), CAP},
	{ECO_PM10, ECO_PERIOD_24H, UG, hj2012_pm10_24h, NROWS(hj2012_pm10_24h), CAP},
	{ECO_CO, ECO_PERIOD_24H, CO_STEP, hj_co_24h, NROWS(hj_co_24h), CAP},
	{ECO_CO, ECO_PERIOD_1H, CO_STEP, hj_co_1h, NROWS(hj_co_1h), CAP},
	{ECO_O3_1H, ECO_PERIOD_1H, UG, hj_o3_1h, NROWS(hj_o3_1h), CAP},
	/* note (3): O3 8-h > 800: the O3 1-h sub-index is reported instead */
	{ECO_O3_8H, ECO_PERIOD_8H, UG, hj_o3_8h, NROWS(hj_o3_8h),
	ECO_ABOVE_SUBSTITUTE, 0, ECO_O3_1H, ECO_PERIOD_1H},
	{ECO_PM25, ECO_PERIOD_24H, UG, hj2012_pm25_24h, NROWS(hj2012_pm25_24h), CAP}
};

/*
 * HJ 633-2026 Table 3.  Identical to 2012 except PM10 and PM2.5 at IAQI 100
 * (120 and 60 ug/m3) and notes b and c.  Concentrations are rounded first
 * (§4.2.2-4.2.3): integers in ug/m3, CO to 0.1 mg/m3.
 */
static const EcoAqiSegment hj2026_pm10_24h[] = {
	ROW(0, 50, 0, 50), ROW(50, 120, 50, 100), ROW(120, 250, 100, 150),
	ROW(250, 350, 150, 200), ROW(350, 420, 200, 300),
	ROW(420, 500, 300, 400), ROW(500, 600, 400, 500)
};
static const EcoAqiSegment hj2026_pm25_24h[] = {
	ROW(0, 35, 0, 50), ROW(35, 60, 50, 100), ROW(60, 115, 100, 150),
	ROW(115, 150, 150, 200), ROW(150, 250, 200, 300),
	ROW(250, 350, 300, 400), ROW(350, 500, 400, 500)
};

static const EcoAqiColumn hj2026_columns[] = {
	{ECO_SO2, ECO_PERIOD_24H, UG, hj2012_so2_24h, NROWS(hj2012_so2_24h), CAP},
	/* note b: SO2 1-h > 800: IAQI counted as 200 */
	{ECO_SO2, ECO_PERIOD_1H, UG, hj_so2_1h, NROWS(hj_so2_1h),
	ECO_ABOVE_FIXED, 200, ECO_SO2, 0},
	{ECO_NO2, ECO_PERIOD_24H, UG, hj_no2_24h, NROWS(hj_no2_24h), CAP},
	{ECO_NO2, ECO_PERIOD_1H, UG, hj_no2_1h, NROWS(hj_no2_1h), CAP},
	{ECO_PM10, ECO_PERIOD_24H, UG, hj2026_pm10_24h, NROWS(hj2026_pm10_24h), CAP},
	{ECO_CO, ECO_PERIOD_24H, CO_STEP, hj_co_24h, NROWS(hj_co_24h), CAP},
	{ECO_CO, ECO_PERIOD_1H, CO_STEP, hj_co_1h, NROWS(hj_co_1h), CAP},
	{ECO_O3_1H, ECO_PERIOD_1H, UG, hj_o3_1h, NROWS(hj_o3_1h), CAP},
	/* note c: O3 8-h > 800: IAQI counted as 300 */
	{ECO_O3_8H, ECO_PERIOD_8H, UG, hj_o3_8h, NROWS(hj_o3_8h),
	ECO_ABOVE_FIXED, 300, ECO_SO2, 0},
	{ECO_PM25, ECO_PERIOD_24H, UG, hj2026_pm25_24h, NROWS(hj2026_pm25_24h), CAP}
};

/*
 * US EPA AQI, 40 CFR 58 Appendix G Table 2 as revised by 89 FR 16202
 * (2024-03-06), TAD EPA-454/B-24-002 Table 6.  O3 and CO in ppm, SO2 and NO2
 * in ppb, PM in ug/m3.  Rows are disjoint at the truncation step; one
 * Hazardous row 301-500 since 2024.
 */
static const EcoAqiSegment us_o3_8h[] = {
	ROW(0.000, 0.054, 0, 50), ROW(0.055, 0.070, 51, 100),
	ROW(0.071, 0.085, 101, 150), ROW(0.086, 0.105, 151, 200),
	ROW(0.106, 0.200, 201, 300)
};
/* 1-h O3 defines no index below 0.125 ppm (101) */
static const EcoAqiSegment us_o3_1h[] = {
	ROW(0.125, 0.164, 101, 150), ROW(0.165, 0.204, 151, 200),
	ROW(0.205, 0.404, 201, 300), ROW(0.405, 0.604, 301, 500)
};
static const EcoAqiSegment us_pm25_24h[] = {
	ROW(0.0, 9.0, 0, 50), ROW(9.1, 35.4, 51, 100), ROW(35.5, 55.4, 101, 150),
	ROW(55.5, 125.4, 151, 200), ROW(125.5, 225.4, 201, 300),
	ROW(225.5, 325.4, 301, 500)
};
static const EcoAqiSegment us_pm10_24h[] = {
	ROW(0, 54, 0, 50), ROW(55, 154, 51, 100), ROW(155, 254, 101, 150),
	ROW(255, 354, 151, 200), ROW(355, 424, 201, 300), ROW(425, 604, 301, 500)
};
static const EcoAqiSegment us_co_8h[] = {
	ROW(0.0, 4.4, 0, 50), ROW(4.5, 9.4, 51, 100), ROW(9.5, 12.4, 101, 150),
	ROW(12.5, 15.4, 151, 200), ROW(15.5, 30.4, 201, 300),
	ROW(30.5, 50.4, 301, 500)
};
/* 1-h SO2 defines the index only up to 200 (304 ppb) */
static const EcoAqiSegment us_so2_1h[] = {
	ROW(0, 35, 0, 50), ROW(36, 75, 51, 100), ROW(76, 185, 101, 150),
	ROW(186, 304, 151, 200)
};
/* index values above 200 come from 24-h SO2 */
static const EcoAqiSegment us_so2_24h[] = {
	ROW(305, 604, 201, 300), ROW(605, 1004, 301, 500)
};
static const EcoAqiSegment us_no2_1h[] = {
	ROW(0, 53, 0, 50), ROW(54, 100, 51, 100), ROW(101, 360, 101, 150),
	ROW(361, 649, 151, 200), ROW(650, 1249, 201, 300),
	ROW(1250, 2049, 301, 500)
};

static const EcoAqiColumn us2024_columns[] = {
	/* 8-h O3 defines no index above 300: the 1-h table is used (floor 300) */
	{ECO_O3_8H, ECO_PERIOD_8H, ECO_FIXED_SCALE / 1000, us_o3_8h, NROWS(us_o3_8h),
	ECO_ABOVE_SUBSTITUTE, 300, ECO_O3_1H, ECO_PERIOD_1H},
	{ECO_O3_1H, ECO_PERIOD_1H, ECO_FIXED_SCALE / 1000, us_o3_1h, NROWS(us_o3_1h), CAP},
	{ECO_PM25, ECO_PERIOD_24H, ECO_FIXED_SCALE / 10, us_pm25_24h, NROWS(us_pm25_24h), CAP},
	{ECO_PM10, ECO_PERIOD_24H, UG, us_pm10_24h, NROWS(us_pm10_24h), CAP},
	{ECO_CO, ECO_PERIOD_8H, CO_STEP, us_co_8h, NROWS(us_co_8h), CAP},
	/* 1-h SO2 >= 305 ppb: 24-h SO2 gives the index, at least 200 */
	{ECO_SO2, ECO_PERIOD_1H, UG, us_so2_1h, NROWS(us_so2_1h),
	ECO_ABOVE_SUBSTITUTE, 200, ECO_SO2, ECO_PERIOD_24H},
	{ECO_SO2, ECO_PERIOD_24H, UG, us_so2_24h, NROWS(us_so2_24h), CAP},
	{ECO_NO2, ECO_PERIOD_1H, UG, us_no2_1h, NROWS(us_no2_1h), CAP}
};

#define P1 ECO_PERIOD_1H
#define P8 ECO_PERIOD_8H
#define P24 ECO_PERIOD_24H
#define IND ECO_SLOT_INDICATOR
#define REJ ECO_SLOT_REJECTED
#define SUB ECO_SLOT_SUBSTITUTE
#define OPT ECO_SLOT_OPTIONAL

/* the standards' names: their stored name and the standard argument's table */
#define HJ633_2012_NAME "hj633-2012"
#define HJ633_2026_NAME "hj633-2026"
#define US_EPA_2024_NAME "us-epa-2024"
#define EEA_2024_NAME "eea-2024"
#define EEA_2021_NAME "eea-2021"
#define UK_DAQI_NAME "uk-daqi"

/* the 0..500 scales have no per-level labels (see EcoAqiStandard) */
#define NOT_BANDED 0, {NULL}, {NULL}, {NULL}, false

/* HJ 633 Table 2 / Appendix A: levels, categories, colours */
#define HJ_CATEGORIES \
	{50, 100, 150, 200, 300}, \
	{"优", "良", "轻度污染", "中度污染", "重度污染", "严重污染"}, \
	{"Excellent", "Good", "Lightly Polluted", "Moderately Polluted", \
	 "Heavily Polluted", "Severely Polluted"}, \
	{"#00E400", "#FFFF00", "#FF7E00", "#FF0000", "#99004C", "#7E0023"}

static const EcoAqiStandard hj633_2012 = {
	ECO_HJ633_2012, HJ633_2012_NAME, "HJ 633-2012",
	hj2012_columns, NROWS(hj2012_columns),
	ECO_CONC_AS_GIVEN, ECO_INDEX_CEIL,
	true,						/* national practice since 2014-01-01 */
	0,							/* Table 2: 0-50 */
	50,							/* §3.3: primary pollutant when AQI > 50 */
	100,						/* §3.4: exceeding = IAQI > 100 */
	false,
	/* default periods: SO2 NO2 PM10 CO O3_8h PM2.5 O3_1h */
	{P24, P24, P24, P24, P8, P24, P1},
	/* §5 daily report: 7 indicators (O3 daily max 1-h included) */
	{{IND, ECO_SO2, P24}, {IND, ECO_NO2, P24}, {IND, ECO_PM10, P24},
	 {IND, ECO_CO, P24}, {IND, ECO_O3_8H, P8}, {IND, ECO_PM25, P24},
	 {IND, ECO_O3_1H, P1}, {REJ, ECO_SO2, P24}},
	/* §5 real-time report: 9 indicators; SO2 24-h only for note (2) */
	{{IND, ECO_SO2, P1}, {IND, ECO_NO2, P1}, {IND, ECO_PM10, P1},
	 {IND, ECO_CO, P1}, {IND, ECO_O3_1H, P1}, {IND, ECO_PM25, P1},
	 {IND, ECO_O3_8H, P8}, {IND, ECO_PM10, P24}, {IND, ECO_PM25, P24},
	 {SUB, ECO_SO2, P24}},
	true,
	HJ_CATEGORIES,
	NOT_BANDED
};

static const EcoAqiStandard hj633_2026 = {
	ECO_HJ633_2026, HJ633_2026_NAME, "HJ 633-2026",
	hj2026_columns, NROWS(hj2026_columns),
	ECO_CONC_ROUND_HALF_EVEN, ECO_INDEX_CEIL,
	true,						/* formula (1): PM 1-h on the daily columns */
	1,							/* §4.1.1: AQI 1-500 */
	50,							/* §4.3.1 */
	-1,							/* exceeding pollutants deleted (foreword) */
	true,						/* §5.3 */
	{P24, P24, P24, P24, P8, P24, P1},
	/* §4.2.2 daily report: 6 indicators, no O3 1-h */
	{{IND, ECO_SO2, P24}, {IND, ECO_NO2, P24}, {IND, ECO_PM10, P24},
	 {IND, ECO_CO, P24}, {IND, ECO_O3_8H, P8}, {IND, ECO_PM25, P24},
	 {REJ, ECO_O3_1H, P1}, {REJ, ECO_SO2, P24}},
	/* §4.2.3 real-time report: the six 1-h means only */
	{{IND, ECO_SO2, P1}, {IND, ECO_NO2, P1}, {IND, ECO_PM10, P1},
	 {IND, ECO_CO, P1}, {IND, ECO_O3_1H, P1}, {IND, ECO_PM25, P1},
	 {REJ, ECO_O3_8H, P8}, {REJ, ECO_PM10, P24}, {REJ, ECO_PM25, P24},
	 {REJ, ECO_SO2, P24}},
	true,
	HJ_CATEGORIES,
	NOT_BANDED
};

static const EcoAqiStandard us_epa_2024 = {
	ECO_US_EPA_2024, US_EPA_2024_NAME, "US EPA AQI (2024)",
	us2024_columns, NROWS(us2024_columns),
	ECO_CONC_TRUNCATE, ECO_INDEX_HALF_UP,
	false,						/* hourly PM is the NowCast, on the 24-h table */
	0,
	0,							/* the main pollutant of any AQI > 0 */
	-1,
	false,
	/* TAD: PM 24-h, O3 8-h, CO 8-h, SO2 1-h, NO2 1-h */
	{P1, P1, P24, P8, P8, P24, P1},
	/* daily AQI: O3 1-h optional (the higher index is reported), SO2 24-h
	 * only above 304 ppb 1-h */
	{{IND, ECO_SO2, P1}, {IND, ECO_NO2, P1}, {IND, ECO_PM10, P24},
	 {IND, ECO_CO, P8}, {IND, ECO_O3_8H, P8}, {IND, ECO_PM25, P24},
	 {OPT, ECO_O3_1H, P1}, {SUB, ECO_SO2, P24}},
	/*
	 * hourly (AirNow): pm10, pm25 are NowCast concentrations, read on the
	 * 24-h table; o3_8h the ozone NowCast (or an 8-h mean), with 1-h O3
	 * optional as in the daily AQI; SO2 and NO2 are 1-h values.  CO (an 8-h
	 * indicator) and the 24-h PM means are not inputs.
	 */
	{{IND, ECO_SO2, P1}, {IND, ECO_NO2, P1}, {IND, ECO_PM10, P24},
	 {REJ, ECO_CO, P1}, {OPT, ECO_O3_1H, P1}, {IND, ECO_PM25, P24},
	 {IND, ECO_O3_8H, P8}, {REJ, ECO_PM10, P24}, {REJ, ECO_PM25, P24},
	 {SUB, ECO_SO2, P24}},
	true,
	/* TAD Table 3: the same index bounds as HJ 633 Table 2 */
	{50, 100, 150, 200, 300},
	/* Chinese names: the translation used by US diplomatic posts in China */
	{"好", "中等", "对敏感人群不健康", "不健康", "非常不健康", "危险"},
	{"Good", "Moderate", "Unhealthy for Sensitive Groups", "Unhealthy",
	 "Very Unhealthy", "Hazardous"},
	{"#00E400", "#FFFF00", "#FF7E00", "#FF0000", "#8F3F97", "#7E0023"},
	NOT_BANDED
};

/*
 * The banded indices.  A row is a band "c_lo..c_hi -> level": the index is
 * the level of the first band whose c_hi is not below the concentration,
 * and above the last row the top level (ECO_ABOVE_FIXED).  Concentrations
 * are read as given (no rounding).  The rows of the banded columns only
 * name a level (i_lo = i_hi), so aqi.c's interpolation returns it as is.
 */
#define BAND(c_lo, c_hi, level) ROW(c_lo, c_hi, level, level)
#define TOP(level) ECO_ABOVE_FIXED, (level), ECO_SO2, 0

/*
 * European Air Quality Index, bands of 2024 (aligned with the WHO 2021
 * guidelines): hourly concentrations of all five pollutants, ug/m3
 * (reference aqi-international.md §2.1).  "0-5, 5-15, ...": which side of
 * an edge is inclusive is not confirmed; ecoinsp puts the edge in the lower
 * (better) band, as the bands read "up to 5" (docs/realtime.md).
 */
static const EcoAqiSegment eea2024_pm25[] = {
	BAND(0, 5, 1), BAND(5, 15, 2), BAND(15, 50, 3), BAND(50, 90, 4), BAND(90, 140, 5)
};
static const EcoAqiSegment eea2024_pm10[] = {
	BAND(0, 15, 1), BAND(15, 45, 2), BAND(45, 120, 3), BAND(120, 195, 4), BAND(195, 270, 5)
};
static const EcoAqiSegment eea2024_no2[] = {
	BAND(0, 10, 1), BAND(10, 25, 2), BAND(25, 60, 3), BAND(60, 100, 4), BAND(100, 150, 5)
};
static const EcoAqiSegment eea2024_o3[] = {
	BAND(0, 60, 1), BAND(60, 100, 2), BAND(100, 120, 3), BAND(120, 160, 4), BAND(160, 180, 5)
};
static const EcoAqiSegment eea2024_so2[] = {
	BAND(0, 20, 1), BAND(20, 40, 2), BAND(40, 125, 3), BAND(125, 190, 4), BAND(190, 275, 5)
};

static const EcoAqiColumn eea2024_columns[] = {
	{ECO_PM25, ECO_PERIOD_1H, UG, eea2024_pm25, NROWS(eea2024_pm25), TOP(6)},
	{ECO_PM10, ECO_PERIOD_1H, UG, eea2024_pm10, NROWS(eea2024_pm10), TOP(6)},
	{ECO_NO2, ECO_PERIOD_1H, UG, eea2024_no2, NROWS(eea2024_no2), TOP(6)},
	{ECO_O3_1H, ECO_PERIOD_1H, UG, eea2024_o3, NROWS(eea2024_o3), TOP(6)},
	{ECO_SO2, ECO_PERIOD_1H, UG, eea2024_so2, NROWS(eea2024_so2), TOP(6)}
};

/*
 * The previous European bands (about 2020-2023, reference §2.2): PM as
 * 24-hour running means, gases hourly.  The table's top band has an upper
 * end (PM2.5 75-800, ...); a value above it is still Extremely poor.
 */
static const EcoAqiSegment eea2021_pm25[] = {
	BAND(0, 10, 1), BAND(10, 20, 2), BAND(20, 25, 3), BAND(25, 50, 4), BAND(50, 75, 5),
	BAND(75, 800, 6)
};
static const EcoAqiSegment eea2021_pm10[] = {
	BAND(0, 20, 1), BAND(20, 40, 2), BAND(40, 50, 3), BAND(50, 100, 4), BAND(100, 150, 5),
	BAND(150, 1200, 6)
};
static const EcoAqiSegment eea2021_no2[] = {
	BAND(0, 40, 1), BAND(40, 90, 2), BAND(90, 120, 3), BAND(120, 230, 4), BAND(230, 340, 5),
	BAND(340, 1000, 6)
};
static const EcoAqiSegment eea2021_o3[] = {
	BAND(0, 50, 1), BAND(50, 100, 2), BAND(100, 130, 3), BAND(130, 240, 4), BAND(240, 380, 5),
	BAND(380, 800, 6)
};
static const EcoAqiSegment eea2021_so2[] = {
	BAND(0, 100, 1), BAND(100, 200, 2), BAND(200, 350, 3), BAND(350, 500, 4), BAND(500, 750, 5),
	BAND(750, 1250, 6)
};

static const EcoAqiColumn eea2021_columns[] = {
	{ECO_PM25, ECO_PERIOD_24H, UG, eea2021_pm25, NROWS(eea2021_pm25), TOP(6)},
	{ECO_PM10, ECO_PERIOD_24H, UG, eea2021_pm10, NROWS(eea2021_pm10), TOP(6)},
	{ECO_NO2, ECO_PERIOD_1H, UG, eea2021_no2, NROWS(eea2021_no2), TOP(6)},
	{ECO_O3_1H, ECO_PERIOD_1H, UG, eea2021_o3, NROWS(eea2021_o3), TOP(6)},
	{ECO_SO2, ECO_PERIOD_1H, UG, eea2021_so2, NROWS(eea2021_so2), TOP(6)}
};

/*
 * UK Daily Air Quality Index (Defra/COMEAP, thresholds of April 2013,
 * reference §3), ug/m3.  The bands are printed "0-67, 68-134, ...": a value
 * between two bands (67.5) belongs to the higher one, the first whose upper
 * edge is not below it.  Two columns are not confirmed by two sources:
 * PM2.5 index 5 ends at 47 here (the code source; a second page has 46)
 * and SO2 follows the code source (0-88, 89-177, 178-266, ...; the second
 * page is one lower from index 2 on).
 */
static const EcoAqiSegment daqi_no2_1h[] = {
	BAND(0, 67, 1), BAND(68, 134, 2), BAND(135, 200, 3), BAND(201, 267, 4),
	BAND(268, 334, 5), BAND(335, 400, 6), BAND(401, 467, 7), BAND(468, 534, 8),
	BAND(535, 600, 9)
};
static const EcoAqiSegment daqi_o3_8h[] = {
	BAND(0, 33, 1), BAND(34, 66, 2), BAND(67, 100, 3), BAND(101, 120, 4),
	BAND(121, 140, 5), BAND(141, 160, 6), BAND(161, 187, 7), BAND(188, 213, 8),
	BAND(214, 240, 9)
};
static const EcoAqiSegment daqi_pm25_24h[] = {
	BAND(0, 11, 1), BAND(12, 23, 2), BAND(24, 35, 3), BAND(36, 41, 4),
	BAND(42, 47, 5), BAND(48, 53, 6), BAND(54, 58, 7), BAND(59, 64, 8),
	BAND(65, 70, 9)
};
static const EcoAqiSegment daqi_pm10_24h[] = {
	BAND(0, 16, 1), BAND(17, 33, 2), BAND(34, 50, 3), BAND(51, 58, 4),
	BAND(59, 66, 5), BAND(67, 75, 6), BAND(76, 83, 7), BAND(84, 91, 8),
	BAND(92, 100, 9)
};
static const EcoAqiSegment daqi_so2_15min[] = {
	BAND(0, 88, 1), BAND(89, 177, 2), BAND(178, 266, 3), BAND(267, 354, 4),
	BAND(355, 443, 5), BAND(444, 532, 6), BAND(533, 710, 7), BAND(711, 887, 8),
	BAND(888, 1064, 9)
};

static const EcoAqiColumn daqi_columns[] = {
	{ECO_NO2, ECO_PERIOD_1H, UG, daqi_no2_1h, NROWS(daqi_no2_1h), TOP(10)},
	{ECO_O3_8H, ECO_PERIOD_8H, UG, daqi_o3_8h, NROWS(daqi_o3_8h), TOP(10)},
	{ECO_PM25, ECO_PERIOD_24H, UG, daqi_pm25_24h, NROWS(daqi_pm25_24h), TOP(10)},
	{ECO_PM10, ECO_PERIOD_24H, UG, daqi_pm10_24h, NROWS(daqi_pm10_24h), TOP(10)},
	{ECO_SO2, ECO_PERIOD_15MIN, UG, daqi_so2_15min, NROWS(daqi_so2_15min), TOP(10)}
};

/* a banded standard: everything after the columns but its periods, slots and labels */
#define BANDED_RULES \
	ECO_CONC_AS_GIVEN, ECO_INDEX_CEIL, \
	false,						/* no PM 1-h substitution */ \
	1,							/* levels start at 1 */ \
	0,							/* the worst pollutant is named at every level */ \
	-1,							/* no exceeding pollutants */ \
	false

/* no daily report: the indices are computed hourly from running means */
#define NO_DAILY_SLOTS \
	{{REJ, ECO_SO2, P24}, {REJ, ECO_NO2, P24}, {REJ, ECO_PM10, P24}, \
	 {REJ, ECO_CO, P24}, {REJ, ECO_O3_8H, P8}, {REJ, ECO_PM25, P24}, \
	 {REJ, ECO_O3_1H, P1}, {REJ, ECO_SO2, P24}}

/*
 * EEA labels; the colours are those of the EEA viewer as widely reproduced
 * (not confirmed by the reference, §2.1).
 */
#define EEA_LEVELS \
	6, \
	{"好", "一般", "中等", "差", "很差", "极差"}, \
	{"Good", "Fair", "Moderate", "Poor", "Very poor", "Extremely poor"}, \
	{"#50F0E6", "#50CCAA", "#F0E641", "#FF5050", "#960032", "#7D2181"}, \
	true

static const EcoAqiStandard eea_2024 = {
	ECO_EEA_2024, EEA_2024_NAME, "European AQI (EEA, 2024 bands)",
	eea2024_columns, NROWS(eea2024_columns),
	BANDED_RULES,
	/* SO2 NO2 PM10 CO O3 PM2.5 O3_1h: all hourly */
	{P1, P1, P1, P1, P1, P1, P1},
	NO_DAILY_SLOTS,
	/* hourly: the five 1-h means */
	{{IND, ECO_SO2, P1}, {IND, ECO_NO2, P1}, {IND, ECO_PM10, P1},
	 {REJ, ECO_CO, P1}, {IND, ECO_O3_1H, P1}, {IND, ECO_PM25, P1},
	 {REJ, ECO_O3_8H, P8}, {REJ, ECO_PM10, P24}, {REJ, ECO_PM25, P24},
	 {REJ, ECO_SO2, P24}},
	true,
	{0},						/* no 0..500 levels: a band is its own level */
	{NULL}, {NULL}, {NULL},
	EEA_LEVELS
};

static const EcoAqiStandard eea_2021 = {
	ECO_EEA_2021, EEA_2021_NAME, "European AQI (EEA, previous bands)",
	eea2021_columns, NROWS(eea2021_columns),
	BANDED_RULES,
	/* PM 24-h running means, gases hourly */
	{P1, P1, P24, P1, P1, P24, P1},
	NO_DAILY_SLOTS,
	{{IND, ECO_SO2, P1}, {IND, ECO_NO2, P1}, {REJ, ECO_PM10, P1},
	 {REJ, ECO_CO, P1}, {IND, ECO_O3_1H, P1}, {REJ, ECO_PM25, P1},
	 {REJ, ECO_O3_8H, P8}, {IND, ECO_PM10, P24}, {IND, ECO_PM25, P24},
	 {REJ, ECO_SO2, P24}},
	true,
	{0},						/* no 0..500 levels: a band is its own level */
	{NULL}, {NULL}, {NULL},
	EEA_LEVELS
};

/*
 * DAQI: the index itself is the level (1..10), in four bands; the colours
 * are those of Defra's UK-AIR index table (green, yellow/amber, red, purple
 * families as the 2025 guidance describes them; exact values not confirmed
 * by the reference, §3).
 */
static const EcoAqiStandard uk_daqi = {
	ECO_UK_DAQI, UK_DAQI_NAME, "UK DAQI",
	daqi_columns, NROWS(daqi_columns),
	BANDED_RULES,
	/* SO2 15-min, NO2 1-h, PM 24-h, O3 running 8-h */
	{ECO_PERIOD_15MIN, P1, P24, P1, P8, P24, P1},
	NO_DAILY_SLOTS,
	/* so2: the 15-min mean; o3_8h: the running 8-h mean; PM 24-h means */
	{{IND, ECO_SO2, ECO_PERIOD_15MIN}, {IND, ECO_NO2, P1}, {REJ, ECO_PM10, P1},
	 {REJ, ECO_CO, P1}, {REJ, ECO_O3_1H, P1}, {REJ, ECO_PM25, P1},
	 {IND, ECO_O3_8H, P8}, {IND, ECO_PM10, P24}, {IND, ECO_PM25, P24},
	 {REJ, ECO_SO2, P24}},
	true,
	{0},						/* no 0..500 levels: a band is its own level */
	{NULL}, {NULL}, {NULL},
	10,
	{"低", "低", "低", "中", "中", "中", "高", "高", "高", "很高"},
	{"Low", "Low", "Low", "Moderate", "Moderate", "Moderate", "High", "High", "High",
	 "Very High"},
	{"#9CFF9C", "#31FF00", "#31CF00", "#FFFF00", "#FFCF00", "#FF9A00", "#FF6464",
	 "#FF0000", "#990000", "#CE30FF"},
	true
};

const EcoAqiStandard *const eco_aqi_standards[] = {
	&hj633_2012, &hj633_2026, &us_epa_2024, &eea_2024, &eea_2021, &uk_daqi, NULL
};

static const EcoNameEntry standard_entries[] = {
	ECO_NAME(HJ633_2012_NAME, ECO_HJ633_2012),
	ECO_NAME(HJ633_2026_NAME, ECO_HJ633_2026),
	ECO_NAME(US_EPA_2024_NAME, ECO_US_EPA_2024),
	ECO_NAME(EEA_2024_NAME, ECO_EEA_2024),
	ECO_NAME(EEA_2021_NAME, ECO_EEA_2021),
	ECO_NAME(UK_DAQI_NAME, ECO_UK_DAQI),
	ECO_NAME_END
};

/* the functions' standard argument; its SQL default is hj633-2026 */
const EcoNameTable eco_aqi_standard_names = {
	.thing = "AQI standard", .things = "standards", .entries = standard_entries,
	.note = "; hj633-2026 is the default"
};
