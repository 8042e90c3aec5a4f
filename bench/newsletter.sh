#!/usr/bin/env bash
# Sending a newsletter edition to SUBSCRIBERS (50,000) confirmed subscribers: bijeen with a heap of XMX (512 MB)
# on a fresh PostgreSQL database of its own, the outbox delivering to a local SMTP sink (smtp-sink.py). The
# edition is sent as an organiser would (the send button, over HTTP); then the script times until every mail is
# queued (the edition is SENT: all batches in the outbox) and until every mail reached the sink, while jstat
# samples the heap every 250 ms. It checks that every subscriber got exactly one mail.
# Usage: bench/newsletter.sh   (SUBSCRIBERS=50000 XMX=512m BATCH=500 QUEUE_INTERVAL=PT0.5S MAX_QUEUED=2000
#                               MAIL_BATCH=50 PORT=18092 SMTP=2526; SUBSCRIBERS=500 for a quick check)
set -euo pipefail
cd "$(dirname "$0")/.."

SUBSCRIBERS=${SUBSCRIBERS:-50000}
XMX=${XMX:-512m}
BATCH=${BATCH:-500}
QUEUE_INTERVAL=${QUEUE_INTERVAL:-PT0.5S}
MAX_QUEUED=${MAX_QUEUED:-2000}
MAIL_BATCH=${MAIL_BATCH:-50}
PORT=${PORT:-18092}
SMTP=${SMTP:-2526}
DB=${DB:-bijeen_newsletter}   # FRESH=false: use DB as it is (e.g. the large set) instead of a fresh one
APP_CPU=${APP_CPU:-0}
TIMEOUT=${TIMEOUT:-3600}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)

log() { printf '[newsletter] %s\n' "$*" >&2; }

for tool in taskset jstat curl psql python3; do
  command -v "$tool" >/dev/null || { log "needs $tool"; exit 1; }
done
jar=$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f 2>/dev/null | head -n 1)" ]; then
  log "building bijeen"; ./mvnw -q -B -o -DskipTests package; jar=$(ls target/bijeen-*.jar | head -n 1)
fi

if [ "${FRESH:-true}" = true ]; then
  log "fresh database $DB"
  $PG -d postgres -c "drop database if exists $DB" -c "create database $DB"
else
  # e.g. FRESH=false DB=bijeen_large: on the generated large set (bench/large-data.sh), which must hold no
  # subscribers and no edition of an earlier run
  log "using database $DB as it is"
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

log "SMTP sink on port $SMTP"
: > "$WORK/received.tsv"
python3 bench/smtp-sink.py "$SMTP" "$WORK/received.tsv" &
pids+=($!)

log "starting bijeen on CPU $APP_CPU with -Xmx$XMX (PostgreSQL profile, mail to the sink)"
BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BIJEEN_DB_USER=postgres \
  taskset -c "$APP_CPU" java -Xms"$XMX" -Xmx"$XMX" ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=postgres \
  --server.port="$PORT" --management.server.port="$PORT" --bijeen.admin.password=bench-admin-password \
  --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP" --bijeen.mail.poll-interval=PT0.2S \
  --bijeen.mail.batch-size="$MAIL_BATCH" --bijeen.newsletter.batch-size="$BATCH" \
  --bijeen.newsletter.queue-interval="$QUEUE_INTERVAL" --bijeen.newsletter.max-queued="$MAX_QUEUED" \
  --bijeen.registration.jobs-enabled=false --bijeen.warm-up.enabled=false \
  --logging.level.root=WARN > target/bench-newsletter.log 2>&1 &
app=$!
pids+=($app)
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || break
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { log "bijeen did not start"; tail -n 50 target/bench-newsletter.log; exit 1; }

log "seeding $SUBSCRIBERS confirmed subscribers (a third with a theme of the edition) and a draft edition"
edition=$($PG -d "$DB" <<SQL | tail -n 1
insert into theme (slug, name) values ('bench-wijk', 'Wijkgericht werken'), ('bench-jeugd', 'Jeugd');
insert into newsletter_subscriber (email, name, locale, source, created_at, confirmed_at)
select 'abonnee.' || k || '@bench.example.org', 'Abonnee ' || k, 'nl', 'FORM', now() - interval '1 day', now() - interval '1 day'
  from generate_series(1, $SUBSCRIBERS) k;
insert into newsletter_subscriber_theme (subscriber_id, theme_id)
select s.id, t.id from newsletter_subscriber s join theme t on t.slug = case when s.id % 3 = 0 then 'bench-wijk' else 'bench-jeugd' end
 where s.id % 3 <> 1;
insert into newsletter_edition (slug, title, introduction, status, created_at, updated_at)
values ('bench-editie', 'Nieuwsbrief voor de benchmark', 'Een **korte** inleiding met een [link](https://example.org).', 'DRAFT', now(), now());
insert into newsletter_edition_item (edition_id, position, kind, ref_id, title, summary, path)
select e.id, g, 'ARTICLE', g, 'Artikel ' || g, 'Een samenvatting van artikel ' || g || ' in een paar zinnen.', '/artikelen/artikel-' || g
  from newsletter_edition e, generate_series(1, 5) g where e.slug = 'bench-editie';
insert into newsletter_edition_theme (edition_id, theme_id)
select e.id, t.id from newsletter_edition e, theme t where e.slug = 'bench-editie' and t.slug = 'bench-wijk';
analyze;
select id from newsletter_edition where slug = 'bench-editie';
SQL
)
# the edition goes to the subscribers of its theme and to those without themes (everything): 2 in 3
expected=$($PG -d "$DB" -c "select count(*) from newsletter_subscriber s where s.id % 3 <> 2")

login() {
  local jar_file csrf
  jar_file=$(mktemp)
  csrf=$(curl -fs -c "$jar_file" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -fs -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "username=admin" \
    --data-urlencode "password=bench-admin-password" --data-urlencode "_csrf=$csrf" "$BASE/login"
  echo "$jar_file"
}
cookies=$(login)
page=$(curl -fs -b "$cookies" -c "$cookies" "$BASE/admin/newsletter/$edition/send")
echo "$page" | grep -q "$expected" || log "warning: the send page does not name $expected recipients"
csrf=$(echo "$page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | tail -n 1)

sample="$WORK/jstat.txt"
jstat -gc "$app" 250 > "$sample" &
sampler=$!
pids+=($sampler)
log "sending edition $edition to $expected subscribers"
start=$(date +%s.%N)
curl -fs -b "$cookies" -o /dev/null --data-urlencode "_csrf=$csrf" "$BASE/admin/newsletter/$edition/send"
queued_at=""
delivered_at=""
deadline=$(( $(date +%s) + TIMEOUT ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  now=$(date +%s.%N)
  if [ -z "$queued_at" ] && [ "$($PG -d "$DB" -c "select status from newsletter_edition where id = $edition")" = "SENT" ]; then
    queued_at=$now
    log "every mail queued after $(awk -v s="$start" -v e="$now" 'BEGIN { printf "%.1f", e - s }') s"
  fi
  received=$(wc -l < "$WORK/received.tsv")
  if [ "$received" -ge "$expected" ]; then delivered_at=$now; break; fi
  sleep 1
done
kill "$sampler" 2>/dev/null || true
[ -n "$delivered_at" ] || { log "not every mail arrived within $TIMEOUT s ($(wc -l < "$WORK/received.tsv") of $expected)"; exit 1; }

queue_s=$(awk -v s="$start" -v e="$queued_at" 'BEGIN { printf "%.1f", e - s }')
deliver_s=$(awk -v s="$start" -v e="$delivered_at" 'BEGIN { printf "%.1f", e - s }')
rate=$(awk -v n="$expected" -v t="$deliver_s" 'BEGIN { printf "%.0f", n / t }')
# jstat -gc: S0U $3, S1U $4, EU $6, OU $8 (KB)
heap=$(awk 'NR > 1 && $1 ~ /^[0-9]/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%.0f", m / 1024 }' "$sample")
old=$(awk 'NR > 1 && $1 ~ /^[0-9]/ { if ($8 > m) m = $8 } END { printf "%.0f", m / 1024 }' "$sample")
sleep 2
unique=$(cut -f2 "$WORK/received.tsv" | sort -u | wc -l)
sent=$($PG -d "$DB" -c "select count(*) from mail_outbox where reference like 'newsletter:$edition:%' and status = 'SENT'")
links=$($PG -d "$DB" -c "select count(*) from newsletter_link")

printf '%-11s %-9s %-9s %-11s %-8s %-12s %-11s\n' subscribers recipients queued_s delivered_s mails_s heap_max_MB old_max_MB
printf '%-11s %-9s %-9s %-11s %-8s %-12s %-11s\n' "$SUBSCRIBERS" "$expected" "$queue_s" "$deliver_s" "$rate" "$heap" "$old"
log "received $(wc -l < "$WORK/received.tsv") mails for $unique addresses; outbox SENT: $sent; personal links issued: $links"
[ "$unique" -eq "$expected" ] && [ "$(wc -l < "$WORK/received.tsv")" -eq "$expected" ] && [ "$sent" -eq "$expected" ] \
  || { log "FAILED: every recipient must get exactly one mail"; exit 1; }
log "ok"
