namespace Permitly.Web.Config;

public sealed class PermitlyOptions
{
    public const string Section = "Permitly";
    public StorageOptions Storage { get; set; } = new();
    public GisOptions Gis { get; set; } = new();
    public CorsOriginOptions Cors { get; set; } = new();
    public DirectoryOptions Directory { get; set; } = new();
}

public sealed class StorageOptions
{
    public string PlanRoot { get; set; } = "/var/permitly/plans";
    public string ExportRoot { get; set; } = "/var/permitly/exports";
    public string TemplateRoot { get; set; } = "Templates/Notices";
    public string ZoningRulesFile { get; set; } = "Data/zoning-rules.xml";
}

public sealed class GisOptions
{
    public string BaseUrl { get; set; } = "";
    public string[] AllowedHosts { get; set; } = [];
}

public sealed class CorsOriginOptions
{
    public string[] PublicOrigins { get; set; } = [];
    public string[] PortalOrigins { get; set; } = [];
}

public sealed class DirectoryOptions
{
    public string LdapPath { get; set; } = "";
    public string BindUser { get; set; } = "";
}
