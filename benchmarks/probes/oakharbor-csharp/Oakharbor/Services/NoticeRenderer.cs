using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Oakharbor.Infrastructure;
using RazorEngine;
using RazorEngine.Templating;

namespace Oakharbor.Services;

public sealed class NoticeModel
{
    public string Title { get; set; } = string.Empty;
    public string DockCode { get; set; } = string.Empty;
    public DateTime EffectiveFrom { get; set; }
    public string IssuedBy { get; set; } = string.Empty;
    public IReadOnlyList<string> AffectedBerths { get; set; } = Array.Empty<string>();
}

/// <summary>Renders the notices to mariners that are e-mailed to berth holders and pinned on the dock boards.</summary>
public sealed class NoticeRenderer
{
    private static readonly IReadOnlyDictionary<string, string> StandardTemplates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dredging"] = "dredging.cshtml",
        ["power-outage"] = "power-outage.cshtml",
        ["pontoon-closure"] = "pontoon-closure.cshtml",
        ["storm-warning"] = "storm-warning.cshtml"
    };

    private readonly string _templateFolder;

    public NoticeRenderer(IOptions<StorageOptions> storage)
    {
        _templateFolder = storage.Value.NoticeTemplates;
    }

    public IEnumerable<string> StandardTemplateNames => StandardTemplates.Keys;

    public string RenderCustom(string templateBody, NoticeModel model)
    {
        var cacheKey = "custom-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(templateBody)));
        return Engine.Razor.RunCompile(templateBody, cacheKey, typeof(NoticeModel), model); // VULN ssti
    }

    public string RenderStandard(string templateName, NoticeModel model)
    {
        if (!StandardTemplates.TryGetValue(templateName, out var fileName))
        {
            throw new KeyNotFoundException($"No standard notice called '{templateName}'.");
        }

        var source = File.ReadAllText(Path.Combine(_templateFolder, fileName));
        return Engine.Razor.RunCompile(source, "standard-" + fileName, typeof(NoticeModel), model); // SAFE ssti
    }
}
