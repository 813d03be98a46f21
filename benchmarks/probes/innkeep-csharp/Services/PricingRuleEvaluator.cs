using Innkeep.Models;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Innkeep.Services;

public class PricingGlobals
{
    public decimal BaseRate { get; init; }
    public int Nights { get; init; }
    public DayOfWeek ArrivalDay { get; init; }
}

public class PricingRuleEvaluator
{
    private static readonly ScriptOptions RuleScriptOptions = ScriptOptions.Default.WithImports("System");

    private static readonly IReadOnlyDictionary<string, string> PresetRules =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["flat"] = "BaseRate * Nights",
            ["weekly-discount"] = "Nights >= 7 ? BaseRate * Nights * 0.85m : BaseRate * Nights",
            ["weekend-uplift"] = "(ArrivalDay == DayOfWeek.Friday || ArrivalDay == DayOfWeek.Saturday) ? BaseRate * Nights * 1.15m : BaseRate * Nights",
            ["long-stay"] = "Nights >= 14 ? BaseRate * Nights * 0.75m : BaseRate * Nights",
        };

    public Task<decimal> PreviewAsync(PricingPreviewRequest request)
    {
        var globals = new PricingGlobals { BaseRate = request.BaseRate, Nights = request.Nights, ArrivalDay = request.ArrivalDay };
        return CSharpScript.EvaluateAsync<decimal>(request.Expression, RuleScriptOptions, globals); // VULN code
    }

    public async Task<decimal?> ApplyPresetAsync(string ruleName, decimal baseRate, int nights, DayOfWeek arrivalDay)
    {
        if (!PresetRules.TryGetValue(ruleName, out var expression))
            return null;
        var globals = new PricingGlobals { BaseRate = baseRate, Nights = nights, ArrivalDay = arrivalDay };
        return await CSharpScript.EvaluateAsync<decimal>(expression, RuleScriptOptions, globals); // SAFE code
    }
}
