using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Oakharbor.Services;

public sealed class TariffGlobals
{
    public decimal LengthMeters { get; set; }
    public decimal BeamMeters { get; set; }
    public int Nights { get; set; }
    public decimal BaseRate { get; set; }
}

public sealed class TariffCalculator
{
    private static readonly Regex ArithmeticOnly = new(@"\A[0-9.\s+\-*/()]+\z", RegexOptions.Compiled);

    private static readonly ScriptOptions RuleOptions = ScriptOptions.Default
        .WithImports("System")
        .WithReferences(typeof(Math).Assembly);

    public static string SeasonalRule(DateOnly arrival) => arrival.Month switch
    {
        >= 6 and <= 8 => "{rate} * {nights} * 1.35 + {length} * 0.8",
        12 or 1 or 2 => "{rate} * {nights} * 0.85",
        _ => "{rate} * {nights} + {length} * 0.5"
    };

    /// <summary>Evaluates a draft tariff rule written by the harbour office against sample vessel figures.</summary>
    public async Task<decimal> PreviewRuleAsync(string ruleExpression, TariffGlobals sample)
    {
        var result = await CSharpScript.EvaluateAsync<decimal>(ruleExpression, RuleOptions, sample, typeof(TariffGlobals)); // VULN code
        return Math.Round(result, 2);
    }

    /// <summary>Evaluates a stored tariff template after substituting the numeric placeholders.</summary>
    public async Task<decimal> EvaluateStandardAsync(string ruleTemplate, TariffGlobals values)
    {
        var expression = ruleTemplate
            .Replace("{rate}", values.BaseRate.ToString(CultureInfo.InvariantCulture))
            .Replace("{nights}", values.Nights.ToString(CultureInfo.InvariantCulture))
            .Replace("{length}", values.LengthMeters.ToString(CultureInfo.InvariantCulture))
            .Replace("{beam}", values.BeamMeters.ToString(CultureInfo.InvariantCulture));

        if (!ArithmeticOnly.IsMatch(expression))
        {
            throw new FormatException("Tariff rule contains unsupported tokens after substitution.");
        }

        var result = await CSharpScript.EvaluateAsync<double>(expression, RuleOptions); // SAFE code
        return Math.Round((decimal)result, 2);
    }
}
