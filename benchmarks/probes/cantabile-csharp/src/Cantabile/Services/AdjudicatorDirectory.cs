using System.DirectoryServices.Protocols;
using System.Net;
using Cantabile.Config;
using Cantabile.Contracts;
using Cantabile.Security;
using Microsoft.Extensions.Options;

namespace Cantabile.Services;

/// <summary>
/// Adjudicator profiles live in the festival's LDAP directory shared with the national choral association.
/// </summary>
public sealed class AdjudicatorDirectory
{
    private static readonly string[] Attributes = { "cn", "mail", "departmentNumber", "telephoneNumber" };

    private readonly DirectoryOptions _options;
    private readonly ILogger<AdjudicatorDirectory> _logger;

    public AdjudicatorDirectory(IOptions<DirectoryOptions> options, ILogger<AdjudicatorDirectory> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public AdjudicatorProfile? FindByEmail(string email)
    {
        using var connection = Connect();
        var filter = $"(&(objectClass=inetOrgPerson)(mail={email}))";
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, Attributes)); // VULN ldap
        return response.Entries.Count == 0 ? null : ToProfile(response.Entries[0]);
    }

    public IReadOnlyList<AdjudicatorProfile> PanelMembers(string panel)
    {
        using var connection = Connect();
        var filter = $"(&(objectClass=inetOrgPerson)(departmentNumber={LdapFilter.EscapeValue(panel)}))";
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, Attributes)); // SAFE ldap

        var profiles = new List<AdjudicatorProfile>(response.Entries.Count);
        foreach (SearchResultEntry entry in response.Entries)
        {
            profiles.Add(ToProfile(entry));
        }

        _logger.LogDebug("Panel {Panel} has {Count} adjudicators", panel, profiles.Count);
        return profiles;
    }

    private LdapConnection Connect()
    {
        var identifier = new LdapDirectoryIdentifier(_options.Host, _options.Port);
        var bindPassword = Environment.GetEnvironmentVariable("CANTABILE_LDAP_BIND_PASSWORD") ?? throw new InvalidOperationException("LDAP bind password is not configured.");
        var connection = new LdapConnection(identifier, new NetworkCredential(_options.BindDn, bindPassword), AuthType.Basic); // SAFE secret
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = true;
        connection.Timeout = TimeSpan.FromSeconds(10);
        connection.Bind();
        return connection;
    }

    private static AdjudicatorProfile ToProfile(SearchResultEntry entry)
    {
        static string? Read(SearchResultEntry e, string name) =>
            e.Attributes.Contains(name) && e.Attributes[name].Count > 0 ? e.Attributes[name][0]?.ToString() : null;

        return new AdjudicatorProfile(
            Read(entry, "cn") ?? entry.DistinguishedName,
            Read(entry, "mail") ?? string.Empty,
            Read(entry, "departmentNumber") ?? "general",
            Read(entry, "telephoneNumber"));
    }
}
