/*
 * The rules of the water aggregates (core/water_state.h): the one waterbody
 * of a group, the per-item means, the section and drinking-water verdicts,
 * main_pollution_items and status counts, the groundwater sample.
 */
#include "unit.h"
#include "core/water_state.h"

#include <string.h>

/* the per-item means of a group, built row by row */
typedef struct Means
{
	int			waterbody;
	int64_t		count[ECO_DW_N_ITEMS];
	EcoXsum		sum[ECO_DW_N_ITEMS];
} Means;

static void
means_init(Means *m, int waterbody)
{
	int			i;

	m->waterbody = waterbody;
	for (i = 0; i < ECO_DW_N_ITEMS; i++)
	{
		m->count[i] = 0;
		eco_xs_init(&m->sum[i]);
	}
}

static void
add(Means *m, int item, double value)
{
	m->count[item]++;
	CHECK(eco_xs_add(&m->sum[item], value), "add %g to item %d", value, item);
}

static int
dw_item(const char *name)
{
	int			item = eco_dw_item_from_name(name, (int) strlen(name));

	CHECK(item >= 0, "drinking-water item %s", name);
	return item;
}

static void
test_waterbody_merge(void)
{
	int			wb = 0;

	CHECK(eco_waterbody_merge(&wb, 0) && wb == 0, "none and none: none");
	CHECK(eco_waterbody_merge(&wb, ECO_LAKE) && wb == ECO_LAKE, "the first waterbody is taken");
	CHECK(eco_waterbody_merge(&wb, 0) && wb == ECO_LAKE, "a state without rows changes nothing");
	CHECK(eco_waterbody_merge(&wb, ECO_LAKE) && wb == ECO_LAKE, "the same waterbody again");
	CHECK(!eco_waterbody_merge(&wb, ECO_RIVER) && wb == ECO_LAKE, "lake then river: refused, unchanged");
	wb = ECO_RIVER;
	CHECK(!eco_waterbody_merge(&wb, ECO_LAKE) && wb == ECO_RIVER, "river then lake: refused, unchanged");
}

static void
test_item_tables(void)
{
	CHECK(eco_section_items.n_items == ECO_N_WATER_ITEMS && eco_section_items.n_items == 24,
		  "a section has the 24 items of Table 1");
	CHECK(eco_dw_items.n_items == ECO_DW_N_ITEMS && eco_dw_items.n_items == 109,
		  "a source has the 109 items of Tables 1-3");
	CHECK(strcmp(eco_section_items.group, "a section") == 0, "section group word");
	CHECK(strcmp(eco_dw_items.group, "a drinking-water source") == 0, "source group word");
	CHECK(eco_section_items.check(ECO_W_TP, -0.1) == ECO_WATER_NEGATIVE, "section check: negative TP");
	CHECK(eco_section_items.check(ECO_W_TP, 0) == ECO_WATER_OK, "section check: zero TP");
	CHECK(eco_section_items.check(ECO_W_PH, 14.5) == ECO_WATER_PH_RANGE, "section check: pH 14.5");
	CHECK(eco_dw_items.check(dw_item("铁"), -1) == ECO_WATER_NEGATIVE, "source check: negative iron");
	CHECK(eco_dw_items.check(dw_item("铁"), 2e9) == ECO_WATER_NOT_FINITE, "source check: iron 2e9 mg/L");
	CHECK(strcmp(eco_section_items.name_zh(ECO_W_TP), "总磷") == 0, "section name of TP");
	CHECK(strcmp(eco_dw_items.name_zh(dw_item("iron")), "铁") == 0, "source name of iron");
	CHECK(strcmp(eco_section_items.range_hint(ECO_W_TP),
				 "A measured value is a finite number from 0 to 1e12.") == 0, "section hint");
	CHECK(strcmp(eco_dw_items.range_hint(ECO_DW_FIRST_EXTRA - 1),
				 "A measured value is a finite number from 0 to 1e12.") == 0, "source hint, last Table 1 item");
	CHECK(strcmp(eco_dw_items.range_hint(ECO_DW_FIRST_EXTRA),
				 "A measured value of a Table 2 or 3 item is a finite number from 0 to 1e9 mg/L.") == 0,
		  "source hint, first Table 2 item");
}

static void
test_item_mean(void)
{
	EcoXsum		s;
	double		mean = -7;

	eco_xs_init(&s);
	CHECK(!eco_item_mean(&s, 0, &mean) && mean == -7, "no mean of no value");
	CHECK(eco_xs_add(&s, 0.1) && eco_xs_add(&s, 0.2) && eco_xs_add(&s, 0.3), "sum");
	CHECK(!eco_item_mean(&s, -1, &mean), "no mean of a negative count");
	/* the exact sum 0.6000000000000000055.. rounded once: 0.6, not 0.1 + 0.2 + 0.3 */
	CHECK(eco_item_mean(&s, 3, &mean) && mean == 0.6 / 3, "mean of 0.1, 0.2, 0.3 = %.17g", mean);
	CHECK(eco_item_mean(&s, 1, &mean) && mean == 0.6, "a count of 1 divides by 1: %.17g", mean);
}

static void
test_section(void)
{
	Means		m;
	EcoMeansVerdict v;
	char		text[ECO_WATER_TEXT_MAX];

	/* nothing evaluated: 水温, 总氮 and 粪大肠菌群 only */
	means_init(&m, ECO_LAKE);
	add(&m, ECO_W_TEMPERATURE, 20);
	add(&m, ECO_W_TN, 5);
	add(&m, ECO_W_FECAL_COLIFORM, 90000);
	eco_means_judge(&eco_section_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.worst == 0 && v.judged == 0 && v.nexceeding == 0, "not evaluated: worst %d judged %d",
		  v.worst, v.judged);
	CHECK(v.required == 21, "21 items required, got %d", v.required);
	CHECK(eco_section_exceeding_text(&v, text) == 0 && text[0] == '\0', "no exceeding text");

	/* class III exactly is not exceeding; its mean over two rows */
	means_init(&m, ECO_RIVER);
	add(&m, ECO_W_TP, 0.1);
	add(&m, ECO_W_TP, 0.3);
	eco_means_judge(&eco_section_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.worst == 3 && v.judged == 1 && v.nexceeding == 0, "river TP mean 0.2: III, got %d (%d)",
		  v.worst, v.nexceeding);
	/* the same mean in a lake: TP has its own lake row (0.2 is V) */
	m.waterbody = ECO_LAKE;
	eco_means_judge(&eco_section_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.worst == 5 && v.nexceeding == 1 && v.exceeding[0].item == ECO_W_TP &&
		  v.exceeding[0].water_class == 5 && v.exceeding[0].multiple == 3.0,
		  "lake TP 0.2: V, multiple 3, got %d %g", v.worst, v.exceeding[0].multiple);
	CHECK(eco_section_exceeding_text(&v, text) == strlen("总磷(3.0)") && strcmp(text, "总磷(3.0)") == 0,
		  "lake TP text %s", text);

	/* just above class III: IV */
	means_init(&m, ECO_RIVER);
	add(&m, ECO_W_NH3N, 1.000001);
	add(&m, ECO_W_DO, 5);
	eco_means_judge(&eco_section_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.worst == 4 && v.judged == 2 && v.nexceeding == 1 && v.exceeding[0].item == ECO_W_NH3N,
		  "NH3-N 1.000001: IV, DO 5: III; got %d %d", v.worst, v.nexceeding);

	/* order: worst class, then the largest multiple, then Table 1's order */
	means_init(&m, ECO_RIVER);
	add(&m, ECO_W_PH, 5);		/* 劣V, no multiple */
	add(&m, ECO_W_DO, 2.5);		/* V (≥ 2), no multiple */
	add(&m, ECO_W_COD, 25);		/* IV, (25 - 20) / 20 = 0.25 */
	add(&m, ECO_W_BOD5, 5);		/* IV, (5 - 4) / 4 = 0.25 */
	add(&m, ECO_W_NH3N, 3);		/* 劣V, 2.0 */
	add(&m, ECO_W_CODMN, 12);	/* V, 1.0 */
	add(&m, ECO_W_CU, 0.5);		/* II: not listed */
	add(&m, ECO_W_TN, 9);		/* not evaluated */
	eco_means_judge(&eco_section_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.worst == 6 && v.judged == 7 && v.nexceeding == 6, "worst %d judged %d exceeding %d",
		  v.worst, v.judged, v.nexceeding);
	CHECK(v.exceeding[0].item == ECO_W_NH3N && v.exceeding[1].item == ECO_W_PH &&
		  v.exceeding[2].item == ECO_W_CODMN && v.exceeding[3].item == ECO_W_DO &&
		  v.exceeding[4].item == ECO_W_COD && v.exceeding[5].item == ECO_W_BOD5,
		  "order %d %d %d %d %d %d", v.exceeding[0].item, v.exceeding[1].item, v.exceeding[2].item,
		  v.exceeding[3].item, v.exceeding[4].item, v.exceeding[5].item);
	CHECK(v.exceeding[1].multiple == -1 && v.exceeding[3].multiple == -1, "pH and DO have no multiple");
	CHECK(v.exceeding[4].water_class == 4 && v.exceeding[0].water_class == 6, "classes kept");
	eco_section_exceeding_text(&v, text);
	/* 0.25 to one decimal half to even: 0.2 */
	CHECK(strcmp(text, "氨氮(2.0)、pH、高锰酸盐指数(1.0)、溶解氧、化学需氧量(0.2)、五日生化需氧量(0.2)") == 0,
		  "exceeding text %s", text);
	/* 0.35 to one decimal half to even on the decimal: 0.4 (the binary 0.35 is below it) */
	means_init(&m, ECO_RIVER);
	add(&m, ECO_W_COD, 27);
	add(&m, ECO_W_PH, 7);
	eco_means_judge(&eco_section_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.nexceeding == 1 && v.exceeding[0].multiple > 0.3499 && v.exceeding[0].multiple < 0.3501,
		  "COD 27: multiple 0.35");
	eco_section_exceeding_text(&v, text);
	CHECK(strcmp(text, "化学需氧量(0.4)") == 0, "exceeding text %s", text);
	/* class III items have no multiple in the verdict either */
	means_init(&m, ECO_RIVER);
	add(&m, ECO_W_COD, 20);
	eco_means_judge(&eco_section_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.worst == 3 && v.nexceeding == 0 && v.judged == 1, "COD 20: III, nothing exceeds");
}

static void
test_drinking_water(void)
{
	Means		m;
	EcoMeansVerdict v;
	char		label[ECO_WATER_LABEL_MAX];
	int			iron = dw_item("铁");
	int			mn = dw_item("锰");
	int			sulfate = dw_item("硫酸盐");

	means_init(&m, ECO_RIVER);
	add(&m, ECO_W_TEMPERATURE, 25);
	add(&m, ECO_W_FECAL_COLIFORM, 1e6);
	eco_means_judge(&eco_dw_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.judged == 0 && v.nexceeding == 0, "nothing to judge: %d", v.judged);

	/* on the limits: compliant */
	means_init(&m, ECO_RIVER);
	add(&m, ECO_W_TP, 0.2);
	add(&m, iron, 0.3);
	add(&m, sulfate, 250);
	eco_means_judge(&eco_dw_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.judged == 3 && v.nexceeding == 0, "on the limits: %d evaluated, %d failing",
		  v.judged, v.nexceeding);
	/* the same TP in a lake fails */
	eco_means_judge(&eco_dw_items, ECO_LAKE, m.count, m.sum, &v);
	CHECK(v.nexceeding == 1 && v.exceeding[0].item == ECO_W_TP && v.exceeding[0].multiple == 3.0,
		  "lake TP 0.2 fails by 3.0: %d", v.nexceeding);

	/* order: no multiple first, then the largest, then the tables' order */
	means_init(&m, ECO_RIVER);
	add(&m, iron, 0.45);		/* (0.45 - 0.3) / 0.3 = 0.5 */
	add(&m, mn, 0.15);			/* (0.15 - 0.1) / 0.1 = 0.5 */
	add(&m, ECO_W_NH3N, 2.5);	/* 1.5 */
	add(&m, ECO_W_DO, 4);		/* IV, no multiple */
	add(&m, ECO_W_PH, 10);		/* 劣V, no multiple */
	add(&m, sulfate, 250.000001);	/* just above: fails */
	add(&m, ECO_W_COD, 20);		/* III: complies */
	eco_means_judge(&eco_dw_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.judged == 7 && v.nexceeding == 6, "evaluated %d failing %d", v.judged, v.nexceeding);
	CHECK(v.exceeding[0].item == ECO_W_PH && v.exceeding[1].item == ECO_W_DO &&
		  v.exceeding[2].item == ECO_W_NH3N && v.exceeding[3].item == iron &&
		  v.exceeding[4].item == mn && v.exceeding[5].item == sulfate,
		  "order %d %d %d %d %d %d", v.exceeding[0].item, v.exceeding[1].item, v.exceeding[2].item,
		  v.exceeding[3].item, v.exceeding[4].item, v.exceeding[5].item);
	CHECK(v.exceeding[3].water_class == 0 && v.exceeding[2].water_class == 6, "classes of failures");
	/* Table 1's items give a source's verdict its worst class and the items required too */
	CHECK(v.worst == 6 && v.required == 21, "source: worst %d, required %d", v.worst, v.required);
	/* the same means judged as a section: Table 1 only, worst class first */
	eco_means_judge(&eco_section_items, m.waterbody, m.count, m.sum, &v);
	CHECK(v.judged == 4 && v.nexceeding == 3 && v.worst == 6, "as a section: judged %d exceeding %d",
		  v.judged, v.nexceeding);
	CHECK(v.exceeding[0].item == ECO_W_NH3N && v.exceeding[1].item == ECO_W_PH &&
		  v.exceeding[2].item == ECO_W_DO, "section order %d %d %d", v.exceeding[0].item,
		  v.exceeding[1].item, v.exceeding[2].item);
	eco_means_judge(&eco_dw_items, m.waterbody, m.count, m.sum, &v);
	CHECK(eco_dw_failure_label(&v.exceeding[0], label) == 2 && strcmp(label, "pH") == 0, "label %s", label);
	eco_dw_failure_label(&v.exceeding[3], label);
	CHECK(strcmp(label, "铁(0.50)") == 0, "label %s", label);
	eco_dw_failure_label(&v.exceeding[2], label);
	CHECK(strcmp(label, "氨氮(1.50)") == 0, "label %s", label);
	{
		EcoItemVerdict f = {ECO_W_COD, 4, 0.125};

		eco_dw_failure_label(&f, label);
		/* 0.125 to two decimals half to even: 0.12 */
		CHECK(strcmp(label, "化学需氧量(0.12)") == 0, "label %s", label);
	}
}

static void
test_main_items(void)
{
	int64_t		c[ECO_MAIN_ITEMS_STATE_LEN];
	int64_t		d[ECO_MAIN_ITEMS_STATE_LEN];
	char		text[ECO_WATER_TEXT_MAX];
	int			i;

	memset(c, 0, sizeof(c));
	CHECK(eco_main_items_invalid(c) == -1, "zeros are a state");
	c[3] = 2;
	c[ECO_N_WATER_ITEMS + 3] = 2;
	CHECK(eco_main_items_invalid(c) == -1, "all sections above III is a state");
	c[ECO_N_WATER_ITEMS + 3] = 3;
	CHECK(eco_main_items_invalid(c) == 3, "more above III than sections");
	c[ECO_N_WATER_ITEMS + 3] = -1;
	CHECK(eco_main_items_invalid(c) == 3, "negative above III");
	memset(c, 0, sizeof(c));
	c[ECO_N_WATER_ITEMS - 1] = -1;
	CHECK(eco_main_items_invalid(c) == ECO_N_WATER_ITEMS - 1, "negative sections of the last item");
	/* the first item (水温, never counted by the aggregate) is checked too */
	memset(c, 0, sizeof(c));
	c[ECO_N_WATER_ITEMS] = 1;
	CHECK(eco_main_items_invalid(c) == 0, "more above III than sections of the first item");

	memset(c, 0, sizeof(c));
	eco_main_items_add(c, ECO_W_TP, ECO_RIVER, 0.2);	/* III */
	eco_main_items_add(c, ECO_W_TP, ECO_RIVER, 0.200001);	/* IV */
	eco_main_items_add(c, ECO_W_TP, ECO_LAKE, 0.06);	/* lake IV */
	eco_main_items_add(c, ECO_W_TN, ECO_LAKE, 9);	/* not evaluated */
	eco_main_items_add(c, ECO_W_TEMPERATURE, ECO_RIVER, 30);
	eco_main_items_add(c, ECO_W_FECAL_COLIFORM, ECO_RIVER, 1e6);
	CHECK(c[ECO_W_TP] == 3 && c[ECO_N_WATER_ITEMS + ECO_W_TP] == 2, "TP %lld/%lld",
		  (long long) c[ECO_W_TP], (long long) c[ECO_N_WATER_ITEMS + ECO_W_TP]);
	CHECK(c[ECO_W_TN] == 0 && c[ECO_W_TEMPERATURE] == 0 && c[ECO_W_FECAL_COLIFORM] == 0,
		  "not evaluated items count nothing");

	for (i = 0; i < ECO_MAIN_ITEMS_STATE_LEN; i++)
		d[i] = i + 1;
	memcpy(c, d, sizeof(c));
	eco_main_items_merge(c, d);
	for (i = 0; i < ECO_MAIN_ITEMS_STATE_LEN; i++)
		CHECK(c[i] == 2 * (i + 1), "merged count %d", i);

	/* 4 sections: below the method's 5 */
	memset(c, 0, sizeof(c));
	c[ECO_W_DO] = 4;
	c[ECO_W_TP] = 3;
	c[ECO_N_WATER_ITEMS + ECO_W_TP] = 3;
	CHECK(!eco_main_items_text(c, text), "4 sections: no main items");
	/* 5 sections (DO's, the most measured item): TP 3 of 5, NH3-N 1 of 5 */
	c[ECO_W_DO] = 5;
	c[ECO_W_NH3N] = 2;
	c[ECO_N_WATER_ITEMS + ECO_W_NH3N] = 1;
	CHECK(eco_main_items_text(c, text) && strcmp(text, "总磷(60.0%)、氨氮(20.0%)") == 0, "text %s", text);
	/* 1 of 8: 12.5 %, 125 per mille exactly */
	c[ECO_W_DO] = 8;
	CHECK(eco_main_items_text(c, text) && strcmp(text, "总磷(37.5%)、氨氮(12.5%)") == 0, "text %s", text);
	memset(c, 0, sizeof(c));
	c[ECO_W_PH] = 5;
	CHECK(eco_main_items_text(c, text) && text[0] == '\0', "no item exceeds: ''");
	/* the 断面总数 is the largest count, not the first nor a sum: pH 2, DO 5, TP 3 */
	c[ECO_W_PH] = 2;
	c[ECO_W_DO] = 5;
	c[ECO_W_TP] = 3;
	c[ECO_N_WATER_ITEMS + ECO_W_TP] = 1;
	CHECK(eco_main_items_text(c, text) && strcmp(text, "总磷(20.0%)") == 0, "text %s", text);
	c[ECO_W_DO] = 0;
	CHECK(!eco_main_items_text(c, text), "3 sections at most: none");
	/* every item's count is a candidate, the first one's too (a state built by hand) */
	memset(c, 0, sizeof(c));
	c[0] = 5;
	CHECK(eco_main_items_text(c, text) && text[0] == '\0', "5 sections of the first item: ''");
}

static void
test_status(void)
{
	int64_t		s[3] = {0, 0, 0};
	int64_t		o[3] = {10, 6, 3};

	CHECK(eco_water_status_valid(s), "zeros");
	CHECK(eco_water_status_valid((int64_t[3]) {5, 5, 0}), "all good");
	CHECK(eco_water_status_valid((int64_t[3]) {5, 0, 5}), "all 劣V");
	CHECK(eco_water_status_valid((int64_t[3]) {5, 3, 2}), "good + worse_v = sections");
	CHECK(!eco_water_status_valid((int64_t[3]) {5, 3, 3}), "good + worse_v > sections");
	CHECK(!eco_water_status_valid((int64_t[3]) {-1, 0, 0}), "negative sections");
	CHECK(!eco_water_status_valid((int64_t[3]) {5, -1, 0}), "negative good");
	CHECK(!eco_water_status_valid((int64_t[3]) {5, 0, -1}), "negative worse_v");

	eco_water_status_add(s, 1);
	eco_water_status_add(s, 3);
	eco_water_status_add(s, 4);
	eco_water_status_add(s, 5);
	eco_water_status_add(s, 6);
	CHECK(s[0] == 5 && s[1] == 2 && s[2] == 1, "I, III, IV, V, 劣V: {%lld,%lld,%lld}",
		  (long long) s[0], (long long) s[1], (long long) s[2]);
	eco_water_status_merge(s, o);
	CHECK(s[0] == 15 && s[1] == 8 && s[2] == 4, "merged {%lld,%lld,%lld}",
		  (long long) s[0], (long long) s[1], (long long) s[2]);
}

static void
test_groundwater_sample(void)
{
	EcoGwSample a;
	EcoGwSample b;
	int			items[ECO_GW_N_ITEMS];
	uint8_t		stored[ECO_GW_SAMPLE_STORED_SIZE + 1];
	int			ph = eco_gw_item_from_name("pH", 2);
	int			nh3n = eco_gw_item_from_name("氨氮", (int) strlen("氨氮"));
	int			c_ph;
	int			c_nh3n;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	CHECK(ph >= 0 && nh3n > ph, "items pH %d, 氨氮 %d", ph, nh3n);
	CHECK(eco_gw_sample_class(&a) == 0 && eco_gw_sample_worst_items(&a, items) == 0, "empty sample");

	c_ph = eco_gw_item_class(ph, 5.0, true);
	c_nh3n = eco_gw_item_class(nh3n, 0.6, true);
	CHECK(c_ph == 5 && c_nh3n == 4, "pH 5 is V (%d), 氨氮 0.6 is IV (%d)", c_ph, c_nh3n);
	eco_gw_sample_add(&a, nh3n, 0.6, true);
	eco_gw_sample_add(&a, nh3n, 0.01, true);	/* a better value keeps the worst */
	CHECK(a.worst[nh3n] == 4 && eco_gw_sample_class(&a) == 4, "氨氮 stays IV");
	eco_gw_sample_add(&b, ph, 7, true);
	eco_gw_sample_add(&b, nh3n, 2, true);	/* V */
	CHECK(b.worst[ph] == 1 && b.worst[nh3n] == 5, "b: pH I, 氨氮 V");
	eco_gw_sample_merge(&a, &b);
	CHECK(a.worst[nh3n] == 5 && a.worst[ph] == 1, "merge takes the worse of each");
	eco_gw_sample_merge(&b, &a);
	CHECK(memcmp(&a, &b, sizeof(a)) == 0, "merge both ways");
	eco_gw_sample_add(&a, ph, 5.0, true);
	CHECK(eco_gw_sample_class(&a) == 5, "class V");
	CHECK(eco_gw_sample_worst_items(&a, items) == 2 && items[0] == ph && items[1] == nh3n,
		  "worst items pH and 氨氮 in the tables' order");
	a.worst[ECO_GW_N_ITEMS - 1] = 5;
	CHECK(eco_gw_sample_worst_items(&a, items) == 3 && items[2] == ECO_GW_N_ITEMS - 1, "the last item too");

	/* the first item alone at the worst class; items one class better are not listed */
	memset(&b, 0, sizeof(b));
	b.worst[0] = 4;
	b.worst[ph] = 3;
	b.worst[nh3n] = 2;
	CHECK(eco_gw_sample_class(&b) == 4, "the first item's class");
	CHECK(eco_gw_sample_worst_items(&b, items) == 1 && items[0] == 0, "the first item alone");

	/* the stored form */
	CHECK(eco_gw_sample_write(&a, stored) == ECO_GW_SAMPLE_STORED_SIZE && stored[0] == 1 &&
		  stored[1] == ECO_GW_N_ITEMS && stored[2 + nh3n] == 5, "written");
	memset(&b, 0, sizeof(b));
	CHECK(eco_gw_sample_read(&b, stored, ECO_GW_SAMPLE_STORED_SIZE) == ECO_GW_SAMPLE_STORED_SIZE &&
		  memcmp(&a, &b, sizeof(a)) == 0, "read back");
	CHECK(eco_gw_sample_read(&b, stored, ECO_GW_SAMPLE_STORED_SIZE + 1) == ECO_GW_SAMPLE_STORED_SIZE,
		  "a longer buffer: reads its own bytes");
	CHECK(eco_gw_sample_read(&b, stored, ECO_GW_SAMPLE_STORED_SIZE - 1) == 0, "one byte short");
	stored[0] = 2;
	CHECK(eco_gw_sample_read(&b, stored, ECO_GW_SAMPLE_STORED_SIZE) == 0, "version 2");
	stored[0] = 1;
	stored[1] = ECO_GW_N_ITEMS - 1;
	CHECK(eco_gw_sample_read(&b, stored, ECO_GW_SAMPLE_STORED_SIZE) == 0, "92 items");
	stored[1] = ECO_GW_N_ITEMS;
	stored[2 + 7] = 6;
	CHECK(eco_gw_sample_read(&b, stored, ECO_GW_SAMPLE_STORED_SIZE) == -1 - 7, "class 6 at item 7");
	stored[2 + 7] = 5;
	stored[2 + ECO_GW_N_ITEMS - 1] = 6;
	CHECK(eco_gw_sample_read(&b, stored, ECO_GW_SAMPLE_STORED_SIZE) == -ECO_GW_N_ITEMS,
		  "class 6 at the last item");
}

int
main(void)
{
	test_waterbody_merge();
	test_item_tables();
	test_item_mean();
	test_section();
	test_drinking_water();
	test_main_items();
	test_status();
	test_groundwater_sample();
	return UNIT_DONE("test_water_state");
}
