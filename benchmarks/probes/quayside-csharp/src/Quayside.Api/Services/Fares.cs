using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.EntityFrameworkCore;
using Quayside.Api.Data;
using Quayside.Api.Domain;

namespace Quayside.Api.Services;

public sealed class FareCalculator
{
    private static readonly IReadOnlyDictionary<FareClass, decimal> BaseFares = new Dictionary<FareClass, decimal>
    {
        [FareClass.Foot] = 24.50m,
        [FareClass.Motorcycle] = 58.00m,
        [FareClass.Car] = 119.00m,
        [FareClass.Van] = 164.00m,
        [FareClass.Freight] = 410.00m,
    };

    private readonly QuaysideDbContext _db;
    private readonly FareRuleEvaluator _evaluator;
    private readonly ILogger<FareCalculator> _logger;

    public FareCalculator(QuaysideDbContext db, FareRuleEvaluator evaluator, ILogger<FareCalculator> logger)
    {
        _db = db;
        _evaluator = evaluator;
        _logger = logger;
    }

    public async Task<decimal> QuoteAsync(Sailing sailing, FareClass fareClass, int passengers, string? promoCode, CancellationToken ct)
    {
        var globals = new FareGlobals
        {
            Base = BaseFares[fareClass],
            Passengers = passengers,
            FareClass = fareClass.ToString(),
            RouteCode = sailing.RouteCode,
            DaysToDeparture = (int)Math.Floor((sailing.DepartsAt - DateTimeOffset.UtcNow).TotalDays),
            DepartureHour = sailing.DepartsAt.Hour,
        };

        var fare = globals.Base + Math.Max(0, passengers - 1) * BaseFares[FareClass.Foot];

        var rules = await _db.FareRules.AsNoTracking()
            .Where(r => r.Active && r.RouteCode == sailing.RouteCode)
            .OrderBy(r => r.Id)
            .ToListAsync(ct);

        foreach (var rule in rules)
        {
            globals.Current = fare;
            try
            {
                fare = await _evaluator.EvaluateRuleAsync(rule, globals, ct);
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Fare rule {Rule} failed on route {Route}; skipped", rule.Name, sailing.RouteCode);
            }
        }

        if (!string.IsNullOrWhiteSpace(promoCode))
        {
            globals.Current = fare;
            fare = await _evaluator.EvaluatePromotionAsync(promoCode.Trim().ToUpperInvariant(), globals, ct) ?? fare;
        }

        return decimal.Round(Math.Max(fare, 0m), 2, MidpointRounding.AwayFromZero);
    }

    public async Task<int> UpsertRuleAsync(string name, string routeCode, string expression, string updatedBy, CancellationToken ct)
    {
        var rule = await _db.FareRules.FirstOrDefaultAsync(r => r.Name == name && r.RouteCode == routeCode, ct);
        if (rule is null)
        {
            rule = new FareRule { Name = name, RouteCode = routeCode };
            _db.FareRules.Add(rule);
        }

        rule.Expression = expression;
        rule.Active = true;
        rule.UpdatedBy = updatedBy;
        await _db.SaveChangesAsync(ct);
        return rule.Id;
    }
}

public sealed class FareGlobals
{
    public decimal Base { get; set; }
    public decimal Current { get; set; }
    public int Passengers { get; set; }
    public string FareClass { get; set; } = string.Empty;
    public string RouteCode { get; set; } = string.Empty;
    public int DaysToDeparture { get; set; }
    public int DepartureHour { get; set; }
}

/// <summary>
/// Revenue management writes fare adjustments as small C# expressions over <see cref="FareGlobals"/>,
/// e.g. <c>DaysToDeparture &gt; 21 ? Current * 0.85m : Current</c>.
/// </summary>
public sealed class FareRuleEvaluator
{
    private static readonly IReadOnlyDictionary<string, string> Promotions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EARLYBIRD"] = "DaysToDeparture >= 30 ? Current * 0.80m : Current",
        ["FOOTFREE"] = "FareClass == \"Foot\" && Passengers <= 2 ? 0m : Current",
        ["NIGHTOWL"] = "DepartureHour >= 22 || DepartureHour < 5 ? Current - 15m : Current",
        ["FAMILY4"] = "Passengers >= 4 ? Current * 0.90m : Current",
    };

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithImports("System")
        .WithReferences(typeof(object).Assembly);

    public async Task<decimal> EvaluateRuleAsync(FareRule rule, FareGlobals globals, CancellationToken ct)
    {
        var result = await CSharpScript.EvaluateAsync<decimal>(rule.Expression, Options, globals, typeof(FareGlobals), ct); // VULN code
        return result;
    }

    public async Task<decimal?> EvaluatePromotionAsync(string promoCode, FareGlobals globals, CancellationToken ct)
    {
        if (!Promotions.TryGetValue(promoCode, out var expression))
        {
            return null;
        }

        return await CSharpScript.EvaluateAsync<decimal>(expression, Options, globals, typeof(FareGlobals), ct); // SAFE code
    }
}
