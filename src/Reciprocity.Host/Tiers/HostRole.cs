namespace Reciprocity.Host.Tiers;

/// <summary>What one host does in the service (docs/operations.md: Layouts).</summary>
public enum HostRole
{
    /// <summary>Web app, API, hub and a silo in one process: the default, and today's host.</summary>
    Combined,

    /// <summary>Grains and storage; HTTP answers only the health probes.</summary>
    Silo,

    /// <summary>Web app, API and hub as an Orleans client of the silos: no grains, no storage.</summary>
    Frontend,
}

/// <summary>Reads <see cref="HostRole"/> from configuration, with an error that names the key.</summary>
public static class HostRoles
{
    public const string Key = "Host:Role";

    public static HostRole Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return HostRole.Combined;
        }

        return Enum.TryParse<HostRole>(value.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new InvalidOperationException($"Configuration key '{Key}' is '{value}'; it must be 'Combined' (the default), 'Silo' or 'Frontend'.");
    }
}
