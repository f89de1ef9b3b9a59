# Shared by the test runner, the demo and the benchmarks: build dependencies,
# a throwaway copy of the PostgreSQL installation with ecoinsp installed into
# it, and a throwaway cluster run by an ordinary user.
#
# The copy keeps every test away from the system's PostgreSQL: PostgreSQL
# finds its share and lib directories relative to its own binaries, so
# "make install DESTDIR=<copy>" installs into the copy alone.

PG_MAJOR=${PG_MAJOR:-15}
PG_BIN=/usr/lib/postgresql/$PG_MAJOR/bin
PG_CONFIG=$PG_BIN/pg_config
export PG_CONFIG

die() { echo "error: $*" >&2; exit 2; }

# Installs the compiler, PostgreSQL and its server headers when missing
# (apt-get, as root).
ensure_build_deps() {
	local missing=()
	command -v make >/dev/null || missing+=(make)
	command -v gcc >/dev/null || missing+=(gcc)
	[ -x "$PG_BIN/postgres" ] || missing+=("postgresql-$PG_MAJOR")
	[ -f "/usr/include/postgresql/$PG_MAJOR/server/postgres.h" ] || missing+=("postgresql-server-dev-$PG_MAJOR")
	command -v runuser >/dev/null || missing+=(util-linux)
	((${#missing[@]})) || return 0
	apt_install "${missing[@]}"
}

# The test command's other dependencies (apt-get, as root, when missing):
# pg_cron for the scheduled refresh of the report layer, and Python's
# psycopg 3 for its client test.  pg_cron goes into the PostgreSQL
# installation, so this runs before stage_install copies it.
PYTHON=/usr/bin/python3
ensure_test_deps() {
	local missing=()
	[ -f "/usr/lib/postgresql/$PG_MAJOR/lib/pg_cron.so" ] || missing+=("postgresql-$PG_MAJOR-cron")
	"$PYTHON" -c 'import psycopg' 2>/dev/null || missing+=(python3-psycopg)
	((${#missing[@]})) || return 0
	apt_install "${missing[@]}"
}

# apt_install PACKAGE...: as root; waits while another apt-get holds the lock.
apt_install() {
	[ "$(id -u)" = 0 ] || die "missing $*: install them (apt-get install $*) or run as root"
	echo "installing $* ..."
	export DEBIAN_FRONTEND=noninteractive
	apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null &&
		apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >/dev/null ||
		die "apt-get install $* failed"
}

# The user the throwaway cluster runs as: PostgreSQL refuses to run as root.
cluster_user() {
	if [ "$(id -u)" != 0 ]; then
		id -un
	elif id postgres >/dev/null 2>&1; then
		echo postgres
	else
		useradd --system --no-create-home ecoinsp_test 2>/dev/null
		echo ecoinsp_test
	fi
}

as_cluster_user() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u "$CLUSTER_USER" -- "$@"
	else
		"$@"
	fi
}

# stage_install DIR [SRCDIR]: copies the PostgreSQL installation into DIR and
# installs the ecoinsp built in SRCDIR (default: here) into that copy.  Sets
# STAGE_BIN.
stage_install() {
	local dir=$1 src=${2:-.}
	mkdir -p "$dir/usr/lib/postgresql" "$dir/usr/share/postgresql"
	cp -a "/usr/lib/postgresql/$PG_MAJOR" "$dir/usr/lib/postgresql/"
	cp -a "/usr/share/postgresql/$PG_MAJOR" "$dir/usr/share/postgresql/"
	make -s -C "$src" install DESTDIR="$dir" >/dev/null || die "make install into $dir failed"
	chmod -R a+rX "$dir"
	STAGE_BIN=$dir/usr/lib/postgresql/$PG_MAJOR/bin
}

# cluster_start BINDIR WORKDIR: initdb and start a cluster on a Unix socket in
# WORKDIR, as CLUSTER_USER.  Sets PGHOST, PGPORT, PGUSER for psql.
cluster_start() {
	local bin=$1 work=$2
	CLUSTER_USER=$(cluster_user)
	CLUSTER_BIN=$bin
	CLUSTER_DATA=$work/data
	mkdir -p "$CLUSTER_DATA"
	chmod 755 "$work"
	[ "$(id -u)" = 0 ] && chown "$CLUSTER_USER" "$CLUSTER_DATA" "$work"
	as_cluster_user "$bin/initdb" -D "$CLUSTER_DATA" -A trust -U postgres \
		-E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 ||
		{ cat "$work/initdb.log"; die "initdb failed"; }
	PGPORT=$((50000 + RANDOM % 10000))
	CLUSTER_WORK=$work
	cluster_run "$bin"
	export PGHOST=$work PGPORT PGUSER=postgres PGDATABASE=postgres PGCLIENTENCODING=UTF8
}

# cluster_run BINDIR: starts the cluster's data directory with the server in
# BINDIR (the upgrade test restarts it with a newer library).
cluster_run() {
	CLUSTER_BIN=$1
	as_cluster_user "$CLUSTER_BIN/pg_ctl" -D "$CLUSTER_DATA" -l "$CLUSTER_WORK/server.log" -w \
		-o "-k $CLUSTER_WORK -p $PGPORT -c listen_addresses='' -c fsync=off -c max_worker_processes=8 -c max_parallel_workers=4" \
		start >/dev/null || { cat "$CLUSTER_WORK/server.log"; die "the throwaway cluster did not start"; }
}

cluster_stop() {
	[ -n "${CLUSTER_DATA:-}" ] || return 0
	as_cluster_user "$CLUSTER_BIN/pg_ctl" -D "$CLUSTER_DATA" -m immediate stop >/dev/null 2>&1
	CLUSTER_DATA=
}
