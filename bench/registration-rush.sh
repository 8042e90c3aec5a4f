#!/usr/bin/env bash
# The registration rush: bijeen on PostgreSQL, events with one round of 6 workshops of 25 places, and
# N concurrent clients registering over HTTP (API and form) until full and far beyond. Compared, in the
# same run and against the same PostgreSQL, with pgbench running the minimal SQL of a registration.
# Usage: bench/registration-rush.sh
#   (CLIENTS=64 RUSH_SECONDS=10 RUSHES=3 FORM_REQUESTS=600 PGBENCH_SECONDS=20
#    WARMUP_ROUND_SECONDS=10 WARMUP_MIN_ROUNDS=6 WARMUP_MAX_ROUNDS=24 WARMUP_QUIET_JIT_SECONDS=0.3)
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-64}
RUSH_SECONDS=${RUSH_SECONDS:-10}
RUSHES=${RUSHES:-3}
FORM_REQUESTS=${FORM_REQUESTS:-600}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-20}
# The JIT compiler shares bijeen's single core: warm up in rounds until it is (nearly) done compiling, so
# the figures are the steady state. A round counts as quiet when the JIT spent less than
# WARMUP_QUIET_JIT_SECONDS compiling during it.
WARMUP_ROUND_SECONDS=${WARMUP_ROUND_SECONDS:-10}
WARMUP_MIN_ROUNDS=${WARMUP_MIN_ROUNDS:-6}
WARMUP_MAX_ROUNDS=${WARMUP_MAX_ROUNDS:-24}
WARMUP_QUIET_JIT_SECONDS=${WARMUP_QUIET_JIT_SECONDS:-0.3}
PORT=${PORT:-18080}
DB=bijeen_bench
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
APP_CPU=${APP_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
BASE="http://127.0.0.1:$PORT"

log() { printf '[bench] %s\n' "$*" >&2; }

for tool in wrk pgbench taskset jstat; do
  command -v "$tool" >/dev/null || { log "needs $tool (Debian: apt-get install wrk postgresql-client util-linux; jstat comes with the JDK)"; exit 1; }
done

jar=$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  log "building bijeen"
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/bijeen-*.jar | head -n 1)
fi

log "fresh database $DB"
$PG -d postgres -c "drop database if exists $DB" -c "create database $DB"

# All clients come from one address: the rate limit is lifted and kept in memory (the shared store would put
# every request through one row; bench/two-instances.sh measures it with an address per client).
log "starting bijeen on CPU $APP_CPU (PostgreSQL profile, mail sender off: mail stays in the outbox)"
BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BIJEEN_DB_USER=postgres \
  taskset -c "$APP_CPU" java -Xms512m -Xmx512m ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=postgres \
  --server.port="$PORT" --management.server.port="$PORT" --bijeen.mail.enabled=false --bijeen.registration.rate-limit=100000000 \
  --bijeen.web.rate-limit-store=local \
  --bijeen.registration.jobs-enabled=false --bijeen.admin.password=bench-admin-password \
  --spring.datasource.hikari.maximum-pool-size=20 \
  --logging.level.root=WARN > target/bench-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { log "bijeen did not start"; tail -n 50 target/bench-app.log; exit 1; }

# An event with one round of six workshops of 25 places; prints "event_id round_id session_ids".
seed_event() {
  local slug=$1
  $PG -d $DB <<SQL
insert into event (uid, slug, title, event_type, attendance_mode, status, starts_at, ends_at, created_at, updated_at)
values ('$slug@bench', '$slug', 'Rush $slug', 'CONFERENCE', 'VENUE', 'PUBLISHED',
        now() + interval '30 days', now() + interval '30 days 6 hours', now(), now());
insert into programme_part (event_id, kind, title, starts_at, ends_at)
select id, 'ROUND', 'Workshops', starts_at + interval '1 hour', starts_at + interval '2 hours' from event where slug = '$slug';
insert into session (part_id, event_id, position, title, capacity)
select p.id, p.event_id, g, 'Workshop ' || g, 25 from programme_part p join event e on e.id = p.event_id,
       generate_series(1, 6) g where e.slug = '$slug';
select e.id || ' ' || p.id || ' ' || string_agg(s.id::text, ',' order by s.id)
  from event e join programme_part p on p.event_id = e.id join session s on s.part_id = p.id
 where e.slug = '$slug' group by e.id, p.id;
SQL
}

driver() { taskset -c "$LOAD_CPU" java bench/RushDriver.java "$@"; }

# The API rush: wrk with bench/rush-api.lua, pinned to the load CPU, for the given seconds; prints
# "rate=... requests=... p50_ms=... p99_ms=... non2xx=... socket_errors=..."
api_rush() {
  local seconds=$1 event=$2 round=$3 sessions=$4 run=$5 out
  out=$(taskset -c "$LOAD_CPU" wrk -t1 -c"$CLIENTS" -d"${seconds}s" --latency -s bench/rush-api.lua "$BASE" \
    -- "$event" "$round" "$sessions" "$run")
  echo "$out" | awk -v clients="$CLIENTS" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rate = $2 }
    / requests in / { requests = $1 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { non2xx = $5 }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
    END { printf "mode=api clients=%d requests=%d rate=%.1f p50_ms=%.1f p99_ms=%.1f non2xx=%d socket_errors=%d\n",
                 clients, requests, rate, p50, p99, non2xx + 0, errors + 0 }'
}

jit_seconds() { jstat -compiler "$app" | awk 'NR == 2 { print $4 }'; }

log "warming up the form path"
read -r warm_event warm_round warm_sessions <<<"$(seed_event warmup-form)"
driver "$BASE" "$warm_event" warmup-form "$warm_round" "$warm_sessions" "$CLIENTS" 600 form >/dev/null
log "warming up the API until the JIT compiler is quiet (rounds of ${WARMUP_ROUND_SECONDS}s)"
for round in $(seq 1 "$WARMUP_MAX_ROUNDS"); do
  read -r warm_event warm_round warm_sessions <<<"$(seed_event "warmup-$round")"
  jit_before=$(jit_seconds)
  warm_line=$(api_rush "$WARMUP_ROUND_SECONDS" "$warm_event" "$warm_round" "$warm_sessions" "warmup-$round-$$")
  jit=$(awk -v a="$jit_before" -v b="$(jit_seconds)" 'BEGIN { printf "%.2f", b - a }')
  log "warm-up round $round: $(echo "$warm_line" | sed -n 's/.*\(rate=[0-9.]*\).*/\1/p') jit_seconds=$jit"
  if [ "$round" -ge "$WARMUP_MIN_ROUNDS" ] && awk -v j="$jit" -v q="$WARMUP_QUIET_JIT_SECONDS" 'BEGIN { exit !(j < q) }'; then
    break
  fi
done
# Fresh statistics for the planner, as autovacuum gives a production server after the warm-up's inserts
# (this machine's PostgreSQL runs with autovacuum off; without statistics the planner may scan a whole
# event's registrations where a unique index finds the few it needs).
$PG -d $DB -c "analyze"

rush_events=()
rates=()
for rush in $(seq 1 "$RUSHES"); do
  read -r api_event api_round api_sessions <<<"$(seed_event "rush-api-$rush")"
  rush_events+=("$api_event")
  log "API rush $rush of $RUSHES: $CLIENTS clients for ${RUSH_SECONDS}s (wrk)"
  api_line=$(api_rush "$RUSH_SECONDS" "$api_event" "$api_round" "$api_sessions" "rush-$rush-$$")
  echo "$api_line"
  case "$api_line" in *" non2xx=0 socket_errors=0"*) ;; *) log "API rush had failed requests"; exit 1 ;; esac
  rates+=("$(echo "$api_line" | sed -n 's/.* rate=\([0-9.]*\) .*/\1/p')")
done
api_rate=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
echo "api median_rate=$api_rate of rates=$(IFS=,; echo "${rates[*]}")"

read -r form_event form_round form_sessions <<<"$(seed_event rush-form)"
rush_events+=("$form_event")
log "form rush: $CLIENTS clients, $FORM_REQUESTS registrations (each a GET of the form and a POST; RushDriver.java)"
form_line=$(driver "$BASE" "$form_event" rush-form "$form_round" "$form_sessions" "$CLIENTS" "$FORM_REQUESTS" form)
echo "$form_line"
case "$form_line" in *"cookies_set=0"*) ;; *) log "the form set a cookie (a session)"; exit 1 ;; esac

# The form rush measured as the API rush is: wrk (bench/rush-form.lua) for RUSH_SECONDS on a fresh event,
# every registration a GET of the form and a POST of it; registrations/s = POSTs answered with the
# redirect to "check your e-mail".
read -r wform_event wform_round wform_sessions <<<"$(seed_event rush-form-wrk)"
rush_events+=("$wform_event")
log "form rush (wrk): $CLIENTS clients for ${RUSH_SECONDS}s, GET the form and POST it"
wform_out=$(taskset -c "$LOAD_CPU" wrk -t1 -c"$CLIENTS" -d"${RUSH_SECONDS}s" --latency -s bench/rush-form.lua "$BASE" \
  -- rush-form-wrk "$wform_round" "$wform_sessions" "wform-$$")
wform_line=$(echo "$wform_out" | awk '
  function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
  /^form posts=/ { line = $0; for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] } }
  /^ +50%/ { p50 = ms($2) }
  /^ +99%/ { p99 = ms($2) }
  /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
  END { printf "mode=form-wrk registrations=%d rate=%.1f requests_p50_ms=%.1f requests_p99_ms=%.1f pages=%d other=%d cookies=%d socket_errors=%d\n",
               f["registered"], f["registered"] / f["seconds"], p50, p99, f["pages"], f["other"], f["cookies"], errors + 0 }')
echo "$wform_line"
case "$wform_line" in *" other=0 cookies=0 socket_errors=0"*) ;; *) log "form rush had failed requests or cookies"; echo "$wform_out"; exit 1 ;; esac
form_rate=$(echo "$wform_line" | sed -n 's/.* rate=\([0-9.]*\) .*/\1/p')

batches=$(curl -fs -u admin:bench-admin-password "$BASE/actuator/prometheus" \
  | sed -n 's/^bijeen_registration_batch_\(size_count\|size_sum\|size_max\|time_seconds_sum\|time_seconds_max\)[^ ]* \(.*\)/\1=\2/p' | tr '\n' ' ')
echo "batches $batches"

log "pgbench: the minimal SQL of a registration, $CLIENTS clients, ${PGBENCH_SECONDS}s"
$PG -d $DB <<SQL
create table bench_seat (id integer primary key, capacity integer not null, taken integer not null default 0,
                         check (taken <= capacity));
insert into bench_seat (id, capacity) select g, 1000000000 from generate_series(1, 6) g;
create table bench_registration (id bigint generated by default as identity primary key, session_id integer not null,
                                 email varchar(254) not null, created_at timestamp not null);
SQL
pg_out=$(taskset -c "$LOAD_CPU" pgbench -h 127.0.0.1 -U postgres -n -c "$CLIENTS" -j 1 -T "$PGBENCH_SECONDS" \
  -f bench/pgbench-register.sql "$DB" 2>&1)
pg_tps=$(echo "$pg_out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -n 1)
pg_lat=$(echo "$pg_out" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')
echo "pgbench clients=$CLIENTS tps=$pg_tps latency_avg_ms=$pg_lat"

events=$(IFS=,; echo "${rush_events[*]}")
expected_seats=$(( ${#rush_events[@]} * 150 ))
log "verifying: no session above capacity, counters equal rows, every confirmed registration has its mail"
$PG -d $DB -c "analyze"
overbooked=$($PG -d $DB -c "select count(*) from seat_counter where capacity is not null and taken > capacity")
mismatch=$($PG -d $DB -c "with seated as (
    select rc.session_id, count(*) as n from registration_choice rc join registration r on r.id = rc.registration_id
     where rc.status = 'CONFIRMED' and r.status in ('CONFIRMED','PENDING_APPROVAL','OFFERED') group by rc.session_id)
  select count(*) from seat_counter c left join seated s on s.session_id = c.session_id
   where c.session_id is not null and c.taken <> coalesce(s.n, 0)")
seated=$($PG -d $DB -c "select count(*) from registration_choice rc join registration r on r.id = rc.registration_id
  where r.event_id in ($events) and rc.status = 'CONFIRMED'")
registrations=$($PG -d $DB -c "select count(*) from registration where event_id in ($events)")
no_mail=$($PG -d $DB -c "select count(*) from (
    select id from registration where event_id in ($events) and status = 'CONFIRMED'
    except
    select split_part(reference, ':', 2)::bigint from mail_outbox where reference like 'registration:%:confirmation%') missing")
echo "verify registrations=$registrations seated_in_workshops=$seated (capacity ${#rush_events[@]}x150) overbooked_counters=$overbooked counter_row_mismatches=$mismatch confirmed_without_mail=$no_mail"

ratio=$(awk -v a="$api_rate" -v p="$pg_tps" 'BEGIN { printf "%.3f", a / p }')
echo "ratio bijeen_api/pgbench=$ratio"
echo "ratio form/api=$(awk -v f="$form_rate" -v a="$api_rate" 'BEGIN { printf "%.3f", f / a }')"
[ "$overbooked" = 0 ] && [ "$mismatch" = 0 ] && [ "$no_mail" = 0 ] && [ "$seated" = "$expected_seats" ] \
  || { log "VERIFICATION FAILED"; exit 1; }
log "done"
