#!/bin/sh
# One-shot registration of the outbox connector on a Kafka Connect cluster (docker-compose.yml's connect-register).
# PUTs deploy/debezium/outbox-connector.json (the same settings as outbox-connector.properties, kept equal by
# deploy/packaging's DebeziumConnectorConfigTest) with database.* taken from the environment, then waits until the
# connector's task runs: its replication slot exists from then on, so no outbox row written later is missed.
set -eu
CONNECT_URL="${CONNECT_URL:-http://connect:8083}"
CONFIG="${CONNECTOR_CONFIG:-/debezium/outbox-connector.json}"
NAME="$(sed -n 's/^ *"name": *"\([^"]*\)".*/\1/p' "$CONFIG")"

body="$(sed \
  -e "s|\"database.hostname\": *\"[^\"]*\"|\"database.hostname\": \"${DATABASE_HOSTNAME:-postgres}\"|" \
  -e "s|\"database.port\": *\"[^\"]*\"|\"database.port\": \"${DATABASE_PORT:-5432}\"|" \
  -e "s|\"database.user\": *\"[^\"]*\"|\"database.user\": \"${DATABASE_USER:-postgres}\"|" \
  -e "s|\"database.password\": *\"[^\"]*\"|\"database.password\": \"${DATABASE_PASSWORD:-postgres}\"|" \
  -e "s|\"database.dbname\": *\"[^\"]*\"|\"database.dbname\": \"${DATABASE_DBNAME:-cs}\"|" \
  "$CONFIG")"

echo "registering connector $NAME on $CONNECT_URL"
for attempt in $(seq 1 60); do
  if printf '%s' "$body" | curl -fsS -X PUT -H 'Content-Type: application/json' --data-binary @- \
      "$CONNECT_URL/connectors/$NAME/config" >/dev/null; then
    break
  fi
  [ "$attempt" = 60 ] && { echo "Kafka Connect did not accept the connector" >&2; exit 1; }
  sleep 2
done

for attempt in $(seq 1 90); do
  status="$(curl -fsS "$CONNECT_URL/connectors/$NAME/status" || true)"
  case "$status" in
    *'"tasks":[{"id":0,"state":"RUNNING"'*) echo "connector $NAME is running"; exit 0 ;;
    *'"state":"FAILED"'*) echo "connector $NAME failed: $status" >&2; exit 1 ;;
  esac
  sleep 2
done
echo "connector $NAME did not start: $status" >&2
exit 1
