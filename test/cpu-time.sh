#!/usr/bin/env bash
# test/cpu-time.sh COMMAND...: runs COMMAND in a cpuacct cgroup of its own
# and prints the CPU time (user + sys) of everything it started, the
# PostgreSQL servers included (they leave the process tree, so that
# /usr/bin/time does not see them).  Needs root and the cgroup v1 cpuacct
# controller; without them runs COMMAND under /usr/bin/time.
set -u
cg=/sys/fs/cgroup/cpuacct/ecoinsp-$$
if [ "$(id -u)" = 0 ] && mkdir "$cg" 2>/dev/null; then
	SECONDS=0
	# test/run-tests.sh measures its stages in child cgroups of this one
	(echo "$BASHPID" >"$cg/cgroup.procs" && ECOINSP_CPUACCT=$cg exec "$@")
	status=$?
	awk -v wall="$SECONDS" '/^user/ {u = $2} /^system/ {s = $2}
		END {printf "cpu-time: %.1f s user, %.1f s sys, %.1f s CPU, %d s wall\n", u / 100, s / 100, (u + s) / 100, wall}' "$cg/cpuacct.stat"
	# the cgroup (and those test/run-tests.sh made in it) goes once its last
	# process has left (a server being stopped)
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		for sub in "$cg"/*/; do [ -d "$sub" ] && rmdir "$sub" 2>/dev/null; done
		rmdir "$cg" 2>/dev/null && break
		sleep 1
	done
	exit $status
fi
exec /usr/bin/time -f 'cpu-time: %U s user, %S s sys (servers not included), %e s wall' "$@"
