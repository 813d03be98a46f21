using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Palletwise.Models;
using RazorEngineCore;

namespace Palletwise.Services;

public class ReportTemplateService
{
    private static readonly IReadOnlyDictionary<string, string> BuiltInTemplates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pick-summary"] = "<h1>Pick summary</h1><table>@foreach (var row in Model.Rows) { <tr><td>@row.Key</td><td>@row.Total</td></tr> }</table>",
        ["dock-schedule"] = "<h1>Dock schedule for @Model.Day</h1><p>@Model.Rows.Count bookings</p>",
        ["low-stock"] = "<h1>Low stock</h1><ul>@foreach (var row in Model.Rows) { <li>@row.Key (@row.Total)</li> }</ul>",
    };

    private static readonly IReadOnlyDictionary<string, string> PricingFormulas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["standard"] = "Weight * 0.42m + Distance * 0.07m + 12.50m",
        ["express"] = "(Weight * 0.42m + Distance * 0.07m) * 1.8m + 20m",
        ["pallet-flat"] = "Distance < 150m ? 65m : 65m + (Distance - 150m) * 0.35m",
    };

    private static readonly ScriptOptions QuoteScriptOptions = ScriptOptions.Default.WithImports("System");

    private readonly IRazorEngine _engine = new RazorEngine();

    public string RenderCustom(string templateSource, object model)
    {
        var compiled = _engine.Compile(templateSource); // VULN ssti
        return compiled.Run(model);
    }

    public string RenderBuiltIn(string templateName, object model)
    {
        if (!BuiltInTemplates.TryGetValue(templateName, out var source))
        {
            throw new KeyNotFoundException($"Unknown report template '{templateName}'.");
        }

        var compiled = _engine.Compile(source); // SAFE ssti
        return compiled.Run(model);
    }

    public Task<decimal> QuoteWithFormulaAsync(string formula, decimal weight, decimal distance)
    {
        var globals = new QuoteGlobals { Weight = weight, Distance = distance };
        return CSharpScript.EvaluateAsync<decimal>(formula, QuoteScriptOptions, globals); // VULN code
    }

    public Task<decimal> QuoteNamedAsync(string formulaName, decimal weight, decimal distance)
    {
        var formula = PricingFormulas.TryGetValue(formulaName, out var known) ? known : PricingFormulas["standard"];
        var globals = new QuoteGlobals { Weight = weight, Distance = distance };
        return CSharpScript.EvaluateAsync<decimal>(formula, QuoteScriptOptions, globals); // SAFE code
    }

    public static IEnumerable<string> BuiltInNames => BuiltInTemplates.Keys;

    public static IEnumerable<string> FormulaNames => PricingFormulas.Keys;
}
