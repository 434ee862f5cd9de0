#!/usr/bin/env bash
# Makes the README's screenshots again: Neo4j Browser showing the Russia-North Korea
# neighbourhood (with browser/style.grass) and the Entente guide, and GraphiQL running a
# relationship query. Needs a running Neo4j with the seeds ingested (`entente start`,
# `entente ingest /path/to/seeds.jsonl`); starts the guide server and the API when they are not
# already up, and stops what it started.
#   scripts/screenshots.sh [browser|graphiql|all]
# Settings come from the environment (or .env): NEO4J_URI, NEO4J_HTTP_PORT, NEO4J_USER,
# NEO4J_PASSWORD, PORT; GUIDE_PORT (default 4201).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ -f .env ]]; then set -a; source .env; set +a; fi
NEO4J_URI="${NEO4J_URI:-bolt://127.0.0.1:7687}"
bolt_port="$(node -e 'console.log(new URL(process.argv[1]).port || 7687)' "$NEO4J_URI")"
http_port="${NEO4J_HTTP_PORT:-7474}"
api_port="${PORT:-4000}"
guide_port="${GUIDE_PORT:-4201}"
which="${1:-all}"

if ! command -v chromium >/dev/null; then
  echo "screenshots: installing Debian's chromium" >&2
  apt-get install -y -qq chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_for() { # url, seconds
  for _ in $(seq 1 "$2"); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 1; done
  echo "screenshots: $1 did not answer" >&2; return 1
}

wait_for "http://localhost:$http_port/browser/" 5
if ! curl -fsS -o /dev/null "http://localhost:$guide_port/style.grass" 2>/dev/null; then
  node browser/serve.mjs "$guide_port" >/dev/null & pids+=($!)
  wait_for "http://localhost:$guide_port/style.grass" 20
fi
if [[ "$which" != browser ]] && ! curl -fsS -o /dev/null "http://127.0.0.1:$api_port/health" 2>/dev/null; then
  node bin/entente.mjs serve --port "$api_port" >/dev/null & pids+=($!)
  wait_for "http://127.0.0.1:$api_port/health" 60
fi

mkdir -p docs/screenshots
OUT_DIR=docs/screenshots \
BROWSER_URL="http://localhost:$http_port/browser/" \
BOLT_URL="bolt://localhost:$bolt_port" \
GUIDE_URL="http://localhost:$guide_port" \
API_URL="http://127.0.0.1:$api_port" \
NEO4J_USER="${NEO4J_USER:-neo4j}" NEO4J_PASSWORD="${NEO4J_PASSWORD:-entente-local}" \
  node scripts/screenshots/capture.mjs "$which"
ls -l docs/screenshots/*.png
