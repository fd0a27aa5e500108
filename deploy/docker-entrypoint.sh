#!/bin/sh
# Starts Reciprocity.Host in a container. Orleans must advertise an address the other silos can reach: unless
# Orleans__AdvertisedIP is set, use this container's own IPv4 address (never the loopback one).
set -eu

if [ -z "${Orleans__AdvertisedIP:-}" ]; then
  address="$(hostname -i | tr ' ' '\n' | grep -E '^[0-9]+(\.[0-9]+){3}$' | grep -v '^127\.' | head -n 1 || true)"
  if [ -z "$address" ]; then
    echo "reciprocity-entrypoint: no IPv4 address of this container found; set Orleans__AdvertisedIP." >&2
    exit 1
  fi
  Orleans__AdvertisedIP="$address"
  export Orleans__AdvertisedIP
fi

exec dotnet /app/Reciprocity.Host.dll "$@"
