namespace Fellside.Options;

public sealed class FellsideOptions
{
    public string DocumentRoot { get; set; } = "/var/fellside/documents";
    public string PhotoRoot { get; set; } = "/var/fellside/photos";
    public string TrackRoot { get; set; } = "/var/fellside/tracks";
    public string ReportOutput { get; set; } = "/var/fellside/reports";
    public string TemplateRoot { get; set; } = "Templates";
    public string RouteCatalogPath { get; set; } = "Data/route-catalog.xml";
    public string WeatherApiBase { get; set; } = "https://api.fellweather.example/v2/";
    public string[] TileHosts { get; set; } = Array.Empty<string>();
    public string WebhookPrefix { get; set; } = "https://hooks.fellside";
    public string[] FieldAppOrigins { get; set; } = Array.Empty<string>();
    public LdapOptions Ldap { get; set; } = new();
    public JwtOptions Jwt { get; set; } = new();
}

public sealed class LdapOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 389;
    public string BaseDn { get; set; } = string.Empty;
    public string BindUser { get; set; } = string.Empty;
    public string BindPassword { get; set; } = string.Empty;
}

public sealed class JwtOptions
{
    public string Issuer { get; set; } = string.Empty;
    public string Audience { get; set; } = string.Empty;
    public string SigningKey { get; set; } = string.Empty;
}
