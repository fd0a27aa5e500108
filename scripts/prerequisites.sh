#!/usr/bin/env bash
# Installs what the test suites need and a fresh Debian machine lacks: PostgreSQL (tests start their own
# throwaway server), Chromium (browser tests), docker-compose (checks the compose file without an engine), and ICU
# (the host formats dates and plurals in each person's language, so it runs with globalization on).
# The .NET SDK and Node.js/npm are expected on the machine.
set -euo pipefail

need=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v docker-compose >/dev/null || need+=(docker-compose)
compgen -G "/usr/lib/*/libicuuc.so.*" >/dev/null || compgen -G "/usr/lib/libicuuc.so.*" >/dev/null || need+=(libicu72)
for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "prerequisites: '$tool' is not installed; install it first." >&2; exit 1; }
done

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "prerequisites: please install these Debian packages: ${need[*]} (needs root and apt-get)." >&2
    exit 1
  fi
  echo "prerequisites: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
