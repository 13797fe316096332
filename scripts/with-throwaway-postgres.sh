#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster.
#
# usage: scripts/with-throwaway-postgres.sh <command...>
#
# When DATABASE_URL already names a PostgreSQL server the command simply runs with it.
# Otherwise a fresh cluster is created in a temporary directory, listening on a random free
# port on 127.0.0.1 only (trust authentication, fsync off: it holds nothing worth keeping),
# DATABASE_URL=postgres://candor@127.0.0.1:<port>/candor is exported for the command, and
# the cluster is stopped and deleted when the script exits, whether the command passed,
# failed or was interrupted. The role `candor` is a superuser, so the test runner can create
# its own test database.
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 <command...>" >&2
  exit 2
fi

if [[ "${DATABASE_URL:-}" == postgres* ]]; then
  exec "$@"
fi

find_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$dir/initdb" ]] && { echo "$dir"; return 0; }
  done
  if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
    pg_config --bindir
    return 0
  fi
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  return 1
}

if ! bindir="$(find_bindir)"; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo ">>> installing Debian package: postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q </dev/null
    apt-get install -y -q --no-install-recommends postgresql </dev/null
    bindir="$(find_bindir)"
  else
    echo "error: PostgreSQL server programs not found (initdb, pg_ctl)." >&2
    echo "       install the Debian package: sudo apt-get install postgresql" >&2
    echo "       or set DATABASE_URL=postgres://user@host:port/name to use a running server" >&2
    exit 1
  fi
fi

# initdb refuses to run as root: as root, run the server as an unprivileged system user.
run_as=()
if [[ "$(id -u)" -eq 0 ]]; then
  owner=postgres
  if ! id -u "$owner" >/dev/null 2>&1; then
    owner=candor-pg
    id -u "$owner" >/dev/null 2>&1 ||
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$owner"
  fi
  run_as=(runuser -u "$owner" --)
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/candor-pg.XXXXXX")"
data="$tmp/data"
started=0

cleanup() {
  local status=$?
  if [[ $started -eq 1 ]]; then
    (cd "$tmp" && "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop \
       >/dev/null 2>&1) || true
  fi
  rm -rf "$tmp"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$tmp/socket"
[[ ${#run_as[@]} -gt 0 ]] && chown -R "$owner" "$tmp"

port="$(python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')"

cd "$tmp"  # the server user may not be allowed to read the caller's directory
"${run_as[@]}" "$bindir/initdb" -D "$data" -U candor --auth=trust --encoding=UTF8 \
  --no-locale >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }

# pg_ctl hands these to a shell: keep them on one line.
server_options="-c listen_addresses=127.0.0.1 -p $port -k $tmp/socket -c fsync=off"
server_options+=" -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
started=1
"${run_as[@]}" "$bindir/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 60 start \
  -o "$server_options" >/dev/null || { cat "$tmp/server.log" >&2; exit 1; }

"${run_as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U candor candor
cd - >/dev/null

export DATABASE_URL="postgres://candor@127.0.0.1:$port/candor"
echo ">>> throwaway PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') at $DATABASE_URL"

set +e
"$@"
