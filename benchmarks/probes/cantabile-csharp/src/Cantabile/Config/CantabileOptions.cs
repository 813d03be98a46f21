namespace Cantabile.Config;

public sealed class CantabileOptions
{
    public const string Section = "Cantabile";

    public string FestivalName { get; set; } = "Cantabile";
    public int FestivalYear { get; set; }
    public string StorageRoot { get; set; } = "/var/lib/cantabile/files";
    public string RecordingRoot { get; set; } = "/var/lib/cantabile/recordings";
    public string EngravingRoot { get; set; } = "/var/lib/cantabile/engraving";
    public string TemplateRoot { get; set; } = "Templates";
    public string PublicBaseUrl { get; set; } = "https://portal.cantabile-festival.org";
    public List<string> MediaHosts { get; set; } = new();
    public string MediaPrefix { get; set; } = "https://media.cantabile-festival.org";
    public Dictionary<string, string> PartnerLinks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps a short partner key from the printed programme to its landing page.</summary>
    public string ResolvePartnerLink(string key)
    {
        return PartnerLinks.TryGetValue(key, out var configured) ? configured : Uri.UnescapeDataString(key);
    }
}

public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 636;
    public string BaseDn { get; set; } = string.Empty;
    public string BindDn { get; set; } = string.Empty;
}

public sealed class KioskTokenOptions
{
    public const string Section = "Kiosk";

    public string Issuer { get; set; } = "cantabile-library";
    public string Audience { get; set; } = "library-kiosk";
    public string SigningKey { get; set; } = string.Empty;
}
