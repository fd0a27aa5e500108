using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace Reciprocity.Host.Tiers;

/// <summary>
/// The certificates of mutual TLS between silos and front ends: this host's own, and the authority every peer's
/// certificate must chain to. Read once at start; a missing or unusable file stops the host, naming its key.
/// </summary>
/// <remarks>A class, not a record: a generated ToString would print the key's password.</remarks>
internal sealed class TierCertificates
{
    public const string CertificateKey = "Orleans:Tls:Certificate";
    public const string PrivateKeyKey = "Orleans:Tls:Key";
    public const string PasswordKey = "Orleans:Tls:CertificatePassword";
    public const string AuthorityKey = "Orleans:Tls:Authority";

    private TierCertificates(X509Certificate2 certificate, X509Certificate2 authority)
    {
        Certificate = certificate;
        Authority = authority;
    }

    public X509Certificate2 Certificate { get; }

    public X509Certificate2 Authority { get; }

    public static TierCertificates Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var authority = LoadAuthority(Required(configuration, AuthorityKey));
        var certificate = LoadOwn(Required(configuration, CertificateKey), configuration[PrivateKeyKey], configuration[PasswordKey]);
        var tier = new TierCertificates(certificate, authority);
        if (!tier.ChainsToAuthority(certificate))
        {
            throw new InvalidOperationException(
                $"Configuration key '{CertificateKey}' names a certificate that does not chain to the authority in '{AuthorityKey}' (or has expired): the other tier would refuse it.");
        }

        return tier;
    }

    /// <summary>Mutual TLS: this host shows its certificate, and a peer without one that chains to the authority is refused.</summary>
    public void Apply(TlsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.LocalCertificate = Certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;

        // Peers are reached by IP address, so the name in a certificate proves nothing here; the chain to our own authority does.
        options.RemoteCertificateValidation = (certificate, _, _) => ChainsToAuthority(certificate);
    }

    public bool ChainsToAuthority(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    private static string Required(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"Configuration key '{key}' is required when '{HostRoles.Key}' is 'Silo' or 'Frontend' (mutual TLS between the tiers).")
            : value.Trim();
    }

    private static X509Certificate2 LoadAuthority(string path)
    {
        try
        {
            return X509Certificate2.CreateFromPem(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new InvalidOperationException($"Configuration key '{AuthorityKey}' must name a readable PEM certificate ({e.GetType().Name}).");
        }
    }

    private static X509Certificate2 LoadOwn(string path, string? keyPath, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            var isPem = File.ReadAllText(path).Contains("-----BEGIN", StringComparison.Ordinal);
            if (isPem && string.IsNullOrWhiteSpace(keyPath))
            {
                throw new InvalidOperationException(
                    $"Configuration key '{PrivateKeyKey}' is required: '{CertificateKey}' is a PEM certificate and its private key is a file of its own.");
            }

            certificate = isPem
                ? X509Certificate2.CreateFromPemFile(path, keyPath!.Trim())
                : X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Configuration keys '{CertificateKey}', '{PrivateKeyKey}' and '{PasswordKey}' must name a readable certificate with its private key ({e.GetType().Name})."));
        }

        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"Configuration key '{CertificateKey}' names a certificate without its private key.");
    }
}
