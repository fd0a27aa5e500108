# Sourced by the benchmark scripts: publishes the host as it ships (Release, ReadyToRun: compiled ahead of time
# for this machine's runtime identifier, so it starts without JIT-compiling most of the framework and Orleans)
# into artifacts/host, and builds the load generator. Sets host_dir.
host_dir="$root/artifacts/host"
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
echo "== publish the host (Release, ReadyToRun, $rid) and build the load generator"
dotnet publish "$root/src/Reciprocity.Host/Reciprocity.Host.csproj" -c Release -r "$rid" --self-contained false \
  -p:PublishReadyToRun=true -p:SkipWebBuild=true -o "$host_dir" -nologo -v quiet
dotnet build "$root/tests/Reciprocity.LoadTest/Reciprocity.LoadTest.csproj" -c Release -nologo -v quiet
