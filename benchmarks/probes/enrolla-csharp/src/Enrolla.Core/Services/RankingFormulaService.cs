using Enrolla.Core.Models;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Enrolla.Core.Services;

public sealed class RankingFormulaService
{
    private static readonly IReadOnlyDictionary<string, string> Presets = new Dictionary<string, string>
    {
        ["distance"] = "-DistanceKm",
        ["sibling-then-distance"] = "(HasSibling ? 1000 : 0) - DistanceKm",
        ["looked-after-first"] = "(LookedAfter ? 10000 : 0) + (HasSibling ? 1000 : 0) - DistanceKm",
        ["preference-weighted"] = "(LookedAfter ? 10000 : 0) - PreferenceRank * 100 - DistanceKm",
    };

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .AddReferences(typeof(RankingInputs).Assembly)
        .AddImports("System");

    public IEnumerable<string> PresetNames => Presets.Keys;

    public async Task<double> ScoreCustomAsync(string formula, RankingInputs inputs, CancellationToken ct)
    {
        return await CSharpScript.EvaluateAsync<double>(formula, Options, globals: inputs, cancellationToken: ct); // VULN code
    }

    public async Task<double> ScorePresetAsync(string presetName, RankingInputs inputs, CancellationToken ct)
    {
        var formula = Presets.TryGetValue(presetName, out var preset) ? preset : Presets["distance"];
        return await CSharpScript.EvaluateAsync<double>(formula, Options, globals: inputs, cancellationToken: ct); // SAFE code
    }
}
