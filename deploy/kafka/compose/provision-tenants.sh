#!/usr/bin/env bash
# Gives each tenant of $TENANTS its integration principal <tenant>-integration (SCRAM-SHA-256, password
# <tenant>-integration-dev-secret unless INTEGRATION_PASSWORD_<tenant> is set), its copies of the ingest topics and
# the ACL that lets it write them and nothing else (docs/kafka-security.md). Safe to repeat.
set -euo pipefail
bin=/opt/kafka/bin
admin=/opt/cs/admin.properties
for tenant in $TENANTS; do
  var="INTEGRATION_PASSWORD_${tenant//-/_}"
  password="${!var:-${tenant}-integration-dev-secret}"
  "$bin/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$admin" --alter \
    --add-config "SCRAM-SHA-256=[iterations=4096,password=${password}]" --entity-type users --entity-name "${tenant}-integration"
  for kind in erp helpdesk tracking; do
    "$bin/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$admin" --create --if-not-exists \
      --topic "cs.tenant.${tenant}.ingest.${kind}.v1" --partitions 3 --replication-factor 1
  done
  "$bin/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$admin" --add \
    --allow-principal "User:${tenant}-integration" --operation Write --operation Describe \
    --topic "cs.tenant.${tenant}." --resource-pattern-type prefixed
  echo "tenant ${tenant}: integration principal, ingest topics and ACL ready"
done
