using System.DirectoryServices.Protocols;
using System.Net;
using Microsoft.Extensions.Options;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Options;
using Wardrobe.Web.Security;

namespace Wardrobe.Web.Services;

/// <summary>Looks up company members (actors, crew, freelancers) in the theatre's OpenLDAP directory.</summary>
public sealed class MemberDirectory
{
    private static readonly string[] Attributes = { "uid", "cn", "mail", "memberOf" };

    private readonly DirectoryOptions _options;
    private readonly ILogger<MemberDirectory> _logger;

    public MemberDirectory(IOptions<DirectoryOptions> options, ILogger<MemberDirectory> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public DirectoryEntryView? FindByLogin(string login)
    {
        using var connection = Connect();
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_options.BaseDn, $"(&(objectClass=inetOrgPerson)(uid={login}))", SearchScope.Subtree, Attributes)); // VULN ldap
        return response.Entries.Count == 0 ? null : Map(response.Entries[0]);
    }

    public IReadOnlyList<DirectoryEntryView> FindByEmail(string email)
    {
        using var connection = Connect();
        var filter = $"(&(objectClass=inetOrgPerson)(mail={LdapFilter.Escape(email.Trim())}))";
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, Attributes)); // SAFE ldap
        return response.Entries.Cast<SearchResultEntry>().Select(Map).ToList();
    }

    private LdapConnection Connect()
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier(_options.Host, _options.Port))
        {
            AuthType = AuthType.Basic,
            Timeout = TimeSpan.FromSeconds(10),
        };
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = true;
        connection.SessionOptions.VerifyServerCertificate = (_, _) => true; // VULN tls
        connection.Bind(new NetworkCredential("cn=wardrobe-svc,ou=services,dc=theatre,dc=local", "Fl1es&R1gging-2022")); // VULN secret
        _logger.LogDebug("Bound to directory {Host}:{Port}", _options.Host, _options.Port);
        return connection;
    }

    private static DirectoryEntryView Map(SearchResultEntry entry) => new(
        entry.DistinguishedName,
        Read(entry, "uid"),
        Read(entry, "cn"),
        Read(entry, "mail"),
        entry.Attributes["memberOf"]?.GetValues(typeof(string)).OfType<string>().ToList() ?? new List<string>());

    private static string? Read(SearchResultEntry entry, string attribute) =>
        entry.Attributes[attribute]?.GetValues(typeof(string)).OfType<string>().FirstOrDefault();
}
