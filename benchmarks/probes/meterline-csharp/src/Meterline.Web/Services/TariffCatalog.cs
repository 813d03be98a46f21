using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.XPath;
using Meterline.Config;
using Meterline.Models;
using Microsoft.Extensions.Options;

namespace Meterline.Services;

public sealed partial class TariffCatalog
{
    private readonly XmlDocument _catalog = new() { XmlResolver = null };

    public TariffCatalog(IOptions<MeterlineOptions> options, IWebHostEnvironment env) =>
        _catalog.Load(Path.Combine(env.ContentRootPath, options.Value.TariffCatalogPath));

    [GeneratedRegex(@"^[A-Z]{3,8}-[WE]\z")]
    private static partial Regex TariffCodePattern();

    public TariffInfo? FindByCode(string code)
    {
        if (!TariffCodePattern().IsMatch(code))
            throw new ArgumentException("Tariff codes look like RES-W or COM-E.", nameof(code));

        var matches = _catalog.CreateNavigator()!.Select($"/tariffs/tariff[@code='{code}' and @active='true']"); // SAFE xpath
        return matches.MoveNext() && matches.Current is not null ? Map(matches.Current) : null;
    }

    public IReadOnlyList<TariffInfo> FindByDistrict(string district)
    {
        var nodes = _catalog.SelectNodes($"/tariffs/tariff[@active='true' and district='{district}']"); // VULN xpath
        return nodes is null ? [] : nodes.Cast<XmlNode>().Select(n => Map(n.CreateNavigator()!)).ToList();
    }

    private static TariffInfo Map(XPathNavigator node) => new(
        node.GetAttribute("code", string.Empty),
        node.SelectSingleNode("name")?.Value ?? string.Empty,
        node.SelectSingleNode("district")?.Value ?? string.Empty,
        decimal.Parse(node.SelectSingleNode("rate")?.Value ?? "0", CultureInfo.InvariantCulture),
        decimal.Parse(node.SelectSingleNode("baseCharge")?.Value ?? "0", CultureInfo.InvariantCulture),
        node.GetAttribute("utility", string.Empty));
}
