#!/bin/sh
# Redis: no default password beyond loopback. GUARD_BIND_ADDRESS is compose's INFRA_BIND_ADDRESS; the password is
# passed to redis-server on every start, so changing REDIS_PASSWORD takes effect at the next start.
. "$(dirname "$0")/lib.sh"
guard_password Redis INFRA_BIND_ADDRESS "${GUARD_BIND_ADDRESS:-}" REDIS_PASSWORD "${REDIS_PASSWORD:-}" algomoex
exec "${GUARD_NEXT:-docker-entrypoint.sh}" "$@"
