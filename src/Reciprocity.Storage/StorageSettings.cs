using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reciprocity.Storage;

/// <summary>The storage and silo settings, read once from configuration and checked with errors that name the key.</summary>
/// <remarks>A class, not a record: a generated ToString would print the connection string and its password.</remarks>
internal sealed class StorageSettings
{
    public const string ProviderKey = "Storage:Provider";
    public const string ConnectionStringName = "Reciprocity";
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;
    public const string SiloPortKey = "Orleans:SiloPort";
    public const string GatewayPortKey = "Orleans:GatewayPort";
    public const string ClusterIdKey = "Orleans:ClusterId";
    public const string ServiceIdKey = "Orleans:ServiceId";
    public const string AdvertisedIpKey = "Orleans:AdvertisedIP";

    private StorageSettings(StorageProvider provider, string connectionString, string description)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Description = description;
    }

    public StorageProvider Provider { get; }

    /// <summary>The full connection string; may hold a password, so it is never logged.</summary>
    public string ConnectionString { get; }

    /// <summary>Where the data lives, safe to log: a file path, or host, port and database without credentials.</summary>
    public string Description { get; }

    public int SiloPort { get; private init; }

    /// <summary>The port a silo of the Silo role opens for front ends; a Combined host opens none.</summary>
    public int GatewayPort { get; private init; }

    public string ClusterId { get; private init; } = "reciprocity";

    public string ServiceId { get; private init; } = "reciprocity";

    public IPAddress AdvertisedAddress { get; private init; } = IPAddress.Loopback;

    public static StorageSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        var provider = ReadProvider(configuration[ProviderKey]);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var (connectionString, description) = provider == StorageProvider.Sqlite
            ? SqliteConnection(configured, environment.ContentRootPath)
            : PostgresConnection(configured);

        return new StorageSettings(provider, connectionString, description)
        {
            SiloPort = ReadPort(configuration, SiloPortKey, 11111),
            GatewayPort = ReadPort(configuration, GatewayPortKey, 30000),
            ClusterId = ReadName(configuration, ClusterIdKey),
            ServiceId = ReadName(configuration, ServiceIdKey),
            AdvertisedAddress = ReadAddress(configuration[AdvertisedIpKey]),
        };
    }

    private static StorageProvider ReadProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return StorageProvider.Sqlite;
        }

        if (value.Trim().Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return StorageProvider.Postgres;
        }

        throw new InvalidOperationException(
            $"Configuration key '{ProviderKey}' is '{value}'; it must be 'Sqlite' (the default) or 'Postgres'.");
    }

    private static (string ConnectionString, string Description) SqliteConnection(string? configured, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(
                string.IsNullOrWhiteSpace(configured) ? $"Data Source={Path.Combine("data", "reciprocity.db")}" : configured);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException($"Configuration key '{ConnectionStringKey}' is not a valid SQLite connection string.", exception);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new InvalidOperationException(
                $"Configuration key '{ConnectionStringKey}' must name a SQLite file: grain state has to outlive the process.");
        }

        // A relative file lives under the content root, like the default data/reciprocity.db, not wherever the process was started.
        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        builder.Pooling = true;
        return (builder.ConnectionString, builder.DataSource);
    }

    private static (string ConnectionString, string Description) PostgresConnection(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"Configuration key '{ConnectionStringKey}' is required when '{ProviderKey}' is 'Postgres'.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException exception)
        {
            // The parser's message may quote the string it choked on; keep only its kind.
            throw new InvalidOperationException(
                $"Configuration key '{ConnectionStringKey}' is not a valid PostgreSQL connection string ({exception.GetType().Name}).");
        }

        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"host={builder.Host} port={builder.Port} database={builder.Database ?? builder.Username} user={builder.Username}");
        return (configured, description);
    }

    private static int ReadPort(IConfiguration configuration, string key, int fallback)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535)
        {
            return port;
        }

        throw new InvalidOperationException($"Configuration key '{key}' is '{value}'; it must be a TCP port from 1 to 65535 (Orleans refuses 0).");
    }

    private static string ReadName(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? "reciprocity" : value.Trim();
    }

    private static IPAddress ReadAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return IPAddress.Loopback;
        }

        if (IPAddress.TryParse(value.Trim(), out var address))
        {
            return address;
        }

        // A host name (a container's service name, say) is resolved once, at startup.
        try
        {
            return Dns.GetHostAddresses(value.Trim()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
                ?? throw new InvalidOperationException($"Configuration key '{AdvertisedIpKey}' names '{value}', which has no IPv4 address.");
        }
        catch (SocketException exception)
        {
            throw new InvalidOperationException($"Configuration key '{AdvertisedIpKey}' is '{value}', neither an IP address nor a resolvable host name.", exception);
        }
    }
}
