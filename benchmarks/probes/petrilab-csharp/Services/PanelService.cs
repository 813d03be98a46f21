using System.Globalization;
using System.Runtime.Serialization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Petrilab.Data;
using Petrilab.Models;

namespace Petrilab.Services;

public class PanelService(LabDbContext db, ILogger<PanelService> logger)
{
    private static readonly Regex ArithmeticOnly = new(@"^[0-9.\s+\-*/()]+\z", RegexOptions.Compiled);

    private static readonly ScriptOptions FormulaOptions = ScriptOptions.Default
        .WithImports("System")
        .WithReferences(typeof(Math).Assembly);

    private static readonly JsonSerializerSettings LegacyExportSettings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTime,
    };

    /// <summary>Lets a pathologist try out a weight/age adjusted reference formula before saving it.</summary>
    public async Task<(double Low, double High)> PreviewCustomRangeAsync(string panelCode, RangePreviewRequest request, CancellationToken ct)
    {
        var panel = await db.Panels.AsNoTracking().FirstOrDefaultAsync(p => p.Code == panelCode, ct)
                    ?? throw new KeyNotFoundException($"Panel {panelCode} not found");

        var script = $"double weightKg = {request.WeightKg.ToString(CultureInfo.InvariantCulture)}; int ageMonths = {request.AgeMonths}; {request.Formula}";
        var midpoint = await CSharpScript.EvaluateAsync<double>(script, FormulaOptions, cancellationToken: ct); // VULN code
        return (midpoint * (1 - panel.RangeTolerance), midpoint * (1 + panel.RangeTolerance));
    }

    public async Task<double> EvaluateStandardRangeAsync(string panelCode, PatientContext patient, CancellationToken ct)
    {
        var panel = await db.Panels.AsNoTracking().FirstOrDefaultAsync(p => p.Code == panelCode, ct)
                    ?? throw new KeyNotFoundException($"Panel {panelCode} not found");

        var expression = (panel.ReferenceExpression ?? "0")
            .Replace("{weight}", patient.WeightKg.ToString(CultureInfo.InvariantCulture))
            .Replace("{age}", patient.AgeMonths.ToString(CultureInfo.InvariantCulture));
        if (!ArithmeticOnly.IsMatch(expression))
        {
            throw new FormatException("Reference expressions may only contain numbers and arithmetic operators");
        }

        return await CSharpScript.EvaluateAsync<double>(expression, FormulaOptions, cancellationToken: ct); // SAFE code
    }

    public async Task<int> ImportLegacyExportAsync(string json, CancellationToken ct)
    {
        var export = JsonConvert.DeserializeObject<LegacyPanelExport>(json, LegacyExportSettings); // VULN deser
        if (export is null || export.Panels.Count == 0)
        {
            return 0;
        }

        foreach (var legacy in export.Panels)
        {
            await UpsertAsync(legacy.Code, legacy.Name, legacy.Analytes, legacy.ReferenceExpression, 0.15, legacy.Price, ct);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Imported {Count} panels from {Source}", export.Panels.Count, export.SourceSystem ?? "unknown");
        return export.Panels.Count;
    }

    public async Task<PanelDefinition> ImportContractAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, ct);
        buffer.Position = 0;

        var serializer = new DataContractSerializer(typeof(PanelContract));
        var contract = (PanelContract?)serializer.ReadObject(buffer) ?? throw new InvalidDataException("Empty panel definition"); // SAFE deser
        var panel = await UpsertAsync(contract.Code, contract.Name, contract.Analytes, contract.ReferenceExpression, contract.RangeTolerance, contract.Price, ct);
        await db.SaveChangesAsync(ct);
        return panel;
    }

    private async Task<PanelDefinition> UpsertAsync(string code, string name, List<string> analytes, string? expression, double tolerance, decimal price, CancellationToken ct)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var panel = await db.Panels.FirstOrDefaultAsync(p => p.Code == normalized, ct);
        if (panel is null)
        {
            panel = new PanelDefinition { Code = normalized };
            db.Panels.Add(panel);
        }

        panel.Name = name;
        panel.Analytes = analytes;
        panel.ReferenceExpression = expression;
        panel.RangeTolerance = tolerance;
        panel.Price = price;
        return panel;
    }
}
