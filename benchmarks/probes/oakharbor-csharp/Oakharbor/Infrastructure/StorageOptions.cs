namespace Oakharbor.Infrastructure;

public sealed class StorageOptions
{
    public string DocumentRoot { get; set; } = "/var/oakharbor/documents";
    public string ExportRoot { get; set; } = "/var/oakharbor/exports";
    public string DiagnosticsRoot { get; set; } = "/var/oakharbor/diagnostics";
    public string NoticeTemplates { get; set; } = "/opt/oakharbor/notice-templates";
}
