using System.Globalization;
using System.Text.RegularExpressions;
using Cantabile.Domain;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Cantabile.Services;

/// <summary>Script globals: the five adjudication criteria of one score sheet.</summary>
public sealed class CriteriaGlobals
{
    public double intonation { get; set; }
    public double blend { get; set; }
    public double diction { get; set; }
    public double interpretation { get; set; }
    public double repertoire { get; set; }

    public static CriteriaGlobals From(ScoreSheet sheet) => new()
    {
        intonation = (double)sheet.Intonation,
        blend = (double)sheet.Blend,
        diction = (double)sheet.Diction,
        interpretation = (double)sheet.Interpretation,
        repertoire = (double)sheet.Repertoire,
    };

    public IReadOnlyDictionary<string, double> AsDictionary() => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["intonation"] = intonation,
        ["blend"] = blend,
        ["diction"] = diction,
        ["interpretation"] = interpretation,
        ["repertoire"] = repertoire,
    };
}

/// <summary>
/// Categories may define a tie-break formula over the criteria, e.g. "intonation * 1.5 + blend".
/// </summary>
public sealed class ScoringFormulaEvaluator
{
    private static readonly Regex Identifier = new(@"[A-Za-z_][A-Za-z0-9_]*", RegexOptions.Compiled);
    private static readonly Regex ArithmeticOnly = new(@"^[0-9.+\-*/() ]+\z", RegexOptions.Compiled);

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithImports("System")
        .WithReferences(typeof(Math).Assembly);

    public async Task<double> EvaluateTiebreakAsync(string formula, ScoreSheet sheet)
    {
        var globals = CriteriaGlobals.From(sheet);
        return await CSharpScript.EvaluateAsync<double>(formula, Options, globals, typeof(CriteriaGlobals)); // VULN code
    }

    public async Task<double> PreviewWeightingAsync(string expression, CriteriaGlobals sample)
    {
        var values = sample.AsDictionary();
        var substituted = Identifier.Replace(expression, m =>
            values.TryGetValue(m.Value, out var v) ? v.ToString("0.###", CultureInfo.InvariantCulture) : m.Value);

        if (!ArithmeticOnly.IsMatch(substituted))
        {
            throw new FormatException("Weighting may only use criteria names, numbers and + - * / ( ).");
        }

        return await CSharpScript.EvaluateAsync<double>(substituted, ScriptOptions.Default); // SAFE code
    }
}
