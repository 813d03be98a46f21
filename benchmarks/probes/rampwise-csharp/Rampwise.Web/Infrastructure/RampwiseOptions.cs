namespace Rampwise.Web.Infrastructure;

public class RampwiseOptions
{
    public const string Section = "Rampwise";

    public string StationCode { get; set; } = "AMS";
    public string DocumentRoot { get; set; } = "/var/rampwise/documents";
    public string ReportRoot { get; set; } = "/var/rampwise/reports";
    public string ExportRoot { get; set; } = "/var/rampwise/exports";
    public string PhotoArchiveRoot { get; set; } = "/var/rampwise/bag-photos";
    public string TemplateRoot { get; set; } = "Templates";
    public string WkhtmltopdfPath { get; set; } = "/usr/local/bin/wkhtmltopdf";
    public string[] OpsConsoleOrigins { get; set; } = Array.Empty<string>();
}

public class DirectoryOptions
{
    public string Host { get; set; } = string.Empty;
    public int Port { get; set; } = 636;
    public string BaseDn { get; set; } = string.Empty;
    public string BindDn { get; set; } = string.Empty;
    public string BindPassword { get; set; } = string.Empty;
}

public class FuelSupplierOptions
{
    public string BaseUrl { get; set; } = string.Empty;
    public string ApiKey { get; set; } = string.Empty;
}

public class JwtOptions
{
    public string Issuer { get; set; } = string.Empty;
    public string Audience { get; set; } = string.Empty;
    public string SigningKey { get; set; } = string.Empty;
}
