#!/usr/bin/env bash
# Executes notebooks/entente.ipynb top to bottom against NEO4J_URI (default bolt://127.0.0.1:7687)
# and fails on the first cell that raises. The venv lives in notebooks/.venv (git-ignored) and is
# rebuilt only when requirements.txt or the Python version changes.
#   PYTHON=python3.11 notebooks/run.sh          # which interpreter builds the venv
#   NOTEBOOK_OUT_DIR=/tmp/out notebooks/run.sh  # where the executed copy goes (default: a temp dir)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"
stamp="$venv/.installed"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1) $("$python" --version 2>&1)"

if [[ ! -x "$venv/bin/python" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "notebooks: installing requirements into $venv" >&2
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$here/requirements.txt"
  echo "$want" > "$stamp"
fi

out="${NOTEBOOK_OUT_DIR:-$(mktemp -d)}"
mkdir -p "$out"
# The executed copy (with outputs) goes to $out; the committed notebook stays without outputs.
"$venv/bin/python" -m jupyter nbconvert --to notebook --execute "$here/entente.ipynb" \
  --output-dir "$out" --ExecutePreprocessor.timeout=300 --ExecutePreprocessor.kernel_name=python3
echo "notebooks: executed notebook written to $out/entente.ipynb" >&2
