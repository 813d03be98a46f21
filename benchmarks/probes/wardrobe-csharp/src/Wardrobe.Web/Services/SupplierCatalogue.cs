using System.Globalization;
using System.Xml.XPath;
using Microsoft.Extensions.Options;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Options;
using Wardrobe.Web.Security;

namespace Wardrobe.Web.Services;

/// <summary>
/// Read-only view over the consolidated supplier catalogue that purchasing exports nightly.
/// Items flagged restricted carry trade-only pricing and are hidden from the hire desk.
/// </summary>
public sealed class SupplierCatalogue
{
    private const int MaxResults = 50;

    private readonly Lazy<XPathNavigator> _navigator;

    public SupplierCatalogue(IOptions<StorageOptions> options)
    {
        var path = options.Value.SupplierCatalogue;
        _navigator = new Lazy<XPathNavigator>(() => new XPathDocument(path).CreateNavigator(), isThreadSafe: true);
    }

    public IReadOnlyList<CatalogueItem> Search(string term)
    {
        var needle = term.Trim().ToLowerInvariant();
        var iterator = _navigator.Value.Select($"/catalogue/supplier/item[not(@restricted='true') and contains(@search-key, '{needle}')]"); // VULN xpath

        var items = new List<CatalogueItem>();
        while (iterator.MoveNext() && items.Count < MaxResults)
        {
            items.Add(Map(iterator.Current!));
        }

        return items;
    }

    public CatalogueItem? FindBySku(string sku)
    {
        if (!InputFormats.IsSku(sku))
        {
            return null;
        }

        var node = _navigator.Value.SelectSingleNode($"/catalogue/supplier/item[@sku='{sku}' and not(@restricted='true')]"); // SAFE xpath
        return node is null ? null : Map(node);
    }

    private static CatalogueItem Map(XPathNavigator item)
    {
        var price = decimal.TryParse(item.GetAttribute("price", string.Empty), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : 0m;

        return new CatalogueItem(
            item.GetAttribute("sku", string.Empty),
            item.GetAttribute("name", string.Empty),
            item.SelectSingleNode("ancestor::supplier/@code")?.Value ?? string.Empty,
            price,
            item.SelectSingleNode("description")?.Value);
    }
}
