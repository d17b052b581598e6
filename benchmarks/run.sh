#!/usr/bin/env bash
# Benchmark of the public notices list and the OCDS release package at realistic volume.
# Usage: benchmarks/run.sh [procurements=20000] [seconds=10] [clients=8]
# Prints requests per second and p95 per endpoint, with /healthz of the same run as the baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-20000}"; seconds="${2:-10}"; clients="${3:-8}"
data="$(mktemp -d)"; port=5099
trap 'kill "${web:-0}" 2>/dev/null || true; rm -rf "$data"' EXIT

dotnet build -c Release -v q -nologo src/CourtProcurement.Web >/dev/null
dotnet build -c Release -v q -nologo benchmarks/CourtProcurement.Benchmarks >/dev/null
bench=benchmarks/CourtProcurement.Benchmarks/bin/Release/net10.0/CourtProcurement.Benchmarks.dll

echo "==> seeding $count procurements"
dotnet "$bench" seed "$data" "$count"

echo "==> starting the portal (Production, SQLite, logs at Warning)"
# Started from its own output folder, so that its relative log path stays there.
(cd src/CourtProcurement.Web/bin/Release/net10.0 && ASPNETCORE_ENVIRONMENT=Production App__DataFolder="$data" Database__Provider=Sqlite \
  Serilog__MinimumLevel__Default=Warning ScheduledJobs__Enabled=false AllowedHosts='*' \
  exec dotnet CourtProcurement.Web.dll --urls "http://127.0.0.1:$port" >"$data/web.log" 2>&1) &
web=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the portal did not start:"; grep -m3 -iE "exception|error" "$data/web.log"; tail -5 "$data/web.log"; exit 1; }

echo "==> $clients clients, $seconds s per endpoint"
dotnet "$bench" load "http://127.0.0.1:$port" "$seconds" "$clients" \
  /healthz /Notices "/Notices?uncached={n}" "/Notices?status=Published&page=3" "/Notices?status=Published&page=3&uncached={n}" \
  /Notices/Contracts /api/ocds/releases "/api/ocds/releases?since=10000"
