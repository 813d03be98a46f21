using System.Globalization;
using System.Xml.XPath;
using Claimwell.Web.Models;

namespace Claimwell.Web.Services;

/// <summary>Read-only view over App_Data/product-catalog.xml, loaded once at startup.</summary>
public sealed class ProductCatalog
{
    private readonly XPathNavigator _navigator;

    public ProductCatalog(IWebHostEnvironment environment)
    {
        var document = new XPathDocument(Path.Combine(environment.ContentRootPath, "App_Data", "product-catalog.xml"));
        _navigator = document.CreateNavigator();
    }

    public CoverageInfo? GetCoverage(string productCode)
    {
        var product = _navigator.SelectSingleNode($"/catalog/product[@code='{productCode}']"); // SAFE xpath
        if (product is null)
        {
            return null;
        }

        var exclusions = new List<string>();
        var iterator = product.Select("exclusions/exclusion");
        while (iterator.MoveNext())
        {
            exclusions.Add(iterator.Current!.Value.Trim());
        }

        return new CoverageInfo(
            productCode,
            product.GetAttribute("name", string.Empty),
            decimal.Parse(product.SelectSingleNode("limits/@max")?.Value ?? "0", CultureInfo.InvariantCulture),
            decimal.Parse(product.SelectSingleNode("rating/@base")?.Value ?? "0", CultureInfo.InvariantCulture),
            exclusions);
    }

    public decimal? GetRegionalFactor(string productCode, string region)
    {
        var result = _navigator.Evaluate($"number(/catalog/product[@code='{productCode}']/rating/region[@name='{region}']/@factor)"); // VULN xpath
        return result is double factor && !double.IsNaN(factor) ? (decimal)factor : null;
    }

    public IReadOnlyList<string> ListProductCodes()
    {
        var codes = new List<string>();
        var iterator = _navigator.Select("/catalog/product/@code");
        while (iterator.MoveNext())
        {
            codes.Add(iterator.Current!.Value);
        }

        return codes;
    }
}
