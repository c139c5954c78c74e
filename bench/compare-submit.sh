#!/usr/bin/env bash
# The submission rate of this checkout against an earlier commit, measured in alternating pairs in one session so the
# machine's drift (±20 % on the shared 2-core machine) hits both alike; the bare floor's insert rate is measured
# first for scale. Release builds on SQLite, wrk -t2 -c64 with a citizen's bearer token (bench/submit.lua), each
# measured run after a warm-up run, fresh data for every run. Prints a table; docs/performance.md records runs.
#   bench/compare-submit.sh <base commit> [pairs, default 3] [duration, default 10s] [warm-up, default 20s]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?base commit, e.g. c21c252}
PAIRS=${2:-3}
DURATION=${3:-10s}
WARMUP=${4:-20s}
PORTAL=http://127.0.0.1:5092
FLOOR=http://127.0.0.1:5093
WORK=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
trap 'git worktree remove --force "$WORK/base" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

git worktree add -q --detach "$WORK/base" "$BASE"
dotnet build -c Release src/Host/AspirasiEtam.Host -nologo -v q >/dev/null
dotnet build -c Release "$WORK/base/src/Host/AspirasiEtam.Host" -nologo -v q >/dev/null
dotnet build -c Release bench/Floor -nologo -v q >/dev/null

rate() { # url [wrk args...]: requests per second of a measured run after a warm-up run
  local url=$1; shift
  wrk -t2 -c64 -d"$WARMUP" "$@" "$url" >/dev/null
  wrk -t2 -c64 -d"$DURATION" "$@" "$url" | awk '/Requests\/sec/ {print $2}'
}

# One portal run on fresh data: start, sign a citizen in, measure submissions, stop.
portal_rate() { # host build directory
  local data; data=$(mktemp -d -p "$WORK")
  (cd "$1" && exec env ASPNETCORE_URLS=$PORTAL ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
    Persistence__DataDirectory="$data/db" Mail__PickupDirectory="$data/mail" Storage__RootDirectory="$data/files" \
    DataProtection__KeysDirectory="$data/keys" RateLimits__CodeRequestsPerMinute=100000000 RateLimits__AccountRequestsPerMinute=100000000 \
    dotnet AspirasiEtam.Host.dll >"$data/portal.log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 120); do curl -sf "$PORTAL/health/ready" >/dev/null && break; sleep 0.5; done
  local token=""
  for _ in $(seq 1 120); do
    token=$(curl -s -X POST "$PORTAL/api/auth/token" -H 'content-type: application/json' \
      -d '{"email":"warga@demo.kaltimprov.go.id","password":"Demo-Kaltim-2026"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
    [ -n "$token" ] && break; sleep 0.5
  done
  TOKEN=$token rate "$PORTAL/api/aspirations" -s bench/submit.lua
  kill $pid; wait $pid 2>/dev/null || true
}

mkdir -p "$WORK/floor"
(ASPNETCORE_URLS=$FLOOR exec dotnet bench/Floor/bin/Release/net10.0/Floor.dll --data="$WORK/floor" >"$WORK/floor.log" 2>&1) &
FLOOR_PID=$!
for _ in $(seq 1 60); do curl -sf "$FLOOR/feed" >/dev/null && break; sleep 0.5; done
echo "floor insert: $(TOKEN='' rate "$FLOOR/submit" -s bench/submit.lua) req/s"
kill $FLOOR_PID; wait $FLOOR_PID 2>/dev/null || true

# One run that is not counted: the first portal start after the builds ran measurably slower (cold files), which
# would bias the first pair against whichever build goes first.
portal_rate "$WORK/base/src/Host/AspirasiEtam.Host/bin/Release/net10.0" >/dev/null

echo "| pair | base $BASE (req/s) | $(git rev-parse --short HEAD) (req/s) |"
echo "|---|---|---|"
for pair in $(seq 1 "$PAIRS"); do
  base=$(portal_rate "$WORK/base/src/Host/AspirasiEtam.Host/bin/Release/net10.0")
  head=$(portal_rate src/Host/AspirasiEtam.Host/bin/Release/net10.0)
  echo "| $pair | $base | $head |"
done
echo; echo "Machine: $(nproc) cores; wrk -t2 -c64 -d$DURATION, each after a $WARMUP warm-up run, fresh data per run"
