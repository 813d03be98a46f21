using Enrolla.Core.Models;

namespace Enrolla.Api.Areas.Admin.Models;

public sealed class ReportsViewModel
{
    public string LocalAuthority { get; init; } = "";
    public string? Notice { get; init; }
    public string SummaryHtml { get; init; } = "";
    public IReadOnlyList<School> Schools { get; init; } = [];
    public IReadOnlyList<string> Rounds { get; init; } = ["1", "2", "3", "late"];
}
