using System.Data;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Returnly.Services;

/// <summary>
/// Refund rules are small C# expressions maintained by the returns supervisors, e.g.
/// <c>Reason == "damaged" ? ItemPrice : ItemPrice * 0.85m</c>.
/// </summary>
public sealed class PricingRuleEngine(ILogger<PricingRuleEngine> logger)
{
    private static readonly ScriptOptions RuleOptions = ScriptOptions.Default
        .AddReferences(typeof(Enumerable).Assembly)
        .AddImports("System", "System.Linq");

    public async Task<decimal> EvaluateCustomRuleAsync(string formula, RefundRuleGlobals globals, CancellationToken ct)
    {
        var result = await CSharpScript.EvaluateAsync<decimal>(formula, RuleOptions, globals, typeof(RefundRuleGlobals), ct); // VULN code
        var capped = Math.Clamp(result, 0m, globals.ItemPrice - globals.AlreadyRefunded);
        logger.LogInformation("Rule produced {Amount} (capped {Capped})", result, capped);
        return Math.Round(capped, 2, MidpointRounding.AwayFromZero);
    }

    public decimal RestockingFee(decimal itemPrice, decimal ratePercent)
    {
        var expression = string.Format(CultureInfo.InvariantCulture, "{0} * {1} / 100", itemPrice, ratePercent);
        var fee = new DataTable().Compute(expression, null); // SAFE code
        return Math.Round(Convert.ToDecimal(fee, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
    }
}
