namespace Quayside.Api.Configuration;

public sealed class QuaysideOptions
{
    public const string Section = "Quayside";

    public string OperatorCode { get; set; } = "QSF";
    public string DocumentRoot { get; set; } = "/var/lib/quayside/documents";
    public string ExportRoot { get; set; } = "/var/lib/quayside/exports";
    public string ManifestInbox { get; set; } = "/var/lib/quayside/inbox";
    public string CertificateRoot { get; set; } = "/var/lib/quayside/certificates";
    public string[] BackOfficeOrigins { get; set; } = Array.Empty<string>();
    public string TicketQueueName { get; set; } = "ticket-print";
    public string PublicBaseUrl { get; set; } = "https://tickets.quayside.example";
}

public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "https://auth.quayside.example";
    public string StaffAudience { get; set; } = "quayside-backoffice";
    public string PartnerAudience { get; set; } = "quayside-partners";
    public string? SigningKey { get; set; }
    public string BarcodeHmacKey { get; set; } = string.Empty;
    public string SsoAuthority { get; set; } = "https://sso.quayside.example";
    public int TokenLifetimeMinutes { get; set; } = 60;
}

public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    public string Host { get; set; } = "ldap.quayside.internal";
    public int Port { get; set; } = 636;
    public string BaseDn { get; set; } = "ou=Staff,dc=quayside,dc=internal";
    public string BindDn { get; set; } = string.Empty;
    public string BindPassword { get; set; } = string.Empty;
}

public sealed class PortAuthorityOptions
{
    public const string Section = "PortAuthority";

    public string BaseUrl { get; set; } = "https://api.portauthority.example";
    public string ApiKey { get; set; } = string.Empty;
    public string PinnedThumbprint { get; set; } = string.Empty;
    public string[] PartnerWebhookHosts { get; set; } = Array.Empty<string>();
}
