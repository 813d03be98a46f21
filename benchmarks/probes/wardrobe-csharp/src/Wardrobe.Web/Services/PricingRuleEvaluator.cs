using System.Data;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Wardrobe.Web.Security;

namespace Wardrobe.Web.Services;

/// <summary>Values a pricing formula can refer to.</summary>
public sealed class PricingGlobals
{
    public decimal DailyRate { get; set; }
    public int Days { get; set; }
    public int Quantity { get; set; }
    public bool IsMemberCompany { get; set; }
}

/// <summary>
/// Lets the hire manager try out pricing formulas (weekly caps, member discounts) before they are
/// rolled into the rate card.
/// </summary>
public sealed class PricingRuleEvaluator
{
    private static readonly ScriptOptions FormulaOptions = ScriptOptions.Default
        .AddReferences(typeof(Math).Assembly)
        .AddImports("System");

    public async Task<decimal> PreviewAsync(string formula, PricingGlobals globals, CancellationToken ct)
    {
        var total = await CSharpScript.EvaluateAsync<decimal>(formula, FormulaOptions, globals, typeof(PricingGlobals), ct); // VULN code
        return Math.Round(total, 2, MidpointRounding.AwayFromZero);
    }

    public decimal QuickQuote(string expression)
    {
        if (!InputFormats.IsArithmetic(expression))
        {
            throw new ArgumentException("Quick quotes only accept numbers, brackets and + - * /.", nameof(expression));
        }

        var value = new DataTable().Compute(expression, string.Empty); // SAFE code
        return Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
    }
}
