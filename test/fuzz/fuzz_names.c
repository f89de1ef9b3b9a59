/*
 * The text readers of names and classes (water classes, noise grades,
 * pollutants, standards, items, kinds, zones): any bytes are either refused
 * or read as a value whose canonical name reads back as the same value.
 * The lab-reading reader (non-detects) refuses or reads a finite value in
 * range.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "core/air_summary.h"
#include "core/aqi.h"
#include "core/drinking_water.h"
#include "core/groundwater.h"
#include "core/hourly.h"
#include "core/names.h"
#include "core/noise.h"
#include "core/nondetect.h"
#include "core/water.h"
#include "core/nowcast.h"

static const char *const seeds[] = {
	"III", "劣V", "劣Ⅴ", "Ⅲ类", "V+", "ii", "一级", "五级", "3", "pm2.5", "PM2_5", "o3_8h",
	"O3-1H", "so2", "hj633-2012", "HJ633-2026", "us-epa-2024", "NH3-N", "氨氮", "CODMn", "TP",
	"总磷", "化学需氧量（COD）", "BOD₅", "总氮（湖、库，以N计）", "高锰酸盐指数(CODMn)", "总砷",
	"耗氧量（CODMn法，以O2计）", "0.01L", "<0.01", "＜0.5", "ND", "未检出", "1e-3 L", "river", "湖泊", "regional", "道路交通", "night", "昼间", "4a", "4b", "4a类", "start", " End ", "15min", "o3-2016",
	"half_limit", "zh", "E-N", "all", "gb3095-2026-final", "24h", "exceedance", NULL
};

/* the name tables of the name arguments */
static const EcoNameTable *const tables[] = {
	&eco_pollutant_names, &eco_period_names, &eco_aqi_standard_names, &eco_hour_label_names,
	&eco_nowcast_names, &eco_nd_convention_names, &eco_noise_kind_names,
	&eco_noise_period_names, &eco_noise_zone_names, &eco_lang_names, &eco_air_pollutant_names,
	&eco_air_pollutant_or_all_names, &eco_gb3095_names, &eco_air_statistic_names,
	&eco_air_basis_names, &eco_air_aqi_rule_names, NULL
};

/*
 * A name the table reads names a value whose listed spelling (where it has
 * one) reads back as the same value.
 */
static void
check_table(const EcoNameTable *table, const char *text, int len)
{
	int			value;
	int			again;
	const char *name;

	if (!eco_name_lookup(table, text, len, &value))
		return;
	name = eco_name_spelling(table, value);
	if (name != NULL &&
		(!eco_name_lookup(table, name, (int) strlen(name), &again) || again != value))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	int			len = (int) (size > 4096 ? 4096 : size);
	int			value;
	EcoPollutant pollutant;
	EcoPeriod	period;
	EcoWaterItem item;
	EcoWaterbody waterbody;
	EcoNoiseKind kind;

	value = eco_water_class_from_text(text, len);
	if (value > 0)
	{
		const char *name = eco_water_class_name(value);

		if (eco_water_class_from_text(name, (int) strlen(name)) != value)
			abort();
	}
	value = eco_noise_grade_from_text(text, len);
	if (value > 0)
	{
		const char *name = eco_noise_grade_name(value);

		if (eco_noise_grade_from_text(name, (int) strlen(name)) != value)
			abort();
	}
	if (eco_pollutant_from_name(text, len, &pollutant, &period))
	{
		const char *name = eco_pollutant_name(pollutant);
		EcoPollutant again;
		EcoPeriod	again_period;

		if (!eco_pollutant_from_name(name, (int) strlen(name), &again, &again_period) ||
			again != pollutant)
			abort();
	}
	(void) eco_aqi_standard(text, len);
	if (eco_water_item_from_name(text, len, &item))
	{
		const char *name = eco_water_item_printed(item);
		EcoWaterItem again;

		if (!eco_water_item_from_name(name, (int) strlen(name), &again) || again != item)
			abort();
	}
	value = eco_dw_item_from_name(text, len);
	if (value >= 0)
	{
		const char *name = eco_dw_item_printed(value);

		if (eco_dw_item_from_name(name, (int) strlen(name)) != value)
			abort();
	}
	value = eco_gw_item_from_name(text, len);
	if (value >= 0)
	{
		const char *name = eco_gw_item_name_zh(value);

		if (eco_gw_item_from_name(name, (int) strlen(name)) != value)
			abort();
	}
	{
		bool		detected;
		bool		has_limit;
		double		reading = -1;

		if (eco_nondetect_read(text, len, &detected, &has_limit, &reading) == ECO_ND_OK &&
			(detected || has_limit) && !(reading >= 0 && reading <= ECO_ND_MAX_VALUE))
			abort();
	}
	(void) eco_waterbody_from_name(text, len, &waterbody);
	(void) eco_noise_kind_from_name(text, len, &kind);
	for (value = 0; tables[value] != NULL; value++)
		check_table(tables[value], text, len);
	return 0;
}

size_t
fuzz_seed(int i, uint8_t *buf)
{
	size_t		n;

	if (seeds[i] == NULL)
		return 0;
	n = strlen(seeds[i]);
	memcpy(buf, seeds[i], n);
	return n;
}
