#!/usr/bin/env bash
# Issues the certificates of mutual TLS between silos and front ends (docs/operations.md: Certificates between the tiers):
# a certificate authority, then one certificate per host name given, each signed by it, for both TLS server and client.
#   scripts/issue-tier-certificates.sh OUT_DIR NAME...        e.g. deploy/tiers silo1 silo2 frontend1 frontend2
# An existing ca.pem/ca.key in OUT_DIR is reused (to add or renew hosts); delete them to start a new authority.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 OUT_DIR NAME..." >&2
  exit 2
fi

out=$1
shift
days=${CERT_DAYS:-397}
mkdir -p "$out"
umask 077

if [[ ! -f "$out/ca.pem" || ! -f "$out/ca.key" ]]; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 -days $((days * 3)) \
    -subj "/CN=Reciprocity tiers authority" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$out/ca.key" -out "$out/ca.pem" 2>/dev/null
  echo "issued the authority: $out/ca.pem (keep $out/ca.key offline)"
fi

for name in "$@"; do
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 -subj "/CN=$name" \
    -keyout "$out/$name.key" -out "$out/$name.csr" 2>/dev/null
  openssl x509 -req -in "$out/$name.csr" -CA "$out/ca.pem" -CAkey "$out/ca.key" -CAcreateserial -sha256 -days "$days" \
    -extfile <(printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:%s\n' "$name") \
    -out "$out/$name.pem" 2>/dev/null
  rm -f "$out/$name.csr"
  echo "issued $out/$name.pem and $out/$name.key"
done
# The hosts run as an unprivileged user: the files they read must be readable to it (mounted read-only).
chmod 644 "$out"/*.pem "$out"/*.key
chmod 600 "$out/ca.key"
