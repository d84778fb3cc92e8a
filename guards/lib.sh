# Shared by the entrypoint guards in this directory (POSIX sh: the images run BusyBox ash or dash).
# A guard runs before a third-party image's own entrypoint and refuses to start the service when it would be reachable
# beyond this machine (a published port bound to anything but loopback) while its default password is in force.

# True for the addresses only this machine reaches; an empty address means compose's default, 127.0.0.1.
guard_is_loopback() {
  case "$1" in
    "" | 127.* | localhost | ::1 | "[::1]") return 0 ;;
    *) return 1 ;;
  esac
}

# guard_refuse SERVICE ADDRESS_VARIABLE ADDRESS SECRET_VARIABLE
guard_refuse() {
  echo "Refusing to start $1: $2=$3 publishes it beyond this machine while its default password is in force." >&2
  echo "Set $4 in .env to a secret of your own (generate one with: openssl rand -hex 32)," >&2
  echo "or bind it to 127.0.0.1 again. See docs/security.md." >&2
  exit 1
}

# guard_password SERVICE ADDRESS_VARIABLE ADDRESS SECRET_VARIABLE VALUE DEFAULT
# Refuses when ADDRESS is not loopback and VALUE is empty or DEFAULT.
guard_password() {
  if guard_is_loopback "$3"; then
    return 0
  fi
  if [ -z "$5" ] || [ "$5" = "$6" ]; then
    guard_refuse "$1" "$2" "$3" "$4"
  fi
}
