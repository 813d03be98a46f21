using Larderline.Configuration;
using Larderline.Contracts;
using Larderline.Domain;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.Extensions.Options;

namespace Larderline.Infrastructure.Scripting;

/// <summary>
/// Partner coordinators write small conditions ("HouseholdSize > 4 &amp;&amp; DietaryFlags.Contains(\"halal\")")
/// that add items to a parcel. Conditions run against <see cref="HouseholdFacts"/>.
/// </summary>
public sealed class PackingRuleEngine(IOptions<PackingOptions> options, ILogger<PackingRuleEngine> logger)
{
    private static readonly ScriptOptions ScriptOptions = Microsoft.CodeAnalysis.Scripting.ScriptOptions.Default
        .AddReferences(typeof(HouseholdFacts).Assembly)
        .AddImports("System", "System.Linq");

    public async Task<IReadOnlyList<string>> ApplyAsync(IEnumerable<PackingRule> rules, HouseholdFacts facts, CancellationToken ct)
    {
        var added = new List<string>();
        foreach (var rule in rules)
        {
            try
            {
                var matches = await CSharpScript.EvaluateAsync<bool>(rule.Expression, ScriptOptions, globals: facts, globalsType: typeof(HouseholdFacts), cancellationToken: ct); // VULN code
                if (matches)
                {
                    added.Add(rule.AddItem);
                }
            }
            catch (CompilationErrorException ex)
            {
                logger.LogWarning("Packing rule {RuleId} ({Name}) does not compile: {Error}", rule.Id, rule.Name, ex.Message);
            }
        }
        return added;
    }

    public async Task<decimal> TargetWeightAsync(decimal baseKg, int householdSize, CancellationToken ct)
    {
        var inputs = new WeightInputs(baseKg, householdSize);
        return await CSharpScript.EvaluateAsync<decimal>(options.Value.WeightFormula, ScriptOptions, globals: inputs, globalsType: typeof(WeightInputs), cancellationToken: ct); // SAFE code
    }
}
