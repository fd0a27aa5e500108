#!/usr/bin/env bash
# Reciprocity's load benchmark on PostgreSQL (docs/benchmarks.md, "PostgreSQL"): builds Release, starts a throwaway
# PostgreSQL server and N hosts in one Orleans cluster on it, all on loopback, drives them, and stops everything.
#
#   scripts/benchmark-postgres.sh                 # 1 host, 200 pairs, back-to-back and paced
#   scripts/benchmark-postgres.sh 3               # 3 hosts in one cluster; pair i: inviter on host i % 3, partner on (i + 1) % 3
#   scripts/benchmark-postgres.sh 3 --pairs 1000 --modes paced     # any option of the load test after the host count
#   scripts/benchmark-postgres.sh --tiers 2 2 --pairs 200           # two tiers: 2 Silo hosts, 2 Frontend hosts; pair i's
#                                                                   # inviter on front end i % 2, partner on (i + 1) % 2
#
# Two tiers (docs/operations.md): throwaway certificates of a throwaway authority in the run's temp folder
# (scripts/issue-tier-certificates.sh), the first silo alone (it installs the schema), then the other silos and the
# front ends; the generator drives the front ends and measures the silos as their own tier (--silo-pid).
# PostgreSQL runs with the durability the product claims: fsync=on, synchronous_commit=on, full_page_writes=on (a call
# answers only after its commit's WAL flush). It runs as the postgres OS user (initdb refuses root) in a fresh temp
# folder, listening on 127.0.0.1 and a free port, trust auth. Before the hosts start, pgbench measures the raw
# single-row commit rate (one ~500-byte upsert per transaction) on 1 and on 32 connections.
# The bare SignalR round (the table's "÷ bare round") is measured too: --no-ceilings does not skip it.
# Results go to benchmark-results/<UTC time>-postgres-<N>hosts/ or …-postgres-<S>silos-<F>frontends/ (results.md, results.json, pgbench.txt,
# postgres-stats.txt, host and server logs). Exit code 1 if any error happened.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

hosts=1
silos=0
if [[ $# -gt 0 && $1 == --tiers ]]; then
  if [[ $# -lt 3 || ! $2 =~ ^[0-9]+$ || ! $3 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 --tiers SILOS FRONTENDS [load-test options]" >&2
    exit 2
  fi
  silos=$2
  hosts=$3
  shift 3
  if (( silos < 1 || silos > 8 )); then
    echo "silos must be 1–8" >&2
    exit 2
  fi
elif [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
  hosts=$1
  shift
fi
if (( hosts < 1 || hosts > 8 )); then
  echo "hosts (front ends with --tiers) must be 1–8" >&2
  exit 2
fi

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [[ -z $pg_bin || ! -x $pg_bin/initdb ]]; then
  echo "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)" >&2
  exit 2
fi

# From / : the checkout (the current folder) may be one the postgres user cannot enter; every path given is absolute.
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# Sets $port to a port below the kernel's ephemeral range (so no outgoing connection takes it meanwhile) that no TCP
# socket uses (listening or connected, from /proc/net/tcp*) and not handed out before in this run (Orleans refuses
# port 0). Not called in $(...): the list of ports handed out must live in this shell.
taken=" "
read -r ephemeral_low _ </proc/sys/net/ipv4/ip_local_port_range
free_port() {
  local hex
  for _ in $(seq 1 200); do
    port=$(( 10000 + RANDOM % (ephemeral_low - 10000) ))
    [[ $taken == *" $port "* ]] && continue
    printf -v hex ':%04X ' "$port"
    if ! awk '{ print $2 }' /proc/net/tcp /proc/net/tcp6 | grep -q -- "${hex% }$"; then
      taken+="$port "
      return
    fi
  done
  echo "no free port found" >&2
  exit 1
}

source "$root/scripts/lib/publish-host.sh"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

if (( silos > 0 )); then layout="${silos}silos-${hosts}frontends"; else layout="${hosts}hosts"; fi
out="$root/benchmark-results/$(date -u +%Y%m%dT%H%M%SZ)-postgres-$layout"
mkdir -p "$out"
work="$(mktemp -d /tmp/reciprocity-pgbench-XXXXXX)"
host_pids=()
silo_pids=()

cleanup() {
  set +e
  for pid in "${host_pids[@]}" "${silo_pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${host_pids[@]}" "${silo_pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  done
  if [[ -f $work/data/postmaster.pid ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$work/data" -m fast -w -t 30 stop >/dev/null
    cp "$work/server.log" "$out/postgres.log" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "== PostgreSQL ($pg_bin), fsync=on, synchronous_commit=on"
[[ $(id -u) -eq 0 ]] && chown postgres:postgres "$work"
free_port; pg_port=$port
as_postgres "$pg_bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --no-sync --no-instructions >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 start -o \
  "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c max_connections=500 -c fsync=on -c synchronous_commit=on -c full_page_writes=on" >/dev/null
psql_do() { psql -X -q -t -A -h 127.0.0.1 -p "$pg_port" -U postgres "$@"; }
psql_do -d postgres -c "CREATE DATABASE reciprocity" -c "CREATE DATABASE ceiling"
{
  echo "PostgreSQL $(psql_do -d postgres -c 'SHOW server_version'): fsync=$(psql_do -d postgres -c 'SHOW fsync'), synchronous_commit=$(psql_do -d postgres -c 'SHOW synchronous_commit'), wal_sync_method=$(psql_do -d postgres -c 'SHOW wal_sync_method'), full_page_writes=$(psql_do -d postgres -c 'SHOW full_page_writes')"
} | tee "$out/pgbench.txt"

echo "== raw commit rate (pgbench, one ~500-byte upsert per transaction)"
psql_do -d ceiling -c "CREATE TABLE ceiling (id int PRIMARY KEY, payload text NOT NULL)"
cat >"$work/upsert.sql" <<'SQL'
\set id random(1, 100000)
INSERT INTO ceiling (id, payload) VALUES (:id, repeat('x', 500)) ON CONFLICT (id) DO UPDATE SET payload = excluded.payload;
SQL
for clients in 1 32; do
  tps=$(pgbench -n -h 127.0.0.1 -p "$pg_port" -U postgres -f "$work/upsert.sql" -c "$clients" -j 2 -T 5 ceiling 2>&1 \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
  echo "  $clients connection(s): $tps commits/s" | tee -a "$out/pgbench.txt"
done

connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=reciprocity;Timeout=15;Command Timeout=60"
# The settings every host shares, exported in each host's subshell only.
host_environment() {
  export Storage__Provider=Postgres ConnectionStrings__Reciprocity="$connection"
  export Orleans__ClusterId=benchmark Orleans__ServiceId=benchmark
  export RateLimits__CreationsPerMinute=1000000 Logging__LogLevel__Default=Warning
}
# The two-tier roles: a role and this host's certificate of the run's authority.
tier_environment() {
  export Host__Role=$1 Orleans__Tls__Certificate="$work/certs/$2.pem" Orleans__Tls__Key="$work/certs/$2.key"
  export Orleans__Tls__Authority="$work/certs/ca.pem"
}
# wait_ready NAME URL PID LOG: until URL/health/ready answers 200, or the host exits, or 60 s pass.
wait_ready() {
  for _ in $(seq 1 300); do
    if ! kill -0 "$3" 2>/dev/null; then
      echo "$1 exited before it was ready:" >&2
      tail -n 40 "$4" >&2
      exit 1
    fi
    if curl -sf -o /dev/null --max-time 2 "$2/health/ready"; then
      echo "  $1: $2 (pid $3) ready"
      return
    fi
    sleep 0.2
  done
  echo "$1 not ready within 60 s" >&2
  tail -n 40 "$4" >&2
  exit 1
}

urls=()
silo_urls=()
if (( silos > 0 )); then
  names=()
  for i in $(seq 1 "$silos"); do names+=("silo$i"); done
  for i in $(seq 1 "$hosts"); do names+=("frontend$i"); done
  scripts/issue-tier-certificates.sh "$work/certs" "${names[@]}" >/dev/null
  echo "== $silos silo(s), $hosts front end(s), mutual TLS between them"
  for i in $(seq 1 "$silos"); do
    free_port; http_port=$port
    free_port; silo_port=$port
    free_port; gateway_port=$port
    (
      host_environment
      tier_environment Silo "silo$i"
      export Orleans__SiloPort="$silo_port" Orleans__GatewayPort="$gateway_port"
      cd "$host_dir"
      exec dotnet Reciprocity.Host.dll --urls "http://127.0.0.1:$http_port"
    ) >"$out/silo$i.log" 2>&1 &
    silo_pids+=($!)
    silo_urls+=("http://127.0.0.1:$http_port")
    # The first silo installs the schema: the others start once it is ready.
    if (( i == 1 )); then wait_ready "silo 1" "${silo_urls[0]}" "${silo_pids[0]}" "$out/silo1.log"; fi
  done
  for i in $(seq 2 "$silos"); do
    wait_ready "silo $i" "${silo_urls[$((i - 1))]}" "${silo_pids[$((i - 1))]}" "$out/silo$i.log"
  done
  for i in $(seq 1 "$hosts"); do
    free_port; http_port=$port
    (
      host_environment
      tier_environment Frontend "frontend$i"
      cd "$host_dir"
      exec dotnet Reciprocity.Host.dll --urls "http://127.0.0.1:$http_port"
    ) >"$out/frontend$i.log" 2>&1 &
    host_pids+=($!)
    urls+=("http://127.0.0.1:$http_port")
  done
  for i in "${!urls[@]}"; do
    wait_ready "front end $((i + 1))" "${urls[$i]}" "${host_pids[$i]}" "$out/frontend$((i + 1)).log"
  done
else
  echo "== $hosts host(s)"
  for i in $(seq 1 "$hosts"); do
    free_port; http_port=$port
    free_port; silo_port=$port
    (
      host_environment
      export Orleans__SiloPort="$silo_port"
      cd "$host_dir"
      exec dotnet Reciprocity.Host.dll --urls "http://127.0.0.1:$http_port"
    ) >"$out/host$i.log" 2>&1 &
    host_pids+=($!)
    urls+=("http://127.0.0.1:$http_port")
  done
  for i in "${!urls[@]}"; do
    wait_ready "host $((i + 1))" "${urls[$i]}" "${host_pids[$i]}" "$out/host$((i + 1)).log"
  done
fi

# Transactions (reads included), WAL records, WAL writes and fsyncs; and grain-state writes: every write raises its
# row's Version by one, so the sum of versions counts them (as for SQLite).
stats() {
  echo "$(psql_do -d postgres -F ' ' -c "SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = 'reciprocity'), wal_records, wal_write, wal_sync FROM pg_stat_wal")" \
    "$(psql_do -d reciprocity -c "SELECT coalesce(sum(Version), 0) FROM ReciprocityGrainState")"
}
before=$(stats)
start=$(date +%s.%N)
status=0
join() { local IFS=,; echo "$*"; }
tiers=()
if (( silos > 0 )); then tiers=(--silo-pid "$(join "${silo_pids[@]}")"); fi
dotnet tests/Reciprocity.LoadTest/bin/Release/net10.0/Reciprocity.LoadTest.dll \
  --url "$(join "${urls[@]}")" --pid "$(join "${host_pids[@]}")" "${tiers[@]}" \
  --pairs 200 --modes back-to-back,paced --warmup 20 --window 15 --idle 0 --no-ceilings "$@" \
  --json "$out/results.json" --markdown "$out/results.md" || status=$?
after=$(stats)
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
read -r c0 r0 w0 s0 g0 <<<"$before"
read -r c1 r1 w1 s1 g1 <<<"$after"
rounds=$(jq '[.runs[].roundsCompleted] | add // 0' "$out/results.json" 2>/dev/null || echo 0)
{
  echo "Whole generator run (setup, warm-up, window, wind-down), ${elapsed%.*} s, database 'reciprocity':"
  echo "  grain-state writes $((g1 - g0)), transactions $((c1 - c0)) (reads included), WAL records $((r1 - r0)), WAL writes $((w1 - w0)), WAL fsyncs $((s1 - s0)); rounds completed $rounds"
  if (( s1 > s0 )); then echo "  grain-state writes per WAL fsync: $(echo "scale=2; ($g1 - $g0) / ($s1 - $s0)" | bc)"; fi
  if (( rounds > 0 )); then echo "  per round completed (setup's writes included): $(echo "scale=2; ($g1 - $g0) / $rounds" | bc) grain-state writes, $(echo "scale=2; ($s1 - $s0) / $rounds" | bc) WAL fsyncs"; fi
} | tee "$out/postgres-stats.txt"
echo "Results: $out"
exit "$status"
