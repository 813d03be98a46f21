namespace Wardrobe.Web.Options;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string PhotoRoot { get; set; } = "/srv/wardrobe/photos";
    public string ThumbnailRoot { get; set; } = "/srv/wardrobe/thumbnails";
    public string AttachmentRoot { get; set; } = "/srv/wardrobe/attachments";
    public string LabelSpool { get; set; } = "/srv/wardrobe/labels";
    public string ProductionRoot { get; set; } = "/srv/wardrobe/productions";
    public string ArchiveRoot { get; set; } = "/srv/wardrobe/archive";
    public string PackStaging { get; set; } = "/srv/wardrobe/packs";
    public string ReportOutput { get; set; } = "/srv/wardrobe/reports";
    public string SupplierCatalogue { get; set; } = "/srv/wardrobe/catalogue/suppliers.xml";
    public string PriceSheetStylesheet { get; set; } = "/srv/wardrobe/catalogue/price-sheet.xslt";
}

public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    public string Host { get; set; } = "ldap.theatre.local";
    public int Port { get; set; } = 636;
    public string BaseDn { get; set; } = "ou=people,dc=theatre,dc=local";
}

public sealed class SupplierOptions
{
    public const string Section = "Suppliers";

    public string FeedPrefix { get; set; } = "https://feeds.stagesupply.co.uk";
    public string PartnerDomain { get; set; } = "stagesupply.co.uk";
    public Dictionary<string, string> PriceListEndpoints { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> Websites { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public string[] AllowedSwatchHosts { get; set; } = Array.Empty<string>();
}

public sealed class CourierOptions
{
    public const string Section = "Courier";

    public string BaseUrl { get; set; } = "https://api.stagefreight.example/v2/";
    public string ApiKey { get; set; } = string.Empty;
}

public sealed class JwtIssuerOptions
{
    public const string Section = "Tokens";

    public string Issuer { get; set; } = "https://wardrobe.theatre.local";
    public string Audience { get; set; } = "wardrobe-api";
    public string SigningKey { get; set; } = string.Empty;
}
