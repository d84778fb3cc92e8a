#!/bin/sh
# RabbitMQ (AMQP and the management UI, from which anyone could publish trading.halt/trading.resume): no default
# password beyond loopback. GUARD_BIND_ADDRESS is compose's INFRA_BIND_ADDRESS. RABBITMQ_DEFAULT_PASS creates the user
# only on the first start of the volume; see docs/security.md to change it later.
. "$(dirname "$0")/lib.sh"
guard_password RabbitMQ INFRA_BIND_ADDRESS "${GUARD_BIND_ADDRESS:-}" RABBITMQ_PASSWORD "${RABBITMQ_DEFAULT_PASS:-}" algomoex
if ! guard_is_loopback "${GUARD_BIND_ADDRESS:-}" && [ "${RABBITMQ_DEFAULT_PASS:-}" = "guest" ]; then
  guard_refuse RabbitMQ INFRA_BIND_ADDRESS "$GUARD_BIND_ADDRESS" RABBITMQ_PASSWORD
fi
exec "${GUARD_NEXT:-docker-entrypoint.sh}" "$@"
