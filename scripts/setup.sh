#!/usr/bin/env bash
# Installs what corroborate needs on Debian (bookworm) and nothing that is already there.
#   scripts/setup.sh demo     what building and serving the demo needs
#   scripts/setup.sh native   the native preset: CLI, Catch2 suite, CLI tests
#   scripts/setup.sh asan     the asan preset
#   scripts/setup.sh fuzz     the fuzz preset (clang's libFuzzer and sanitizers)
#   scripts/setup.sh wasm     the wasm preset with its browser tests, and the native CLI
#                             that its parity test compares with
#   scripts/setup.sh test     everything: every preset, benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-test}

# Every build makes the synonym table from WordNet (python3) and, with the tests on, finds
# Catch2 and nlohmann_json.
packages=(cmake make g++ python3 nlohmann-json3-dev catch2 wordnet-base)
case $profile in
  demo) packages+=(emscripten) ;;
  native) packages+=(libmimalloc-dev) ;;
  asan) ;;
  fuzz) packages+=(clang libclang-rt-14-dev) ;;
  wasm) packages+=(emscripten chromium) ;;
  test) packages+=(emscripten chromium clang libclang-rt-14-dev libbenchmark-dev python3-sklearn libmimalloc-dev) ;;
  *) echo "usage: scripts/setup.sh [demo|native|asan|fuzz|wasm|test]" >&2; exit 2 ;;
esac
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

# The npm tools pinned by package-lock.json: esbuild, which builds the widget's module (every
# wasm build), and the browser-test tools.
if [[ $profile == test || $profile == wasm || $profile == demo ]]; then
  if [[ ! -d node_modules/esbuild || ! -d node_modules/playwright-core ||
        package-lock.json -nt node_modules/.package-lock.json ]]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
