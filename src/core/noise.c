/*
 * HJ 640-2012 noise grades and GB 3096-2008 zone limits.
 */
#include "core/noise.h"

#include "core/gbt8170.h"
#include "core/names.h"

#include <math.h>
#include <string.h>

/*
 * HJ 640-2012 城市区域环境噪声总体水平等级划分 and 道路交通噪声强度等级划分:
 * upper bounds of grades 一级..四级 in 0.1 dB, inclusive (五级 is above 四级).
 * Regional: the arithmetic mean of grid points S_d / S_n; road traffic: the
 * length-weighted mean of segments L_d / L_n.
 */
static const int noise_grade_upper[2][2][4] = {
	/* 区域环境噪声 */
	{
		/* 昼间 S_d */ {500, 550, 600, 650},
		/* 夜间 S_n */ {400, 450, 500, 550}
	},
	/* 道路交通噪声 */
	{
		/* 昼间 L_d */ {680, 700, 720, 740},
		/* 夜间 L_n */ {580, 600, 620, 640}
	}
};

/* HJ 640-2012: 好, 较好, 一般, 较差, 差 (both kinds) */
static const char *const noise_grade_names[5] = {"一级", "二级", "三级", "四级", "五级"};
static const char *const noise_label_zh[5] = {"好", "较好", "一般", "较差", "差"};
static const char *const noise_label_en[5] = {
	"good", "relatively good", "fair", "relatively poor", "poor"
};

/*
 * GB 3096-2008 Table 1 环境噪声限值, L_Aeq in dB(A): 昼间, 夜间.
 * (4b applies to railway trunk lines approved from 2011-01-01; see the
 * README for the rule on existing lines, GB 3096-2008 §5.)
 */
static const int zone_limit_db[ECO_N_ZONES][2] = {
	/* 0 类 */ {50, 40},
	/* 1 类 */ {55, 45},
	/* 2 类 */ {60, 50},
	/* 3 类 */ {65, 55},
	/* 4a 类 */ {70, 55},
	/* 4b 类 */ {70, 60}
};

bool
eco_noise_level_valid(double level_db)
{
	return isfinite(level_db) && level_db >= ECO_NOISE_MIN_DB && level_db <= ECO_NOISE_MAX_DB;
}

int
eco_noise_decidb(double level_db)
{
	int64_t		fixed;

	(void) eco_fixed_from_double(level_db, &fixed);
	return (int) (eco_fixed_round_half_even(fixed, ECO_FIXED_SCALE / 10) / (ECO_FIXED_SCALE / 10));
}

int
eco_noise_grade(double level_db, EcoNoiseKind kind, EcoNoisePeriod period)
{
	int			decidb = eco_noise_decidb(level_db);
	int			grade;

	for (grade = 1; grade <= 4; grade++)
		if (decidb <= noise_grade_upper[kind][period][grade - 1])
			return grade;
	return 5;
}

const char *
eco_noise_grade_label_zh(int grade)
{
	return noise_label_zh[grade - 1];
}

const char *
eco_noise_grade_label_en(int grade)
{
	return noise_label_en[grade - 1];
}

const char *
eco_noise_grade_name(int grade)
{
	return noise_grade_names[grade - 1];
}

int
eco_noise_zone_limit_db(EcoNoiseZone zone, EcoNoisePeriod period)
{
	return zone_limit_db[zone][period];
}

bool
eco_noise_compliant(double level_db, EcoNoiseZone zone, EcoNoisePeriod period)
{
	return eco_noise_decidb(level_db) <= 10 * zone_limit_db[zone][period];
}

static const EcoNameEntry kind_entries[] = {
	ECO_NAME("regional", ECO_NOISE_REGIONAL),
	ECO_NAME("区域", ECO_NOISE_REGIONAL),
	ECO_NAME_UNLISTED("区域环境噪声", ECO_NOISE_REGIONAL),
	ECO_NAME("road_traffic", ECO_NOISE_ROAD_TRAFFIC),
	ECO_NAME("traffic", ECO_NOISE_ROAD_TRAFFIC),
	ECO_NAME("道路交通", ECO_NOISE_ROAD_TRAFFIC),
	ECO_NAME_UNLISTED("道路交通噪声", ECO_NOISE_ROAD_TRAFFIC),
	ECO_NAME_END
};

const EcoNameTable eco_noise_kind_names = {
	.thing = "noise kind", .things = "kinds", .entries = kind_entries
};

/* GB 3096-2008 §3.1-3.2: day 06:00-22:00, night 22:00-06:00 */
static const EcoNameEntry period_entries[] = {
	ECO_NAME("day", ECO_NOISE_DAY),
	ECO_NAME("昼间", ECO_NOISE_DAY),
	ECO_NAME_UNLISTED("daytime", ECO_NOISE_DAY),
	ECO_NAME_UNLISTED("昼", ECO_NOISE_DAY),
	ECO_NAME("night", ECO_NOISE_NIGHT),
	ECO_NAME("夜间", ECO_NOISE_NIGHT),
	ECO_NAME_UNLISTED("nighttime", ECO_NOISE_NIGHT),
	ECO_NAME_UNLISTED("夜", ECO_NOISE_NIGHT),
	ECO_NAME_END
};

const EcoNameTable eco_noise_period_names = {
	.thing = "period", .things = "periods", .entries = period_entries
};

/* GB 3096-2008 §4: the functional zone classes, also as printed (0类) */
#define ZONE_NAMES(name, zone) ECO_NAME(name, zone), ECO_NAME_UNLISTED(name "类", zone)

static const EcoNameEntry zone_entries[] = {
	ZONE_NAMES("0", ECO_ZONE_0),
	ZONE_NAMES("1", ECO_ZONE_1),
	ZONE_NAMES("2", ECO_ZONE_2),
	ZONE_NAMES("3", ECO_ZONE_3),
	ZONE_NAMES("4a", ECO_ZONE_4A),
	ZONE_NAMES("4b", ECO_ZONE_4B),
	ECO_NAME_END
};

const EcoNameTable eco_noise_zone_names = {
	.thing = "functional zone class", .things = "GB 3096-2008 zone classes",
	.entries = zone_entries
};

bool
eco_noise_kind_from_name(const char *name, int len, EcoNoiseKind *kind)
{
	int			value;

	if (!eco_name_lookup(&eco_noise_kind_names, name, len, &value))
		return false;
	*kind = (EcoNoiseKind) value;
	return true;
}

int
eco_noise_grade_from_text(const char *text, int len)
{
	static const char *const digits[] = {"1", "2", "3", "4", "5", NULL};
	char		trimmed[ECO_NAME_MAX + 1];
	int			start = 0;
	int			end = len;
	int			i;

	while (start < end && (text[start] == ' ' || text[start] == '\t'))
		start++;
	while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
		end--;
	if (end - start > ECO_NAME_MAX)
		return 0;
	for (i = start; i < end; i++)
		trimmed[i - start] = text[i];
	trimmed[end - start] = '\0';
	for (i = 0; i < 5; i++)
		if (strcmp(trimmed, noise_grade_names[i]) == 0 || strcmp(trimmed, digits[i]) == 0)
			return i + 1;
	return 0;
}

EcoNoisePeriod
eco_noise_period_of_hour(int hour)
{
	return (hour >= ECO_NOISE_DAY_START_HOUR && hour < ECO_NOISE_NIGHT_START_HOUR)
		? ECO_NOISE_DAY : ECO_NOISE_NIGHT;
}

void
eco_leq_add(EcoLeqState *state, double level_db)
{
	if (state->count == 0)
	{
		state->max_db = level_db;
		state->sum_scaled = 1.0;
	}
	else if (level_db > state->max_db)
	{
		state->sum_scaled = state->sum_scaled * pow(10.0, 0.1 * (state->max_db - level_db)) + 1.0;
		state->max_db = level_db;
	}
	else
		state->sum_scaled += pow(10.0, 0.1 * (level_db - state->max_db));
	state->count += 1;
}

void
eco_leq_merge(EcoLeqState *state, const EcoLeqState *other)
{
	if (other->count == 0)
		return;
	if (state->count == 0)
		*state = *other;
	else if (other->max_db > state->max_db)
	{
		state->sum_scaled = state->sum_scaled * pow(10.0, 0.1 * (state->max_db - other->max_db))
			+ other->sum_scaled;
		state->max_db = other->max_db;
		state->count += other->count;
	}
	else
	{
		state->sum_scaled += other->sum_scaled * pow(10.0, 0.1 * (other->max_db - state->max_db));
		state->count += other->count;
	}
}

bool
eco_leq_result(const EcoLeqState *state, double *leq_db)
{
	if (state->count == 0)
		return false;
	*leq_db = state->max_db + 10.0 * log10(state->sum_scaled / state->count);
	return true;
}

bool
eco_leq_state_valid(const EcoLeqState *state)
{
	if (!isfinite(state->count) || state->count < 0 || state->count != floor(state->count))
		return false;
	if (state->count == 0)
		return true;
	/* every term is at most 1 and the maximum contributes exactly 1 */
	return eco_noise_level_valid(state->max_db) &&
		isfinite(state->sum_scaled) && state->sum_scaled >= 1.0 &&
		state->sum_scaled <= state->count;
}

/* ---- the energy mean of 1.1 (exact sums of the energies) ---- */

double
eco_leq_energy(double level_db)
{
	return pow(10.0, level_db / 10.0);
}

double
eco_leq_of_energy(double energy, int64_t count)
{
	return 10.0 * log10(energy / (double) count);
}

bool
eco_leq_energy_valid(double energy, int64_t count)
{
	if (count < 0 || !isfinite(energy))
		return false;
	if (count == 0)
		return energy == 0.0;
	/* every term lies in [1, 1e20] (pow() within an ulp of it) */
	return energy >= (double) count * (1 - 1e-15) &&
		energy <= (double) count * eco_leq_energy(ECO_NOISE_MAX_DB) * (1 + 1e-15);
}

/* ---- the length-weighted mean of 1.0 ---- */

bool
eco_road_length_valid(double length)
{
	return isfinite(length) && length >= 0;
}

void
eco_compensated_add(double *sum, double *compensation, double x)
{
	double		t = *sum + x;

	if (fabs(*sum) >= fabs(x))
		*compensation += (*sum - t) + x;
	else
		*compensation += (x - t) + *sum;
	*sum = t;
}

void
eco_weighted_add(double v[3], double length, double level_db)
{
	v[0] += length;
	eco_compensated_add(&v[1], &v[2], length * level_db);
}

void
eco_weighted_merge(double v[3], const double w[3])
{
	v[0] += w[0];
	eco_compensated_add(&v[1], &v[2], w[1]);
	v[2] += w[2];
}

bool
eco_weighted_sums_finite(const double v[3])
{
	return isfinite(v[0]) && isfinite(v[1]) && isfinite(v[2]);
}

bool
eco_weighted_state_valid(const double v[3])
{
	return eco_weighted_sums_finite(v) && v[0] >= 0 && v[1] >= 0 &&
		v[1] + v[2] <= ECO_NOISE_MAX_DB * v[0] * (1 + 1e-9);
}

bool
eco_weighted_result(const double v[3], double *mean_db)
{
	if (v[0] <= 0)
		return false;
	*mean_db = (v[1] + v[2]) / v[0];
	return true;
}
