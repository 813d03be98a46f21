using System.DirectoryServices.Protocols;
using Meterline.Config;
using Meterline.Helpers;
using Meterline.Models;
using Microsoft.Extensions.Options;

namespace Meterline.Services;

public sealed class DirectoryLookupService(IOptions<MeterlineOptions> options)
{
    private static readonly string[] StaffAttributes = ["cn", "mail", "telephoneNumber", "departmentNumber"];

    public IReadOnlyList<StaffEntry> SearchByName(string name)
    {
        using var connection = Connect();
        var request = new SearchRequest(options.Value.LdapBaseDn, $"(&(objectClass=inetOrgPerson)(cn=*{name}*))", SearchScope.Subtree, StaffAttributes); // VULN ldap
        request.SizeLimit = 50;
        var response = (SearchResponse)connection.SendRequest(request);
        return response.Entries.Cast<SearchResultEntry>().Select(ToStaff).ToList();
    }

    public StaffEntry? FindByBadge(string badgeId)
    {
        using var connection = Connect();
        var filter = $"(&(objectClass=inetOrgPerson)(employeeNumber={LdapFilter.Escape(badgeId)}))";
        var request = new SearchRequest(options.Value.LdapBaseDn, filter, SearchScope.Subtree, StaffAttributes); // SAFE ldap
        var response = (SearchResponse)connection.SendRequest(request);
        return response.Entries.Cast<SearchResultEntry>().Select(ToStaff).FirstOrDefault();
    }

    private LdapConnection Connect()
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier(options.Value.LdapHost, 636)) { AuthType = AuthType.Negotiate };
        connection.SessionOptions.SecureSocketLayer = true;
        connection.SessionOptions.ProtocolVersion = 3;
        connection.Bind();
        return connection;
    }

    private static StaffEntry ToStaff(SearchResultEntry e) =>
        new(Attr(e, "cn") ?? e.DistinguishedName, Attr(e, "mail"), Attr(e, "telephoneNumber"), Attr(e, "departmentNumber"));

    private static string? Attr(SearchResultEntry e, string name) =>
        e.Attributes.Contains(name) && e.Attributes[name].Count > 0 ? e.Attributes[name][0]?.ToString() : null;
}
