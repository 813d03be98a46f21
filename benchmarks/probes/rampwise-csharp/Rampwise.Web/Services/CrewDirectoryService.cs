using System.DirectoryServices.Protocols;
using System.Net;
using Microsoft.Extensions.Options;
using Rampwise.Web.Infrastructure;
using Rampwise.Web.Models;

namespace Rampwise.Web.Services;

/// <summary>
/// Crew contact lookups against the airport operator's directory (ground handling OU).
/// </summary>
public sealed class CrewDirectoryService : IDisposable
{
    private static readonly string[] Attributes = { "employeeNumber", "displayName", "mail", "telephoneNumber", "departmentNumber" };

    private readonly DirectoryOptions _options;
    private readonly Lazy<LdapConnection> _connection;

    public CrewDirectoryService(IOptions<DirectoryOptions> options)
    {
        _options = options.Value;
        _connection = new Lazy<LdapConnection>(Connect);
    }

    private LdapConnection Connect()
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier(_options.Host, _options.Port))
        {
            AuthType = AuthType.Basic,
            Credential = new NetworkCredential(_options.BindDn, _options.BindPassword)
        };
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = _options.Port == 636;
        connection.Bind();
        return connection;
    }

    public IReadOnlyList<CrewDirectoryEntry> SearchByName(string name)
    {
        var term = LdapFilter.EscapeDnValue(name.Trim());
        var filter = $"(&(objectClass=inetOrgPerson)(departmentNumber=GH-*)(displayName=*{term}*))";
        var response = (SearchResponse)_connection.Value.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, Attributes)); // VULN ldap
        return Map(response);
    }

    public CrewDirectoryEntry? FindByBadge(string badgeNumber)
    {
        var filter = $"(&(objectClass=inetOrgPerson)(employeeNumber={LdapFilter.EscapeValue(badgeNumber)}))";
        var response = (SearchResponse)_connection.Value.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, Attributes)); // SAFE ldap
        return Map(response).FirstOrDefault();
    }

    private static List<CrewDirectoryEntry> Map(SearchResponse response)
    {
        var result = new List<CrewDirectoryEntry>();
        foreach (SearchResultEntry entry in response.Entries)
        {
            result.Add(new CrewDirectoryEntry
            {
                BadgeNumber = Read(entry, "employeeNumber") ?? string.Empty,
                DisplayName = Read(entry, "displayName") ?? entry.DistinguishedName,
                Email = Read(entry, "mail"),
                Phone = Read(entry, "telephoneNumber"),
                Team = Read(entry, "departmentNumber")
            });
        }
        return result;
    }

    private static string? Read(SearchResultEntry entry, string attribute) =>
        entry.Attributes.Contains(attribute) && entry.Attributes[attribute].Count > 0
            ? entry.Attributes[attribute][0]?.ToString()
            : null;

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}
