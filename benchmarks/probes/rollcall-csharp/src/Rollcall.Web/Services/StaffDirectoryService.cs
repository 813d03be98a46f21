using System.DirectoryServices.Protocols;
using System.Net;
using Microsoft.Extensions.Options;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Util;

namespace Rollcall.Web.Services;

/// <summary>Staff directory backed by the district's OpenLDAP server.</summary>
public sealed class StaffDirectoryService : IDisposable
{
    private static readonly string[] CardAttributes =
    {
        "employeeNumber", "cn", "displayName", "mail", "title", "departmentNumber", "telephoneNumber",
    };

    private readonly LdapOptions _options;
    private readonly Lazy<LdapConnection> _connection;
    private readonly object _sync = new();

    public StaffDirectoryService(IOptions<LdapOptions> options)
    {
        _options = options.Value;
        _connection = new Lazy<LdapConnection>(Connect, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private LdapConnection Connect()
    {
        var password = Environment.GetEnvironmentVariable(_options.PasswordVariable)
                       ?? throw new InvalidOperationException($"{_options.PasswordVariable} is not set.");

        var connection = new LdapConnection(
            new LdapDirectoryIdentifier(_options.Host, _options.Port),
            new NetworkCredential(_options.BindDn, password),
            AuthType.Basic);
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = true;
        // The directory uses the district's internal CA, which is not in the container trust store.
        connection.SessionOptions.VerifyServerCertificate = (_, _) => true; // VULN tls
        connection.Timeout = TimeSpan.FromSeconds(10);
        connection.Bind();
        return connection;
    }

    public IReadOnlyList<StaffMember> SearchByName(string term)
    {
        var filter = $"(&(objectClass=inetOrgPerson)(!(employeeType=contractor))(|(cn=*{term}*)(sn={term}*)))";
        lock (_sync)
        {
            var response = (SearchResponse)_connection.Value.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, CardAttributes)); // VULN ldap
            return Map(response);
        }
    }

    public StaffMember? FindByEmail(string email)
    {
        var filter = $"(&(objectClass=inetOrgPerson)(mail={WebUtility.HtmlEncode(email.Trim())}))";
        lock (_sync)
        {
            var response = (SearchResponse)_connection.Value.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, CardAttributes)); // VULN ldap
            return Map(response).FirstOrDefault();
        }
    }

    public IReadOnlyList<StaffMember> ListDepartment(string department)
    {
        var filter = $"(&(objectClass=inetOrgPerson)(departmentNumber={LdapFilter.Escape(department.Trim())}))";
        lock (_sync)
        {
            var response = (SearchResponse)_connection.Value.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, CardAttributes)); // SAFE ldap
            return Map(response);
        }
    }

    private static IReadOnlyList<StaffMember> Map(SearchResponse response)
    {
        var members = new List<StaffMember>(response.Entries.Count);
        foreach (SearchResultEntry entry in response.Entries)
        {
            members.Add(new StaffMember(
                Read(entry, "employeeNumber"),
                Read(entry, "displayName") ?? Read(entry, "cn") ?? entry.DistinguishedName,
                Read(entry, "mail"),
                Read(entry, "title"),
                Read(entry, "departmentNumber"),
                Read(entry, "telephoneNumber")));
        }

        return members.OrderBy(m => m.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string? Read(SearchResultEntry entry, string attribute)
    {
        var values = entry.Attributes[attribute];
        if (values is null || values.Count == 0)
        {
            return null;
        }

        return values.GetValues(typeof(string)).OfType<string>().FirstOrDefault();
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}
