using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Rampwise.Web.Services;

/// <summary>
/// Variables exposed to penalty formulas. Property names are part of the contract with airlines.
/// </summary>
public class PenaltyGlobals
{
    public int Turnarounds { get; set; }
    public int Breaches { get; set; }
    public int TotalDelayMinutes { get; set; }
    public decimal OnTimePercent { get; set; }
    public decimal TargetPercent { get; set; }
}

public class SlaFormulaEvaluator
{
    private static readonly IReadOnlyDictionary<string, string> StandardSchemes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["flat-per-breach"] = "Breaches * 150m",
        ["per-minute"] = "TotalDelayMinutes * 12.5m",
        ["target-shortfall"] = "OnTimePercent >= TargetPercent ? 0m : (TargetPercent - OnTimePercent) * 1000m",
        ["none"] = "0m"
    };

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithImports("System")
        .WithReferences(typeof(Math).Assembly);

    public Task<decimal> EvaluateCustomAsync(string formula, PenaltyGlobals globals, CancellationToken ct)
    {
        return CSharpScript.EvaluateAsync<decimal>(formula, Options, globals, typeof(PenaltyGlobals), ct); // VULN code
    }

    public Task<decimal> EvaluateStandardAsync(string? scheme, PenaltyGlobals globals, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(scheme) || !StandardSchemes.TryGetValue(scheme, out var expression))
        {
            throw new ArgumentException($"Unknown penalty scheme '{scheme}'", nameof(scheme));
        }

        return CSharpScript.EvaluateAsync<decimal>(expression, Options, globals, typeof(PenaltyGlobals), ct); // SAFE code
    }
}
