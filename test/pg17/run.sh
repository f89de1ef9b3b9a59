#!/usr/bin/env bash
# make test-pg17: the whole test command (build with warnings as errors, core
# unit tests, pg_regress, dump/restore, upgrade, benchmarks on tiny data)
# against PostgreSQL 17, inside a minimal Debian 13 (trixie) root, which
# carries PostgreSQL 17.
#
# The root is built once with debootstrap (installed when missing) from the
# Debian mirror this machine's apt uses, and cached in ECOINSP_TRIXIE_ROOT
# (default /var/tmp/ecoinsp-trixie, outside the checkout); later runs reuse
# it.  Each run copies the checkout (without .git and build products) into
# the root, so the checkout itself is never built in.  /proc, a /dev/shm and
# a /tmp are mounted for the run and unmounted on exit.  The throwaway cluster
# runs as the root's postgres user (test/lib.sh).  Needs root (chroot,
# mount); ends with the test command's "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
repo=$(pwd)
ROOT=${ECOINSP_TRIXIE_ROOT:-/var/tmp/ecoinsp-trixie}
SUITE=trixie
PACKAGES="postgresql-17 postgresql-server-dev-17 make gcc libc6-dev"

die() { echo "pg17: $*" >&2; echo "0 passed, 1 failed"; exit 1; }
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
	local tmp=$ROOT.partial m
	m=$(mirror)
	if ! command -v debootstrap >/dev/null; then
		echo "pg17: installing debootstrap ..."
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1 ||
			{ apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; } ||
			die "apt-get install debootstrap failed"
	fi
	echo "pg17: building a $SUITE root in $ROOT from $m ..."
	rm -rf "$tmp"
	debootstrap --variant=minbase "$SUITE" "$tmp" "$m" >"$ROOT.log" 2>&1 ||
		{ tail -20 "$ROOT.log"; die "debootstrap failed (log: $ROOT.log)"; }
	# No services started by package scripts, no default cluster.
	printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
	chmod 755 "$tmp/usr/sbin/policy-rc.d"
	mkdir -p "$tmp/etc/postgresql-common/createcluster.d"
	echo "create_main_cluster = false" >"$tmp/etc/postgresql-common/createcluster.d/ecoinsp.conf"
	mount -t proc proc "$tmp/proc" && mounted+=("$tmp/proc")
	chroot "$tmp" env DEBIAN_FRONTEND=noninteractive sh -c \
		"apt-get update -qq && apt-get install -y -qq --no-install-recommends $PACKAGES && apt-get clean" \
		>>"$ROOT.log" 2>&1 || { cleanup; tail -20 "$ROOT.log"; die "apt-get install in the root failed (log: $ROOT.log)"; }
	cleanup
	rm -rf "$ROOT" && mv "$tmp" "$ROOT" || die "cannot move $tmp to $ROOT"
	touch "$ROOT/.ecoinsp-ready"
}

start=$(date +%s)
[ -f "$ROOT/.ecoinsp-ready" ] || build_root
echo "pg17: root $ROOT ready ($(($(date +%s) - start)) s); $(chroot "$ROOT" /usr/lib/postgresql/17/bin/postgres --version)"

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

chroot "$ROOT" env -i PATH=/usr/lib/postgresql/17/bin:/usr/sbin:/usr/bin:/sbin:/bin \
	HOME=/root LANG=C.UTF-8 PG_MAJOR=17 \
	bash -c 'cd /build/ecoinsp && bash test/run-tests.sh'
rc=$?
echo "pg17: finished in $(($(date +%s) - start)) s"
exit $rc
