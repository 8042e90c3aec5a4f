#!/usr/bin/env bash
# Check-in at the door: 4 devices (DEVICES) scan the codes of PEOPLE participants with a place (plus REPEATS%
# scanned a second time, as when somebody is scanned twice at two doors) through the API scan endpoint
# (POST /api/events/{id}/check-ins), paced as 500 people in 10 minutes (PACE seconds between one device's scans;
# PACE=0: as fast as they can). Reports the latency p50/p90/p99/max per scan (curl's time_total) and checks that
# every participant is stored exactly once, that first scans answered 201 and repeats 200.
# bijeen runs on a fresh PostgreSQL database of its own, pinned to CPU 0 as in the other benchmarks; the
# devices (curl) run on CPU 1.
# Before it, the JVM is warmed up on another event: WARMUP participants scanned twice, as fast as possible.
# Usage: bench/check-in.sh                 (PEOPLE=500 DEVICES=4 REPEATS=10 WARMUP=2000 PORT=18091)
#        PEOPLE=20 WARMUP=100 bench/check-in.sh   (a quick proof that it works: about half a minute of scanning)
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${PEOPLE:-500}
DEVICES=${DEVICES:-4}
REPEATS=${REPEATS:-10}
# 500 people + 10% repeats over 4 devices in 600 s: one scan per device every 4.36 s
PACE=${PACE:-4.36}
# participants of a separate event scanned (twice) before the measured run, to warm the JVM up
WARMUP=${WARMUP:-2000}
PORT=${PORT:-18091}
DB=${DB:-bijeen_check_in}
APP_CPU=${APP_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
BASE="http://127.0.0.1:$PORT"
TOKEN=bij_bench-check-in-token
OUT=target/bench-check-in
log() { printf '[check-in] %s\n' "$*" >&2; }

for tool in taskset curl psql awk; do
  command -v "$tool" >/dev/null || { log "needs $tool"; exit 1; }
done
jar=$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { log "building bijeen"; ./mvnw -q -B -DskipTests package; jar=$(ls target/bijeen-*.jar | head -n 1); }
rm -rf "$OUT"; mkdir -p "$OUT"

log "fresh database $DB"
$PG -d postgres -c "drop database if exists $DB" -c "create database $DB"

log "starting bijeen on CPU $APP_CPU (PostgreSQL profile, mail sender off)"
BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BIJEEN_DB_USER=postgres \
  taskset -c "$APP_CPU" java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=postgres \
  --server.port="$PORT" --management.server.port="$PORT" --bijeen.mail.enabled=false \
  --bijeen.registration.jobs-enabled=false --bijeen.admin.password=bench-admin-password \
  --logging.level.root=WARN > "$OUT/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || break
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { log "bijeen did not start"; tail -n 50 "$OUT/app.log"; exit 1; }

# An event today with N participants with a place and their check-in codes (BENCH, a letter per event, the number:
# twelve characters of Crockford base 32); prints the event id.
seed_event() { # slug people letter
  local slug=$1 n=$2 letter=$3
  $PG -d "$DB" <<SQL | tail -n 1
insert into event (uid, slug, title, event_type, attendance_mode, status, starts_at, ends_at, created_at, updated_at)
values ('$slug@bench', '$slug', 'Check-in voor $n deelnemers', 'CONFERENCE', 'VENUE', 'PUBLISHED',
        date_trunc('day', now()) + interval '9 hours', date_trunc('day', now()) + interval '17 hours', now(), now());
insert into registration (event_id, token_hash, email, name, organisation, job_title, locale, attendance, status,
                          consent_at, created_at, updated_at)
select e.id, encode(sha256(('$slug-' || k)::bytea), 'hex'), 'deelnemer.' || k || '@$slug.example.org',
       'Deelnemer ' || k, 'Wijkteam ' || (k % 7), 'sociaal werker', 'nl', 'VENUE', 'CONFIRMED', now(), now(), now()
  from event e cross join generate_series(1, $n) k where e.slug = '$slug';
insert into check_in_code (registration_id, code, issued_at)
select r.id, 'BENC' || '$letter' || lpad(substr(r.email, 11, position('@' in r.email) - 11), 7, '0'), now()
  from registration r join event e on e.id = r.event_id where e.slug = '$slug';
analyze;
select id from event where slug = '$slug';
SQL
}
codes_of() { # event
  $PG -d "$DB" -c "select c.code from check_in_code c join registration r on r.id = c.registration_id where r.event_id = $1 order by c.code"
}
scan() { # event code
  taskset -c "$LOAD_CPU" curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$2\"}" "$BASE/api/events/$1/check-ins"
}

log "an API token; an event with $PEOPLE participants, and one with $WARMUP to warm the JVM up"
$PG -d "$DB" -c "insert into api_token (account_id, name, token_hash, created_at, scopes)
  select id, 'bench check-in', encode(sha256('$TOKEN'::bytea), 'hex'), now(), 'READ,WRITE,REGISTRATIONS'
  from account where username = 'admin'"
event=$(seed_event check-in-bench "$PEOPLE" H)
if [ "$WARMUP" -gt 0 ]; then
  warmup=$(seed_event check-in-warmup "$WARMUP" W)
  log "warm-up: $DEVICES devices scan $WARMUP codes twice as fast as they can (not counted)"
  codes_of "$warmup" > "$OUT/warmup.codes"
  for round in 1 2; do
    pids=()
    for d in $(seq 0 $((DEVICES - 1))); do
      awk -v d="$d" -v n="$DEVICES" '(NR - 1) % n == d' "$OUT/warmup.codes" \
        | while read -r code; do scan "$warmup" "$code"; done > "$OUT/warmup-$round-$d.results" &
      pids+=($!)
    done
    wait "${pids[@]}"
  done
  awk '$1 != 201 && $1 != 200' "$OUT"/warmup-*.results | head -n 3 | sed 's/^/[check-in] warm-up answer: /' >&2
fi
[ -n "$event" ] || { log "seeding failed"; exit 1; }

# The scans: every code once, REPEATS% of them again later, shuffled and dealt round-robin to the devices.
codes_of "$event" > "$OUT/codes"
{ cat "$OUT/codes"; awk -v p="$REPEATS" 'NR % int(100 / (p > 0 ? p : 100)) == 0 && p > 0' "$OUT/codes"; } \
  | awk 'BEGIN { srand(12) } { print rand() "\t" $0 }' | sort -k1,1 | cut -f2 > "$OUT/scans"
# A repeat must come after the first scan of its code: keep the first occurrence, move later ones to the end.
awk '!seen[$0]++ { print; next } { later[++n] = $0 } END { for (i = 1; i <= n; i++) print later[i] }' "$OUT/scans" > "$OUT/scans.ordered"
for d in $(seq 0 $((DEVICES - 1))); do
  awk -v d="$d" -v n="$DEVICES" '(NR - 1) % n == d' "$OUT/scans.ordered" > "$OUT/device-$d.codes"
done
total=$(wc -l < "$OUT/scans.ordered")

log "$DEVICES devices scan $total codes ($PEOPLE people, $((total - PEOPLE)) repeats), one scan each per ${PACE}s"
device() { # index
  while read -r code; do
    scan "$event" "$code"
    sleep "$PACE"
  done < "$OUT/device-$1.codes" > "$OUT/device-$1.results"
}
start=$(date +%s.%N)
pids=()
for d in $(seq 0 $((DEVICES - 1))); do device "$d" & pids+=($!); done
wait "${pids[@]}"
seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
cat "$OUT"/device-*.results > "$OUT/results"

created=$(awk '$1 == 201' "$OUT/results" | wc -l)
already=$(awk '$1 == 200' "$OUT/results" | wc -l)
other=$(awk '$1 != 201 && $1 != 200' "$OUT/results" | wc -l)
stored=$($PG -d "$DB" -c "select count(*) from check_in where event_id = $event")
distinct=$($PG -d "$DB" -c "select count(distinct registration_id) from check_in where event_id = $event")
awk '{ print $2 * 1000 }' "$OUT/results" | sort -n > "$OUT/latencies"
pct() { awk -v p="$1" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; printf "%.1f", v[i] }' "$OUT/latencies"; }
printf '%-7s %-7s %-6s %-8s %-7s %-7s %-7s %-7s %-7s %-8s\n' people scans devices seconds p50_ms p90_ms p99_ms max_ms stored distinct
printf '%-7s %-7s %-6s %-8s %-7s %-7s %-7s %-7s %-7s %-8s\n' "$PEOPLE" "$total" "$DEVICES" "$seconds" "$(pct 50)" "$(pct 90)" \
  "$(pct 99)" "$(pct 100)" "$stored" "$distinct"
log "answers: $created × 201 (checked in), $already × 200 (already), $other other"
ok=true
[ "$stored" -eq "$PEOPLE" ] && [ "$distinct" -eq "$PEOPLE" ] || { log "FAIL: $stored check-ins stored for $PEOPLE people"; ok=false; }
[ "$created" -eq "$PEOPLE" ] && [ "$already" -eq $((total - PEOPLE)) ] && [ "$other" -eq 0 ] \
  || { log "FAIL: expected $PEOPLE × 201 and $((total - PEOPLE)) × 200"; ok=false; }
$ok && log "done: every participant checked in exactly once" || exit 1
