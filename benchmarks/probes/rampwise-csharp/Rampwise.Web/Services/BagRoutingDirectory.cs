using System.Xml.XPath;
using Microsoft.Extensions.Options;
using Rampwise.Web.Infrastructure;
using Rampwise.Web.Models;

namespace Rampwise.Web.Services;

/// <summary>
/// Read-only view over the baggage sortation configuration exported nightly by the BHS vendor
/// (routing.xml: stations, belts, chutes and transfer rules).
/// </summary>
public class BagRoutingDirectory
{
    private readonly Lazy<XPathDocument> _document;

    public BagRoutingDirectory(IOptions<RampwiseOptions> options, IWebHostEnvironment env)
    {
        var path = Path.Combine(env.ContentRootPath, "App_Data", "routing.xml");
        _document = new Lazy<XPathDocument>(() => new XPathDocument(path));
    }

    public BagRouteViewModel? FindRoute(string station, string tagNumber)
    {
        var nav = _document.Value.CreateNavigator();
        var airlinePrefix = tagNumber.Length >= 4 ? tagNumber.Substring(1, 3) : tagNumber;
        var expression = $"/routing/station[@code='{station}']/rule[@carrier='{airlinePrefix}']";
        var rule = nav.SelectSingleNode(expression); // VULN xpath
        if (rule is null)
        {
            return null;
        }

        return new BagRouteViewModel
        {
            Station = station,
            TagNumber = tagNumber,
            Belt = rule.GetAttribute("belt", string.Empty),
            Chute = rule.GetAttribute("chute", string.Empty),
            TransferFlight = rule.SelectSingleNode("transfer/@flight")?.Value
        };
    }

    public string? FindTransferChute(string flightNumber)
    {
        if (!StationCodes.IsFlightNumber(flightNumber))
        {
            throw new ArgumentException("Invalid flight number", nameof(flightNumber));
        }

        var nav = _document.Value.CreateNavigator();
        var node = nav.SelectSingleNode($"/routing/transfers/flight[@number='{flightNumber}']/@chute"); // SAFE xpath
        return node?.Value;
    }
}
