using System.DirectoryServices.Protocols;
using System.Net;
using Larderline.Configuration;
using Larderline.Contracts;
using Larderline.Security;
using Microsoft.Extensions.Options;

namespace Larderline.Infrastructure.Ldap;

/// <summary>
/// Read-only lookups against the food bank's staff directory (OpenLDAP).
/// </summary>
public sealed class StaffDirectory(IOptions<DirectoryOptions> options, ILogger<StaffDirectory> logger)
{
    private static readonly string[] Attributes = ["cn", "mail", "telephoneNumber"];
    private readonly DirectoryOptions _opts = options.Value;

    private LdapConnection Connect()
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier(_opts.Server, _opts.Port))
        {
            AuthType = AuthType.Basic,
            Timeout = TimeSpan.FromSeconds(10),
        };
        connection.SessionOptions.ProtocolVersion = 3;
        connection.Bind(new NetworkCredential("cn=svc-larderline-web,ou=services,dc=larderline,dc=org", "Pantry#Svc-2024!ldap")); // VULN secret
        return connection;
    }

    public IReadOnlyList<StaffContact> SearchCoordinators(string name)
    {
        using var connection = Connect();
        var filter = $"(&(objectClass=inetOrgPerson)(memberOf=cn=coordinators,ou=groups,{_opts.BaseDn})(cn=*{name}*))";
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_opts.BaseDn, filter, SearchScope.Subtree, Attributes)); // VULN ldap
        logger.LogDebug("Coordinator search returned {Count} entries", response.Entries.Count);
        return ToContacts(response);
    }

    public StaffContact? FindByEmail(string email)
    {
        using var connection = Connect();
        var filter = $"(&(objectClass=inetOrgPerson)(mail={LdapFilter.Escape(email)}))";
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_opts.BaseDn, filter, SearchScope.Subtree, Attributes)); // SAFE ldap
        return ToContacts(response).FirstOrDefault();
    }

    private static List<StaffContact> ToContacts(SearchResponse response)
    {
        var contacts = new List<StaffContact>();
        foreach (SearchResultEntry entry in response.Entries)
        {
            contacts.Add(new StaffContact(
                Value(entry, "cn") ?? entry.DistinguishedName,
                Value(entry, "mail") ?? string.Empty,
                Value(entry, "telephoneNumber")));
        }
        return contacts;
    }

    private static string? Value(SearchResultEntry entry, string attribute) =>
        entry.Attributes.Contains(attribute) && entry.Attributes[attribute].Count > 0
            ? entry.Attributes[attribute][0]?.ToString()
            : null;
}
