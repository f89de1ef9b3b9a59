/*
 * Runs a fuzz target without libFuzzer, deterministically: each of the
 * target's seeds, then `iterations` mutations of them (bit flips, byte
 * changes, truncation, insertion, duplication, splicing), from a fixed
 * pseudo-random sequence.  Prints "NAME (N inputs): 1 passed, 0 failed" when no input
 * crashed the target or made it abort.
 *
 *   driver ITERATIONS NAME          run
 *   driver --write-seeds DIR        write the seeds for libFuzzer's corpus
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SEEDS 64

static uint8_t seed_bytes[MAX_SEEDS][FUZZ_MAX_INPUT];
static size_t seed_len[MAX_SEEDS];
static uint8_t input[FUZZ_MAX_INPUT];
static uint64_t state = 0x9E3779B97F4A7C15u;

static uint64_t
next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static size_t
mutate(size_t len)
{
	int			steps = 1 + (int) (next() % 4);

	while (steps-- > 0)
	{
		size_t		at = len ? (size_t) (next() % len) : 0;

		switch (next() % 6)
		{
			case 0:				/* flip a bit */
				if (len)
					input[at] ^= (uint8_t) (1u << (next() % 8));
				break;
			case 1:				/* any byte */
				if (len)
					input[at] = (uint8_t) next();
				break;
			case 2:				/* truncate */
				len = at;
				break;
			case 3:				/* insert a byte */
				if (len < FUZZ_MAX_INPUT)
				{
					memmove(input + at + 1, input + at, len - at);
					input[at] = (uint8_t) next();
					len++;
				}
				break;
			case 4:				/* duplicate a stretch */
				{
					size_t		n = (size_t) (next() % 16);

					if (at + n <= len && len + n <= FUZZ_MAX_INPUT)
					{
						memmove(input + at + n, input + at, len - at);
						len += n;
					}
				}
				break;
			default:			/* an extreme byte */
				if (len)
					input[at] = (next() & 1) ? 0xFF : 0x00;
				break;
		}
	}
	return len;
}

int
main(int argc, char **argv)
{
	int			nseeds = 0;
	long		iterations;
	long		i;

	while (nseeds < MAX_SEEDS && (seed_len[nseeds] = fuzz_seed(nseeds, seed_bytes[nseeds])) > 0)
		nseeds++;
	if (argc == 3 && strcmp(argv[1], "--write-seeds") == 0)
	{
		for (i = 0; i < nseeds; i++)
		{
			char		path[4096];
			FILE	   *f;

			snprintf(path, sizeof(path), "%s/seed-%ld", argv[2], i);
			f = fopen(path, "wb");
			if (f == NULL || fwrite(seed_bytes[i], 1, seed_len[i], f) != seed_len[i])
				return 1;
			fclose(f);
		}
		return 0;
	}
	if (argc != 3 || nseeds == 0)
		return 2;
	iterations = atol(argv[1]);
	for (i = 0; i < nseeds; i++)
		LLVMFuzzerTestOneInput(seed_bytes[i], seed_len[i]);
	for (i = 0; i < iterations; i++)
	{
		int			s = (int) (next() % (uint64_t) nseeds);
		size_t		len = seed_len[s];

		memcpy(input, seed_bytes[s], len);
		len = mutate(len);
		LLVMFuzzerTestOneInput(input, len);
	}
	printf("%s (%ld inputs): 1 passed, 0 failed\n", argv[2], iterations + nseeds);
	return 0;
}
