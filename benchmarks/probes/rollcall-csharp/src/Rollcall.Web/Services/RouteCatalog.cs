using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.XPath;
using Microsoft.Extensions.Options;
using Rollcall.Web.Config;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

/// <summary>Read-only view of the route catalogue XML published by the transport office.</summary>
public sealed partial class RouteCatalog
{
    private readonly XPathDocument _document;

    public RouteCatalog(IWebHostEnvironment environment, IOptions<TransportOptions> options)
    {
        var path = Path.Combine(environment.ContentRootPath, options.Value.RouteCatalogPath);
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
        _document = new XPathDocument(reader);
    }

    [GeneratedRegex(@"^[A-Z]{2}-\d{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex StrictRouteCode();

    public IReadOnlyList<RouteInfo> ListRoutes()
    {
        var navigator = _document.CreateNavigator();
        var routes = new List<RouteInfo>();
        foreach (XPathNavigator route in navigator.Select("/routes/route"))
        {
            routes.Add(ToRoute(route));
        }

        return routes;
    }

    public RouteInfo? FindRoute(string routeCode)
    {
        if (!StrictRouteCode().IsMatch(routeCode))
        {
            return null;
        }

        var node = _document.CreateNavigator().SelectSingleNode($"/routes/route[@code='{routeCode}']"); // SAFE xpath
        return node is null ? null : ToRoute(node);
    }

    /// <summary>Public stops for a route. Home stops of individual students are flagged restricted.</summary>
    public IReadOnlyList<StopInfo> GetPublicStops(string routeCode)
    {
        var navigator = _document.CreateNavigator();
        var iterator = navigator.Select($"/routes/route[@code='{routeCode}']/stop[not(@restricted='true')]"); // VULN xpath
        var stops = new List<StopInfo>();
        foreach (XPathNavigator stop in iterator)
        {
            stops.Add(new StopInfo(
                stop.GetAttribute("id", string.Empty),
                stop.GetAttribute("name", string.Empty),
                stop.GetAttribute("time", string.Empty),
                double.Parse(stop.GetAttribute("lat", string.Empty), CultureInfo.InvariantCulture),
                double.Parse(stop.GetAttribute("lon", string.Empty), CultureInfo.InvariantCulture)));
        }

        return stops;
    }

    private static RouteInfo ToRoute(XPathNavigator route) => new(
        route.GetAttribute("code", string.Empty),
        route.GetAttribute("name", string.Empty),
        route.GetAttribute("driver", string.Empty),
        route.GetAttribute("vehicle", string.Empty),
        int.TryParse(route.GetAttribute("capacity", string.Empty), NumberStyles.Integer, CultureInfo.InvariantCulture, out var capacity) ? capacity : 0);
}
