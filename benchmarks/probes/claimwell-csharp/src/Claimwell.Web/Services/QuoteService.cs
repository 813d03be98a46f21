using System.ComponentModel.DataAnnotations;
using Claimwell.Web.Infrastructure;
using Claimwell.Web.Models;

namespace Claimwell.Web.Services;

public sealed class QuoteService
{
    private readonly ProductCatalog _catalog;

    public QuoteService(ProductCatalog catalog)
    {
        _catalog = catalog;
    }

    public CoverageInfo GetCoverage(string productCode)
    {
        if (!InputRules.IsProductCode(productCode))
        {
            throw new ValidationException("Product codes look like HOM-01.");
        }

        return _catalog.GetCoverage(productCode) ?? throw new KeyNotFoundException($"Unknown product {productCode}.");
    }

    public QuoteResult Quote(string productCode, string region, decimal sumInsured)
    {
        var coverage = GetCoverage(productCode);
        if (sumInsured <= 0 || sumInsured > coverage.MaxLimit)
        {
            throw new ValidationException($"Sum insured must be between 1 and {coverage.MaxLimit:N0}.");
        }

        var factor = _catalog.GetRegionalFactor(productCode, region) ?? 1.0m;
        var premium = Math.Round(sumInsured * coverage.BaseRate * factor, 2, MidpointRounding.AwayFromZero);
        return new QuoteResult(productCode, region, sumInsured, premium);
    }
}
