#!/usr/bin/env bash
# EXPLAIN ANALYZE of the queries that matter on a generated data set (bench/large-data.sh).
# Usage: bench/large-data-plans.sh [database]      (default bijeen_large)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-bijeen_large}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt -d $DB"
big=$($PG -c "select id from event where uid = 'gen-1@gen'")
part=$($PG -c "select id from programme_part where event_id = $big and kind = 'ROUND'")
session=$($PG -c "select min(id) from session where event_id = $big")
q1=$($PG -c "select min(id) from registration_question where event_id = $big")
q2=$($PG -c "select max(id) from registration_question where event_id = $big")
psql -h 127.0.0.1 -U postgres -X -q -d "$DB" -v big="$big" -v part="$part" -v session="$session" -v q1="$q1" -v q2="$q2" \
  -f bench/large-data-plans.sql
