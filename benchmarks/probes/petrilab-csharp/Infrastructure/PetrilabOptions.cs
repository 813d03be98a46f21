namespace Petrilab.Infrastructure;

public sealed class StorageOptions
{
    public string Root { get; set; } = "/var/petrilab/data";
}

public sealed class LabelPrinterOptions
{
    public string SpoolDirectory { get; set; } = "/var/spool/petrilab";
    public Dictionary<string, string> Stations { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class DirectoryOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 636;
    public string BindDn { get; set; } = string.Empty;
    public string BaseDn { get; set; } = string.Empty;
}

public sealed class PartnerOptions
{
    public Dictionary<string, PartnerEndpoint> Partners { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class PartnerEndpoint
{
    public string BaseUrl { get; set; } = string.Empty;
    public string? CertificateThumbprint { get; set; }
}

public sealed class WebhookOptions
{
    public string[] AllowedHosts { get; set; } = Array.Empty<string>();
}

public sealed class RabbitOptions
{
    public string HostName { get; set; } = "localhost";
    public string VirtualHost { get; set; } = "/";
    public string UserName { get; set; } = "guest";
    public string Password { get; set; } = string.Empty;
}
