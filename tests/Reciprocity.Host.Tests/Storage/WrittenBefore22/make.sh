#!/usr/bin/env bash
# Wrote reciprocity.db, written.json and views-before.json here with the code of commit e01d879 (before issue 22 gave
# the round and the revealed rounds array-backed fields): ./make.sh <out folder> <http port> <silo port>, from the
# repository root, with HOST_DLL pointing at a Release build of that commit. Two relationships of Alex and Sam, each
# stopped in the middle of a round, so the rows hold drafts and seals as that code stored them:
# "mid" (auto): rounds 1–2 revealed (thanks on round 1), round 3 with Alex's draft submitted, withdrawn and submitted
# again, and Sam's draft saved; "together": round 1 with both submitted and Alex's "open it now".
set -euo pipefail
out=$1; port=$2; silo=$3
mkdir -p "$out"; rm -f "$out"/reciprocity.db* "$out/views-before.json" "$out/written.json"
dll=${HOST_DLL:-src/Reciprocity.Host/bin/Release/net10.0/Reciprocity.Host.dll}
log=$(mktemp)
ASPNETCORE_ENVIRONMENT=Production dotnet "$dll" --urls http://127.0.0.1:$port --Orleans:SiloPort $silo \
  --ConnectionStrings:Reciprocity "Data Source=$out/reciprocity.db" --RateLimits:CreationsPerMinute 1000 > "$log" 2>&1 &
pid=$!
for i in $(seq 1 120); do curl -sf http://127.0.0.1:$port/health/ready >/dev/null && break; sleep 0.5; done
api=http://127.0.0.1:$port/api
j='Content-Type: application/json'
alex=$(curl -sf -X POST $api/people -H "$j" -d '{"displayName":"Alex"}')
sam=$(curl -sf -X POST $api/people -H "$j" -d '{"displayName":"Sam"}')
ak=$(echo "$alex" | jq -r .accessKey); sk=$(echo "$sam" | jq -r .accessKey)
a=(-H "Authorization: Bearer $ak"); s=(-H "Authorization: Bearer $sk")
p() { echo "{\"dimensions\":{\"initiation\":{\"score\":2,\"leans\":\"me\",\"note\":\"$1 initiation\"},\"depth\":{\"score\":4,\"leans\":\"neither\"},\"crisisResponse\":{\"score\":3,\"leans\":\"them\",\"note\":\"$1 crisis\",\"private\":true},\"maintenance\":{\"score\":2,\"leans\":\"me\"}},\"overall\":$2,\"picture\":{\"kind\":\"mutualPattern\",\"text\":\"$1 picture\"}}"; }
start() {
  local created; created=$(curl -sf -X POST $api/relationships "${a[@]}" -H "$j" -d "{\"kind\":\"closeFriend\",\"label\":\"$1\",\"partnerName\":\"Sam\",\"revealPolicy\":\"$2\"}")
  curl -sf -X POST $api/invites/$(echo "$created" | jq -r .inviteCode)/accept "${s[@]}" >/dev/null
  echo "$created" | jq -r .relationshipId
}
mid=$(start "Alex & Sam" auto)
for r in 1 2; do
  [ $r -gt 1 ] && curl -sf -X POST $api/relationships/$mid/rounds "${a[@]}" >/dev/null
  curl -sf -X PUT $api/relationships/$mid/draft "${a[@]}" -H "$j" -d "$(p r$r-alex 2)" >/dev/null
  curl -sf -X PUT $api/relationships/$mid/draft "${s[@]}" -H "$j" -d "$(p r$r-sam 4)" >/dev/null
  curl -sf -X POST $api/relationships/$mid/submit "${a[@]}" >/dev/null
  curl -sf -X POST $api/relationships/$mid/submit "${s[@]}" >/dev/null
done
curl -sf -X PUT $api/relationships/$mid/rounds/1/appreciation "${s[@]}" -H "$j" -d '{"text":"r1 thanks"}' >/dev/null
curl -sf -X POST $api/relationships/$mid/rounds "${a[@]}" >/dev/null
curl -sf -X PUT $api/relationships/$mid/draft "${a[@]}" -H "$j" -d "$(p r3-alex 2)" >/dev/null
curl -sf -X POST $api/relationships/$mid/submit "${a[@]}" >/dev/null
curl -sf -X POST $api/relationships/$mid/withdraw "${a[@]}" >/dev/null
curl -sf -X POST $api/relationships/$mid/submit "${a[@]}" >/dev/null
curl -sf -X PUT $api/relationships/$mid/draft "${s[@]}" -H "$j" -d "$(p r3-sam 3)" >/dev/null
together=$(start "Together" together)
curl -sf -X PUT $api/relationships/$together/draft "${a[@]}" -H "$j" -d "$(p t1-alex 3)" >/dev/null
curl -sf -X PUT $api/relationships/$together/draft "${s[@]}" -H "$j" -d "$(p t1-sam 5)" >/dev/null
curl -sf -X POST $api/relationships/$together/submit "${a[@]}" >/dev/null
curl -sf -X POST $api/relationships/$together/submit "${s[@]}" >/dev/null
curl -sf -X POST $api/relationships/$together/confirm "${a[@]}" >/dev/null
{
  echo '{'
  for who in alex sam; do
    if [ $who = alex ]; then h=("${a[@]}"); else h=("${s[@]}"); fi
    echo "\"$who-mid\": $(curl -sf $api/relationships/$mid "${h[@]}"),"
    echo "\"$who-together\": $(curl -sf $api/relationships/$together "${h[@]}"),"
  done
  echo "\"end\": null }"
} | jq 'del(.end)' > "$out/views-before.json"
kill -TERM $pid; wait $pid || true
rm -f "$log"
sqlite3 "$out/reciprocity.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
jq -n --arg a "$ak" --arg s "$sk" --arg m "$mid" --arg t "$together" --arg ai "$(echo "$alex" | jq -r .personId)" --arg si "$(echo "$sam" | jq -r .personId)" \
  '{alexKey:$a, samKey:$s, alexId:$ai, samId:$si, mid:$m, together:$t}' > "$out/written.json"
sqlite3 "$out/reciprocity.db" "SELECT GrainType, Version, length(Payload) FROM ReciprocityGrainState WHERE GrainType IN ('history','relationship','traces-0');"
