using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

/// <summary>Evaluates final-grade weighting formulas such as "Homework * 0.2 + Tests * 0.8".</summary>
public sealed class FormulaEngine
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(typeof(Math).Assembly)
        .WithImports("System");

    private static readonly IReadOnlyDictionary<string, string> Presets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["standard"] = "Homework * 0.2 + Quizzes * 0.2 + Tests * 0.5 + Participation * 0.1",
        ["project-heavy"] = "Homework * 0.15 + Quizzes * 0.15 + Tests * 0.3 + Project * 0.4",
        ["best-of"] = "Math.Max(Tests, (Tests + Project) / 2) * 0.7 + Homework * 0.3",
        ["elementary"] = "Homework * 0.4 + Participation * 0.6",
    };

    public static IEnumerable<string> PresetNames => Presets.Keys;

    public async Task<double> EvaluateAsync(string formula, GradeGlobals globals, CancellationToken ct)
    {
        var result = await CSharpScript.EvaluateAsync<double>(formula, Options, globals, typeof(GradeGlobals), ct); // VULN code
        return Math.Round(result, 2);
    }

    public async Task<double> EvaluatePresetAsync(string presetKey, GradeGlobals globals, CancellationToken ct)
    {
        if (!Presets.TryGetValue(presetKey, out var formula))
        {
            throw new KeyNotFoundException($"Unknown grading preset '{presetKey}'.");
        }

        var result = await CSharpScript.EvaluateAsync<double>(formula, Options, globals, typeof(GradeGlobals), ct); // SAFE code
        return Math.Round(result, 2);
    }
}
