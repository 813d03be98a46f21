using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Claimwell.Web.Models;

namespace Claimwell.Web.Services;

/// <summary>Builds the coverage summary block shown on the policy page.</summary>
public sealed class PolicyPresenter
{
    private static readonly CultureInfo Money = CultureInfo.GetCultureInfo("en-IE");

    private readonly HtmlEncoder _encoder;

    public PolicyPresenter(HtmlEncoder encoder)
    {
        _encoder = encoder;
    }

    public string BuildCoverageSummary(Policy policy, CoverageInfo? coverage)
    {
        var html = new StringBuilder();
        html.Append("<h2>").Append(_encoder.Encode(coverage?.Name ?? policy.ProductCode)).Append("</h2>");
        html.Append("<ul class=\"coverage-list\">");
        html.Append("<li>Insured: ").Append(_encoder.Encode($"{policy.HolderFirstName} {policy.HolderLastName}")).Append("</li>");
        html.Append("<li>Limit: ").Append(_encoder.Encode(policy.CoverageLimit.ToString("C0", Money))).Append("</li>");
        html.Append("<li>Deductible: ").Append(_encoder.Encode(policy.Deductible.ToString("C0", Money))).Append("</li>");
        html.Append("<li>Period: ").Append(policy.EffectiveFrom.ToString("d MMM yyyy", CultureInfo.InvariantCulture))
            .Append(" &ndash; ").Append(policy.EffectiveTo.ToString("d MMM yyyy", CultureInfo.InvariantCulture)).Append("</li>");
        html.Append("</ul>");

        if (coverage is { Exclusions.Count: > 0 })
        {
            html.Append("<h3>Exclusions</h3><ul class=\"exclusions\">");
            foreach (var exclusion in coverage.Exclusions)
            {
                html.Append("<li>").Append(_encoder.Encode(exclusion)).Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.ToString();
    }
}
