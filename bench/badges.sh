#!/usr/bin/env bash
# Badges and presence lists as PDF: an event with 1,000 participants with a place (and one with 10,000), their
# badges (8 to an A4 sheet) and presence list downloaded as an organiser, timed, while jstat samples the heap
# every 100 ms. bijeen runs with a small heap (XMX, 96 MB) on a fresh PostgreSQL database of its own, pinned to
# CPU 0 as in the other benchmarks; curl runs on CPU 1.
# Usage: bench/badges.sh      (COUNTS="1000 10000" RUNS=3 XMX=96m PORT=18090; XMX=64m for the strict check)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNTS=${COUNTS:-1000 10000}
RUNS=${RUNS:-3}
XMX=${XMX:-96m}
PORT=${PORT:-18090}
DB=${DB:-bijeen_badges}
APP_CPU=${APP_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
BASE="http://127.0.0.1:$PORT"

log() { printf '[badges] %s\n' "$*" >&2; }

for tool in taskset jstat curl psql; do
  command -v "$tool" >/dev/null || { log "needs $tool"; exit 1; }
done
jar=$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { log "building bijeen"; ./mvnw -q -B -DskipTests package; jar=$(ls target/bijeen-*.jar | head -n 1); }

log "fresh database $DB"
$PG -d postgres -c "drop database if exists $DB" -c "create database $DB"

log "starting bijeen on CPU $APP_CPU with -Xmx$XMX (PostgreSQL profile, mail sender off)"
BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BIJEEN_DB_USER=postgres \
  taskset -c "$APP_CPU" java -Xms"$XMX" -Xmx"$XMX" ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=postgres \
  --server.port="$PORT" --management.server.port="$PORT" --bijeen.mail.enabled=false \
  --bijeen.registration.jobs-enabled=false --bijeen.admin.password=bench-admin-password \
  --logging.level.root=WARN > target/bench-badges.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || break
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { log "bijeen did not start"; tail -n 50 target/bench-badges.log; exit 1; }

# An event with one round of six workshops and N participants with a place (names with accents among them),
# plus 5% waiting and 5% cancelled who must not be printed; prints the event id.
seed_event() {
  local slug=$1 n=$2
  $PG -d "$DB" <<SQL
insert into event (uid, slug, title, event_type, attendance_mode, status, starts_at, ends_at, created_at, updated_at)
values ('$slug@bench', '$slug', 'Badges voor $n deelnemers', 'CONFERENCE', 'VENUE', 'PUBLISHED',
        date_trunc('day', now()) + interval '30 days 9 hours', date_trunc('day', now()) + interval '30 days 17 hours', now(), now());
insert into programme_part (event_id, kind, title, starts_at, ends_at)
select id, 'ROUND', 'Workshopronde', starts_at + interval '2 hours', starts_at + interval '3 hours' from event where slug = '$slug';
insert into session (part_id, event_id, position, title, room, capacity)
select p.id, p.event_id, g, 'Workshop ' || g || ': samen werken in de wijk', 'Zaal ' || g, null
  from programme_part p join event e on e.id = p.event_id, generate_series(1, 6) g where e.slug = '$slug';
insert into registration (event_id, token_hash, email, name, organisation, job_title, locale, attendance, status,
                          waitlisted_at, consent_at, created_at, updated_at, cancelled_at)
select e.id, encode(sha256(('$slug-' || k)::bytea), 'hex'), 'deelnemer.' || k || '@$slug.example.org',
       (array['Zoë','Anna','Bram','Çelik','Sanne','Mohamed','Ødegård','Fleur','Jürgen','Ελένη'])[1 + k % 10] || ' '
         || (array['de Vries','Jansen','van den Heuvel-Oosterbeek','Bakker','Smit','Çelik-Ødegård','Visser',
                   'Maximiliaan Alexander Theodorus van Nijenrode','El Amrani','Παπαδοπούλου'])[1 + (k / 10) % 10] || ' ' || k,
       (array['Gemeente Utrecht','Stichting Welzijn Zuidoost-Brabant en omstreken','Wijkteam Noord','GGD','Hogeschool'])[1 + k % 5],
       'sociaal werker', 'nl', 'VENUE',
       case when k > $n + $n / 20 then 'CANCELLED' when k > $n then 'WAITLISTED' else 'CONFIRMED' end,
       case when k > $n and k <= $n + $n / 20 then now() end,
       now(), now() - interval '1 day' + k * interval '1 second', now(), case when k > $n + $n / 20 then now() end
  from event e cross join generate_series(1, $n + $n / 10) k where e.slug = '$slug';
insert into registration_choice (registration_id, part_id, session_id, preference, status, waitlisted_at)
select r.id, s.part_id, s.id, 1, 'CONFIRMED', r.created_at
  from registration r join event e on e.id = r.event_id
  join session s on s.event_id = e.id and s.position = 1 + r.id % 6
 where e.slug = '$slug';
insert into seat_counter (event_id, name, session_id, capacity, taken)
select e.id, 'VENUE', null, null, (select count(*) from registration r where r.event_id = e.id and r.status = 'CONFIRMED')
  from event e where e.slug = '$slug';
select id from event where slug = '$slug';
SQL
}

login() {
  local jar_file csrf
  jar_file=$(mktemp)
  csrf=$(curl -fs -c "$jar_file" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -fs -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "username=admin" \
    --data-urlencode "password=bench-admin-password" --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '!/^#/ && NF >= 7 { c = c (c ? "; " : "") $6 "=" $7 } /^#HttpOnly_/ { c = c (c ? "; " : "") $6 "=" $7 } END { print c }' "$jar_file"
  rm -f "$jar_file"
}

# Downloads one PDF while jstat samples the heap; prints "seconds bytes heap_max_MB"
download() { # path file
  local path=$1 file=$2 sample sampler start bytes seconds heap
  sample=$(mktemp)
  jstat -gc "$app" 100 > "$sample" &
  sampler=$!
  start=$(date +%s.%N)
  bytes=$(taskset -c "$LOAD_CPU" curl -fs -H "Cookie: $COOKIE" -o "$file" -w '%{size_download}' "$BASE$path")
  seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
  sleep 0.3; kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  # jstat -gc: S0U $3, S1U $4, EU $6, OU $8 (KB)
  heap=$(awk 'NR > 1 && $1 ~ /^[0-9]/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%.1f", m / 1024 }' "$sample")
  rm -f "$sample"
  echo "$seconds $bytes $heap"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
pages() { if command -v pdfinfo >/dev/null; then pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; else echo "-"; fi; }

COOKIE=$(login)
[ -n "$COOKIE" ] || { log "could not sign in"; exit 1; }

printf '%-9s %-14s %6s %10s %11s %11s %12s\n' count printout pages bytes seconds_p50 seconds_max heap_max_MB
for n in $COUNTS; do
  log "seeding an event with $n participants with a place"
  event=$(seed_event "badges-$n" "$n" | tail -n 1)
  $PG -d "$DB" -c "analyze"
  for printout in badges presence-list; do
    file="target/bench-$printout-$n.pdf"
    download "/admin/events/$event/$printout.pdf" "$file" >/dev/null # warm-up
    times=(); heaps=()
    for _ in $(seq 1 "$RUNS"); do
      read -r seconds bytes heap <<<"$(download "/admin/events/$event/$printout.pdf" "$file")"
      times+=("$seconds"); heaps+=("$heap")
    done
    p50=$(printf '%s\n' "${times[@]}" | median)
    max=$(printf '%s\n' "${times[@]}" | sort -n | tail -n 1)
    heap_max=$(printf '%s\n' "${heaps[@]}" | sort -n | tail -n 1)
    printf '%-9s %-14s %6s %10s %11s %11s %12s\n' "$n" "$printout" "$(pages "$file")" "$bytes" "$p50" "$max" "$heap_max"
  done
done
echo "heap after the run (jcmd GC.heap_info):"
jcmd "$app" GC.heap_info | sed 's/^/  /'
grep -q "OutOfMemoryError" target/bench-badges.log && { log "bijeen ran out of memory"; exit 1; }
log "done"
