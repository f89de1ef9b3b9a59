# ecoinsp: PGXS build.
#
#   make            build the extension (warnings are errors)
#   make install    install it into the PostgreSQL that PG_CONFIG names
#   make test       the README's test command: every suite, ends "N passed, N failed"
#   make demo       the README's main job: real Beijing data, printed bulletin
#   make bench      the benchmarks (ratios against same-session baselines)
#   make fuzz       the core readers under libFuzzer (FUZZ_SECONDS each)
#   make format-check  the pgindent typedefs list is current, C laid out as
#                   .editorconfig says
#   make doc-test   run the SQL examples of README.md and docs/ and compare
#                   them with the output shown (make test does it too)
#   make regen-tests regenerate the generated tests from test/reference/;
#                   fails when a committed generated test differs
#   make test-package  build the Debian package, install it into a throwaway
#                   copy of PostgreSQL, create the extension from it
#   make test-pg17  the test command against PostgreSQL 17 in a Debian 13 root
#   make test-pg18  the test command against PostgreSQL 18 in a Debian 14 root
#   make test-pg15-release  the test command against PostgreSQL 15 as Debian
#                   12's release media ship it (15.18), in a Debian 12 root
#   make test-clients  the report views and parameterised queries through
#                   psqlODBC, pgjdbc, node-pg and psycopg

EXTENSION   = ecoinsp
EXTVERSION  = 1.4
MODULE_big  = ecoinsp

CORE_SRCS   = $(sort $(wildcard src/core/*.c))
GLUE_SRCS   = $(sort $(wildcard src/*.c))
OBJS        = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

# The extension script is assembled from one piece per SQL-visible concern.
# Released scripts and upgrade scripts between released versions are frozen
# copies (src/sql/released/, src/sql/upgrade/).  The upgrade script to this
# version is its hand-written changes to the released objects
# (src/sql/upgrade/1.3--1.4/) and the pieces that are new in this version,
# merged in file-name order.
SCRIPT_PIECES = $(sort $(wildcard src/sql/*.sql))
PIECES_NEW_IN_1_4 =
UPGRADE_PIECES = $(wildcard src/sql/upgrade/1.3--1.4/*.sql) $(PIECES_NEW_IN_1_4)
UPGRADE_SCRIPT = src/sql/upgrade/$(EXTENSION)--1.3--$(EXTVERSION).sql
DATA        = $(wildcard src/sql/released/$(EXTENSION)--*.sql) \
	src/sql/upgrade/$(EXTENSION)--1.0--1.1.sql \
	src/sql/upgrade/$(EXTENSION)--1.1--1.2.sql \
	src/sql/upgrade/$(EXTENSION)--1.2--1.3.sql $(UPGRADE_SCRIPT)
DATA_built  = $(EXTENSION)--$(EXTVERSION).sql

# The pg_regress tests, in the order of a serial run (make installcheck):
# beijing_data first (it loads the Beijing data the tests on real data
# read), catalog and security last (they read every object the others'
# concerns created).  make test runs them from the parallel schedule that
# test/regress-schedule.py makes of this list.
REGRESS     = beijing_data \
	airday_adversarial \
	airday_beijing \
	airday_o3 \
	airday_rounding \
	airday_valid_avg \
	air_plausible \
	hour_stamps \
	airsum_basic \
	airsum_beijing \
	airsum_compliance_limits \
	airsum_day_counts \
	airsum_equality \
	airsum_errors \
	airsum_limit_years \
	airsum_names \
	airsum_eval \
	airsum_findings \
	airsum_parallel \
	airsum_percentile_index \
	airsum_percentile_choice \
	airsum_plans \
	airsum_rollup_order \
	airsum_validity \
	drinking_water \
	drinking_water_gb3838_boundaries \
	exact_state \
	groundwater \
	groundwater_gbt14848_boundaries \
	hj212 \
	aqi_breakpoints \
	aqi_minmax_standards \
	aqi_rounding \
	aqi_rules \
	aqi_type \
	callsite_paths \
	input_excerpt \
	names \
	install_schema \
	noise_adversarial \
	noise_grade \
	ordinal_types \
	noise_hj640_boundaries \
	noise_levels \
	nowcast \
	null_behaviour \
	partitionwise \
	plan_invariance \
	rate_agg \
	rate_quotient_range \
	rate_round \
	rate_type \
	realtime_bands \
	realtime_indices \
	rectification_summary \
	rectification_input \
	rules_sqlstate \
	seed_bulletin \
	seed_bulletin_water \
	water_adversarial \
	water_class \
	water_evaluation \
	water_gb3838_boundaries \
	water_item_names \
	water_name_args \
	water_main_items \
	water_nondetect \
	water_noise_call_cache \
	water_rate \
	water_section_order \
	yoy_change \
	bi_values \
	bi_reports \
	bi_sentences \
	driver_parameters \
	binary_input \
	tli_bounds \
	bi_scales \
	bi_validity \
	bi_judged \
	bi_binding \
	opclass_laws \
	combine_mixed \
	comments \
	catalog \
	security
REGRESS_OPTS = --load-extension=$(EXTENSION) --encoding=UTF8

PG_CONFIG  ?= pg_config
PG_CPPFLAGS = -Isrc
# Warnings are errors in the project's own test and CI builds (make test
# passes WERROR=1), not in users' and packagers' builds.
ifeq ($(WERROR),1)
PG_CFLAGS   = -Werror
endif
SHLIB_LINK  = -lm

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS tracks header dependencies only where PostgreSQL was configured with
# --enable-depend (Debian's is not): every object depends on every header,
# so that an inline function changed in a header is never linked stale.
$(OBJS): $(wildcard src/*.h src/core/*.h)

$(EXTENSION)--$(EXTVERSION).sql: $(SCRIPT_PIECES)
	cat $^ > $@

# The upgrade script is committed (a packager or DBA finds it as a file) and
# regenerated from its pieces by make upgrade-script; make test fails when the
# committed file and its pieces differ.
UPGRADE_ASSEMBLE = cat $$(for f in $(UPGRADE_PIECES); do echo "$$(basename $$f) $$f"; done | sort | cut -d' ' -f2)

.PHONY: upgrade-script upgrade-script-check
upgrade-script:
	$(UPGRADE_ASSEMBLE) > $(UPGRADE_SCRIPT)

upgrade-script-check:
	@$(UPGRADE_ASSEMBLE) | cmp -s - $(UPGRADE_SCRIPT) || \
		{ echo "$(UPGRADE_SCRIPT) differs from its pieces: run make upgrade-script"; exit 1; }

.PHONY: regress-list
regress-list:
	@echo $(REGRESS)

.PHONY: test demo bench core-test test-citus
test:
	bash test/run-tests.sh

demo:
	bash test/demo/run-demo.sh

bench:
	bash test/bench/run-bench.sh

# every cross-entity aggregate on a Citus coordinator and two workers; one
# line saying it was skipped when Citus is not installed (docs/distributed.md)
test-citus:
	bash test/citus/run.sh

core-test:
	bash test/run-core-tests.sh

.PHONY: fuzz
fuzz:
	bash test/run-fuzz.sh

.PHONY: format-check
format-check:
	python3 test/typedefs.py

.PHONY: doc-test
doc-test:
	bash test/doc/run-doc-examples.sh

.PHONY: regen-tests
regen-tests:
	bash test/gen/regen-tests.sh

.PHONY: test-package test-pg15-release test-pg17 test-pg18 test-clients
test-package:
	bash test/package/run.sh

test-pg15-release:
	bash test/pgroot/run.sh 15

test-pg17:
	bash test/pgroot/run.sh 17

test-pg18:
	bash test/pgroot/run.sh 18

test-clients:
	bash test/clients/run.sh
