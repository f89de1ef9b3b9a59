#!/usr/bin/env bash
# test/pgroot/run.sh 15|17|18 [--root-only]: the whole test command (build with warnings as
# errors, core unit tests, pg_regress, dump/restore, upgrade, benchmarks on
# tiny data, doc examples) against another PostgreSQL, inside a minimal Debian
# root that carries it:
#
#   15  Debian 12 (bookworm) from its release media, without the security
#       suite: PostgreSQL 15 as the point release ships it (15.18), where the
#       host's apt has the security update (make test-pg15-release)
#   17  Debian 13 (trixie), PostgreSQL 17 (make test-pg17)
#   18  Debian 14 (forky, testing), PostgreSQL 18 (make test-pg18)
#
# The root is built once with debootstrap (installed when missing) from the
# Debian mirror this machine's apt uses, and cached in ECOINSP_ROOT (default
# /var/tmp/ecoinsp-SUITE, outside the checkout); later runs reuse it.  A root
# takes a few minutes to build (docs/contributing.md has the figures; each
# build's time is in ROOT/.ecoinsp-ready).  Two things are needed for forky:
# bookworm's debootstrap has no forky script, so the sid script is passed as
# its fourth argument; and a mirror's testing Release file may have expired
# (Valid-Until), so apt in the root runs with Acquire::Check-Valid-Until=false
# (debootstrap itself does not check Valid-Until).
#
# --root-only builds the root when it is not cached and stops there (.ci/run
# builds the two roots it needs while make test runs).
#
# Each run copies the checkout (without .git and build products) into the
# root, so the checkout itself is never built in.  /proc, a /dev/shm and a
# /tmp are mounted for the run and unmounted on exit.  The throwaway cluster
# runs as the root's postgres user (test/lib.sh).  Needs root (chroot,
# mount); ends with the test command's "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
repo=$(pwd)
MAJOR=${1:-}
SCRIPT=
case $MAJOR in
15) SUITE=bookworm ;;
17) SUITE=trixie ;;
18) SUITE=forky SCRIPT=sid ;;
*) echo "usage: $0 15|17|18 [--root-only]" >&2; echo "0 passed, 1 failed"; exit 2 ;;
esac
tag=pg$MAJOR
ROOT=${ECOINSP_ROOT:-/var/tmp/ecoinsp-$SUITE}
# What the test command needs (test/lib.sh would install the last ones in
# the root on each run; the cached root has them).
PACKAGES="postgresql-$MAJOR postgresql-server-dev-$MAJOR postgresql-$MAJOR-cron
	make gcc libc6-dev python3 python3-psycopg"

die() { echo "$tag: $*" >&2; echo "0 passed, 1 failed"; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mount)"

# The first Debian archive URI in this machine's apt sources (one-line and
# deb822 formats), else deb.debian.org.
mirror() {
	local m
	m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
		grep -oE '(https?://[^ ]+/debian)/?( |$)' | grep -v security | head -1 | tr -d ' ')
	echo "${m:-http://deb.debian.org/debian}"
}

mounted=()
cleanup() {
	local i
	for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
		umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null
	done
	mounted=()
}
trap cleanup EXIT
mount_in() {	# mount_in TARGET MOUNT-ARGS...
	local target=$ROOT$1; shift
	mkdir -p "$target"
	mountpoint -q "$target" && return 0
	mount "$@" "$target" || die "mount $* $target failed"
	mounted+=("$target")
}

build_root() {
	local tmp=$ROOT.partial m script=
	m=$(mirror)
	if ! command -v debootstrap >/dev/null; then
		echo "$tag: installing debootstrap ..."
		DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq debootstrap >/dev/null 2>&1 ||
			{ apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null &&
				DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq debootstrap >/dev/null; } ||
			die "apt-get install debootstrap failed"
	fi
	if [ -n "$SCRIPT" ]; then
		script=/usr/share/debootstrap/scripts/$SCRIPT
		[ -f "$script" ] || die "debootstrap has no $SCRIPT script"
	fi
	echo "$tag: building a $SUITE root in $ROOT from $m ..."
	rm -rf "$tmp"
	# debootstrap's sources.list names the suite alone: no security or
	# updates suite, so bookworm gives the release's PostgreSQL 15.
	debootstrap --variant=minbase "$SUITE" "$tmp" "$m" $script >"$ROOT.log" 2>&1 ||
		{ tail -20 "$ROOT.log"; die "debootstrap failed (log: $ROOT.log)"; }
	echo 'Acquire::Check-Valid-Until "false";' >"$tmp/etc/apt/apt.conf.d/99ecoinsp-valid-until"
	# No services started by package scripts, no default cluster.
	printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
	chmod 755 "$tmp/usr/sbin/policy-rc.d"
	mkdir -p "$tmp/etc/postgresql-common/createcluster.d"
	echo "create_main_cluster = false" >"$tmp/etc/postgresql-common/createcluster.d/ecoinsp.conf"
	mount -t proc proc "$tmp/proc" && mounted+=("$tmp/proc")
	chroot "$tmp" env DEBIAN_FRONTEND=noninteractive sh -c \
		"apt-get update -qq && apt-get install -y -qq --no-install-recommends $(echo $PACKAGES) && apt-get clean" \
		>>"$ROOT.log" 2>&1 || { cleanup; tail -20 "$ROOT.log"; die "apt-get install in the root failed (log: $ROOT.log)"; }
	cleanup
	rm -rf "$ROOT" && mv "$tmp" "$ROOT" || die "cannot move $tmp to $ROOT"
	echo "built in $(($(date +%s) - start)) s" >"$ROOT/.ecoinsp-ready"
}

start=$(date +%s)
[ -f "$ROOT/.ecoinsp-ready" ] || build_root
[ "${2:-}" = --root-only ] && { echo "$tag: root $ROOT ready ($(cat "$ROOT/.ecoinsp-ready"))"; exit 0; }
echo "$tag: root $ROOT ready ($(($(date +%s) - start)) s); $(chroot "$ROOT" /usr/lib/postgresql/$MAJOR/bin/postgres --version)"
[ "$1" = 15 ] && chroot "$ROOT" dpkg-query -W -f '$tag: ${Package} ${Version}\n' postgresql-15 | sed "s/\\\$tag/$tag/"

# The root's /dev holds the device nodes debootstrap made; the host's /dev is
# not bound in, so that nothing mounted here can reach the host's /dev/shm.
mount_in /proc -t proc proc
mount_in /dev/shm -t tmpfs -o mode=1777 shm
mount_in /tmp -t tmpfs -o mode=1777 tmp

# A copy of the checkout as it is (uncommitted changes included).
rm -rf "$ROOT/build" && mkdir -p "$ROOT/build/ecoinsp"
tar -C "$repo" --exclude=.git --exclude='*.o' --exclude='*.so' --exclude='*.bc' \
	--exclude=./results --exclude=./test/.build -cf - . | tar -C "$ROOT/build/ecoinsp" -xf - ||
	die "copying the checkout failed"

chroot "$ROOT" env -i PATH=/usr/lib/postgresql/$MAJOR/bin:/usr/sbin:/usr/bin:/sbin:/bin \
	HOME=/root LANG=C.UTF-8 PG_MAJOR=$MAJOR \
	bash -c 'cd /build/ecoinsp && bash test/run-tests.sh'
rc=$?
echo "$tag: finished in $(($(date +%s) - start)) s"
exit $rc
