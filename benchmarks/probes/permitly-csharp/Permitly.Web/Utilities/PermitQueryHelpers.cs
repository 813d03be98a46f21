using System.Globalization;
using System.Text;
using Permitly.Web.Models;

namespace Permitly.Web.Utilities;

public static class PermitQueryHelpers
{
    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["submitted"] = "submitted_at",
        ["issued"] = "issued_at",
        ["valuation"] = "estimated_valuation",
        ["applicant"] = "applicant_name",
        ["status"] = "status",
    };

    public static string ResolveSortColumn(string? sort) =>
        sort is not null && SortColumns.TryGetValue(sort, out var column) ? column : "submitted_at";

    public static string BuildSearchFilter(PermitSearchCriteria criteria)
    {
        var sb = new StringBuilder("1 = 1");
        if (!string.IsNullOrWhiteSpace(criteria.ParcelId))
            sb.Append(" AND parcel_id = '").Append(criteria.ParcelId.Trim()).Append('\'');
        if (!string.IsNullOrWhiteSpace(criteria.ApplicantName))
            sb.Append(" AND applicant_name LIKE '%").Append(criteria.ApplicantName.Trim()).Append("%'");
        if (criteria.SubmittedAfter is { } after)
            sb.Append(" AND submitted_at >= '").Append(after.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\'');
        return sb.ToString();
    }

    public static string DefaultReportExpression => "Status != \"Withdrawn\" && Status != \"Expired\"";
}
