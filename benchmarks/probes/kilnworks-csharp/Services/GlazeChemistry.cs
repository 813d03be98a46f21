using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Kilnworks.Services;

public sealed class OxideGlobals
{
    public double SiO2 { get; set; }
    public double Al2O3 { get; set; }
    public double B2O3 { get; set; }
    public double Na2O { get; set; }
    public double K2O { get; set; }
    public double CaO { get; set; }
    public double MgO { get; set; }
    public double ZnO { get; set; }
}

public sealed partial class GlazeChemistry
{
    private static readonly IReadOnlyDictionary<string, (string Oxide, double Factor)> MaterialOxides = new Dictionary<string, (string, double)>(StringComparer.OrdinalIgnoreCase)
    {
        ["Silica"] = ("SiO2", 1.0),
        ["EPK Kaolin"] = ("Al2O3", 0.38),
        ["Custer Feldspar"] = ("K2O", 0.10),
        ["Nepheline Syenite"] = ("Na2O", 0.10),
        ["Whiting"] = ("CaO", 0.56),
        ["Talc"] = ("MgO", 0.32),
        ["Gerstley Borate"] = ("B2O3", 0.27),
        ["Zinc Oxide"] = ("ZnO", 1.0)
    };

    private static readonly ScriptOptions Options = ScriptOptions.Default.WithImports("System");

    public OxideGlobals ComputeOxides(IEnumerable<Domain.GlazeIngredient> ingredients)
    {
        var globals = new OxideGlobals();
        foreach (var ingredient in ingredients.Where(i => !i.IsAddition))
        {
            if (!MaterialOxides.TryGetValue(ingredient.Material, out var entry))
            {
                continue;
            }
            var amount = (double)ingredient.Percent * entry.Factor;
            switch (entry.Oxide)
            {
                case "SiO2": globals.SiO2 += amount; break;
                case "Al2O3": globals.Al2O3 += amount; break;
                case "B2O3": globals.B2O3 += amount; break;
                case "Na2O": globals.Na2O += amount; break;
                case "K2O": globals.K2O += amount; break;
                case "CaO": globals.CaO += amount; break;
                case "MgO": globals.MgO += amount; break;
                case "ZnO": globals.ZnO += amount; break;
            }
        }
        return globals;
    }

    public async Task<double?> EvaluateExpansionAsync(string? formula, OxideGlobals oxides, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(formula))
        {
            return null;
        }
        return await CSharpScript.EvaluateAsync<double>(formula, Options, globals: oxides, cancellationToken: ct); // VULN code
    }

    public async Task<double> EvaluateBatchExpressionAsync(string expression, CancellationToken ct)
    {
        if (!ArithmeticOnly().IsMatch(expression))
        {
            throw new FormatException("Only numbers and + - * / ( ) are allowed.");
        }
        return await CSharpScript.EvaluateAsync<double>($"(double)({expression})", Options, cancellationToken: ct); // SAFE code
    }

    [GeneratedRegex(@"^[0-9.+\-*/() ]{1,120}$")]
    private static partial Regex ArithmeticOnly();
}
