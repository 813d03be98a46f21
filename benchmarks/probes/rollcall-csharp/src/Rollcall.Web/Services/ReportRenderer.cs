using System.Diagnostics;
using System.Xml;
using System.Xml.Xsl;
using Microsoft.Extensions.Options;
using RazorLight;
using Rollcall.Web.Config;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

public sealed class ReportRenderer
{
    private readonly IRazorLightEngine _razor;
    private readonly ReportingOptions _options;
    private readonly XslCompiledTransform _stateExport = new();

    public ReportRenderer(IRazorLightEngine razor, IOptions<ReportingOptions> options, IWebHostEnvironment environment)
    {
        _razor = razor;
        _options = options.Value;
        _stateExport.Load(Path.Combine(environment.ContentRootPath, "Templates", "state-export.xslt"));
    }

    public Task<string> RenderReportCardAsync(ReportCardModel model) =>
        _razor.CompileRenderAsync("ReportCard.cshtml", model); // SAFE ssti

    public async Task ConvertToPdfAsync(string htmlPath, string pdfPath, string title, CancellationToken ct = default)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", $"-c \"{_options.WkhtmltopdfPath} --quiet --page-size Letter --title '{title}' '{htmlPath}' '{pdfPath}'\"") { UseShellExecute = false, RedirectStandardError = true }) // VULN cmdi
            ?? throw new InvalidOperationException("wkhtmltopdf could not be started.");

        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wkhtmltopdf failed ({process.ExitCode}): {stderr}");
        }
    }

    /// <summary>Converts our attendance XML into the state's reporting schema.</summary>
    public string TransformStateExport(Stream attendanceXml)
    {
        using var input = XmlReader.Create(attendanceXml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        using var output = new StringWriter();
        using (var writer = XmlWriter.Create(output, _stateExport.OutputSettings))
        {
            _stateExport.Transform(input, writer);
        }

        return output.ToString();
    }
}
