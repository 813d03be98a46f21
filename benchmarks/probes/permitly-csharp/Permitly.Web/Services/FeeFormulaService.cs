using System.Data;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Permitly.Web.Models;

namespace Permitly.Web.Services;

public sealed record FeeGlobals(decimal Base, decimal SquareFeet, string PermitType);

public sealed class FeeFormulaService
{
    // Fee schedule adopted by council resolution 2023-114.
    private static readonly Dictionary<PermitType, (decimal Flat, decimal PerSquareFoot)> Schedule = new()
    {
        [PermitType.Residential] = (150m, 0.42m),
        [PermitType.Commercial] = (400m, 0.65m),
        [PermitType.Demolition] = (250m, 0.10m),
        [PermitType.Electrical] = (95m, 0.08m),
        [PermitType.Plumbing] = (95m, 0.07m),
        [PermitType.Sign] = (75m, 0m),
    };

    private static readonly ScriptOptions AdjustmentOptions = ScriptOptions.Default.WithImports("System");

    public decimal BaseFee(PermitType type, decimal squareFeet)
    {
        var (flat, perSquareFoot) = Schedule[type];
        var expression = string.Format(CultureInfo.InvariantCulture, "{0} + ({1} * {2})", flat, squareFeet, perSquareFoot);
        var result = new DataTable().Compute(expression, null); // SAFE code
        return Math.Round(Convert.ToDecimal(result, CultureInfo.InvariantCulture), 2);
    }

    /// <summary>
    /// Plan reviewers apply ad-hoc adjustments such as <c>Base * 0.5m</c> for affordable housing
    /// or <c>Base + 120m</c> for after-hours inspections.
    /// </summary>
    public async Task<decimal> ApplyAdjustmentAsync(decimal baseFee, FeeEstimateRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Adjustment))
            return baseFee;
        var globals = new FeeGlobals(baseFee, request.SquareFeet, request.Type.ToString());
        var adjusted = await CSharpScript.EvaluateAsync<decimal>(request.Adjustment, AdjustmentOptions, globals, typeof(FeeGlobals), ct); // VULN code
        return Math.Round(Math.Max(adjusted, 0m), 2);
    }
}
