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

/* HJ 633 Table 2 / Appendix A: levels, categories, colours */
#define HJ_CATEGORIES \
	{50, 100, 150, 200, 300}, \
	{"优", "良", "轻度污染", "中度污染", "重度污染", "严重污染"}, \
	{"Excellent", "Good", "Lightly Polluted", "Moderately Polluted", \
	 "Heavily Polluted", "Severely Polluted"}, \
	{"#00E400", "#FFFF00", "#FF7E00", "#FF0000", "#99004C", "#7E0023"}

static const EcoAqiStandard hj633_2012 = {
	ECO_HJ633_2012, "hj633-2012", "HJ 633-2012",
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
	HJ_CATEGORIES
};

static const EcoAqiStandard hj633_2026 = {
	ECO_HJ633_2026, "hj633-2026", "HJ 633-2026",
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
	HJ_CATEGORIES
};

static const EcoAqiStandard us_epa_2024 = {
	ECO_US_EPA_2024, "us-epa-2024", "US EPA AQI (2024)",
	us2024_columns, NROWS(us2024_columns),
	ECO_CONC_TRUNCATE, ECO_INDEX_HALF_UP,
	false,						/* hourly PM is NowCast: not in these tables */
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
	/* hourly: NowCast, not in these tables */
	{{REJ, ECO_SO2, P1}, {REJ, ECO_NO2, P1}, {REJ, ECO_PM10, P1},
	 {REJ, ECO_CO, P1}, {REJ, ECO_O3_1H, P1}, {REJ, ECO_PM25, P1},
	 {REJ, ECO_O3_8H, P8}, {REJ, ECO_PM10, P24}, {REJ, ECO_PM25, P24},
	 {REJ, ECO_SO2, P24}},
	false,
	/* TAD Table 3: the same index bounds as HJ 633 Table 2 */
	{50, 100, 150, 200, 300},
	/* Chinese names: the translation used by US diplomatic posts in China */
	{"好", "中等", "对敏感人群不健康", "不健康", "非常不健康", "危险"},
	{"Good", "Moderate", "Unhealthy for Sensitive Groups", "Unhealthy",
	 "Very Unhealthy", "Hazardous"},
	{"#00E400", "#FFFF00", "#FF7E00", "#FF0000", "#8F3F97", "#7E0023"}
};

const EcoAqiStandard *const eco_aqi_standards[] = {
	&hj633_2012, &hj633_2026, &us_epa_2024, NULL
};
