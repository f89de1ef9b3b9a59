/*
 * What the small ordinal types (noise_grade, water_class, groundwater_class)
 * share beyond their comparisons (src/ordinal.c): the json and jsonb casts.
 */
#ifndef ECOINSP_ORDINAL_H
#define ECOINSP_ORDINAL_H

#include "postgres.h"

/* a text field of the json object: its key and the words of a rank */
typedef struct EcoOrdinalJsonField
{
	const char *key;
	const char *(*words) (int rank);
} EcoOrdinalJsonField;

/*
 * The json object of one ordinal type: {rank_key: rank, "name": name,
 * fields[0], fields[1], flag_key: rank <= flag_max}; no flag when flag_key is
 * NULL.
 */
typedef struct EcoOrdinalJson
{
	const char *rank_key;
	const char *(*name) (int rank);
	EcoOrdinalJsonField fields[2];
	const char *flag_key;
	int			flag_max;
} EcoOrdinalJson;

/* the object of rank as json (text) or jsonb */
extern Datum eco_ordinal_json(const EcoOrdinalJson *desc, int rank, bool jsonb);

#endif
