using System.Text.RegularExpressions;
using System.Xml.XPath;
using Microsoft.Extensions.Options;
using Palletwise.Config;

namespace Palletwise.Services;

public class ZoneLookup
{
    private static readonly Regex PostcodeDistrict = new("^[A-Z]{1,2}[0-9]{1,2}$", RegexOptions.Compiled);

    private readonly XPathDocument _zones;

    public ZoneLookup(IOptions<PalletwiseOptions> options)
    {
        _zones = new XPathDocument(options.Value.ZoneMapPath);
    }

    public string? ZoneForService(string serviceCode)
    {
        var navigator = _zones.CreateNavigator();
        var node = navigator.SelectSingleNode($"/zones/service[@code='{serviceCode}']/@zone"); // VULN xpath
        return node?.Value;
    }

    public string? ZoneForPostcode(string postcode)
    {
        var district = postcode.Trim().ToUpperInvariant().Split(' ')[0];
        if (!PostcodeDistrict.IsMatch(district))
        {
            return null;
        }

        var navigator = _zones.CreateNavigator();
        var node = navigator.SelectSingleNode($"/zones/district[@prefix='{district}']/@zone"); // SAFE xpath
        return node?.Value;
    }
}
