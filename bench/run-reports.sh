#!/usr/bin/env bash
# The Reports module (issue 15) at scale: catching up from a large history, the public report card page, and the
# delay from an event to its figure under the submission load of bench/run.sh.
#   bench/run-reports.sh [aspirations, default 1000000] [requests, default 100000] [duration, default 20s] [warm-up, default 20s]
# 1. The portal (Release, SQLite) starts once to migrate and seed, then stops. The aspirations are written into its
#    aspirations.db with SQL (spread over 2026 and the 39 agencies: 7/8 dispatched, 6/8 answered, 3/16 rated, each
#    with its timeline entries), and reports.db is deleted: at the next start the Reports module asks every source to
#    replay its history (docs/adr/0015). Measured: the time from that start until every source has completed its
#    replay and every figure is recounted, and the events replayed per second.
# 2. The requests for information are written straight into the read model (RequestFacts, their months marked for
#    recounting): the PPID module's request tables are not seeded here, so their replay is not part of step 1.
# 3. The card page `/kinerja?tahun=2026&bulan=0` (the whole year: every agency's 11 months added up, the province's
#    12 months) under wrk -t2 -c64, uncached and through the output cache, and the floor's `/cards` (bench/Floor: the
#    same monthly rows added up per agency in one GROUP BY, written into a bare HTML table) in the same run.
# 4. Submissions at full speed (wrk, bench/submit.lua, a citizen's token) while the Reports module keeps up; then the
#    delay from each submission's event time to the refresh of its figure, from the marks the module keeps an hour
#    (PendingFigures: RefreshedAt − EventAt), as p50 / p99 / max.
# Prints the tables; docs/performance.md records runs. CATCHUP_ONLY=1 stops after step 1 (a few minutes at 1,000,000).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ASPIRATIONS=${1:-1000000}
REQUESTS=${2:-100000}
DURATION=${3:-20s}
WARMUP=${4:-20s}
PORTAL=http://127.0.0.1:5098
FLOOR=http://127.0.0.1:5099
WORK=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3"; exit 1; }
PORTAL_PID=""
FLOOR_PID=""
trap 'stop PORTAL_PID; stop FLOOR_PID; rm -rf "$WORK"' EXIT

dotnet build -c Release src/Host/AspirasiEtam.Host -nologo -v q >/dev/null
dotnet build -c Release bench/Floor -nologo -v q >/dev/null
HOST_DIR=src/Host/AspirasiEtam.Host/bin/Release/net10.0
DATA=$WORK/portal
mkdir -p "$DATA" "$WORK/floor"

start_portal() { # [cache: true|false, default false]
  (cd "$HOST_DIR" && exec env Portal__CachePublicResponses=${1:-false} ASPNETCORE_URLS=$PORTAL ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
    Persistence__DataDirectory="$DATA" Mail__PickupDirectory="$WORK/mail" Storage__RootDirectory="$WORK/files" \
    DataProtection__KeysDirectory="$WORK/keys" RateLimits__CodeRequestsPerMinute=100000000 RateLimits__AccountRequestsPerMinute=100000000 \
    dotnet AspirasiEtam.Host.dll >>"$WORK/portal.log" 2>&1) &
  PORTAL_PID=$!
  for _ in $(seq 1 240); do curl -sf "$PORTAL/health/live" >/dev/null && return; sleep 0.25; done
  echo "the portal did not start: $WORK/portal.log" >&2; tail -20 "$WORK/portal.log" >&2; exit 1
}
reports() { sqlite3 -cmd ".timeout 5000" "$DATA/reports.db" "$@"; }
# Waits until every source answered the module's replay and no figure waits for its recount.
caught_up() {
  for _ in $(seq 1 7200); do
    local done pending
    done=$(reports "SELECT COUNT(*) FROM SourceReplays WHERE CompletedAt IS NOT NULL" 2>/dev/null || echo 0)
    pending=$(reports "SELECT COUNT(*) FROM PendingFigures WHERE RefreshedAt IS NULL" 2>/dev/null || echo 1)
    [ "$done" = "4" ] && [ "$pending" = "0" ] && return
    sleep 0.25
  done
  echo "the Reports module did not catch up in 30 minutes" >&2; exit 1
}
measure() { # name url [wrk args...]
  local name=$1 url=$2; shift 2
  wrk -t2 -c64 -d"$WARMUP" "$@" "$url" >/dev/null
  local out; out=$(wrk -t2 -c64 -d"$DURATION" --latency "$@" "$url")
  printf "| %-44s | %10s | %8s | %8s |\n" "$name" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')"
}

# 1. History, then a Reports module that never saw it.
start_portal
caught_up
stop PORTAL_PID
sqlite3 "$DATA/aspirations.db" >/dev/null <<SQL
PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;
CREATE TEMP TABLE agency AS SELECT ROW_NUMBER() OVER (ORDER BY Id) - 1 AS n, Id FROM DispatchAgencies WHERE IsActive;
CREATE TEMP TABLE seed AS
WITH RECURSIVE i(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM i WHERE i < $ASPIRATIONS)
SELECT i, upper(printf('%08x-0000-7000-8000-%012x', i, i)) AS Id, (SELECT Id FROM agency WHERE n = i % (SELECT COUNT(*) FROM agency)) AS AgencyId,
       strftime('%Y-%m-%d %H:%M:%S', '2026-01-01', '+' || (i * 27000000 / $ASPIRATIONS) || ' seconds') AS At,
       CASE WHEN i % 8 = 0 THEN 'Submitted' WHEN i % 8 = 1 THEN 'Dispatched' ELSE 'Responded' END AS Status
FROM i;
INSERT INTO Submissions (Id, TrackingCode, ReportNumber, Kind, Title, Description, CategoryCode, Anonymous, Confidential, ContactShared, Channel, Status, Feed,
                         CreatedAt, SubmittedAt, DueAt, DueFrom, SupportCount, AgencyId, RespondedAt, RespondedOnTime, Rating, RowVersion)
SELECT Id, printf('ASP-R%07d', i), printf('LAP-R%07d', i), 'Complaint', 'Laporan uji beban nomor ' || i, 'Uraian laporan uji beban untuk mengukur rekap kinerja.',
       'kesehatan', 0, 1, 0, 'Web', Status, 'Hidden', At, At, strftime('%Y-%m-%d %H:%M:%S', At, '+7 days'), At, 0,
       CASE WHEN Status = 'Submitted' THEN NULL ELSE AgencyId END,
       CASE WHEN Status = 'Responded' THEN strftime('%Y-%m-%d %H:%M:%S', At, '+' || (i % 9) || ' days', '+2 hours') END,
       CASE WHEN Status = 'Responded' THEN (i % 9) < 7 END, CASE WHEN Status = 'Responded' AND i % 4 = 0 THEN 1 + i % 5 END, 1
FROM seed;
INSERT INTO TimelineEntries (Id, SubmissionId, Sequence, At, Kind, Text, IsInternal, AgencyId)
SELECT upper(printf('%08x-0001-7000-8000-%012x', i, i)), Id, 1, strftime('%Y-%m-%d %H:%M:%S', At, '+1 hours'), 'Dispatched', 'Diteruskan ke OPD.', 0, AgencyId
FROM seed WHERE Status <> 'Submitted';
INSERT INTO TimelineEntries (Id, SubmissionId, Sequence, At, Kind, Text, IsInternal, AgencyId)
SELECT upper(printf('%08x-0002-7000-8000-%012x', i, i)), Id, 2, strftime('%Y-%m-%d %H:%M:%S', At, '+' || (i % 9) || ' days', '+2 hours'), 'Response', 'Sudah ditindaklanjuti.', 0, AgencyId
FROM seed WHERE Status = 'Responded';
INSERT INTO TimelineEntries (Id, SubmissionId, Sequence, At, Kind, Text, IsInternal, AgencyId)
SELECT upper(printf('%08x-0003-7000-8000-%012x', i, i)), Id, 3, strftime('%Y-%m-%d %H:%M:%S', At, '+' || (i % 9) || ' days', '+5 hours'), 'Rated', 'Dinilai.', 0, AgencyId
FROM seed WHERE Status = 'Responded' AND i % 4 = 0;
ANALYZE;
SQL
rm -f "$DATA"/reports.db*
start=$(date +%s%N)
start_portal
caught_up
elapsed=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
events=$(reports "SELECT SUM(Events) FROM SourceReplays")
facts=$(reports "SELECT COUNT(*) FROM AspirationFacts")
echo "| catch-up | aspirations | events replayed | seconds (start to every figure recounted) | events/s |"
echo "|---|---|---|---|---|"
printf "| %s | %s | %s | %s | %s |\n\n" "from scratch" "$facts" "$events" "$elapsed" "$(awk -v e="$events" -v s="$elapsed" 'BEGIN { printf "%.0f", e / s }')"
[ "${CATCHUP_ONLY:-0}" = "1" ] && exit 0

# 2. Requests for information, straight into the read model.
reports >/dev/null <<SQL
PRAGMA synchronous=OFF;
CREATE TEMP TABLE agency AS SELECT ROW_NUMBER() OVER (ORDER BY Id) - 1 AS n, Id FROM Agencies WHERE IsActive;
WITH RECURSIVE i(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM i WHERE i < $REQUESTS)
INSERT INTO RequestFacts (RequestId, Number, AgencyId, RegisteredAt, DecidedAt, Outcome, DecidedOnTime, WorkingDaysTaken)
SELECT upper(printf('%08x-0009-7000-8000-%012x', i, i)), printf('PPID/2026/BENCH/%06d', i), (SELECT Id FROM agency WHERE n = i % (SELECT COUNT(*) FROM agency)),
       strftime('%Y-%m-%d %H:%M:%S', '2026-01-01', '+' || (i * 27000000 / $REQUESTS) || ' seconds'),
       CASE WHEN i % 5 <> 0 THEN strftime('%Y-%m-%d %H:%M:%S', '2026-01-01', '+' || (i * 27000000 / $REQUESTS) || ' seconds', '+' || (i % 14) || ' days') END,
       CASE i % 5 WHEN 1 THEN 'granted' WHEN 2 THEN 'granted-in-part' WHEN 3 THEN 'refused' WHEN 4 THEN 'not-held' END,
       CASE WHEN i % 5 <> 0 THEN (i % 14) < 12 END, CASE WHEN i % 5 <> 0 THEN i % 14 END
FROM i;
INSERT INTO PendingFigures (AgencyId, Month, EventAt) SELECT DISTINCT m.AgencyId, m.Month, strftime('%Y-%m-%d %H:%M:%S', 'now') FROM AgencyMonths m WHERE m.AgencyId <> '00000000-0000-0000-0000-000000000000';
SQL
for _ in $(seq 1 2400); do [ "$(reports "SELECT COUNT(*) FROM PendingFigures WHERE RefreshedAt IS NULL")" = "0" ] && break; sleep 0.25; done
echo "Read model: $(reports "SELECT COUNT(*) FROM AspirationFacts") aspirations, $(reports "SELECT COUNT(*) FROM RequestFacts") requests, $(reports "SELECT COUNT(*) FROM AgencyMonths") agency-months; reports.db $(du -m "$DATA/reports.db" | cut -f1) MB"
echo

# 3. The card page against the floor: uncached (every request reads the figures), then as anonymous readers get it
#    (the output cache, evicted by the refresher whenever figures change).
sqlite3 "$WORK/floor/floor.db" "ATTACH '$DATA/reports.db' AS r; CREATE TABLE AgencyMonths AS SELECT * FROM r.AgencyMonths; CREATE TABLE Agencies AS SELECT * FROM r.Agencies; CREATE INDEX IX_AgencyMonths ON AgencyMonths (Month, AgencyId);"
(ASPNETCORE_URLS=$FLOOR exec dotnet bench/Floor/bin/Release/net10.0/Floor.dll --data="$WORK/floor" >"$WORK/floor.log" 2>&1) &
FLOOR_PID=$!
for _ in $(seq 1 60); do curl -sf "$FLOOR/feed" >/dev/null && break; sleep 0.5; done
echo "| run | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
measure "floor: /cards for 2026 (bare HTML)" "$FLOOR/cards?first=202601&last=202612"
stop FLOOR_PID
measure "portal: /kinerja?tahun=2026&bulan=0 (HTML)" "$PORTAL/kinerja?tahun=2026&bulan=0"
measure "portal: /api/reports/aspirations?year=2026" "$PORTAL/api/reports/aspirations?year=2026"
stop PORTAL_PID
start_portal true
measure "portal, cached: /kinerja?tahun=2026&bulan=0" "$PORTAL/kinerja?tahun=2026&bulan=0"
stop PORTAL_PID
start_portal
echo

# 4. Event to figure under the submission load.
CITIZEN=$(token warga@demo.kaltimprov.go.id)
load_start=$(reports "SELECT strftime('%Y-%m-%d %H:%M:%S', 'now')")
TOKEN=$CITIZEN measure "portal: submit aspiration (Reports live)" "$PORTAL/api/aspirations" -s bench/submit.lua
for _ in $(seq 1 240); do [ "$(reports "SELECT COUNT(*) FROM PendingFigures WHERE RefreshedAt IS NULL")" = "0" ] && break; sleep 0.25; done
reports "CREATE TEMP TABLE lag AS SELECT (julianday(RefreshedAt) - julianday(EventAt)) * 86400000.0 AS ms FROM PendingFigures WHERE EventAt >= '$load_start' AND RefreshedAt IS NOT NULL;
  SELECT printf('| event to figure under load | %d marks | p50 %.0f ms | p99 %.0f ms | max %.0f ms |', COUNT(*),
    (SELECT ms FROM lag ORDER BY ms LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM lag)),
    (SELECT ms FROM lag ORDER BY ms LIMIT 1 OFFSET (SELECT COUNT(*) * 99 / 100 FROM lag)), MAX(ms)) FROM lag;" 2>/dev/null \
  || reports "SELECT COUNT(*) FROM PendingFigures WHERE EventAt >= '$load_start'"
echo; echo "Machine: $(nproc) cores; wrk -t2 -c64 -d$DURATION --latency, each after a $WARMUP warm-up run"
