#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a cluster in a temporary folder, listening only on a Unix
# socket in that folder (no TCP), with a superuser role "daihoi_test" trusted on that socket (members of the role
# daihoi_password_login, which tests create, must give their password).
#   tools/pg-test-server.sh run COMMAND...   starts it, runs COMMAND with DAIHOI_TEST_PG_URL set, stops it
#   tools/pg-test-server.sh start            starts one and prints "DAIHOI_TEST_PG_URL=... DAIHOI_TEST_PG_DIR=..."
#   tools/pg-test-server.sh stop DIR         stops and removes the one started in DIR
# initdb refuses to run as root, so under root the server runs as the "postgres" system user.
set -euo pipefail

find_bin() {
    local dir
    for dir in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/*/bin; do
        [[ -n $dir && -x $dir/initdb && -x $dir/pg_ctl ]] && { echo "$dir"; return 0; }
    done
    echo "pg-test-server: no PostgreSQL server binaries (initdb, pg_ctl) found; install postgresql" >&2
    return 1
}

as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin dir
    bin=$(find_bin)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/daihoi-pg.XXXXXX")
    chmod 755 "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/false postgres
        chown postgres: "$dir"
    fi
    as_server_user "$bin/initdb" -D "$dir/data" -U daihoi_test --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
    # Roles a test puts in the group daihoi_test_passwords or daihoi_password_login log in with their password
    # (the clerks' rights and the connection dialog's tests); every other role stays trusted on the socket.
    printf 'local all +daihoi_test_passwords scram-sha-256\nlocal all +daihoi_password_login scram-sha-256\nlocal all all trust\n' >"$dir/data/pg_hba.conf"
    # listen_addresses='' : no TCP at all; the socket lives in the folder only this server uses.
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; return 1; }
    echo "DAIHOI_TEST_PG_URL=postgresql://daihoi_test@/postgres?host=$dir DAIHOI_TEST_PG_DIR=$dir"
}

stop() {
    local bin dir=$1
    bin=$(find_bin)
    [[ -d $dir/data ]] && as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
stop) stop "$2" ;;
run)
    shift
    line=$(start)
    dir=${line##*DAIHOI_TEST_PG_DIR=}
    url=${line%% DAIHOI_TEST_PG_DIR=*}
    export DAIHOI_TEST_PG_URL=${url#DAIHOI_TEST_PG_URL=}
    trap 'stop "$dir"' EXIT
    echo "pg-test-server: PostgreSQL for the tests at $DAIHOI_TEST_PG_URL" >&2
    "$@"
    ;;
*)
    echo "usage: $0 run COMMAND... | start | stop DIR" >&2
    exit 2
    ;;
esac
