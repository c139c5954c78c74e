#!/usr/bin/env bash
# Load run of the Release build on SQLite with wrk (64 connections, latency percentiles), against the portal and
# against the bare minimal-API floor (bench/Floor) in the same run: first with the output cache (as deployed), then
# without it (the cost of a cache miss), then the inbox and the feed with 1,000,000 seeded aspirations, at page 1
# and deep. Every measured run follows a warm-up run (JIT tiering, pools, caches), which is not counted: on 2 busy
# cores the JIT needs ~20-30 s of load to bring a fresh process to its optimised code, and a server runs for days.
# Prints a table; docs/performance.md records a run.
#   bench/run.sh [duration, default 10s] [warm-up, default 30s]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-10s}
WARMUP=${2:-30s}
PORTAL=http://127.0.0.1:5090
FLOOR=http://127.0.0.1:5091
WORK=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3"; exit 1; }

dotnet build -c Release src/Host/AspirasiEtam.Host -nologo -v q >/dev/null
dotnet build -c Release bench/Floor -nologo -v q >/dev/null
HOST_DIR=src/Host/AspirasiEtam.Host/bin/Release/net10.0

# wrk is one client: the per-client rate limits are raised so the limiter is measured, not its refusals.
start_portal() { # [Portal__CachePublicResponses=false]
  (cd "$HOST_DIR" && exec env "$@" ASPNETCORE_URLS=$PORTAL ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
    Persistence__DataDirectory="$WORK/portal" Mail__PickupDirectory="$WORK/mail" Storage__RootDirectory="$WORK/files" \
    DataProtection__KeysDirectory="$WORK/keys" RateLimits__CodeRequestsPerMinute=100000000 RateLimits__AccountRequestsPerMinute=100000000 \
    dotnet AspirasiEtam.Host.dll >"$WORK/portal.log" 2>&1) &
  PORTAL_PID=$!
  for _ in $(seq 1 120); do curl -sf "$PORTAL/health/ready" >/dev/null && break; sleep 0.5; done
}
measure() { # name url [wrk args...]
  local name=$1 url=$2; shift 2
  wrk -t2 -c64 -d"$WARMUP" "$@" "$url" >/dev/null # warm-up, not counted
  local out; out=$(wrk -t2 -c64 -d"$DURATION" --latency "$@" "$url")
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  local errors; errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf "| %-34s | %10s | %8s | %8s | %s\n" "$name" "$rps" "$p50" "$p99" "${errors:+non-2xx: $errors}" | tee -a "$WORK/results.md"
}

mkdir -p "$WORK/portal" "$WORK/floor"
echo "| run | requests/s | p50 | p99 |" | tee "$WORK/results.md"
echo "|---|---|---|---|" | tee -a "$WORK/results.md"

# The floor.
(ASPNETCORE_URLS=$FLOOR exec dotnet bench/Floor/bin/Release/net10.0/Floor.dll --data="$WORK/floor" >"$WORK/floor.log" 2>&1) &
FLOOR_PID=$!
for _ in $(seq 1 60); do curl -sf "$FLOOR/feed" >/dev/null && break; sleep 0.5; done
TOKEN="" measure "floor: insert" "$FLOOR/submit" -s bench/submit.lua
FLOOR_CODE=$(curl -s "$FLOOR/codes" | tr -d '"')
measure "floor: read by code" "$FLOOR/track/$FLOOR_CODE"
measure "floor: page by code (HTML)" "$FLOOR/track-page/$FLOOR_CODE"
measure "floor: newest 20" "$FLOOR/feed"
kill $FLOOR_PID; wait $FLOOR_PID 2>/dev/null || true

# The portal, full stack: auth, validation, EF Core, outbox; anonymous public reads through the output cache.
start_portal
CITIZEN=$(token warga@demo.kaltimprov.go.id)
TOKEN=$CITIZEN measure "portal: submit aspiration" "$PORTAL/api/aspirations" -s bench/submit.lua
CODE=$(sqlite3 "$WORK/portal/aspirations.db" "SELECT TrackingCode FROM Submissions LIMIT 1")
measure "portal: tracking view (API, cached)" "$PORTAL/api/aspirations/track/$CODE"
measure "portal: tracking page (HTML, cached)" "$PORTAL/lacak/$CODE"
measure "portal: public feed page 1 (cached)" "$PORTAL/api/aspirations?pageSize=20"
kill $PORTAL_PID; wait $PORTAL_PID 2>/dev/null || true

# The same reads with the output cache off: every request goes to the database.
sqlite3 "$WORK/portal/aspirations.db" "SELECT TrackingCode FROM Submissions" >"$WORK/codes.txt"
start_portal Portal__CachePublicResponses=false
CODES_FILE="$WORK/codes.txt" measure "uncached: tracking view, random code" "$PORTAL" -s bench/track.lua
measure "uncached: tracking page (HTML)" "$PORTAL/lacak/$CODE"
measure "uncached: public feed page 1" "$PORTAL/api/aspirations?pageSize=20"
kill $PORTAL_PID; wait $PORTAL_PID 2>/dev/null || true

# 1,000,000 aspirations, then page 1 and deep pages of the feed and of PPID Utama's inbox.
sqlite3 "$WORK/portal/aspirations.db" >/dev/null <<'SQL'
PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO Submissions (Id, TrackingCode, ReportNumber, Kind, Title, Description, CategoryCode, Anonymous, Confidential, ContactShared, Channel, Status, Feed, CreatedAt, SubmittedAt, DueAt, SupportCount)
SELECT printf('%08x-0000-7000-8000-%012x', i, i), printf('ASP-B%03d-%04d', i / 10000, i % 10000), printf('LAP-B%03d-%04d', i / 10000, i % 10000), 'Complaint',
       'Laporan uji beban nomor ' || i, 'Uraian laporan uji beban untuk mengukur halaman publik dan kotak masuk.', 'kesehatan',
       CASE WHEN i % 10 = 0 THEN 0 ELSE 1 END, CASE WHEN i % 10 = 0 THEN 1 ELSE 0 END, 0, 'Web', CASE WHEN i % 3 = 0 THEN 'Dispatched' ELSE 'Submitted' END, CASE WHEN i % 10 = 0 THEN 'Hidden' ELSE 'Public' END,
       strftime('%Y-%m-%d %H:%M:%f', '2025-01-01', '+' || (i * 30) || ' seconds'), strftime('%Y-%m-%d %H:%M:%f', '2025-01-01', '+' || (i * 30) || ' seconds'),
       '2027-01-01 00:00:00', 0
FROM n;
ANALYZE;
SQL
start_portal Portal__CachePublicResponses=false
MAIN=$(token utama@demo.kaltimprov.go.id)
DEEP=$(sqlite3 "$WORK/portal/aspirations.db" "SELECT replace(SubmittedAt, ' ', 'T') || '&beforeId=' || Id FROM Submissions ORDER BY SubmittedAt LIMIT 1 OFFSET 20000")
DEEP_INBOX=$(sqlite3 "$WORK/portal/aspirations.db" "SELECT replace(CreatedAt, ' ', 'T') || '&beforeId=' || Id FROM Submissions ORDER BY CreatedAt LIMIT 1 OFFSET 20000")
measure "1M, uncached: public feed page 1" "$PORTAL/api/aspirations?pageSize=20"
measure "1M, uncached: feed ~page 49,000" "$PORTAL/api/aspirations?pageSize=20&before=$DEEP"
TOKEN=$MAIN measure "1M: PPID Utama inbox page 1" "$PORTAL/api/admin/aspirations/inbox?pageSize=20" -s bench/bearer.lua
TOKEN=$MAIN measure "1M: PPID Utama inbox ~page 33,000" "$PORTAL/api/admin/aspirations/inbox?pageSize=20&before=$DEEP_INBOX" -s bench/bearer.lua
kill $PORTAL_PID; wait $PORTAL_PID 2>/dev/null || true

echo; echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; wrk -t2 -c64 -d$DURATION --latency, each after a $WARMUP warm-up run"
rm -rf "$WORK"
