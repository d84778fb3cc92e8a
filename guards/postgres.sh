#!/bin/sh
# TimescaleDB/PostgreSQL: no default password beyond loopback. GUARD_BIND_ADDRESS is compose's INFRA_BIND_ADDRESS.
# POSTGRES_PASSWORD sets the password only when the volume is first initialised; see docs/security.md to change it.
. "$(dirname "$0")/lib.sh"
guard_password PostgreSQL INFRA_BIND_ADDRESS "${GUARD_BIND_ADDRESS:-}" POSTGRES_PASSWORD "${POSTGRES_PASSWORD:-}" algomoex
exec "${GUARD_NEXT:-docker-entrypoint.sh}" "$@"
