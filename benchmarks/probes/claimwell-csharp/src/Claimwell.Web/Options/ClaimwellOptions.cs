namespace Claimwell.Web.Options;

public sealed class AuthOptions
{
    public string Issuer { get; set; } = "";
    public string Audience { get; set; } = "";
}

public sealed class StorageOptions
{
    public string DocumentRoot { get; set; } = "/var/claimwell/documents";
    public string BrokerTemplatesRoot { get; set; } = "BrokerTemplates";
    public long MaxUploadBytes { get; set; } = 25 * 1024 * 1024;
}

public sealed class ConversionOptions
{
    public string SofficePath { get; set; } = "soffice";
    public string PdfToPpmPath { get; set; } = "pdftoppm";
    public string ExifToolPath { get; set; } = "exiftool";
}

public sealed class LdapOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 636;
    public bool UseSsl { get; set; } = true;
    public string BindDn { get; set; } = "";
    public string BindPassword { get; set; } = "";
    public string BaseDn { get; set; } = "";
    public string AdjusterGroupDn { get; set; } = "";
}

public sealed class AssessorOptions
{
    public string BaseUrl { get; set; } = "";
    public string ApiKey { get; set; } = "";
    public string[] PinnedCertificateHashes { get; set; } = Array.Empty<string>();
}

public sealed class RepairShopEndpoint
{
    public string BaseUrl { get; set; } = "";
    public string ApiKey { get; set; } = "";
}

public sealed class RepairShopOptions
{
    public Dictionary<string, RepairShopEndpoint> Shops { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class PortalOptions
{
    public string PortalDomain { get; set; } = "claimwell.com";
    public string DefaultLogoutUrl { get; set; } = "/account/login";
    public string PublicBaseUrl { get; set; } = "https://portal.claimwell.com";
    public int InviteLifetimeHours { get; set; } = 72;
    public Dictionary<string, string> PartnerPortals { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class MessagingOptions
{
    public string ClaimEventsQueue { get; set; } = "claim-events";
    public int MaxConcurrentCalls { get; set; } = 4;
    public int MaxDeliveryAttempts { get; set; } = 5;
}

public sealed class PayoutRuleOptions
{
    public Dictionary<string, string> ProductRules { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class AuditOptions
{
    public string Database { get; set; } = "claimwell_audit";
}

public sealed class PartnerOptions
{
    public Dictionary<string, string> ApiKeys { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class EmailOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 587;
    public string From { get; set; } = "claims@claimwell.com";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

public sealed class TemplateOptions
{
    public string Root { get; set; } = "Templates";
}
