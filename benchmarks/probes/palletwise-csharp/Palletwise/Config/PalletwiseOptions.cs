namespace Palletwise.Config;

public sealed class PalletwiseOptions
{
    public const string Section = "Palletwise";

    public string[] PortalOrigins { get; set; } = Array.Empty<string>();
    public string DocumentRoot { get; set; } = "/var/palletwise/documents";
    public string UploadRoot { get; set; } = "/var/palletwise/uploads";
    public string ImportRoot { get; set; } = "/var/palletwise/imports";
    public string SpoolDirectory { get; set; } = "/var/spool/palletwise";
    public string[] LabelPrinters { get; set; } = Array.Empty<string>();
    public string DefaultPrinter { get; set; } = "dock1-zebra";
    public string[] TrustedCarrierHosts { get; set; } = Array.Empty<string>();
    public Dictionary<string, string> CarrierEndpoints { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public string CarrierCertThumbprint { get; set; } = string.Empty;
    public string LegacyFreightUrl { get; set; } = string.Empty;
    public string LegacyFreightUser { get; set; } = string.Empty;
    public string LdapPath { get; set; } = string.Empty;
    public string ZoneMapPath { get; set; } = "config/zones.xml";
    public int SyncIntervalSeconds { get; set; } = 300;
    public string PortalBannerHtml { get; set; } = string.Empty;
}
