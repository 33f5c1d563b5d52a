#!/usr/bin/env bash
# The topology of docker/compose.yaml as processes on loopback, for a machine without Docker:
# a NATS JetStream cluster (3 servers; NATS=1 for one), 3 evsql replica processes and 2 fronts
# (one active, the other standing by for its lease).
#
#   docker/cluster.sh start [DIR]   start everything under DIR (default ./cluster-data), print how to connect
#   docker/cluster.sh stop [DIR]    stop what start started (pids in DIR/pids)
#
# Ports: NATS client 4222+i (cluster routes 6222+i), fronts 5433 and 5434 (PORT=…, PORT+1); connect
# with libpq's host list to reach whichever is active:  psql "host=127.0.0.1,127.0.0.1 port=5433,5434"
# Run `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
cmd=${1:-start}
dir=$(realpath -m "${2:-./cluster-data}")
nats=${NATS:-3}
port=${PORT:-5433}
evsql="node $PWD/dist/bin/evsql.js"

if [ "$cmd" = stop ]; then
  [ -f "$dir/pids" ] || { echo "nothing started under $dir"; exit 0; }
  # Fronts first, then replicas, then NATS: each stops while what it talks to is still there.
  tac "$dir/pids" | while read -r pid; do kill "$pid" 2>/dev/null || true; sleep 0.3; done
  rm -f "$dir/pids"
  exit 0
fi
[ "$cmd" = start ] || { echo "usage: $0 start|stop [DIR]" >&2; exit 2; }
command -v nats-server >/dev/null || { echo "nats-server not found (Debian: apt-get install nats-server)" >&2; exit 1; }
mkdir -p "$dir"
: >"$dir/pids"

urls=()
for ((i = 0; i < nats; i++)); do urls+=("nats://127.0.0.1:$((4222 + i))"); done
servers=$(IFS=,; echo "${urls[*]}")
routes=()
for ((i = 0; i < nats; i++)); do routes+=("nats://127.0.0.1:$((6222 + i))"); done
for ((i = 0; i < nats; i++)); do
  args=(-a 127.0.0.1 -p $((4222 + i)) -js -sd "$dir/nats-$i" -n "nats-$i")
  if [ "$nats" -gt 1 ]; then args+=(--cluster_name evsql --cluster "nats://127.0.0.1:$((6222 + i))" --routes "$(IFS=,; echo "${routes[*]}")"); fi
  nats-server "${args[@]}" >"$dir/nats-$i.log" 2>&1 &
  echo $! >>"$dir/pids"
done
# JetStream needs its meta leader before a stream can be made; the replicas and front retry until then.
for ((r = 0; r < 3; r++)); do
  $evsql replica --id "$r" --data "$dir/replica-$r" --nats "$servers" --log-level info >"$dir/replica-$r.log" 2>&1 &
  echo $! >>"$dir/pids"
done
for f in 0 1; do
  $evsql start --port $((port + f)) --data "$dir/front-$f" --nats "$servers" --log-level info >"$dir/front-$f.log" 2>&1 &
  echo $! >>"$dir/pids"
  # The first to take the lease serves; start the standby once it has.
  [ "$f" = 0 ] && for ((t = 0; t < 100; t++)); do pg_isready -q -h 127.0.0.1 -p "$port" 2>/dev/null && break; sleep 0.3; done
done
pg_isready -h 127.0.0.1 -p "$port"
echo "cluster under $dir: NATS $servers, 3 replicas, fronts on 127.0.0.1:$port (active) and :$((port + 1)) (standby)"
echo "  connect: psql \"host=127.0.0.1,127.0.0.1 port=$port,$((port + 1)) user=postgres\"    stop: $0 stop $dir"
