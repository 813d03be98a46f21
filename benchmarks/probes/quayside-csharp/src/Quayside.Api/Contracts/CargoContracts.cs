using Microsoft.AspNetCore.Http;

namespace Quayside.Api.Contracts;

public sealed class UploadManifestRequest
{
    public Guid SailingId { get; set; }
    public IFormFile? File { get; set; }
    public bool PrintLabels { get; set; }
    public string? LabelPrinter { get; set; }
}

public sealed class UploadManifestResponse
{
    public Guid ManifestId { get; set; }
    public string ManifestRef { get; set; } = string.Empty;
    public int ItemCount { get; set; }
    public IReadOnlyList<string> Warnings { get; set; } = Array.Empty<string>();
}

public sealed class ManifestExportRequest
{
    public Guid ManifestId { get; set; }
    public string FileName { get; set; } = string.Empty;
}

public sealed class ContainerLookupRequest
{
    public Guid ManifestId { get; set; }
    public string ContainerId { get; set; } = string.Empty;
}

public sealed class ContainerLookupResponse
{
    public string ContainerId { get; set; } = string.Empty;
    public string? SealNumber { get; set; }
    public string? Contents { get; set; }
    public decimal? GrossKg { get; set; }
}

public sealed record WebhookRegistration(string PartnerCode, string EventType, string CallbackUrl);

public sealed record ReportDefinitionInput(string Name, string RouteFilter, string Cron, string Recipient);

public sealed class ParsedManifest
{
    public string ManifestRef { get; set; } = string.Empty;
    public string Shipper { get; set; } = string.Empty;
    public List<ParsedCargoLine> Lines { get; } = new();
}

public sealed class ParsedCargoLine
{
    public string? ContainerId { get; set; }
    public string HsCode { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public decimal GrossKg { get; set; }
    public string? HazardClass { get; set; }
    public string? UnNumber { get; set; }
}
