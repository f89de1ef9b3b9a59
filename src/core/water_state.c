/*
 * The rules of the water aggregates over a group of item rows (see
 * water_state.h): 环办〔2011〕22号 for sections and rivers, GB 3838-2002 §5.1
 * for drinking-water sources, GB/T 14848-2017 §6.3 for groundwater samples.
 */
#include "core/water_state.h"

#include "core/gbt8170.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool
eco_waterbody_merge(int *waterbody, int other)
{
	if (*waterbody == 0)
		*waterbody = other;
	else if (other != 0 && other != *waterbody)
		return false;
	return true;
}

/* ---- the item tables ---- */

static EcoWaterStatus
section_check(int item, double value)
{
	return eco_water_value_check((EcoWaterItem) item, value);
}

static const char *
section_name_zh(int item)
{
	return eco_water_item_name_zh((EcoWaterItem) item);
}

static const char *
table1_range_hint(int item)
{
	(void) item;
	return "A measured value is a finite number from 0 to 1e12.";
}

/* Tables 2 and 3 are compared in μg/L, up to ECO_DW_MAX_EXTRA_VALUE mg/L */
static const char *
dw_range_hint(int item)
{
	return item < ECO_DW_FIRST_EXTRA ? table1_range_hint(item)
		: "A measured value of a Table 2 or 3 item is a finite number from 0 to 1e9 mg/L.";
}

/* worst class first, then the largest multiple, then the order of Table 1 */
static int
exceeding_cmp(const void *a, const void *b)
{
	const EcoItemVerdict *x = a;
	const EcoItemVerdict *y = b;

	if (x->water_class != y->water_class)
		return y->water_class - x->water_class;
	if (x->multiple != y->multiple)
		return y->multiple > x->multiple ? 1 : -1;
	return x->item - y->item;
}

/* items without a multiple (pH, 溶解氧) first, then the largest multiple, then the tables' order */
static int
failure_cmp(const void *a, const void *b)
{
	const EcoItemVerdict *x = a;
	const EcoItemVerdict *y = b;

	if (x->multiple != y->multiple)
		return (x->multiple < 0) ? -1 : (y->multiple < 0) ? 1 : (y->multiple > x->multiple ? 1 : -1);
	return x->item - y->item;
}

const EcoItemTable eco_section_items = {
	ECO_N_WATER_ITEMS, "a section", section_check, section_name_zh, table1_range_hint, exceeding_cmp
};

const EcoItemTable eco_dw_items = {
	ECO_DW_N_ITEMS, "a drinking-water source", eco_dw_value_check, eco_dw_item_name_zh, dw_range_hint,
	failure_cmp
};

bool
eco_item_mean(const EcoXsum *sum, int64_t count, double *mean)
{
	double		total;

	if (count <= 0 || !eco_xs_to_double(sum, &total))
		return false;
	*mean = total / (double) count;
	return true;
}

/*
 * A Table 1 item's mean judged as 《评价办法》 judges it: false when the
 * item is not evaluated (水温, 总氮, 粪大肠菌群) or has no class; else its
 * class and, above class III, its multiple (-1 for pH and 溶解氧).
 */
static bool
table1_verdict(int item, int waterbody, double mean, EcoItemVerdict *v)
{
	v->item = item;
	v->multiple = -1;
	if (!eco_water_item_evaluated((EcoWaterItem) item) ||
		eco_water_item_class((EcoWaterItem) item, (EcoWaterbody) waterbody, mean,
							 &v->water_class) != ECO_WATER_OK)
		return false;
	if (!eco_water_exceedance((EcoWaterItem) item, (EcoWaterbody) waterbody, mean, &v->multiple))
		v->multiple = -1;
	return true;
}

void
eco_means_judge(const EcoItemTable *items, int waterbody, const int64_t *count,
				const EcoXsum *sum, EcoMeansVerdict *verdict)
{
	int			i;

	memset(verdict, 0, sizeof(*verdict));
	for (i = 0; i < items->n_items; i++)
	{
		EcoItemVerdict v;
		double		mean;

		if (i < ECO_N_WATER_ITEMS)
			verdict->required += eco_water_item_evaluated((EcoWaterItem) i);
		if (!eco_item_mean(&sum[i], count[i], &mean))
			continue;
		if (i < ECO_N_WATER_ITEMS)
		{
			if (!table1_verdict(i, waterbody, mean, &v))
				continue;
			verdict->judged++;
			if (v.water_class > verdict->worst)
				verdict->worst = v.water_class;
			if (v.water_class <= ECO_WATER_CLASS_III)
				continue;
		}
		else
		{
			/* Tables 2-3: against the limit, no class */
			verdict->judged++;
			v.item = i;
			v.water_class = 0;
			if (eco_dw_extra_within(i, mean, &v.multiple))
				continue;
		}
		verdict->exceeding[verdict->nexceeding++] = v;
	}
	qsort(verdict->exceeding, (size_t) verdict->nexceeding, sizeof(EcoItemVerdict),
		  items->exceeding_order);
}

/* ---- sections ---- */

size_t
eco_section_exceeding_text(const EcoMeansVerdict *verdict, char *buf)
{
	size_t		len = 0;
	int			i;

	buf[0] = '\0';
	for (i = 0; i < verdict->nexceeding; i++)
	{
		const EcoItemVerdict *v = &verdict->exceeding[i];
		const char *sep = i > 0 ? "、" : "";
		const char *name = eco_water_item_name_zh((EcoWaterItem) v->item);
		size_t		room = ECO_WATER_TEXT_MAX - len;
		int			n = v->multiple >= 0
			? snprintf(buf + len, room, "%s%s(%.1f)", sep, name, eco_round_gb8170(v->multiple, 1))
			: snprintf(buf + len, room, "%s%s", sep, name);

		if (n > 0 && (size_t) n < room)
			len += (size_t) n;
		buf[len] = '\0';
	}
	return len;
}

/* ---- drinking-water sources ---- */

size_t
eco_dw_failure_label(const EcoItemVerdict *failure, char *buf)
{
	const char *name = eco_dw_item_name_zh(failure->item);
	int			n;

	if (failure->multiple < 0)
		n = snprintf(buf, ECO_WATER_LABEL_MAX, "%s", name);
	else
		n = snprintf(buf, ECO_WATER_LABEL_MAX, "%s(%.2f)", name, eco_round_gb8170(failure->multiple, 2));
	return n < ECO_WATER_LABEL_MAX ? (size_t) n : ECO_WATER_LABEL_MAX - 1;
}

/* ---- main_pollution_items ---- */

int
eco_main_items_invalid(const int64_t *counts)
{
	int			i;

	for (i = 0; i < ECO_N_WATER_ITEMS; i++)
		/* 0 <= above III <= sections */
		if (counts[ECO_N_WATER_ITEMS + i] < 0 || counts[ECO_N_WATER_ITEMS + i] > counts[i])
			return i;
	return -1;
}

void
eco_main_items_add(int64_t *counts, EcoWaterItem item, EcoWaterbody waterbody, double value)
{
	int			water_class;

	if (!eco_water_item_evaluated(item) ||
		eco_water_item_class(item, waterbody, value, &water_class) != ECO_WATER_OK)
		return;
	counts[item]++;
	if (water_class > ECO_WATER_CLASS_III)
		counts[ECO_N_WATER_ITEMS + item]++;
}

void
eco_main_items_merge(int64_t *counts, const int64_t *other)
{
	int			i;

	for (i = 0; i < ECO_MAIN_ITEMS_STATE_LEN; i++)
		counts[i] += other[i];
}

bool
eco_main_items_text(const int64_t *counts, char *buf)
{
	int64_t		sections = 0;
	int			items[ECO_N_WATER_ITEMS];
	int			n;
	int			i;
	size_t		len = 0;

	buf[0] = '\0';
	for (i = 0; i < ECO_N_WATER_ITEMS; i++)
		if (counts[i] > sections)
			sections = counts[i];
	if (sections < ECO_WATER_MIN_SECTIONS)
		return false;
	n = eco_water_main_items(counts + ECO_N_WATER_ITEMS, items);
	for (i = 0; i < n; i++)
	{
		int64_t		permille = eco_water_share_permille(counts[ECO_N_WATER_ITEMS + items[i]], sections);
		int			w = snprintf(buf + len, ECO_WATER_TEXT_MAX - len, "%s%s(%" PRId64 ".%d%%)",
								 i > 0 ? "、" : "", eco_water_item_name_zh((EcoWaterItem) items[i]),
								 permille / 10, (int) (permille % 10));

		if (w > 0 && (size_t) w < ECO_WATER_TEXT_MAX - len)
			len += (size_t) w;
	}
	return true;
}

/* ---- river and basin status ---- */

bool
eco_water_status_valid(const int64_t counts[3])
{
	return counts[0] >= 0 && counts[1] >= 0 && counts[2] >= 0 && counts[1] + counts[2] <= counts[0];
}

/* 《评价办法》: I~III 类 is 优良, 劣V the worst */
void
eco_water_status_add(int64_t counts[3], int water_class)
{
	counts[0]++;
	if (water_class <= ECO_WATER_CLASS_III)
		counts[1]++;
	else if (water_class == ECO_WATER_CLASS_WORSE_V)
		counts[2]++;
}

void
eco_water_status_merge(int64_t counts[3], const int64_t other[3])
{
	counts[0] += other[0];
	counts[1] += other[1];
	counts[2] += other[2];
}

/* ---- groundwater samples ---- */

void
eco_gw_sample_add(EcoGwSample *sample, int item, double value, bool detected)
{
	int			gw_class = eco_gw_item_class(item, value, detected);

	if (gw_class > sample->worst[item])
		sample->worst[item] = (uint8_t) gw_class;
}

void
eco_gw_sample_merge(EcoGwSample *sample, const EcoGwSample *other)
{
	int			i;

	for (i = 0; i < ECO_GW_N_ITEMS; i++)
		if (other->worst[i] > sample->worst[i])
			sample->worst[i] = other->worst[i];
}

int
eco_gw_sample_class(const EcoGwSample *sample)
{
	int			worst = 0;
	int			i;

	for (i = 0; i < ECO_GW_N_ITEMS; i++)
		if (sample->worst[i] > worst)
			worst = sample->worst[i];
	return worst;
}

int
eco_gw_sample_worst_items(const EcoGwSample *sample, int items[ECO_GW_N_ITEMS])
{
	int			worst = eco_gw_sample_class(sample);
	int			n = 0;
	int			i;

	if (worst == 0)
		return 0;
	for (i = 0; i < ECO_GW_N_ITEMS; i++)
		if (sample->worst[i] == worst)
			items[n++] = i;
	return n;
}

size_t
eco_gw_sample_write(const EcoGwSample *sample, uint8_t *buf)
{
	buf[0] = ECO_GW_SAMPLE_FORMAT_VERSION;
	buf[1] = ECO_GW_N_ITEMS;
	memcpy(buf + 2, sample->worst, ECO_GW_N_ITEMS);
	return ECO_GW_SAMPLE_STORED_SIZE;
}

int
eco_gw_sample_read(EcoGwSample *sample, const uint8_t *buf, size_t len)
{
	int			i;

	if (len < ECO_GW_SAMPLE_STORED_SIZE ||
		buf[0] != ECO_GW_SAMPLE_FORMAT_VERSION || buf[1] != ECO_GW_N_ITEMS)
		return 0;
	for (i = 0; i < ECO_GW_N_ITEMS; i++)
	{
		if (buf[2 + i] > ECO_GW_CLASS_V)
			return -1 - i;
		sample->worst[i] = buf[2 + i];
	}
	return ECO_GW_SAMPLE_STORED_SIZE;
}
