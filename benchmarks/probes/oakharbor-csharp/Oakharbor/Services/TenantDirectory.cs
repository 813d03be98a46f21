using System.DirectoryServices.Protocols;
using System.Net;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Services;

/// <summary>Tenant contact details live in the marina's LDAP directory alongside portal accounts.</summary>
public sealed class TenantDirectory : IDisposable
{
    private static readonly string[] ContactAttributes = { "cn", "mail", "telephoneNumber", "oakMooringAccount" };

    private readonly LdapConnection _connection;
    private readonly string _baseDn;

    public TenantDirectory(IConfiguration configuration)
    {
        _baseDn = configuration["Directory:BaseDn"] ?? "ou=tenants,dc=oakharbor,dc=com";
        _connection = new LdapConnection(new LdapDirectoryIdentifier(configuration["Directory:Host"], 636))
        {
            AuthType = AuthType.Basic,
            Credential = new NetworkCredential(configuration["Directory:BindDn"], configuration["Directory:BindPassword"])
        };
        _connection.SessionOptions.SecureSocketLayer = true;
        _connection.SessionOptions.ProtocolVersion = 3;
    }

    public IReadOnlyList<TenantContact> FindByEmail(string email)
    {
        var response = (SearchResponse)_connection.SendRequest(new SearchRequest(_baseDn, $"(&(objectClass=inetOrgPerson)(mail={email}))", SearchScope.Subtree, ContactAttributes)); // VULN ldap
        return ToContacts(response);
    }

    public IReadOnlyList<TenantContact> FindByMooringAccount(string mooringAccount)
    {
        var response = (SearchResponse)_connection.SendRequest(new SearchRequest(_baseDn, $"(&(objectClass=inetOrgPerson)(oakMooringAccount={LdapFilter.Escape(mooringAccount)}))", SearchScope.Subtree, ContactAttributes)); // SAFE ldap
        return ToContacts(response);
    }

    private static IReadOnlyList<TenantContact> ToContacts(SearchResponse response)
    {
        var contacts = new List<TenantContact>();
        foreach (SearchResultEntry entry in response.Entries)
        {
            contacts.Add(new TenantContact(
                Value(entry, "cn") ?? entry.DistinguishedName,
                Value(entry, "mail") ?? string.Empty,
                Value(entry, "telephoneNumber"),
                Value(entry, "oakMooringAccount")));
        }
        return contacts;
    }

    private static string? Value(SearchResultEntry entry, string attribute)
    {
        var values = entry.Attributes[attribute];
        return values is { Count: > 0 } ? values[0]?.ToString() : null;
    }

    public void Dispose() => _connection.Dispose();
}
