#!/usr/bin/env bash
# make test-package: builds the Debian package postgresql-NN-ecoinsp from a
# copy of the checkout with dpkg-buildpackage (debian/, pg_buildext),
# checks its contents, unpacks it (dpkg -x) into a throwaway copy of the
# PostgreSQL installation, and in a throwaway cluster runs CREATE EXTENSION
# ecoinsp, a query, and an update from 1.0.  Ends "package: N passed, N
# failed".  Installs debhelper and postgresql-server-dev-all when missing
# (apt-get, as root).
set -u
cd "$(dirname "$0")/../.."
. test/lib.sh
passed=0 failed=0
pass() { echo "package: ok: $*"; passed=$((passed + 1)); }
fail() { echo "package: FAILED: $*"; failed=$((failed + 1)); }
finish() {
	echo "package: $passed passed, $failed failed"
	[ "$failed" = 0 ]
	exit
}
version=$(sed -n 's/^EXTVERSION *= *//p' Makefile)
debversion=$(sed -n '1s/.*(\(.*\)).*/\1/p' debian/changelog)

ensure_build_deps
if ! command -v dh >/dev/null || ! command -v pg_buildext >/dev/null || ! command -v dpkg-buildpackage >/dev/null; then
	[ "$(id -u)" = 0 ] || die "install debhelper, dpkg-dev and postgresql-server-dev-all, or run as root"
	echo "installing debhelper dpkg-dev postgresql-server-dev-all ..."
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		debhelper dpkg-dev postgresql-server-dev-all >/dev/null || die "apt-get install failed"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-package.XXXXXX")
trap 'cluster_stop; rm -rf "$work"' EXIT
chmod 755 "$work"

# the checkout as it is, without its git directory and build products
src=$work/ecoinsp-$version
mkdir -p "$src"
tar --exclude=.git --exclude='*.o' --exclude='*.so' --exclude='*.bc' --exclude='./ecoinsp--*.sql' \
	--exclude=./results --exclude=./test/.build -cf - . | tar -C "$src" -xf -
start=$(date +%s)
if (cd "$src" && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -b -us -uc) >"$work/build.log" 2>&1; then
	pass "dpkg-buildpackage -b ($(($(date +%s) - start)) s)"
else
	tail -30 "$work/build.log"
	fail "dpkg-buildpackage -b (log above)"
	finish
fi

deb=$(ls "$work"/postgresql-"$PG_MAJOR"-ecoinsp_"$debversion"_*.deb 2>/dev/null | head -1)
if [ -n "$deb" ]; then
	pass "built $(basename "$deb")"
else
	ls "$work"
	fail "no postgresql-$PG_MAJOR-ecoinsp_${debversion}_*.deb"
	finish
fi

# contents: the library, the control file and every script make install ships
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
missing=
for f in lib/postgresql/$PG_MAJOR/lib/ecoinsp.so share/postgresql/$PG_MAJOR/extension/ecoinsp.control \
	$(for s in src/sql/released/ecoinsp--*.sql ecoinsp--"$version".sql src/sql/upgrade/ecoinsp--*.sql; do
		echo "share/postgresql/$PG_MAJOR/extension/ecoinsp--$(basename "$s" .sql | sed 's/^ecoinsp--//').sql"; done | sort -u); do
	grep -q "^\./usr/$f$" <<<"$contents" || missing="$missing $f"
done
if [ -z "$missing" ]; then
	pass "the package holds the library, the control file and the scripts"
else
	fail "the package lacks:$missing"
fi

# unpacked into a throwaway copy of PostgreSQL
stage=$work/root
mkdir -p "$stage/usr/lib/postgresql" "$stage/usr/share/postgresql"
cp -a "/usr/lib/postgresql/$PG_MAJOR" "$stage/usr/lib/postgresql/"
cp -a "/usr/share/postgresql/$PG_MAJOR" "$stage/usr/share/postgresql/"
rm -f "$stage/usr/lib/postgresql/$PG_MAJOR/lib/ecoinsp.so" "$stage/usr/share/postgresql/$PG_MAJOR/extension/ecoinsp"*
dpkg -x "$deb" "$stage"
chmod -R a+rX "$stage"
cluster_start "$stage/usr/lib/postgresql/$PG_MAJOR/bin" "$work"
out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d postgres \
	-c "CREATE EXTENSION ecoinsp" \
	-c "SELECT extversion FROM pg_extension WHERE extname = 'ecoinsp'" \
	-c "SELECT aqi_daily(so2 => 8, no2 => 40, pm10 => 120, co => 0.8, o3_8h => 90, pm25 => 80, standard => 'hj633-2012')::text" 2>&1)
if [ "$out" = "$version
107 hj633-2012 primary=PM2.5 exceeding=PM2.5" ]; then
	pass "CREATE EXTENSION ecoinsp $version from the package and an AQI query"
else
	fail "CREATE EXTENSION and a query from the package gave: $out"
fi
out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE from_1_0" 2>&1 &&
	psql -X -q -At -v ON_ERROR_STOP=1 -d from_1_0 -c "CREATE EXTENSION ecoinsp VERSION '1.0'" \
		-c "ALTER EXTENSION ecoinsp UPDATE" -c "SELECT extversion FROM pg_extension WHERE extname = 'ecoinsp'" 2>&1)
if [ "$out" = "$version" ]; then
	pass "the package's 1.0 installs and updates to $version"
else
	fail "1.0 from the package and ALTER EXTENSION ecoinsp UPDATE gave: $out"
fi
finish
