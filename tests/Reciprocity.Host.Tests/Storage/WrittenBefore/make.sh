#!/usr/bin/env bash
# Wrote reciprocity.db, written-by-today.json and history-before.json here with the code of commit ecf76b4 (before
# bounded rows): ./make.sh <out folder> <http port> <silo port>, from the repository root after a Release build.
# 40 revealed rounds, so 16 sit in the one old "archive" row; traces inside the rows of rounds.
set -euo pipefail
out=$1; port=$2; silo=$3
rm -rf "$out"; mkdir -p "$out"
dll=${HOST_DLL:-src/Reciprocity.Host/bin/Release/net10.0/Reciprocity.Host.dll}
ASPNETCORE_ENVIRONMENT=Production dotnet "$dll" --urls http://127.0.0.1:$port --Orleans:SiloPort $silo \
  --ConnectionStrings:Reciprocity "Data Source=$out/reciprocity.db" --RateLimits:CreationsPerMinute 1000 > "$out/host.log" 2>&1 &
pid=$!
for i in $(seq 1 120); do curl -sf http://127.0.0.1:$port/health/ready >/dev/null && break; sleep 0.5; done
api=http://127.0.0.1:$port/api
j='Content-Type: application/json'
alex=$(curl -sf -X POST $api/people -H "$j" -d '{"displayName":"Alex"}')
sam=$(curl -sf -X POST $api/people -H "$j" -d '{"displayName":"Sam"}')
ak=$(echo "$alex" | jq -r .accessKey); sk=$(echo "$sam" | jq -r .accessKey)
created=$(curl -sf -X POST $api/relationships -H "Authorization: Bearer $ak" -H "$j" -d '{"kind":"closeFriend","label":"Alex & Sam","partnerName":"Sam"}')
rel=$(echo "$created" | jq -r .relationshipId); code=$(echo "$created" | jq -r .inviteCode)
curl -sf -X POST $api/invites/$code/accept -H "Authorization: Bearer $sk" >/dev/null
p() { echo "{\"dimensions\":{\"initiation\":{\"score\":2,\"leans\":\"me\",\"note\":\"$1 initiation\"},\"depth\":{\"score\":4,\"leans\":\"neither\"},\"crisisResponse\":{\"score\":3,\"leans\":\"them\",\"note\":\"$1 crisis\"},\"maintenance\":{\"score\":2,\"leans\":\"me\"}},\"overall\":$2,\"picture\":{\"kind\":\"mutualPattern\",\"text\":\"$1 picture\"}}"; }
for r in $(seq 1 40); do
  [ $r -gt 1 ] && curl -sf -X POST $api/relationships/$rel/rounds -H "Authorization: Bearer $ak" >/dev/null
  curl -sf -X PUT $api/relationships/$rel/draft -H "Authorization: Bearer $ak" -H "$j" -d "$(p r$r-alex 2)" >/dev/null
  curl -sf -X PUT $api/relationships/$rel/draft -H "Authorization: Bearer $sk" -H "$j" -d "$(p r$r-sam 4)" >/dev/null
  curl -sf -X POST $api/relationships/$rel/submit -H "Authorization: Bearer $ak" >/dev/null
  curl -sf -X POST $api/relationships/$rel/submit -H "Authorization: Bearer $sk" >/dev/null
done
# Traces on an archived round (1) and a recent one (39), as today's code stores them.
curl -sf -X PUT $api/relationships/$rel/rounds/1/small-thing -H "Authorization: Bearer $ak" -H "$j" -d '{"text":"r1 small thing, archived"}' >/dev/null
curl -sf -X PUT $api/relationships/$rel/rounds/39/appreciation -H "Authorization: Bearer $sk" -H "$j" -d '{"text":"r39 thanks"}' >/dev/null
curl -sf $api/relationships/$rel/history?limit=50 -H "Authorization: Bearer $ak" > "$out/history-before.json"
kill -TERM $pid; wait $pid || true
sqlite3 "$out/reciprocity.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
jq -n --arg a "$ak" --arg s "$sk" --arg r "$rel" --arg ai "$(echo "$alex" | jq -r .personId)" --arg si "$(echo "$sam" | jq -r .personId)" \
  '{alexKey:$a, samKey:$s, alexId:$ai, samId:$si, relationshipId:$r}' > "$out/written-by-today.json"
sqlite3 "$out/reciprocity.db" "SELECT GrainType, Version, length(PayloadBinary) FROM ReciprocityGrainState WHERE GrainType IN ('archive','history','relationship');" 
