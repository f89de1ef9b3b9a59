/*
 * The item name tables of GB 3838-2002 Tables 1-3 and GB/T 14848-2017
 * (water.h, drinking_water.h, groundwater.h): built from the per-item lists,
 * they accept exactly what the per-item matching of names.h accepted before
 * them (every spelling, every Chinese name followed by an ASCII one), and
 * their hints list the printed names.
 */
#include "core/drinking_water.h"
#include "core/groundwater.h"
#include "core/names.h"
#include "core/water.h"
#include "unit.h"

#include <stdio.h>
#include <string.h>

#define GB3838_T1 1
#define GB3838_T13 3
#define GBT14848 14848

static const char *
printed_of(int standard, int item)
{
	if (standard == GB3838_T1)
		return eco_water_item_printed((EcoWaterItem) item);
	if (standard == GB3838_T13)
		return eco_dw_item_printed(item);
	return eco_gw_item_name_zh(item);
}

static const char *const *
names_of(int standard, int item)
{
	if (standard == GB3838_T1)
		return eco_water_item_names((EcoWaterItem) item);
	if (standard == GB3838_T13)
		return eco_dw_item_names(item);
	return eco_gw_item_names(item);
}

static int
n_items(int standard)
{
	return standard == GB3838_T1 ? ECO_N_WATER_ITEMS
		: standard == GB3838_T13 ? ECO_DW_N_ITEMS : ECO_GW_N_ITEMS;
}

static const EcoNameTable *
table_of(int standard)
{
	return standard == GB3838_T1 ? eco_water_item_name_table()
		: standard == GB3838_T13 ? eco_dw_item_name_table() : eco_gw_item_name_table();
}

/* the lookup before the tables: item by item, its printed name, then its names */
static int
item_by_lists(int standard, const char *name)
{
	char		folded[ECO_NAME_MAX + 1];
	int			i;

	if (!eco_name_fold(name, (int) strlen(name), folded))
		return -1;
	/* Tables 1-3 read Table 1 whole before Tables 2 and 3 */
	if (standard == GB3838_T13)
	{
		i = item_by_lists(GB3838_T1, name);
		if (i >= 0)
			return i;
	}
	for (i = standard == GB3838_T13 ? ECO_DW_FIRST_EXTRA : 0; i < n_items(standard); i++)
		if (eco_name_match(folded, (const char *const[]) {printed_of(standard, i), NULL}) ||
			eco_name_match(folded, names_of(standard, i)))
			return i;
	return -1;
}

static int
item_by_table(int standard, const char *name)
{
	int			value;

	return eco_name_lookup(table_of(standard), name, (int) strlen(name), &value) ? value : -1;
}

static bool
ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char) *s >= 0x80)
			return false;
	return true;
}

/*
 * Every spelling, and every non-ASCII spelling of one item followed by every
 * ASCII spelling of it and of the next item (a pair of two items is no name;
 * one that spelled another item's name would be a spelling compared above):
 * the table and the lists agree, except that
 * the table also reads an item's printed name followed by one of its own
 * ASCII names (水温（℃）WT), which the lists did not pair.
 */
static void
test_same_as_lists(int standard)
{
	int			i;
	int			j;
	int			a;
	int			b;
	int			compared = 0;
	int			differ = 0;
	int			widened = 0;

	for (i = 0; i < n_items(standard); i++)
	{
		const char *const *ni = names_of(standard, i);
		int			na = 0;

		while (ni[na] != NULL)
			na++;
		CHECK(item_by_table(standard, printed_of(standard, i)) == i, "printed %s", printed_of(standard, i));
		for (a = -1; a < na; a++)
		{
			const char *first = a < 0 ? printed_of(standard, i) : ni[a];

			CHECK(item_by_table(standard, first) == item_by_lists(standard, first),
				  "spelling %s", first);
			compared++;
			if (ascii(first))
				continue;
			for (j = i; j <= i + 1; j++)
			{
				const char *const *nj = names_of(standard, j % n_items(standard));

				for (b = 0; nj[b] != NULL; b++)
				{
					char		pair[256];
					int			by_table;
					int			by_lists;

					if (!ascii(nj[b]))
						continue;
					snprintf(pair, sizeof(pair), "%s（%s）", first, nj[b]);
					by_table = item_by_table(standard, pair);
					by_lists = item_by_lists(standard, pair);
					compared++;
					if (by_table == by_lists)
						continue;
					if (a < 0 && j == i && by_lists < 0 && by_table == i)
					{
						widened++;
						continue;
					}
					differ++;
					printf("# %s: table %d, lists %d\n", pair, by_table, by_lists);
				}
			}
		}
	}
	CHECK(differ == 0, "standard %d: %d of %d names read otherwise than the lists read them",
		  standard, differ, compared);
	CHECK(compared > 200, "standard %d: %d names compared", standard, compared);
	printf("# standard %d: %d names compared, %d printed-name pairs widened\n",
		   standard, compared, widened);
}

static const char *
some_printed(int item)
{
	static const char *const printed[] = {"总磷（以P计）", "铜", "溶解氧"};

	return printed[item];
}

static const char *const *
some_names(int item)
{
	static const char *const names[3][3] = {{"总磷", "TP", NULL}, {NULL}, {"DO", NULL}};

	return names[item];
}

static void
test_entries(void)
{
	EcoNameEntry e[8];
	int			n;

	memset(e, 0xff, sizeof(e));
	n = eco_item_name_entries(e, 0, 0, 1, some_printed, some_names);
	CHECK(n == 3, "three entries: %d", n);
	CHECK(strcmp(e[0].spelling, "总磷（以P计）") == 0 && e[0].value == 0 && !e[0].unlisted,
		  "the printed name first, listed");
	CHECK(strcmp(e[1].spelling, "总磷") == 0 && e[1].value == 0 && e[1].unlisted, "总磷 unlisted");
	CHECK(strcmp(e[2].spelling, "TP") == 0 && e[2].value == 0 && e[2].unlisted, "TP unlisted");
	CHECK(e[3].spelling == NULL, "an end after them");
	n = eco_item_name_entries(e, n, 1, 3, some_printed, some_names);
	CHECK(n == 6, "items 1 and 2 appended after the others: %d", n);
	CHECK(strcmp(e[3].spelling, "铜") == 0 && e[3].value == 1 && !e[3].unlisted, "铜 appended");
	CHECK(strcmp(e[4].spelling, "溶解氧") == 0 && e[4].value == 2 && !e[4].unlisted, "溶解氧 next");
	CHECK(strcmp(e[5].spelling, "DO") == 0 && e[5].value == 2 && e[5].unlisted, "DO unlisted");
	CHECK(e[6].spelling == NULL && e[2].spelling != NULL, "the end moved");
	memset(e, 0xff, sizeof(e));
	CHECK(eco_item_name_entries(e, 2, 1, 1, some_printed, some_names) == 2 && e[2].spelling == NULL,
		  "no items: only the end");
}

static bool
hint_starts(const EcoNameTable *t, const char *head)
{
	char		buf[16384];
	size_t		len = eco_name_hint(t, buf, sizeof(buf));
	const char *tail = ECO_ITEM_NAMES_NOTE ".";

	return len < sizeof(buf) && strncmp(buf, head, strlen(head)) == 0 &&
		strlen(buf) > strlen(tail) && strcmp(buf + strlen(buf) - strlen(tail), tail) == 0;
}

static void
test_tables(void)
{
	EcoWaterbody wb;
	EcoWaterItem it;
	char		buf[512];
	int			i;
	static const char *const rivers[] = {"river", "河流", "河", "stream", "RIVER", NULL};
	static const char *const lakes[] = {"lake", "湖泊", "reservoir", "水库", "湖库", "湖", "库", "Lake", NULL};

	/* the table is built once: the same pointer, the same entries */
	CHECK(eco_water_item_name_table() == eco_water_item_name_table(), "one table 1");
	CHECK(eco_dw_item_name_table()->entries == eco_dw_item_name_table()->entries, "one table 1-3");
	CHECK(eco_gw_item_name_table() == eco_gw_item_name_table(), "one groundwater table");
	CHECK(hint_starts(eco_water_item_name_table(),
					  "Accepted GB 3838-2002 Table 1 items (case-insensitive): 水温（℃）, pH值（无量纲）, 溶解氧, "),
		  "table 1 hint");
	CHECK(hint_starts(eco_dw_item_name_table(),
					  "Accepted GB 3838-2002 Tables 1-3 items (case-insensitive): 水温（℃）, "),
		  "tables 1-3 hint");
	CHECK(hint_starts(eco_gw_item_name_table(),
					  "Accepted GB/T 14848-2017 Tables 1 and 2 items (case-insensitive): 色, 嗅和味, "),
		  "groundwater hint");
	CHECK(strcmp(eco_water_item_name_table()->thing, "water quality item") == 0, "table 1 thing");
	CHECK(strcmp(eco_dw_item_name_table()->thing, "drinking-water source item") == 0, "tables 1-3 thing");
	CHECK(strcmp(eco_gw_item_name_table()->thing, "groundwater quality item") == 0, "groundwater thing");
	/* the hint lists each printed name once, the first listed spelling of its item */
	for (i = 0; i < ECO_DW_N_ITEMS; i++)
		CHECK(strcmp(eco_name_spelling(eco_dw_item_name_table(), i), eco_dw_item_printed(i)) == 0,
			  "item %d listed as printed", i);
	for (i = 0; i < ECO_GW_N_ITEMS; i++)
		CHECK(strcmp(eco_name_spelling(eco_gw_item_name_table(), i), eco_gw_item_name_zh(i)) == 0,
			  "groundwater item %d listed as printed", i);
	/* the last items of each table are in it (the arrays are large enough) */
	CHECK(eco_dw_item_from_name("铊", (int) strlen("铊")) == ECO_DW_N_ITEMS - 1, "the last of Table 3");
	CHECK(eco_gw_item_from_name(eco_gw_item_name_zh(ECO_GW_N_ITEMS - 1),
								(int) strlen(eco_gw_item_name_zh(ECO_GW_N_ITEMS - 1))) == ECO_GW_N_ITEMS - 1,
		  "the last of GB/T 14848 Table 2");
	CHECK(eco_water_item_from_name("粪大肠菌群", (int) strlen("粪大肠菌群"), &it) && it == ECO_N_WATER_ITEMS - 1,
		  "the last of Table 1");
	/* Table 1 only: Tables 2 and 3 are not in it */
	CHECK(!eco_water_item_from_name("铁", (int) strlen("铁"), &it), "铁 is no Table 1 item");
	CHECK(eco_dw_item_from_name("铁", (int) strlen("铁")) == ECO_DW_FIRST_EXTRA + 3, "铁 is Table 2's 4th");
	CHECK(eco_dw_item_from_name("", 0) < 0 && eco_gw_item_from_name("", 0) < 0, "the empty name");
	CHECK(eco_dw_item_from_name("x", -1) < 0, "a negative length");

	for (i = 0; rivers[i] != NULL; i++)
		CHECK(eco_waterbody_from_name(rivers[i], (int) strlen(rivers[i]), &wb) && wb == ECO_RIVER,
			  "%s is a river", rivers[i]);
	for (i = 0; lakes[i] != NULL; i++)
		CHECK(eco_waterbody_from_name(lakes[i], (int) strlen(lakes[i]), &wb) && wb == ECO_LAKE,
			  "%s is a lake", lakes[i]);
	wb = ECO_LAKE;
	CHECK(!eco_waterbody_from_name("sea", 3, &wb) && wb == ECO_LAKE, "sea is none, nothing set");
	CHECK(!eco_waterbody_from_name("河流river", (int) strlen("河流river"), &wb), "no pairs of waterbodies");
	eco_name_hint(&eco_waterbody_names, buf, sizeof(buf));
	CHECK(strcmp(buf, "Accepted waterbodies (case-insensitive): river (河流), lake (湖泊, reservoir, 水库).") == 0,
		  "waterbody hint: %s", buf);
	CHECK(strcmp(eco_waterbody_names.thing, "waterbody") == 0, "waterbody thing");
}

int
main(void)
{
	test_entries();
	test_tables();
	test_same_as_lists(GB3838_T1);
	test_same_as_lists(GB3838_T13);
	test_same_as_lists(GBT14848);
	return UNIT_DONE("test_water_names");
}
