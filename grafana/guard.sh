#!/bin/sh
# Grafana must not keep the default admin password where others can reach it.
case "${BIND_ADDRESS:-127.0.0.1}" in
  127.*|localhost|::1) ;;
  *)
    if [ "${GF_SECURITY_ADMIN_PASSWORD:-admin}" = "admin" ]; then
      echo "Refusing to start Grafana on ${BIND_ADDRESS} with the default admin password:" >&2
      echo "set GRAFANA_ADMIN_PASSWORD in .env." >&2
      exit 1
    fi
    ;;
esac
exec /run.sh "$@"
