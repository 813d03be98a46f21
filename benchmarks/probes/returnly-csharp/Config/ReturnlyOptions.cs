namespace Returnly.Config;

public sealed class ReturnlyOptions
{
    public const string Section = "Returnly";

    public string StorageRoot { get; set; } = "/var/lib/returnly/files";
    public string LabelRoot { get; set; } = "/var/lib/returnly/labels";
    public string[] BackofficeOrigins { get; set; } = [];
    public string LegacyWmsUrl { get; set; } = "";
    public CarrierOptions Carriers { get; set; } = new();
    public DirectoryOptions Directory { get; set; } = new();
    public JwtOptions Jwt { get; set; } = new();
}

public sealed class CarrierOptions
{
    public string DefaultBaseUrl { get; set; } = "https://api.shipfast.example/";
    public string[] DocumentHosts { get; set; } = [];
    public string[] PinnedThumbprints { get; set; } = [];
}

public sealed class DirectoryOptions
{
    public string LdapPath { get; set; } = "";
    public int SizeLimit { get; set; } = 25;
}

public sealed class JwtOptions
{
    public string Issuer { get; set; } = "";
    public string Audience { get; set; } = "";
    public string PartnerIssuer { get; set; } = "returnly-partners";
    public string SigningKeyEnvVar { get; set; } = "RETURNLY_JWT_KEY";
    public int TokenMinutes { get; set; } = 480;
}
