namespace Meterline.Config;

public sealed class MeterlineOptions
{
    public const string Section = "Meterline";

    public string[] PortalOrigins { get; set; } = [];
    public string InvoiceDirectory { get; set; } = "/var/meterline/invoices";
    public string MeterPhotoDirectory { get; set; } = "/var/meterline/meter-photos";
    public string ImportStagingDirectory { get; set; } = "/var/meterline/import";
    public string StatementTemplateDirectory { get; set; } = "templates/statements";
    public string TariffCatalogPath { get; set; } = "App_Data/tariffs.xml";
    public string ScadaGatewayUrl { get; set; } = "https://scada-gw.ops.meterline.local:8443/";
    public string PrintServiceUrl { get; set; } = "https://print.ops.meterline.local/";
    public string PrintServiceThumbprint { get; set; } = string.Empty;
    public string MongoUrl { get; set; } = "mongodb://localhost:27017";
    public string LdapHost { get; set; } = "ldap.meterline.local";
    public string LdapBaseDn { get; set; } = "ou=staff,dc=meterline,dc=local";
    public string[] GisHosts { get; set; } = [];
    public string PortalFooterHtml { get; set; } = string.Empty;
    public Uri? BillingEventsWebhook { get; set; }
}
