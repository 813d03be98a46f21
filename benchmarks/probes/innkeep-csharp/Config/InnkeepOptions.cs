namespace Innkeep.Config;

public sealed class InnkeepOptions
{
    public string PropertyCode { get; set; } = "IK-MAIN";
    public string BrochureRoot { get; set; } = "/srv/innkeep/brochures";
    public string InvoiceRoot { get; set; } = "/srv/innkeep/invoices";
    public string FolioRoot { get; set; } = "/srv/innkeep/folios";
    public string AvatarRoot { get; set; } = "/srv/innkeep/avatars";
    public string RoomPhotoRoot { get; set; } = "/srv/innkeep/rooms";
    public string FloorPlanRoot { get; set; } = "/srv/innkeep/floorplans";
    public string TemplateRoot { get; set; } = "/srv/innkeep/templates";
    public string ReportOutputRoot { get; set; } = "/srv/innkeep/reports";
    public string RatePlanRoot { get; set; } = "/srv/innkeep/rateplans";
    public string JwtIssuer { get; set; } = "innkeep";
    public string JwtAudience { get; set; } = "innkeep-api";
    public string LdapPath { get; set; } = string.Empty;
    public string[] WidgetOrigins { get; set; } = [];
    public string[] PartnerHosts { get; set; } = [];
    public string[] PaymentGatewayThumbprints { get; set; } = [];
    public string CancellationPolicyHtml { get; set; } = string.Empty;
}
