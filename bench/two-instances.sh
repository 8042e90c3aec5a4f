#!/usr/bin/env bash
# Two bijeen instances behind nginx on one PostgreSQL database, with the mail sender on and a local SMTP
# sink. A registration rush through the JSON API, split by nginx over both (round robin, no sticky
# sessions), every client with an address of its own (so the shared rate limit is taken per person); during
# the last rush instance B is stopped gracefully (SIGTERM) and nginx sends the rest to A. Then it waits for
# the outbox to drain and checks: 0 overbooked, counters equal rows, every confirmed registration has its
# confirmation, every mail in the outbox was received by the SMTP sink exactly once (by Message-ID), none
# left pending or claimed, and every request was answered 202 (none lost while B stopped).
# Usage: bench/two-instances.sh   (CLIENTS=64 RUSH_SECONDS=10 RUSHES=3 WARMUP_SECONDS=60)
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-64}
RUSH_SECONDS=${RUSH_SECONDS:-10}
RUSHES=${RUSHES:-3}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
DB=bijeen_two_instances
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
WORK=$(mktemp -d /tmp/bijeen-two-instances.XXXXXX)

log() { printf '[two-instances] %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

for tool in wrk nginx psql curl python3; do
  command -v "$tool" >/dev/null || { log "needs $tool (Debian: apt-get install wrk nginx-light postgresql-client curl)"; exit 1; }
done

jar=${JAR:-$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)}
if [ -z "$jar" ]; then
  log "building bijeen"
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/bijeen-*.jar | head -n 1)
fi

PROXY=$(free_port); SMTP=$(free_port)
A_PORT=$(free_port); A_MGMT=$(free_port); B_PORT=$(free_port); B_MGMT=$(free_port)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

log "fresh database $DB, work directory $WORK"
$PG -d postgres -c "drop database if exists $DB" -c "create database $DB"

log "SMTP sink on port $SMTP"
python3 bench/smtp-sink.py "$SMTP" "$WORK/received.tsv" &
pids+=($!)

start_instance() {
  local name=$1 port=$2 mgmt=$3
  BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BIJEEN_DB_USER=postgres \
    java -Xms256m -Xmx512m ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=postgres \
    --server.port="$port" --management.server.port="$mgmt" --bijeen.mail.instance-id="$name" \
    --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP" --bijeen.mail.poll-interval=PT0.5S \
    --bijeen.mail.batch-size=50 --bijeen.admin.password=bench-admin-password \
    --spring.datasource.hikari.maximum-pool-size=12 \
    --logging.level.root=WARN --logging.level.nl.bijeen.mail=INFO > "$WORK/$name.log" 2>&1 &
  echo $!
}
ready() { curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1; }

log "instance a on $A_PORT, then b on $B_PORT (Flyway migrates once)"
a=$(start_instance a "$A_PORT" "$A_MGMT"); pids+=("$a")
for _ in $(seq 1 180); do ready "$A_MGMT" && break; sleep 1; done
ready "$A_MGMT" || { log "a did not start"; tail -n 50 "$WORK/a.log"; exit 1; }
b=$(start_instance b "$B_PORT" "$B_MGMT"); pids+=("$b")
for _ in $(seq 1 180); do ready "$B_MGMT" && break; sleep 1; done
ready "$B_MGMT" || { log "b did not start"; tail -n 50 "$WORK/b.log"; exit 1; }

log "nginx on $PROXY in front of both"
mkdir -p "$WORK/nginx"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream bijeen {
    server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=5s;
  }
  server {
    listen 127.0.0.1:$PROXY;
    location / {
      proxy_pass http://bijeen;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # A request that could not reach an instance (it is stopping) goes to the other.
      proxy_next_upstream error timeout http_502;
    }
    # Registrations are idempotent (Idempotency-Key, the form's one-time token): one that an instance
    # dropped while stopping may be sent to the other; it is stored once either way.
    location ~ ^/api/events/[0-9]+/registrations\$ {
      proxy_pass http://bijeen;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 non_idempotent;
    }
  }
}
NGINX
nginx -c "$WORK/nginx.conf" -p "$WORK/nginx"
BASE="http://127.0.0.1:$PROXY"

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

run_wrk() { # seconds run_name run_number -> "rate non2xx errors requests"
  local seconds=$1 run=$2 number=$3 ids
  ids=$(seed_event "$run")
  set -- $ids
  wrk -t2 -c"$CLIENTS" -d"${seconds}s" --timeout 30s --latency -s bench/rush-api-clients.lua "$BASE" -- "$1" "$2" "$3" "$run" "$number" \
    | awk -v clients="$CLIENTS" -v event="$1" '
      /Requests\/sec:/ { rate = $2 }
      /requests in/ { requests = $1 }
      /Non-2xx/ { non2xx = $NF }
      /Socket errors/ { errors = $4 + $6 + $8 + $10; gsub(",", "", errors) }
      / 50%/ { p50 = $2 } / 99%/ { p99 = $2 }
      END { printf "event=%s clients=%d requests=%d rate=%.1f p50=%s p99=%s non2xx=%d socket_errors=%d\n",
                   event, clients, requests, rate, p50, p99, non2xx + 0, errors + 0 }'
}

log "warming both up for ${WARMUP_SECONDS}s through the proxy"
run_wrk "$WARMUP_SECONDS" "warm-$(date +%s)" 1 | sed 's/^/warm-up /'

rush_events=()
failed=0
for r in $(seq 1 "$RUSHES"); do
  if [ "$r" = "$RUSHES" ]; then
    ( sleep $(( RUSH_SECONDS / 2 )); log "stopping instance b gracefully (SIGTERM) in the middle of rush $r"; kill -TERM "$b" ) &
  fi
  line=$(run_wrk "$RUSH_SECONDS" "rush-$r-$(date +%s)" $(( r + 1 )))
  echo "rush $r: $line"
  rush_events+=("$(echo "$line" | sed -n 's/^event=\([0-9]*\) .*/\1/p')")
  bad=$(echo "$line" | sed -n 's/.* non2xx=\([0-9]*\) socket_errors=\([0-9]*\)/\1 \2/p')
  [ "$bad" = "0 0" ] || failed=1
done
for _ in $(seq 1 60); do kill -0 "$b" 2>/dev/null || break; sleep 1; done
grep -q "Graceful shutdown complete\|handed back\|stopped" "$WORK/b.log" && log "b's shutdown: $(grep -o 'Graceful shutdown complete.*\|handed back [0-9]* claimed mail(s)' "$WORK/b.log" | tr '\n' ' ')"

log "waiting for the outbox to drain (sent by a, and by b until it stopped)"
# As long as it takes (the warm-up alone queues a confirmation per registration), but no longer than
# DRAIN_STALL_SECONDS without progress.
last_left=-1; stalled=0; drain_started=$(date +%s)
while :; do
  left=$($PG -d $DB -c "select count(*) from mail_outbox where status in ('PENDING', 'SENDING')")
  [ "$left" = 0 ] && break
  if [ "$left" = "$last_left" ]; then stalled=$((stalled + 1)); else stalled=0; last_left=$left; fi
  [ "$stalled" -ge "${DRAIN_STALL_SECONDS:-120}" ] && { log "the outbox stopped draining with $left mail(s) left"; break; }
  sleep 1
done
sent_total=$($PG -d $DB -c "select count(*) from mail_outbox where status = 'SENT'")
log "outbox drained in $(( $(date +%s) - drain_started ))s: $sent_total mails sent in all by the two instances"

events=$(IFS=,; echo "${rush_events[*]}")
overbooked=$($PG -d $DB -c "select count(*) from seat_counter where capacity is not null and taken > capacity")
mismatch=$($PG -d $DB -c "with seated as (
    select rc.session_id, count(*) as n from registration_choice rc join registration r on r.id = rc.registration_id
     where rc.status = 'CONFIRMED' and r.status in ('CONFIRMED','PENDING_APPROVAL','OFFERED') group by rc.session_id)
  select count(*) from seat_counter c left join seated s on s.session_id = c.session_id
   where c.session_id is not null and c.taken <> coalesce(s.n, 0)")
registrations=$($PG -d $DB -c "select count(*) from registration where event_id in ($events)")
no_mail=$($PG -d $DB -c "select count(*) from (
    select id from registration where event_id in ($events) and status = 'CONFIRMED'
    except
    select split_part(reference, ':', 2)::bigint from mail_outbox where reference like 'registration:%:confirmation%') missing")
unsent=$($PG -d $DB -c "select count(*) from mail_outbox where status <> 'SENT'")
sent=$($PG -d $DB -c "select count(*) from mail_outbox where status = 'SENT'")
$PG -d $DB -c "select message_id from mail_outbox where status = 'SENT'" | sort > "$WORK/outbox-ids.txt"
cut -f1 "$WORK/received.tsv" | sort > "$WORK/received-ids.txt"
received=$(wc -l < "$WORK/received-ids.txt")
duplicates=$(uniq -d "$WORK/received-ids.txt" | wc -l)
missing=$(comm -23 "$WORK/outbox-ids.txt" <(uniq "$WORK/received-ids.txt") | wc -l)
buckets=$($PG -d $DB -c "select count(*) from rate_limit_bucket")
echo "verify registrations=$registrations overbooked_counters=$overbooked counter_row_mismatches=$mismatch confirmed_without_mail=$no_mail"
echo "mail outbox_sent=$sent outbox_not_sent=$unsent received=$received received_twice=$duplicates sent_but_not_received=$missing rate_limit_rows=$buckets"
[ "$overbooked" = 0 ] && [ "$mismatch" = 0 ] && [ "$no_mail" = 0 ] && [ "$unsent" = 0 ] && [ "$duplicates" = 0 ] \
  && [ "$missing" = 0 ] && [ "$received" = "$sent" ] && [ "$failed" = 0 ] \
  || { log "VERIFICATION FAILED (logs in $WORK)"; exit 1; }
log "done (logs in $WORK)"
