namespace Enrolla.Core.Configuration;

public sealed class EnrollaOptions
{
    public const string Section = "Enrolla";

    public string AcademicYear { get; set; } = "2025/26";
    public string DocumentRoot { get; set; } = "/var/enrolla/documents";
    public string ImportRoot { get; set; } = "/var/enrolla/imports";
    public string TemplateRoot { get; set; } = "/var/enrolla/templates";
    public string LetterRoot { get; set; } = "/var/enrolla/letters";
    public string CatchmentRulesFile { get; set; } = "/etc/enrolla/catchment-rules.xml";
    public string LdapRoot { get; set; } = "LDAP://OU=Admissions,DC=enrolla,DC=local";
    public string[] BoundaryHosts { get; set; } = [];
    public string LaGatewayBaseUrl { get; set; } = "https://gateway.la-services.gov.uk/";
}
