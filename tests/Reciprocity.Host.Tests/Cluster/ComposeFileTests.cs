using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>
/// The compose file parses and describes the cluster, checked with Debian's docker-compose, which needs no engine.
/// scripts/prerequisites.sh installs it; without it this test fails (under CI=true and elsewhere), it never skips.
/// </summary>
public sealed partial class ComposeFileTests
{
    private const string DockerCompose = "/usr/bin/docker-compose";

    [Fact(Timeout = 120_000)]
    public async Task The_compose_file_is_valid_and_runs_postgres_three_nodes_and_a_proxy()
    {
        var (code, output) = await DockerComposeAsync("config", "-q");
        Assert.True(code == 0, $"docker-compose config -q exited with {code}:\n{output}");

        var (servicesCode, services) = await DockerComposeAsync("config", "--services");
        Assert.Equal(0, servicesCode);
        Assert.Equal(["node1", "node2", "node3", "postgres", "proxy"], services.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order());

        var (volumesCode, volumes) = await DockerComposeAsync("config", "--volumes");
        Assert.Equal(0, volumesCode);
        Assert.Contains("postgres-data", volumes, StringComparison.Ordinal);

        // Nothing that only works on one machine: no folder of the machine running compose is mounted.
        var hostPaths = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docker-compose.yml"))
            .Where(line => HostPathMount().IsMatch(line)).ToArray();
        Assert.True(hostPaths.Length == 0, $"host paths mounted: {string.Join("; ", hostPaths)}");
    }

    [Fact(Timeout = 120_000)]
    public async Task The_two_tier_compose_file_is_valid_and_puts_the_proxy_in_front_of_the_front_ends_only()
    {
        var (code, output) = await DockerComposeFileAsync(TiersFile, "config", "-q");
        Assert.True(code == 0, $"docker-compose -f {TiersFile} config -q exited with {code}:\n{output}");

        var (servicesCode, services) = await DockerComposeFileAsync(TiersFile, "config", "--services");
        Assert.Equal(0, servicesCode);
        Assert.Equal(["frontend1", "frontend2", "postgres", "proxy", "silo1", "silo2"], services.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order());

        // Resolved, each service's settings: the roles, the proxy upstream of the front ends only, and no published port but the proxy's.
        var (_, config) = await DockerComposeFileAsync(TiersFile, "config");
        var blocks = ServiceBlock().Matches(config).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value);
        Assert.Contains("Host__Role: Silo", blocks["silo1"], StringComparison.Ordinal);
        Assert.Contains("Host__Role: Silo", blocks["silo2"], StringComparison.Ordinal);
        Assert.Contains("Host__Role: Frontend", blocks["frontend1"], StringComparison.Ordinal);
        Assert.Contains("Host__Role: Frontend", blocks["frontend2"], StringComparison.Ordinal);
        foreach (var (name, body) in blocks.Where(b => b.Key != "proxy"))
        {
            Assert.True(!body.Contains("ports:", StringComparison.Ordinal), $"{name} publishes a port: only the proxy may");
        }

        Assert.Contains("frontend1", blocks["proxy"], StringComparison.Ordinal);
        Assert.DoesNotContain("silo", blocks["proxy"], StringComparison.Ordinal);
        var upstreams = File.ReadAllLines(Path.Combine(RepositoryRoot(), "deploy", "nginx.tiers.conf")).Where(l => l.TrimStart().StartsWith("server ", StringComparison.Ordinal) && l.Contains(":8080", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["frontend1", "frontend2"], upstreams.Select(l => l.Trim().Split(' ')[1].Split(':')[0]));
    }

    private const string TiersFile = "docker-compose.tiers.yml";

    // A service of `docker-compose config`'s output: two spaces, its name, then its more indented lines.
    [GeneratedRegex(@"^  (?<name>[a-z0-9]+):\n(?<body>(?:    .*\n|\n)*)", RegexOptions.Multiline)]
    private static partial Regex ServiceBlock();

    [GeneratedRegex(@"^\s*-\s*[""']?(\.{0,2}/|~)[^:]*:")]
    private static partial Regex HostPathMount();

    [Fact]
    public void The_proxy_logs_no_query_string_no_key_and_no_invite_code()
    {
        foreach (var file in new[] { "nginx.conf", "nginx.tiers.conf" })
        {
            ProxyLogsNothingSecret(file);
        }
    }

    private static void ProxyLogsNothingSecret(string file)
    {
        var config = CommentFree().Replace(File.ReadAllText(Path.Combine(RepositoryRoot(), "deploy", file)), "");
        var formats = LogFormat().Matches(config).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["format"].Value);
        var accessLogs = AccessLog().Matches(config).Select(m => m.Groups["args"].Value.Trim()).ToList();

        // Without an access_log of its own, the server logs nginx's default format, whose "$request" holds the query.
        Assert.True(accessLogs.Count > 0, "deploy/nginx.conf has no access_log, so nginx logs whole request lines (the hub's access_token included)");
        foreach (var accessLog in accessLogs.Where(a => a != "off"))
        {
            var parts = accessLog.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(parts.Length >= 2 && formats.ContainsKey(parts[1]), $"access_log {accessLog} names no log_format of this file, so nginx's default one (with the query) is used");
            var format = formats[parts[1]];
            Assert.True(!Leaky().IsMatch(format), $"log_format {parts[1]} logs {Leaky().Match(format).Value}, which can hold a key or an invite code");
        }

        // Error lines quote the request line, query included: only critical ones are written.
        var errorLogs = ErrorLog().Matches(config).Select(m => m.Groups["args"].Value.Trim()).ToList();
        Assert.True(errorLogs.Count > 0 && errorLogs.All(e => e.EndsWith(" crit", StringComparison.Ordinal) || e.EndsWith(" alert", StringComparison.Ordinal) || e.EndsWith(" emerg", StringComparison.Ordinal)),
            $"error_log {string.Join("; ", errorLogs)} would write request lines (with the access_token) on upstream errors");
    }

    [GeneratedRegex(@"#[^\n]*")]
    private static partial Regex CommentFree();

    [GeneratedRegex(@"\blog_format\s+(?<name>\w+)\s+(?<format>[^;]*);")]
    private static partial Regex LogFormat();

    [GeneratedRegex(@"\baccess_log\s+(?<args>[^;]*);")]
    private static partial Regex AccessLog();

    [GeneratedRegex(@"\berror_log\s+(?<args>[^;]*);")]
    private static partial Regex ErrorLog();

    // The request line, the raw URI, the query in any form, the Authorization header, the referrer and the path with its codes.
    [GeneratedRegex(@"\$(request|request_uri|args|query_string|is_args|arg_\w+|http_authorization|http_referer|uri|document_uri|request_body)\b")]
    private static partial Regex Leaky();

    [Fact]
    public void The_files_the_compose_file_builds_from_exist()
    {
        foreach (var file in new[] { "Dockerfile", ".dockerignore", "deploy/proxy.Dockerfile", "deploy/nginx.conf", "deploy/nginx.tiers.conf", "deploy/docker-entrypoint.sh", "scripts/issue-tier-certificates.sh" })
        {
            Assert.True(File.Exists(Path.Combine(RepositoryRoot(), file)), $"{file} is missing");
        }
    }

    private static Task<(int Code, string Output)> DockerComposeAsync(params string[] arguments) => DockerComposeFileAsync("docker-compose.yml", arguments);

    private static async Task<(int Code, string Output)> DockerComposeFileAsync(string file, params string[] arguments)
    {
        Assert.True(File.Exists(DockerCompose),
            $"{DockerCompose} is missing: install the Debian package 'docker-compose' (scripts/prerequisites.sh does). This test does not skip.");
        var start = new ProcessStartInfo(DockerCompose)
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add(file);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(bound.Token);
        return (process.ExitCode, await output + await error);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Reciprocity.Orleans.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Reciprocity.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
