#!/bin/sh
# Grafana: no default admin password beyond loopback. GUARD_BIND_ADDRESS is compose's BIND_ADDRESS.
# GF_SECURITY_ADMIN_PASSWORD only applies when the volume's database is created: a first start with "admin" on
# loopback followed by a rebind would keep "admin" in the volume whatever the variable says. So on a non-loopback bind
# the password stored in an existing volume is set to the configured one with Grafana's own CLI before Grafana
# listens, and Grafana does not start when that fails.
. "$(dirname "$0")/lib.sh"
address="${GUARD_BIND_ADDRESS:-}"
password="${GF_SECURITY_ADMIN_PASSWORD:-}"
guard_password Grafana BIND_ADDRESS "$address" GRAFANA_ADMIN_PASSWORD "$password" admin
if ! guard_is_loopback "$address"; then
  data="${GF_PATHS_DATA:-/var/lib/grafana}"
  if [ -f "$data/grafana.db" ]; then
    if ! "${GUARD_GRAFANA:-grafana}" cli --homepath "${GF_PATHS_HOME:-/usr/share/grafana}" \
        --config "${GF_PATHS_CONFIG:-/etc/grafana/grafana.ini}" --configOverrides "cfg:default.paths.data=$data" \
        admin reset-admin-password "$password" >/dev/null; then
      echo "Refusing to start Grafana on BIND_ADDRESS=$address: could not make the admin password stored in its" >&2
      echo "volume ($data/grafana.db) the one in GRAFANA_ADMIN_PASSWORD. See docs/security.md." >&2
      exit 1
    fi
    echo "Grafana: the admin password stored in $data/grafana.db is GRAFANA_ADMIN_PASSWORD's" >&2
  fi
fi
exec "${GUARD_NEXT:-/run.sh}" "$@"
