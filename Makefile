# ecoinsp: PGXS build.
#
#   make            build the extension (warnings are errors)
#   make install    install it into the PostgreSQL that PG_CONFIG names
#   make test       the README's test command: every suite, ends "N passed, N failed"
#   make demo       the README's main job: real Beijing data, printed bulletin
#   make bench      the benchmarks (ratios against same-session baselines)
#   make fuzz       the core readers under libFuzzer (FUZZ_SECONDS each)

EXTENSION   = ecoinsp
EXTVERSION  = 1.0
MODULE_big  = ecoinsp

CORE_SRCS   = $(sort $(wildcard src/core/*.c))
GLUE_SRCS   = $(sort $(wildcard src/*.c))
OBJS        = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

# The extension script is assembled from one piece per SQL-visible concern.
SCRIPT_PIECES = $(sort $(wildcard src/sql/*.sql))
DATA_built  = $(EXTENSION)--$(EXTVERSION).sql

REGRESS     = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --load-extension=$(EXTENSION) --encoding=UTF8

PG_CONFIG  ?= /usr/lib/postgresql/15/bin/pg_config
PG_CPPFLAGS = -Isrc
PG_CFLAGS   = -Werror
SHLIB_LINK  = -lm

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(EXTENSION)--$(EXTVERSION).sql: $(SCRIPT_PIECES)
	cat $^ > $@

.PHONY: test demo bench core-test
test:
	bash test/run-tests.sh

demo:
	bash test/demo/run-demo.sh

bench:
	bash test/bench/run-bench.sh

core-test:
	bash test/run-core-tests.sh

.PHONY: fuzz
fuzz:
	bash test/run-fuzz.sh
