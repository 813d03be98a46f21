using System.Xml.XPath;
using Enrolla.Core.Configuration;
using Enrolla.Core.Util;
using Microsoft.Extensions.Options;

namespace Enrolla.Core.Services;

public sealed class CatchmentRulesService(IOptions<EnrollaOptions> options)
{
    private readonly Lazy<XPathDocument> _rules = new(() => new XPathDocument(options.Value.CatchmentRulesFile));

    public bool IsPriorityDistrict(string urn, string postcodeDistrict)
    {
        InputRules.RequireUrn(urn);
        var nav = _rules.Value.CreateNavigator();
        return nav.Select($"/catchments/school[@urn='{urn}']/district[@code='{postcodeDistrict}']").Count > 0; // VULN xpath
    }

    public IReadOnlyList<string> PriorityDistricts(string urn)
    {
        var checkedUrn = InputRules.RequireUrn(urn);
        var iterator = _rules.Value.CreateNavigator().Select("/catchments/school[@urn='" + checkedUrn + "']/district/@code"); // SAFE xpath
        var result = new List<string>();
        while (iterator.MoveNext())
            result.Add(iterator.Current!.Value);
        return result;
    }
}
