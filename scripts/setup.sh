#!/usr/bin/env bash
# Installs what corroborate needs on Debian (bookworm) and nothing that is already there.
#   scripts/setup.sh demo   what building and serving the demo needs
#   scripts/setup.sh test   everything: native, asan, wasm, browser tests, benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-test}

packages=(cmake make g++ python3 emscripten nlohmann-json3-dev catch2 wordnet-base)
if [[ $profile == test ]]; then
  packages+=(chromium clang libclang-rt-14-dev libbenchmark-dev python3-sklearn libmimalloc-dev)
fi
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Browser-test tools, pinned by package-lock.json; the demo itself needs none.
if [[ $profile == test ]]; then
  if [[ ! -d node_modules/playwright-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
