using Enrolla.Core.Abstractions;
using Enrolla.Core.Models;

namespace Enrolla.Core.Services;

public sealed class AppealService(IAppealRepository appeals)
{
    private static readonly HashSet<string> Statuses = ["Lodged", "Scheduled", "Heard", "Upheld", "Dismissed", "Withdrawn"];

    public Task<List<AppealDocument>> SearchGroundsAsync(string? keyword, CancellationToken ct)
    {
        var term = (keyword ?? string.Empty).Trim();
        if (term.Length < 3)
            return Task.FromResult(new List<AppealDocument>());
        return appeals.FindByGroundsKeywordAsync(term, ct);
    }

    public Task<List<AppealDocument>> ForSchoolAsync(int schoolId, string status, CancellationToken ct)
    {
        var normalised = Statuses.Contains(status) ? status : "Lodged";
        return appeals.FindByStatusAsync(schoolId, normalised, ct);
    }

}
