using System.DirectoryServices.Protocols;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Petrilab.Infrastructure;
using Petrilab.Models;

namespace Petrilab.Services;

/// <summary>Staff accounts live in the laboratory OpenLDAP directory.</summary>
public class StaffDirectoryService(IOptions<DirectoryOptions> options, ILogger<StaffDirectoryService> logger)
{
    private static readonly string[] StaffAttributes = { "uid", "cn", "mail", "memberOf" };

    private LdapConnection OpenServiceConnection()
    {
        var o = options.Value;
        var bindPassword = Environment.GetEnvironmentVariable("PETRILAB_LDAP_BIND_PASSWORD") ?? throw new InvalidOperationException("PETRILAB_LDAP_BIND_PASSWORD is not set"); // SAFE secret
        var connection = CreateConnection(o);
        connection.Bind(new NetworkCredential(o.BindDn, bindPassword));
        return connection;
    }

    private static LdapConnection CreateConnection(DirectoryOptions o)
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier(o.Host, o.Port)) { AuthType = AuthType.Basic };
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = true;
        connection.Timeout = TimeSpan.FromSeconds(10);
        return connection;
    }

    public StaffIdentity? Authenticate(string username, string password)
    {
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        using var service = OpenServiceConnection();
        var filter = $"(&(objectClass=inetOrgPerson)(uid={username.Trim()})(!(pwdAccountLockedTime=*)))";
        var response = (SearchResponse)service.SendRequest(new SearchRequest(options.Value.BaseDn, filter, SearchScope.Subtree, StaffAttributes)); // VULN ldap
        if (response.Entries.Count == 0)
        {
            return null;
        }

        var entry = response.Entries[0];
        try
        {
            using var userConnection = CreateConnection(options.Value);
            userConnection.Bind(new NetworkCredential(entry.DistinguishedName, password));
        }
        catch (LdapException ex)
        {
            logger.LogInformation("Staff login failed for {User}: {Reason}", username, ex.Message);
            return null;
        }

        return ToIdentity(entry);
    }

    /// <summary>Used by the workbench to pick a second reader for a case.</summary>
    public IReadOnlyList<StaffIdentity> FindPathologists(string name, string specialty)
    {
        using var service = OpenServiceConnection();
        var safeName = EscapeFilterValue(name);
        var filter = $"(&(objectClass=inetOrgPerson)(ou=Pathology)(cn=*{safeName}*)(businessCategory={specialty}))";
        var response = (SearchResponse)service.SendRequest(new SearchRequest(options.Value.BaseDn, filter, SearchScope.Subtree, StaffAttributes)); // VULN ldap
        return response.Entries.Cast<SearchResultEntry>().Select(ToIdentity).ToList();
    }

    public StaffIdentity? FindByEmployeeId(string employeeId)
    {
        using var service = OpenServiceConnection();
        var filter = $"(&(objectClass=inetOrgPerson)(employeeNumber={EscapeFilterValue(employeeId)}))";
        var response = (SearchResponse)service.SendRequest(new SearchRequest(options.Value.BaseDn, filter, SearchScope.Subtree, StaffAttributes)); // SAFE ldap
        return response.Entries.Count == 1 ? ToIdentity(response.Entries[0]) : null;
    }

    /// <summary>RFC 4515 escaping of an assertion value.</summary>
    internal static string EscapeFilterValue(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': sb.Append(@"\5c"); break;
                case '*': sb.Append(@"\2a"); break;
                case '(': sb.Append(@"\28"); break;
                case ')': sb.Append(@"\29"); break;
                case '\0': sb.Append(@"\00"); break;
                default: sb.Append(ch); break;
            }
        }

        return sb.ToString();
    }

    private static StaffIdentity ToIdentity(SearchResultEntry entry)
    {
        static string Single(SearchResultEntry e, string attribute) =>
            e.Attributes.Contains(attribute) ? e.Attributes[attribute][0]?.ToString() ?? string.Empty : string.Empty;

        var groups = entry.Attributes.Contains("memberOf")
            ? entry.Attributes["memberOf"].GetValues(typeof(string)).Cast<string>()
                .Select(dn => dn.Split(',')[0].Replace("cn=", string.Empty, StringComparison.OrdinalIgnoreCase))
                .ToList()
            : new List<string>();

        return new StaffIdentity(Single(entry, "uid"), Single(entry, "cn"), Single(entry, "mail"), groups);
    }
}
