#!/usr/bin/env bash
# EV vs sequential replication by core count (the Eve paper's experiment), for a many-core machine
# without network: node_modules travels with the tree, nothing is installed. evsql (3 replicas) is
# pinned with taskset to 1, 2, 4, 8, 16 cores, with --exec ev and --exec sequential, under the
# TPC-C-like driver (16 clients, 4 warehouses, 20 s per run). Prints the table and writes
# bench/results/scaling-<time>.json. Finishes within 8 minutes, build included.
#
# Override with CORES=1,2,4 CLIENTS=16 WAREHOUSES=4 DURATION=20 WARMUP=2 bench/scaling.sh
set -euo pipefail
cd "$(dirname "$0")/.."
LIMIT=470
start=$SECONDS
# dist/ is not in git: build it. tsc emits even when another file in the tree has a type error.
node node_modules/typescript/bin/tsc -p tsconfig.json >/dev/null 2>&1 || true
[ -f dist/bench/run.js ] || { echo "scaling.sh: the build did not produce dist/bench/run.js" >&2; exit 1; }
left=$((LIMIT - (SECONDS - start)))
exec timeout --kill-after=10 "$left" node dist/bench/run.js scaling \
  --cores "${CORES:-1,2,4,8,16}" --clients "${CLIENTS:-16}" --warehouses "${WAREHOUSES:-4}" \
  --duration "${DURATION:-20}" --warmup "${WARMUP:-2}" --budget "$((left - 15))"
