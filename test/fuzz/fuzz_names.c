/*
 * The text readers of names and classes (water classes, noise grades,
 * pollutants, standards, items, kinds, zones): any bytes are either refused
 * or read as a value whose canonical name reads back as the same value.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "core/aqi.h"
#include "core/noise.h"
#include "core/water.h"

static const char *const seeds[] = {
	"III", "劣V", "劣Ⅴ", "Ⅲ类", "V+", "ii", "一级", "五级", "3", "pm2.5", "PM2_5", "o3_8h",
	"O3-1H", "so2", "hj633-2012", "HJ633-2026", "us-epa-2024", "NH3-N", "氨氮", "CODMn", "TP",
	"总磷", "river", "湖泊", "regional", "道路交通", "night", "昼间", "4a", "4b", NULL
};

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
	EcoNoisePeriod noise_period;
	EcoNoiseZone zone;

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
	(void) eco_water_item_from_name(text, len, &item);
	(void) eco_waterbody_from_name(text, len, &waterbody);
	(void) eco_noise_kind_from_name(text, len, &kind);
	(void) eco_noise_period_from_name(text, len, &noise_period);
	(void) eco_noise_zone_from_name(text, len, &zone);
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
