namespace Kilnworks.Configuration;

public sealed class StudioOptions
{
    public const string Section = "Studio";

    public string Name { get; set; } = "Kilnworks";
    public string PublicBaseUrl { get; set; } = "https://kilnworks.studio";
    public string MediaRoot { get; set; } = "/var/lib/kilnworks/media";
    public string ArchiveRoot { get; set; } = "/var/lib/kilnworks/archive";
    public string KilnLogRoot { get; set; } = "/var/lib/kilnworks/kiln-logs";
    public string TemplateRoot { get; set; } = "Templates";
    public string KilnctlPath { get; set; } = "/usr/local/bin/kilnctl";
    public string FfmpegPath { get; set; } = "/usr/bin/ffmpeg";
    public string KilnLinkBaseUrl { get; set; } = "https://kilnlink.io";
    public string[] SupplierCatalogHosts { get; set; } = Array.Empty<string>();
    public string ControllerThumbprint { get; set; } = string.Empty;
    public string[] WidgetOrigins { get; set; } = Array.Empty<string>();
}

public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 636;
    public string BaseDn { get; set; } = string.Empty;
    public string BindDn { get; set; } = string.Empty;
    public string BindPassword { get; set; } = string.Empty;
}

public sealed class JwtOptions
{
    public const string Section = "Jwt";

    public string Issuer { get; set; } = string.Empty;
    public string Audience { get; set; } = string.Empty;
    public string SigningKey { get; set; } = string.Empty;
    public int LifetimeMinutes { get; set; } = 120;
}
