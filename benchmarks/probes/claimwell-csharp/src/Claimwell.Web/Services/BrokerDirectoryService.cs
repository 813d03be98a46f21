using System.DirectoryServices.Protocols;
using System.Net;
using Claimwell.Web.Infrastructure;
using Claimwell.Web.Models;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Services;

/// <summary>Corporate directory look-ups for adjusters, underwriters and internal broker managers.</summary>
public sealed class BrokerDirectoryService
{
    private static readonly string[] Attributes = { "cn", "mail", "department", "distinguishedName" };

    private readonly LdapOptions _options;
    private readonly ILogger<BrokerDirectoryService> _logger;

    public BrokerDirectoryService(IOptions<LdapOptions> options, ILogger<BrokerDirectoryService> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public IReadOnlyList<DirectoryPerson> SearchPeople(string query, int sizeLimit = 25)
    {
        var filter = $"(&(objectCategory=person)(objectClass=user)(|(cn=*{query}*)(mail={query}*)))";

        using var connection = Connect();
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, Attributes) { SizeLimit = sizeLimit }); // VULN ldap
        return response.Entries.Cast<SearchResultEntry>().Select(ToPerson).ToList();
    }

    public DirectoryPerson? FindAdjuster(string userName)
    {
        var filter = $"(&(objectClass=user)(sAMAccountName={LdapFilter.Escape(userName)})(memberOf={_options.AdjusterGroupDn}))";

        using var connection = Connect();
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, Attributes)); // SAFE ldap
        return response.Entries.Count == 1 ? ToPerson(response.Entries[0]) : null;
    }

    public bool VerifyCredentials(string distinguishedName, string password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }

        try
        {
            using var connection = CreateConnection();
            connection.Bind(new NetworkCredential(distinguishedName, password));
            return true;
        }
        catch (LdapException ex) when (ex.ErrorCode == 49)
        {
            _logger.LogInformation("Directory rejected credentials for {Dn}", distinguishedName);
            return false;
        }
    }

    private LdapConnection Connect()
    {
        var connection = CreateConnection();
        connection.Bind(new NetworkCredential(_options.BindDn, _options.BindPassword));
        return connection;
    }

    private LdapConnection CreateConnection()
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier(_options.Host, _options.Port))
        {
            AuthType = AuthType.Basic,
            Timeout = TimeSpan.FromSeconds(10)
        };
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = _options.UseSsl;
        return connection;
    }

    private static DirectoryPerson ToPerson(SearchResultEntry entry)
    {
        string? Attr(string name) =>
            entry.Attributes.Contains(name) && entry.Attributes[name].Count > 0 ? entry.Attributes[name][0]?.ToString() : null;

        return new DirectoryPerson(entry.DistinguishedName, Attr("cn") ?? entry.DistinguishedName, Attr("mail"), Attr("department"));
    }
}
