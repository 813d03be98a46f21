using System.Security.Cryptography;
using System.Text;
using RazorLight;

namespace Cantabile.Services;

/// <summary>Renders award certificates (HTML, later printed to PDF by the print shop).</summary>
public sealed class CertificateRenderer
{
    private static readonly Dictionary<string, string> Styles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gold"] = "Certificates/Award.cshtml",
        ["silver"] = "Certificates/Award.cshtml",
        ["bronze"] = "Certificates/Award.cshtml",
        ["participation"] = "Certificates/Award.cshtml",
    };

    private readonly IRazorLightEngine _engine;

    public CertificateRenderer(IRazorLightEngine engine)
    {
        _engine = engine;
    }

    public static IReadOnlyCollection<string> KnownStyles => Styles.Keys;

    public async Task<string> RenderAwardAsync(CertificateModel model, string style)
    {
        if (!Styles.TryGetValue(style, out var templateKey))
        {
            throw new ArgumentException($"Unknown certificate style '{style}'.");
        }

        model.Style = style.ToLowerInvariant();
        return await _engine.CompileRenderAsync(templateKey, model); // SAFE ssti
    }

    /// <summary>Lets a choir director preview a customised certificate layout before the print run.</summary>
    public async Task<string> RenderCustomPreviewAsync(string layout, CertificateModel model)
    {
        var cacheKey = "custom-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(layout)))[..16];
        return await _engine.CompileRenderStringAsync(cacheKey, layout, model); // VULN ssti
    }
}
