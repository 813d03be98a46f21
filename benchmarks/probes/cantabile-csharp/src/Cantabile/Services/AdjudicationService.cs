using Cantabile.Contracts;
using Cantabile.Data;
using Cantabile.Domain;
using Cantabile.Security;

namespace Cantabile.Services;

public interface IAdjudicationService
{
    Task<ScoreSheetAccepted> SubmitAsync(AdjudicatorIdentity adjudicator, SubmitScoreSheetRequest request);
    Task<IReadOnlyList<RankedEntry>> OfficialResultsAsync(string category, string round);
    Task<IReadOnlyList<ScoreSheet>> SheetsByAdjudicatorAsync(string category, string adjudicatorName);
    Task<IReadOnlyList<RankedEntry>> ProvisionalStandingsAsync(string category);
    Task<CertificateModel?> CertificateAsync(int registrationId);
    Task SetTiebreakFormulaAsync(string category, string formula);
    Task<double> PreviewWeightingAsync(string expression);
}

public sealed class AdjudicationService : IAdjudicationService
{
    private static readonly HashSet<string> Rounds = new(StringComparer.OrdinalIgnoreCase) { "preliminary", "semifinal", "final" };

    private readonly IScoreRepository _scores;
    private readonly IRegistrationRepository _registrations;
    private readonly ScoringFormulaEvaluator _formulas;
    private readonly ILogger<AdjudicationService> _logger;

    public AdjudicationService(IScoreRepository scores, IRegistrationRepository registrations, ScoringFormulaEvaluator formulas, ILogger<AdjudicationService> logger)
    {
        _scores = scores;
        _registrations = registrations;
        _formulas = formulas;
        _logger = logger;
    }

    public async Task<ScoreSheetAccepted> SubmitAsync(AdjudicatorIdentity adjudicator, SubmitScoreSheetRequest request)
    {
        if (!Rounds.Contains(request.Round))
        {
            throw new ArgumentException($"Unknown round '{request.Round}'.");
        }

        var registration = await _registrations.GetRegistrationAsync(request.RegistrationId)
            ?? throw new KeyNotFoundException($"Registration {request.RegistrationId} not found.");

        var sheet = new ScoreSheet
        {
            RegistrationId = registration.Id,
            AdjudicatorId = adjudicator.AdjudicatorId,
            Round = request.Round.ToLowerInvariant(),
            Intonation = request.Intonation,
            Blend = request.Blend,
            Diction = request.Diction,
            Interpretation = request.Interpretation,
            Repertoire = request.Repertoire,
            Citation = request.Citation?.Trim(),
            SubmittedAt = DateTime.UtcNow,
        };

        var id = await _scores.InsertAsync(sheet);
        var total = sheet.Intonation + sheet.Blend + sheet.Diction + sheet.Interpretation + sheet.Repertoire;
        _logger.LogInformation("Adjudicator {Adjudicator} scored registration {Registration}: {Total}", adjudicator.AdjudicatorId, registration.Id, total);
        return new ScoreSheetAccepted(id, total);
    }

    public async Task<IReadOnlyList<RankedEntry>> OfficialResultsAsync(string category, string round)
    {
        var definition = await _scores.GetCategoryAsync(category) ?? throw new KeyNotFoundException($"Unknown category '{category}'.");
        if (!Rounds.Contains(round))
        {
            throw new ArgumentException($"Unknown round '{round}'.");
        }

        var ranking = await _scores.OfficialRankingAsync(definition.Code, round.ToLowerInvariant());

        if (!string.IsNullOrWhiteSpace(definition.TiebreakFormula))
        {
            foreach (var group in ranking.GroupBy(r => r.Total).Where(g => g.Count() > 1))
            {
                foreach (var entry in group)
                {
                    var sheets = await _scores.SheetsForRegistrationAsync(entry.RegistrationId);
                    var values = new List<double>();
                    foreach (var sheet in sheets.Where(s => string.Equals(s.Round, round, StringComparison.OrdinalIgnoreCase)))
                    {
                        values.Add(await _formulas.EvaluateTiebreakAsync(definition.TiebreakFormula, sheet));
                    }

                    entry.Tiebreak = values.Count == 0 ? 0 : values.Average();
                }
            }
        }

        var ordered = ranking.OrderByDescending(r => r.Total).ThenByDescending(r => r.Tiebreak).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Place = i + 1;
        }

        return ordered;
    }

    public async Task<IReadOnlyList<ScoreSheet>> SheetsByAdjudicatorAsync(string category, string adjudicatorName)
    {
        var definition = await _scores.GetCategoryAsync(category) ?? throw new KeyNotFoundException($"Unknown category '{category}'.");
        return _scores.SheetsByAdjudicator(definition.Code, adjudicatorName.Trim());
    }

    public async Task<IReadOnlyList<RankedEntry>> ProvisionalStandingsAsync(string category)
    {
        var standings = await _scores.ProvisionalStandingsAsync(category);
        for (var i = 0; i < standings.Count; i++)
        {
            standings[i].Place = i + 1;
        }

        return standings;
    }

    public async Task<CertificateModel?> CertificateAsync(int registrationId)
    {
        var registration = await _registrations.GetRegistrationAsync(registrationId);
        if (registration is null)
        {
            return null;
        }

        var choir = await _registrations.GetChoirAsync(registration.ChoirId);
        var category = await _scores.GetCategoryAsync(registration.Category);
        var sheets = await _scores.SheetsForRegistrationAsync(registrationId);
        var finals = sheets.Where(s => s.Round == "final").ToList();
        var average = finals.Count == 0 ? 0m : finals.Average(s => s.Intonation + s.Blend + s.Diction + s.Interpretation + s.Repertoire);

        return new CertificateModel
        {
            ChoirName = choir?.Name ?? "Unknown choir",
            Conductor = registration.Conductor,
            CategoryTitle = category?.Title ?? registration.Category,
            Score = Math.Round(average, 1),
            Citation = finals.Select(s => s.Citation).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)),
            IssuedOn = DateOnly.FromDateTime(DateTime.UtcNow),
        };
    }

    public async Task SetTiebreakFormulaAsync(string category, string formula)
    {
        var definition = await _scores.GetCategoryAsync(category) ?? throw new KeyNotFoundException($"Unknown category '{category}'.");
        await _scores.SetTiebreakFormulaAsync(definition.Code, formula.Trim());
    }

    public Task<double> PreviewWeightingAsync(string expression)
    {
        var sample = new CriteriaGlobals { intonation = 20, blend = 18, diction = 15, interpretation = 16, repertoire = 8 };
        return _formulas.PreviewWeightingAsync(expression, sample);
    }
}

public sealed class CertificateModel
{
    public string ChoirName { get; set; } = string.Empty;
    public string Conductor { get; set; } = string.Empty;
    public string CategoryTitle { get; set; } = string.Empty;
    public decimal Score { get; set; }
    public string? Citation { get; set; }
    public DateOnly IssuedOn { get; set; }
    public string Style { get; set; } = "gold";
    public string FestivalName { get; set; } = "Cantabile";
}
