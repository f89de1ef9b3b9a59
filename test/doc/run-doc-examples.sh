#!/usr/bin/env bash
# make doc-test: runs every SQL example of README.md and docs/*.md against a
# throwaway cluster with the freshly built ecoinsp and compares it with the
# output shown (test/doc/doc_examples.py; the convention is in
# docs/contributing.md).  Ends "doc examples: N passed, N failed".
# Arguments: the pages to run (default: all).  make test runs the same check
# inside its own cluster.
set -u
cd "$(dirname "$0")/../.."
. test/lib.sh

ensure_build_deps
make -s -j2 >/dev/null || die "the build failed"
work=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-doc.XXXXXX")
trap 'cluster_stop; rm -rf "$work"' EXIT
stage_install "$work/pg"
cluster_start "$STAGE_BIN" "$work"
python3 test/doc/doc_examples.py --psql "$STAGE_BIN/psql" "$@"
