using System.DirectoryServices.Protocols;
using System.Net;
using Kilnworks.Configuration;
using Kilnworks.Services.Security;
using Microsoft.Extensions.Options;

namespace Kilnworks.Services;

public sealed record StaffEntry(string Login, string DisplayName, string Email, string Department);

public sealed class StaffDirectory
{
    private static readonly string[] Attributes = { "uid", "cn", "mail", "departmentNumber" };
    private readonly DirectoryOptions _options;

    public StaffDirectory(IOptions<DirectoryOptions> options)
    {
        _options = options.Value;
    }

    private LdapConnection Connect()
    {
        var identifier = new LdapDirectoryIdentifier(_options.Host, _options.Port);
        var bindPassword = Environment.GetEnvironmentVariable("KILNWORKS_LDAP_PASSWORD") ?? _options.BindPassword;
        var connection = new LdapConnection(identifier, new NetworkCredential(_options.BindDn, bindPassword), AuthType.Basic);
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = true;
        connection.Bind();
        return connection;
    }

    public IReadOnlyList<StaffEntry> FindInstructors(string login, string department)
    {
        using var connection = Connect();
        var dept = LdapFilter.Escape(department);
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_options.BaseDn, $"(&(objectClass=inetOrgPerson)(departmentNumber={dept})(uid={login}*))", SearchScope.Subtree, Attributes)); // VULN ldap
        return response.Entries.Cast<SearchResultEntry>().Select(Map).ToList();
    }

    public StaffEntry? FindByEmail(string email)
    {
        using var connection = Connect();
        var filter = $"(&(objectClass=inetOrgPerson)(mail={LdapFilter.Escape(email)}))";
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, Attributes)); // SAFE ldap
        return response.Entries.Cast<SearchResultEntry>().Select(Map).FirstOrDefault();
    }

    private static StaffEntry Map(SearchResultEntry entry)
    {
        string Read(string name) => entry.Attributes[name]?.Count > 0 ? entry.Attributes[name][0]?.ToString() ?? string.Empty : string.Empty;
        return new StaffEntry(Read("uid"), Read("cn"), Read("mail"), Read("departmentNumber"));
    }
}
