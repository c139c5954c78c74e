#!/usr/bin/env bash
# The PPID register (issue 12, item 13) with 100,000 published entries, 20,000 of them with a few KB of document text:
# public text search (a rare and a common word) and an agency's register page (HTML), on the portal and on the bare
# floor (bench/Floor: the same FTS5 query and the same agency browse query, minimal API + Microsoft.Data.Sqlite) in
# the same run. Release builds on SQLite; the portal with Portal__CachePublicResponses=false (the register is not
# cached anyway). Data: bench/register-seed.sql, generated once and copied row for row into both databases (the
# portal's ppid.db after it has migrated and seeded its demo entries, which the floor gets too), then ANALYZE.
# Each endpoint is measured with wrk -t2 -c64 --latency after an uncounted warm-up run, as bench/run.sh does, and
# once more with one connection (wrk -t1 -c1: a request's own time, no queueing). wrk's timeout is raised to 30 s so
# slow answers are counted, not dropped, and the measured runs last 20 s (an endpoint that answers 5 requests a second
# keeps 64 clients waiting ~13 s each); before each run the script waits for the server to finish what the previous
# run left queued. The agency page once more in three floor/portal pairs side by side, under 64 clients and one (the
# median of their ratios: the rates drift with the machine between the two phases). Then the SQL statements the
# portal runs, timed alone in the sqlite3 shell with their query plans.
# Prints the tables (11-14 minutes on the shared 2-core machine); docs/performance.md records runs.
#   bench/run-register.sh [duration, default 20s] [warm-up, default 30s]
# Environment: AGENCY (default DISKOMINFO), RARE (default pesut), COMMON (default laporan); EXPERIMENT_SQL: SQL run
# on both databases after seeding (a what-if for a schema change, e.g. an index; the output says it was applied);
# KEEP=DIR: work in DIR and keep it (the seeded databases are reused by the next run with the same DIR, which then
# skips steps 1-2; delete DIR after a schema change).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-20s}
WARMUP=${2:-30s}
AGENCY=${AGENCY:-DISKOMINFO}
RARE=${RARE:-pesut}
COMMON=${COMMON:-laporan}
EXPERIMENT_SQL=${EXPERIMENT_SQL:-}
PORTAL=http://127.0.0.1:5096
FLOOR=http://127.0.0.1:5097
KEEP=${KEEP:-}
WORK=${KEEP:-$(mktemp -d)}
mkdir -p "$WORK"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3"; exit 1; }
PORTAL_PID=""
FLOOR_PID=""
trap 'stop PORTAL_PID; stop FLOOR_PID; [ -n "$KEEP" ] || rm -rf "$WORK"' EXIT

dotnet build -c Release src/Host/AspirasiEtam.Host -nologo -v q >/dev/null
dotnet build -c Release bench/Floor -nologo -v q >/dev/null
HOST_DIR=src/Host/AspirasiEtam.Host/bin/Release/net10.0
DB=$WORK/portal/ppid.db
FLOOR_DB=$WORK/floor/floor.db

start_portal() {
  (cd "$HOST_DIR" && exec env Portal__CachePublicResponses=false ASPNETCORE_URLS=$PORTAL ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
    Persistence__DataDirectory="$WORK/portal" Mail__PickupDirectory="$WORK/mail" Storage__RootDirectory="$WORK/files" \
    DataProtection__KeysDirectory="$WORK/keys" RateLimits__CodeRequestsPerMinute=100000000 RateLimits__AccountRequestsPerMinute=100000000 \
    dotnet AspirasiEtam.Host.dll >>"$WORK/portal.log" 2>&1) &
  PORTAL_PID=$!
  SERVER_PID=$PORTAL_PID
  for _ in $(seq 1 120); do curl -sf "$PORTAL/health/ready" >/dev/null && return; sleep 0.5; done
  echo "the portal did not start: $WORK/portal.log" >&2; tail -20 "$WORK/portal.log" >&2; exit 1
}
start_floor() {
  (ASPNETCORE_URLS=$FLOOR exec dotnet bench/Floor/bin/Release/net10.0/Floor.dll --data="$WORK/floor" >>"$WORK/floor.log" 2>&1) &
  FLOOR_PID=$!
  SERVER_PID=$FLOOR_PID
  for _ in $(seq 1 60); do curl -sf "$FLOOR/feed" >/dev/null && return; sleep 0.5; done
  echo "the floor did not start" >&2; exit 1
}

# wrk's latencies (850.00us, 1.23ms, 2.50s, 1.00m) in milliseconds.
ms() { echo "$1" | awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v = v; else if ($1 ~ /m$/) v *= 60000; else if ($1 ~ /s$/) v *= 1000; printf "%.2f", v }'; }

# Waits until the server ($SERVER_PID) is idle (under 10 % of a core for a second, at most 60 s): requests a finished wrk
# run left queued in a slow server would otherwise run into the next measured run.
settle() {
  local before after
  for _ in $(seq 1 60); do
    before=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")
    sleep 1
    after=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")
    [ $((after - before)) -lt $(($(getconf CLK_TCK) / 10)) ] && return
  done
  echo "(the server was still busy after 60 s)" >&2
}

# measure key name url connections warm-up [lua-script lua-argument]: one uncounted warm-up run, then the measured
# run; the row goes to results.md, the figures to $WORK/<key> (req/s, p50 ms, p99 ms).
measure() {
  local key=$1 name=$2 url=$3 connections=$4 warmup=$5 threads=2
  local script=()
  [ -n "${6:-}" ] && script=(-s "$6" "$url" -- "$7") || script=("$url")
  [ "$connections" -lt 2 ] && threads=1
  settle
  wrk -t$threads -c"$connections" -d"$warmup" --timeout 30s "${script[@]}" >/dev/null
  settle
  local out; out=$(wrk -t$threads -c"$connections" -d"$DURATION" --timeout 30s --latency "${script[@]}")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  local answered; answered=$(echo "$out" | awk '/requests in/ {print $1}')
  errors=$(echo "$out" | awk '/Non-2xx/ {printf "non-2xx: %s ", $5} /Socket errors/ {sub(/^ *Socket errors: /, ""); printf "socket errors: %s", $0}')
  echo "$rps $(ms "$p50") $(ms "$p99")" >"$WORK/$key"
  printf "| %-50s | %3s | %10s | %9s | %9s | %7s | %s\n" "$name" "$connections" "$rps" "$p50" "$p99" "$answered" "$errors" | tee -a "$WORK/results.md"
}

# 1. The portal once, to migrate ppid.db, receive the directory's agencies and seed its demo entries; then stopped.
if [ -f "$WORK/seeded" ]; then
  echo "Reusing the databases seeded in $WORK."
else
  mkdir -p "$WORK/portal" "$WORK/floor"
  start_portal
  for _ in $(seq 1 120); do [ "$(sqlite3 "$DB" "SELECT count(*) FROM PublicEntries" 2>/dev/null || echo 0)" -gt 0 ] && break; sleep 0.5; done
  stop PORTAL_PID
  # The floor once, to create its tables.
  start_floor
  stop FLOOR_PID

  # 2. 100,000 entries generated once, then the same rows into both files (the floor also gets the portal's demo rows).
  echo "Seeding 100,000 entries..."
  SECONDS=0
  sqlite3 "$WORK/seed.db" "ATTACH '$DB' AS portal" ".read bench/register-seed.sql"
  COLUMNS="EntryId, AgencyId, AgencyCode, AgencyName, Number, Category, Year, Title, Summary, Tags, DocumentText, PublishedAt, UpdatedAt"
  sqlite3 "$FLOOR_DB" >/dev/null <<SQL
ATTACH '$DB' AS portal;
INSERT INTO PublicEntries ($COLUMNS) SELECT $COLUMNS FROM portal.PublicEntries ORDER BY Id;
SQL
  for file in "$DB" "$FLOOR_DB"; do
    sqlite3 "$file" >/dev/null <<SQL
PRAGMA synchronous=OFF;
ATTACH '$WORK/seed.db' AS seed;
BEGIN;
INSERT INTO PublicEntries ($COLUMNS) SELECT $COLUMNS FROM seed.SeedRows ORDER BY i;
COMMIT;
$EXPERIMENT_SQL
ANALYZE;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
  done
  echo "Seeded in ${SECONDS}s."
  sqlite3 "$DB" <<SQL
.mode list
.separator ": "
SELECT 'entries', count(*) FROM PublicEntries;
SELECT 'with document text', count(*) FROM PublicEntries WHERE DocumentText <> '';
SELECT 'document text, average characters', CAST(avg(length(DocumentText)) AS INTEGER) FROM PublicEntries WHERE DocumentText <> '';
SELECT 'entries of $AGENCY', count(*) FROM PublicEntries WHERE AgencyCode = '$AGENCY';
SELECT 'matches of "$RARE"*', count(*) FROM PublicEntrySearch WHERE PublicEntrySearch MATCH '"$RARE"*';
SELECT 'matches of "$COMMON"*', count(*) FROM PublicEntrySearch WHERE PublicEntrySearch MATCH '"$COMMON"*';
SELECT 'ppid.db, MB', page_count * page_size / 1048576 FROM pragma_page_count, pragma_page_size;
SQL
  [ -n "$EXPERIMENT_SQL" ] && echo "EXPERIMENT_SQL applied to both databases: $EXPERIMENT_SQL"
  cmp <(sqlite3 "$DB" "SELECT $COLUMNS FROM PublicEntries ORDER BY Id" | md5sum) <(sqlite3 "$FLOOR_DB" "SELECT $COLUMNS FROM PublicEntries ORDER BY Id" | md5sum) >/dev/null \
    && echo "The portal and the floor hold the same rows." || { echo "The portal's and the floor's rows differ" >&2; exit 1; }
  touch "$WORK/seeded"
fi

echo
echo "| run | connections | requests/s | p50 | p99 | answered | errors |" | tee "$WORK/results.md"
echo "|---|---|---|---|---|---|---|" | tee -a "$WORK/results.md"

# 3. The floor.
start_floor
for path in "/register/search?q=$RARE" "/register/search?q=$COMMON" "/register/agency/$AGENCY"; do
  curl -sf -o /dev/null "$FLOOR$path" || { echo "floor: $path does not answer 200" >&2; exit 1; }
done
measure f_rare "floor: search \"$RARE\" (JSON)" "$FLOOR/register/search?q=$RARE" 64 "$WARMUP"
measure f_common "floor: search \"$COMMON\" (JSON)" "$FLOOR/register/search?q=$COMMON" 64 "$WARMUP"
measure f_agency "floor: agency page $AGENCY (HTML, 20 rows)" "$FLOOR/register/agency/$AGENCY" 64 "$WARMUP"
measure f_rare1 "floor: search \"$RARE\" (JSON)" "$FLOOR/register/search?q=$RARE" 1 5s
measure f_common1 "floor: search \"$COMMON\" (JSON)" "$FLOOR/register/search?q=$COMMON" 1 5s
measure f_agency1 "floor: agency page $AGENCY (HTML, 20 rows)" "$FLOOR/register/agency/$AGENCY" 1 5s
measure f_mix "floor: citizens searching (20 words, 0.25-0.75 s apart)" "$FLOOR" 64 "$WARMUP" bench/search-mix.lua "/register/search?q="
stop FLOOR_PID

# 4. The portal, full stack: the public search API (ranked ids, the page's rows marked, the facet counts) and the
# agency's register page (its PPID pages, browse by agency, the facet counts, Razor). /ppid/CODE is the agency's
# address; where it does not answer (before 74e51dc a route constraint refused codes, see docs/performance.md) the same
# page is reached as /ppid?agency=CODE.
start_portal
PAGE="/ppid/$AGENCY"
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$PORTAL$PAGE")" != 200 ]; then
  echo "note: $PAGE answers $(curl -s -o /dev/null -w '%{http_code}' "$PORTAL$PAGE"); the agency page is measured as /ppid?agency=$AGENCY"
  PAGE="/ppid?agency=$AGENCY"
fi
AGENCY_NAME=$(sqlite3 "$DB" "SELECT Name FROM Agencies WHERE Code = '$AGENCY'")
curl -s "$PORTAL$PAGE" | grep -q "DIP $AGENCY_NAME" || { echo "portal: $PAGE is not $AGENCY's register page" >&2; exit 1; }
for path in "/api/ppid/entries?q=$RARE" "/api/ppid/entries?q=$COMMON" "/api/ppid/entries?agency=$AGENCY" "/ppid?q=$RARE"; do
  curl -sf -o /dev/null "$PORTAL$path" || { echo "portal: $path does not answer 200" >&2; exit 1; }
done
measure p_rare "portal: search \"$RARE\" (API)" "$PORTAL/api/ppid/entries?q=$RARE" 64 "$WARMUP"
measure p_common "portal: search \"$COMMON\" (API)" "$PORTAL/api/ppid/entries?q=$COMMON" 64 "$WARMUP"
measure p_agency "portal: agency page $PAGE (HTML)" "$PORTAL$PAGE" 64 "$WARMUP"
measure p_rare1 "portal: search \"$RARE\" (API)" "$PORTAL/api/ppid/entries?q=$RARE" 1 5s
measure p_common1 "portal: search \"$COMMON\" (API)" "$PORTAL/api/ppid/entries?q=$COMMON" 1 5s
measure p_agency1 "portal: agency page $PAGE (HTML)" "$PORTAL$PAGE" 1 5s
measure p_mix "portal: citizens searching (20 words, 0.25-0.75 s apart)" "$PORTAL" 64 "$WARMUP" bench/search-mix.lua "/api/ppid/entries?q="
measure p_rare_html "portal: search page /ppid?q=$RARE (HTML)" "$PORTAL/ppid?q=$RARE" 64 "$WARMUP"
measure p_category_html "portal: browse page /ppid?category=berkala (HTML)" "$PORTAL/ppid?category=berkala" 64 "$WARMUP"

# 4b. The agency page once more, floor and portal in turn (both running, idle but for the run), under 64 clients and
# one: figures of the two phases, minutes apart, follow the machine's drift (±20 %; in one run the floor's agency page
# read 16,538 requests/s where side by side it reads ~13,000) and what the previous run left (right after the common
# word's load the portal's first 5 s read ~15 % slower). Three pairs each (10 s under 64 clients, 5 s for one, each
# after a 5 s warm-up) and the median of their ratios.
start_floor
pairs() { # connections duration file
  local threads=2; [ "$1" -lt 2 ] && threads=1
  : >"$3"
  for round in 1 2 3; do
    for side in floor portal; do
      url=$([ $side = floor ] && echo "$FLOOR/register/agency/$AGENCY" || echo "$PORTAL$PAGE")
      SERVER_PID=$([ $side = floor ] && echo "$FLOOR_PID" || echo "$PORTAL_PID")
      settle
      wrk -t$threads -c"$1" -d5s "$url" >/dev/null
      printf "%s " "$(wrk -t$threads -c"$1" -d"$2" "$url" | awk '/Requests\/sec/ {print $2}')" >>"$3"
    done
    echo >>"$3"
  done
}
pairs 64 10s "$WORK/pairs64"
pairs 1 5s "$WORK/pairs1"
stop FLOOR_PID
stop PORTAL_PID

# 5. Portal against floor.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.1f×", a / b; else print "—" }'; }
latencies() { awk -v r="$1" -v a="$2" -v b="$3" -v d="$DURATION" 'BEGIN { if (r > 0) printf "%s / %s", a, b; else printf "none answered in %s", d }'; }
echo
echo "| endpoint | connections | floor req/s | portal req/s | floor ÷ portal req/s | floor p50 / p99 (ms) | portal p50 / p99 (ms) | portal ÷ floor p99 |"
echo "|---|---|---|---|---|---|---|---|"
for pair in "rare:search \"$RARE\"" "common:search \"$COMMON\"" "agency:agency page $AGENCY (HTML)" "mix:citizens searching, 0.25-0.75 s apart"; do
  key=${pair%%:*}; label=${pair#*:}
  for suffix in "" 1; do
    [ -f "$WORK/f_$key$suffix" ] || continue
    read -r frps fp50 fp99 <"$WORK/f_$key$suffix"
    read -r prps pp50 pp99 <"$WORK/p_$key$suffix"
    printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n" "$label" "$([ -z "$suffix" ] && echo 64 || echo 1)" "$frps" "$prps" \
      "$(ratio "$frps" "$prps")" "$(latencies "$frps" "$fp50" "$fp99")" "$(latencies "$prps" "$pp50" "$pp99")" "$(ratio "$pp99" "$fp99")"
  done
done

echo
for connections in 64 1; do
  echo "Agency page $AGENCY, $connections client(s), floor and portal in turn (requests/s):"
  awk '{ printf "  pair %d: floor %s, portal %s: %.1f×\n", NR, $1, $2, $1 / $2 }' "$WORK/pairs$connections"
  echo "  median floor ÷ portal: $(awk '{ printf "%.1f\n", $1 / $2 }' "$WORK/pairs$connections" | sort -n | sed -n 2p)×"
done

# 6. The portal's statements alone (RegisterSearch on SQLite, first page), each run twice in the sqlite3 shell (the
# second time is shown), with their plans. A search reads the ids the words find, newest first (tallied into the facet
# map's groups; the 5,000th is where the rank window starts), ranks the ids within the window and reads the page's
# rows (marked in memory). The facet map itself is loaded in the background at most every minute or after a change.
echo
echo "SQL alone (sqlite3 $(sqlite3 --version | cut -d' ' -f1), second of two runs; the portal's statements for the first page, no filters but the agency's):"
COLS="p.Id, p.EntryId, p.Number, p.AgencyCode, p.AgencyName, p.Title, p.Summary, p.Category, p.Year, p.PublishedAt, p.UpdatedAt"
SCAN_SQL() { echo "SELECT rowid FROM PublicEntrySearch WHERE PublicEntrySearch MATCH '\"$1\"*' ORDER BY rowid DESC"; }
WINDOW() { sqlite3 "$DB" "SELECT rowid FROM PublicEntrySearch WHERE PublicEntrySearch MATCH '\"$1\"*' ORDER BY rowid DESC LIMIT 1 OFFSET 4999"; }
RANK_SQL() { local start; start=$(WINDOW "$1"); echo "SELECT r.Id, r.Rank FROM (SELECT PublicEntrySearch.rowid AS Id, bm25(PublicEntrySearch, 10.0, 5.0, 3.0, 1.0) AS Rank FROM PublicEntrySearch WHERE PublicEntrySearch MATCH '\"$1\"*'${start:+ AND PublicEntrySearch.rowid >= $start}) r ORDER BY r.Rank, r.Id LIMIT 21"; }
ROWS_SQL() { echo "SELECT $COLS, p.Tags, p.DocumentText FROM PublicEntries p WHERE p.Id IN ($(sqlite3 "$DB" "SELECT group_concat(Id, ', ') FROM ($(RANK_SQL "$1"))"))"; }
while IFS='|' read -r label sql; do
  time=$(printf '.output /dev/null\n%s;\n.timer on\n%s;\n.output stdout\n' "$sql" "$sql" | sqlite3 "$DB" 2>&1 | awk '/Run Time/ {printf "%.1f ms", $4 * 1000}')
  plan=$(sqlite3 "$DB" "EXPLAIN QUERY PLAN $sql" | grep -v '^QUERY PLAN' | sed 's/^[|`]--//; s/^ *[|`]--//' | paste -sd ';' | sed 's/;/; /g')
  printf "  %-52s %9s   %s\n" "$label" "$time" "$plan"
done <<SQL
search "$RARE": the ids, newest first|$(SCAN_SQL "$RARE")
search "$RARE": rank the ids|$(RANK_SQL "$RARE")
search "$RARE": read the page's rows|$(ROWS_SQL "$RARE")
search "$COMMON": the ids, newest first|$(SCAN_SQL "$COMMON")
search "$COMMON": rank the ids in the window|$(RANK_SQL "$COMMON")
search "$COMMON": read the page's rows|$(ROWS_SQL "$COMMON")
agency page: browse $AGENCY|SELECT $COLS FROM PublicEntries p WHERE 1 = 1 AND p.AgencyCode = '$AGENCY' ORDER BY p.PublishedAt DESC, p.Id DESC LIMIT 21
browse by category (berkala)|SELECT $COLS FROM PublicEntries p WHERE 1 = 1 AND p.Category = 'Berkala' ORDER BY p.PublishedAt DESC, p.Id DESC LIMIT 21
facet map load (background, 1 min or a change)|SELECT p.Id, p.AgencyCode, p.Category, p.Year FROM PublicEntries p
SQL

echo; echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk --latency --timeout 30s, -t2 -c64 after a $WARMUP warm-up run, -t1 -c1 after a 5s one, $DURATION measured"
