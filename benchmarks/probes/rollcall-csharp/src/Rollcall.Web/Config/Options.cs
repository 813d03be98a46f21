namespace Rollcall.Web.Config;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string DocumentRoot { get; set; } = "/var/lib/rollcall/documents";
    public string SharedRoot { get; set; } = "/var/lib/rollcall/shared";
    public string PhotoRoot { get; set; } = "/var/lib/rollcall/photos";
    public string ImportWorkDir { get; set; } = "/var/lib/rollcall/imports";
    public string ExportRoot { get; set; } = "/var/lib/rollcall/exports";
    public string ReportOutputDir { get; set; } = "/var/lib/rollcall/reports";
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
}

public sealed class LdapOptions
{
    public const string Section = "Ldap";

    public string Host { get; set; } = "ldap.rollcall-district.org";
    public int Port { get; set; } = 636;
    public string BindDn { get; set; } = string.Empty;
    public string BaseDn { get; set; } = string.Empty;
    public string PasswordVariable { get; set; } = "ROLLCALL_LDAP_PASSWORD";
}

public sealed class JwtOptions
{
    public const string Section = "Jwt";

    public string Issuer { get; set; } = "https://rollcall-district.org";
    public string Audience { get; set; } = "rollcall-api";
    public string SigningKey { get; set; } = string.Empty;
    public int AccessTokenMinutes { get; set; } = 30;
    public int ResetTokenMinutes { get; set; } = 20;
}

public sealed class SsoOptions
{
    public const string Section = "Sso";

    public string Authority { get; set; } = string.Empty;
    public string ClientId { get; set; } = string.Empty;
    public string ClientSecret { get; set; } = string.Empty;
    public string RedirectUri { get; set; } = string.Empty;
}

public sealed class TransportOptions
{
    public const string Section = "Transport";

    public string VehicleApiBase { get; set; } = "https://avl.busco-example.com/";
    public string TransitFeedBase { get; set; } = "https://gtfs.metrotransit-example.org";
    public string[] PartnerHosts { get; set; } = Array.Empty<string>();
    public string RouteCatalogPath { get; set; } = "Data/route-catalog.xml";
    public string GpsBabelPath { get; set; } = "/usr/bin/gpsbabel";
}

public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    public string WkhtmltopdfPath { get; set; } = "/usr/local/bin/wkhtmltopdf";
    public string ArchiveSchema { get; set; } = "archive";
    public string DistrictName { get; set; } = "Rollcall Unified School District";
}

public sealed class SisLegacyOptions
{
    public const string Section = "SisLegacy";

    public string BaseUrl { get; set; } = "https://sis-legacy.internal.rollcall-district.org/";
    public string PinnedSha256 { get; set; } = string.Empty;
}
