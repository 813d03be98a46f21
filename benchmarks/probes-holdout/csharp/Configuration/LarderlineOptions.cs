namespace Larderline.Configuration;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string ReceiptsRoot { get; set; } = "/var/larderline/receipts";
    public string LogosRoot { get; set; } = "/var/larderline/partner-logos";
    public string DeliveryNotesRoot { get; set; } = "/var/larderline/delivery-notes";
    public string CertificatesRoot { get; set; } = "/var/larderline/certificates";
    public string LabelsRoot { get; set; } = "/var/larderline/labels";
    public string ManifestsRoot { get; set; } = "/var/larderline/manifests";
    public string ProofRoot { get; set; } = "/var/larderline/proof-of-delivery";
    public string UploadTempRoot { get; set; } = "/var/larderline/tmp";
}

public sealed class IntegrationOptions
{
    public const string Section = "Integrations";

    public string TileServerBase { get; set; } = "https://tiles.larderline.org";
    public string GeocoderBase { get; set; } = "https://geo.larderline.org/";
    public string CharityRegisterBase { get; set; } = "https://register.charities.example.gov/";
    public List<string> WebhookHosts { get; set; } = [];
    public int FeedTimeoutSeconds { get; set; } = 30;
}

public sealed class ProcessingOptions
{
    public const string Section = "Processing";

    public string SolverBinary { get; set; } = "/opt/vroom/bin/vroom-cli";
    public string SolverOutputRoot { get; set; } = "/var/larderline/solver";
    public string OfficeBinary { get; set; } = "/usr/bin/soffice";
    public string DefaultPrinter { get; set; } = "warehouse-zebra-01";
}

public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    public string Server { get; set; } = "localhost";
    public int Port { get; set; } = 389;
    public string BaseDn { get; set; } = "dc=larderline,dc=org";
}

public sealed class JwtOptions
{
    public const string Section = "Jwt";

    public string Issuer { get; set; } = "https://larderline.org";
    public string Audience { get; set; } = "larderline-drivers";
    public string SigningKey { get; set; } = string.Empty;
    public int DriverTokenHours { get; set; } = 12;
}

public sealed class PackingOptions
{
    public const string Section = "Packing";

    public string WeightFormula { get; set; } = "BaseKg";
}
