using System.Data;
using System.Globalization;
using Meterline.Models;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Meterline.Services;

public sealed record TariffGlobals(decimal Units, decimal Rate, decimal Base);

public sealed class TariffEngine(ILogger<TariffEngine> logger)
{
    private static readonly Dictionary<string, string> Formulas = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RES-W"] = "{base} + {units} * {rate}",
        ["RES-E"] = "{base} + IIF({units} > 600, 600 * {rate} + ({units} - 600) * {rate} * 1.18, {units} * {rate})",
        ["COM-E"] = "{base} * 3 + {units} * {rate} * 1.05",
        ["LIFELINE-E"] = "IIF({units} > 300, {units} * {rate}, {units} * {rate} * 0.6)"
    };

    private static readonly ScriptOptions PreviewOptions = ScriptOptions.Default.AddImports("System");

    public decimal Calculate(string tariffCode, decimal units, decimal rate, decimal baseCharge)
    {
        if (!Formulas.TryGetValue(tariffCode, out var template))
            throw new KeyNotFoundException($"No formula configured for tariff {tariffCode}.");

        var expression = template
            .Replace("{base}", baseCharge.ToString(CultureInfo.InvariantCulture))
            .Replace("{units}", units.ToString(CultureInfo.InvariantCulture))
            .Replace("{rate}", rate.ToString(CultureInfo.InvariantCulture));
        var result = new DataTable().Compute(expression, null); // SAFE code
        return Math.Round(Convert.ToDecimal(result, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
    }

    public async Task<decimal> PreviewAsync(TariffDraft draft)
    {
        logger.LogInformation("Previewing draft tariff {Code}", draft.Code);
        var globals = new TariffGlobals(draft.SampleUnits, draft.Rate, draft.BaseCharge);
        var value = await CSharpScript.EvaluateAsync<decimal>(draft.Formula, PreviewOptions, globals); // VULN code
        return Math.Round(value, 2, MidpointRounding.AwayFromZero);
    }
}
