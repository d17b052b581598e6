#!/usr/bin/env bash
# Runs every test of CourtProcurement: Domain, Application (on SQLite and on PostgreSQL), Web (over HTTP)
# and Browser (Playwright driving Debian's Chromium). On a fresh Debian machine with only the .NET SDK it
# installs PostgreSQL, Chromium and a Chinese font with apt (as root), starts a throwaway PostgreSQL cluster in a temporary
# folder on a free loopback port, runs the tests, stops the cluster, and ends with one line:
#   N passed, N failed[, N skipped]
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter FullyQualifiedName~Audit).
set -uo pipefail
cd "$(dirname "$0")"

say() { printf '==> %s\n' "$*" >&2; }

need_apt=()
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "${pg_bin:-}/initdb" ] || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# Chinese glyphs for the browser tests' screenshots.
[ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need_apt+=(fonts-wqy-zenhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    say "missing ${need_apt[*]}: run as root or install them with apt-get"; exit 1
  fi
  say "installing ${need_apt[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need_apt[@]}" >/dev/null || { say "apt-get failed"; exit 1; }
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# A free loopback port: nothing answers there.
port=
for candidate in $(seq 55432 55532); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { say "no free port for PostgreSQL"; exit 1; }

pg_dir=$(mktemp -d /tmp/courtprocurement-pg.XXXXXX)
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_dir"
stop_pg() {
  as_pg "$pg_bin/pg_ctl -D $pg_dir/data -m fast -w stop" >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap stop_pg EXIT
say "starting PostgreSQL on 127.0.0.1:$port"
as_pg "$pg_bin/initdb -D $pg_dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null || { say "initdb failed"; exit 1; }
as_pg "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/server.log -o '-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200' -w start" >/dev/null \
  || { say "PostgreSQL did not start"; cat "$pg_dir/server.log" >&2; exit 1; }

export COURTPROCUREMENT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true"
export COURTPROCUREMENT_TEST_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log=$(mktemp /tmp/courtprocurement-test.XXXXXX.log)
say "building"
dotnet build CourtProcurement.sln -c Release -nologo -v q 2>&1 | tee "$log" | grep -E "error|Build succeeded" >&2
build_rc=${PIPESTATUS[0]}
if [ "$build_rc" -ne 0 ]; then
  say "the build failed"; echo "0 passed, 1 failed"; exit "$build_rc"
fi
say "testing"
dotnet test CourtProcurement.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
test_rc=${PIPESTATUS[0]}

# Sum the closing line of each test assembly: "Passed!  - Failed: 0, Passed: 7, Skipped: 0, Total: 7 ..."
sum() { grep -E '^(Passed|Failed)!' "$log" | sed -E "s/.*$1: *([0-9]+).*/\\1/" | awk '{s+=$1} END {print s+0}'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
assemblies=$(grep -cE '^(Passed|Failed)!' "$log")
expected=$(ls -d tests/*.Tests | wc -l)
if [ "$assemblies" -ne "$expected" ]; then
  say "only $assemblies of $expected test assemblies reported"; [ "$failed" -eq 0 ] && failed=1
fi
rm -f "$log"
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
if [ "$test_rc" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$skipped" -ne 0 ]; then exit 1; fi
exit 0
