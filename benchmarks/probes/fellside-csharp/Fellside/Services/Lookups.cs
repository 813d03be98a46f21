using System.DirectoryServices.Protocols;
using System.Net;
using System.Xml.XPath;
using Fellside.Infrastructure;
using Fellside.Options;
using Microsoft.Extensions.Options;

namespace Fellside.Services;

public sealed record RouteInfo(int Id, string Name, int Grade, string HutSlug, string Start, string Hazard);

public class RouteCatalog
{
    private readonly XPathDocument _catalog;

    public RouteCatalog(IOptions<FellsideOptions> options)
    {
        _catalog = new XPathDocument(options.Value.RouteCatalogPath);
    }

    public IReadOnlyList<RouteInfo> FindByName(string name)
    {
        var nav = _catalog.CreateNavigator();
        var iterator = nav.Select("/catalog/route[contains(@name, '" + name + "')]"); // VULN xpath
        return Collect(iterator);
    }

    public RouteInfo? FindById(int routeId)
    {
        var nav = _catalog.CreateNavigator();
        var iterator = nav.Select($"/catalog/route[@id='{routeId}']"); // SAFE xpath
        return Collect(iterator).FirstOrDefault();
    }

    public IReadOnlyList<RouteInfo> ForHut(string hutSlug)
    {
        var nav = _catalog.CreateNavigator();
        var all = Collect(nav.Select("/catalog/route"));
        return all.Where(r => string.Equals(r.HutSlug, hutSlug, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static List<RouteInfo> Collect(XPathNodeIterator iterator)
    {
        var results = new List<RouteInfo>();
        while (iterator.MoveNext())
        {
            var node = iterator.Current!;
            results.Add(new RouteInfo(
                int.Parse(node.GetAttribute("id", string.Empty)),
                node.GetAttribute("name", string.Empty),
                int.TryParse(node.GetAttribute("grade", string.Empty), out var g) ? g : 0,
                node.GetAttribute("hut", string.Empty),
                node.SelectSingleNode("start")?.Value ?? string.Empty,
                node.SelectSingleNode("hazard")?.Value ?? string.Empty));
        }

        return results;
    }
}

public sealed record DirectoryEntry(string Callsign, string DisplayName, string Phone, string Team);

public class TeamDirectory
{
    private static readonly string[] Attributes = { "uid", "cn", "telephoneNumber", "ou" };
    private readonly LdapOptions _ldap;

    public TeamDirectory(IOptions<FellsideOptions> options)
    {
        _ldap = options.Value.Ldap;
    }

    public DirectoryEntry? FindByCallsign(string callsign)
    {
        var filter = $"(&(objectClass=inetOrgPerson)(uid={LdapFilter.EscapeValue(callsign)}))";
        using var connection = Connect();
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_ldap.BaseDn, filter, SearchScope.Subtree, Attributes)); // SAFE ldap
        return response.Entries.Count == 0 ? null : Map(response.Entries[0]);
    }

    public IReadOnlyList<DirectoryEntry> SearchByName(string name, string team)
    {
        var filter = $"(&(objectClass=inetOrgPerson)(ou={LdapFilter.EscapeValue(team)})(cn=*{LdapFilter.NormaliseName(name)}*))";
        using var connection = Connect();
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_ldap.BaseDn, filter, SearchScope.Subtree, Attributes)); // VULN ldap
        return response.Entries.Cast<SearchResultEntry>().Select(Map).ToList();
    }

    private LdapConnection Connect()
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier(_ldap.Host, _ldap.Port))
        {
            AuthType = AuthType.Basic,
            Credential = new NetworkCredential(_ldap.BindUser, _ldap.BindPassword)
        };
        connection.SessionOptions.ProtocolVersion = 3;
        connection.Bind();
        return connection;
    }

    private static DirectoryEntry Map(SearchResultEntry entry)
    {
        string Attr(string name) =>
            entry.Attributes.Contains(name) && entry.Attributes[name].Count > 0
                ? entry.Attributes[name][0]?.ToString() ?? string.Empty
                : string.Empty;

        return new DirectoryEntry(Attr("uid"), Attr("cn"), Attr("telephoneNumber"), Attr("ou"));
    }
}
