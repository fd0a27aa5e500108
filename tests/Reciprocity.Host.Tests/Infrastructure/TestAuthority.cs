using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>
/// A certificate authority made in the test, as scripts/issue-tier-certificates.sh makes one: PEM files in a folder of
/// its own, and leaf certificates it signs for silos and front ends (TLS server and client both).
/// </summary>
public sealed class TestAuthority : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly X509Certificate2 _authority;

    public TestAuthority(string name = "Reciprocity test authority")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        _authority = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        AuthorityPath = Path.Combine(_folder.Path, "ca.pem");
        File.WriteAllText(AuthorityPath, _authority.ExportCertificatePem());
    }

    /// <summary>The authority's certificate (PEM), for Orleans:Tls:Authority.</summary>
    public string AuthorityPath { get; }

    /// <summary>Signs a certificate for <paramref name="name"/> and answers the host settings that use it with this authority.</summary>
    public Dictionary<string, string> Issue(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(name);
        request.CertificateExtensions.Add(san.Build());

        using var signer = _authority.GetECDsaPrivateKey()!;
        var serial = RandomNumberGenerator.GetBytes(12);
        using var certificate = request.Create(_authority.SubjectName, X509SignatureGenerator.CreateForECDsa(signer),
            DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7), serial);
        var certificatePath = Path.Combine(_folder.Path, $"{name}.pem");
        var keyPath = Path.Combine(_folder.Path, $"{name}.key");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return new Dictionary<string, string>
        {
            ["Orleans:Tls:Certificate"] = certificatePath,
            ["Orleans:Tls:Key"] = keyPath,
            ["Orleans:Tls:Authority"] = AuthorityPath,
        };
    }

    public void Dispose()
    {
        _authority.Dispose();
        _folder.Dispose();
    }
}
