using Claimwell.Web.Options;
using Jint;
using Jint.Native;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Services;

public sealed record PayoutInputs(decimal AssessedLoss, decimal CoverageLimit, decimal Deductible, string LossType);

/// <summary>Evaluates per-product payout formulas (JavaScript expressions) against a claim's figures.</summary>
public sealed class PayoutRuleEngine
{
    private readonly IReadOnlyDictionary<string, string> _productRules;

    public PayoutRuleEngine(IOptions<PayoutRuleOptions> options)
    {
        _productRules = new Dictionary<string, string>(options.Value.ProductRules, StringComparer.OrdinalIgnoreCase);
    }

    public bool HasRule(string productCode) => _productRules.ContainsKey(productCode);

    public decimal EvaluateNamed(string productCode, PayoutInputs inputs)
    {
        if (!_productRules.TryGetValue(productCode, out var script))
        {
            throw new KeyNotFoundException($"No payout rule is configured for product {productCode}.");
        }

        var engine = CreateEngine(inputs);
        return ToAmount(engine.Evaluate(script)); // SAFE code
    }

    public decimal EvaluateAdjusted(string formula, PayoutInputs inputs)
    {
        var engine = CreateEngine(inputs);
        return ToAmount(engine.Evaluate(formula)); // VULN code
    }

    private static Engine CreateEngine(PayoutInputs inputs)
    {
        var engine = new Engine(options => options
            .AllowClr(typeof(PayoutRuleEngine).Assembly, typeof(Math).Assembly)
            .TimeoutInterval(TimeSpan.FromSeconds(2))
            .LimitRecursion(32));

        engine.SetValue("loss", (double)inputs.AssessedLoss);
        engine.SetValue("limit", (double)inputs.CoverageLimit);
        engine.SetValue("deductible", (double)inputs.Deductible);
        engine.SetValue("lossType", inputs.LossType);
        engine.SetValue("round2", new Func<double, double>(v => Math.Round(v, 2, MidpointRounding.AwayFromZero)));
        return engine;
    }

    private static decimal ToAmount(JsValue value)
    {
        if (!value.IsNumber())
        {
            throw new InvalidOperationException("Payout rules must evaluate to a number.");
        }

        var amount = value.AsNumber();
        if (double.IsNaN(amount) || double.IsInfinity(amount))
        {
            throw new InvalidOperationException("Payout rule produced a non-finite amount.");
        }

        return Math.Max(0m, Math.Round((decimal)amount, 2, MidpointRounding.AwayFromZero));
    }
}
