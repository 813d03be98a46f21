using System.DirectoryServices.Protocols;
using System.Net;
using Microsoft.Extensions.Options;
using Quayside.Api.Configuration;
using Quayside.Api.Domain;
using Quayside.Api.Security;

namespace Quayside.Api.Services;

public sealed class StaffDirectory
{
    private static readonly string[] Attributes = { "sAMAccountName", "displayName", "mail", "department", "memberOf" };

    private readonly DirectoryOptions _options;
    private readonly ILogger<StaffDirectory> _logger;

    public StaffDirectory(IOptions<DirectoryOptions> options, ILogger<StaffDirectory> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public StaffEntry? FindByAccountName(string accountName)
    {
        using var connection = Connect();
        var filter = $"(&(objectClass=user)(sAMAccountName={InputRules.EscapeLdapFilter(accountName)}))";
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_options.BaseDn, filter, SearchScope.Subtree, Attributes)); // SAFE ldap
        return response.Entries.Count == 1 ? Map(response.Entries[0]) : null;
    }

    public IReadOnlyList<StaffEntry> FindByEmail(string email)
    {
        using var connection = Connect();
        var response = (SearchResponse)connection.SendRequest(new SearchRequest(_options.BaseDn, $"(&(objectClass=user)(mail={email}))", SearchScope.Subtree, Attributes)); // VULN ldap
        return response.Entries.Cast<SearchResultEntry>().Select(Map).ToList();
    }

    public IReadOnlyList<StaffEntry> FindByDepartment(string department)
    {
        using var connection = Connect();
        var cleaned = department.Replace("*", string.Empty).Trim();
        var request = new SearchRequest(_options.BaseDn, $"(&(objectClass=user)(department={cleaned})(!(userAccountControl:1.2.840.113556.1.4.803:=2)))", SearchScope.Subtree, Attributes); // VULN ldap
        request.SizeLimit = 500;
        var response = (SearchResponse)connection.SendRequest(request);
        return response.Entries.Cast<SearchResultEntry>().Select(Map).ToList();
    }

    public bool VerifyPassword(string distinguishedName, string password)
    {
        try
        {
            using var connection = CreateConnection(new NetworkCredential(distinguishedName, password));
            connection.Bind();
            return true;
        }
        catch (LdapException ex) when (ex.ErrorCode == 49)
        {
            _logger.LogInformation("Invalid credentials for {Dn}", distinguishedName);
            return false;
        }
    }

    private LdapConnection Connect()
    {
        var connection = CreateConnection(new NetworkCredential(_options.BindDn, _options.BindPassword));
        connection.Bind();
        return connection;
    }

    private LdapConnection CreateConnection(NetworkCredential credential)
    {
        var identifier = new LdapDirectoryIdentifier(_options.Host, _options.Port);
        var connection = new LdapConnection(identifier, credential, AuthType.Basic)
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = true;
        connection.SessionOptions.VerifyServerCertificate = (_, _) => true; // VULN tls
        return connection;
    }

    private static StaffEntry Map(SearchResultEntry entry)
    {
        string? Attr(string name) =>
            entry.Attributes.Contains(name) && entry.Attributes[name].Count > 0 ? entry.Attributes[name][0]?.ToString() : null;

        var groups = new List<string>();
        if (entry.Attributes.Contains("memberOf"))
        {
            foreach (var value in entry.Attributes["memberOf"].GetValues(typeof(string)))
            {
                groups.Add((string)value);
            }
        }

        return new StaffEntry
        {
            AccountName = Attr("sAMAccountName") ?? string.Empty,
            DisplayName = Attr("displayName") ?? string.Empty,
            Email = Attr("mail"),
            Department = Attr("department"),
            DistinguishedName = entry.DistinguishedName,
            Groups = groups,
        };
    }
}

public sealed record StaffLoginResult(bool Succeeded, string? Token, StaffEntry? Staff);

public sealed class StaffAuthService
{
    private static readonly IReadOnlyDictionary<string, string> GroupRoles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["CN=Quayside-Ticketing,OU=Groups,DC=quayside,DC=internal"] = "ticketing",
        ["CN=Quayside-Rostering,OU=Groups,DC=quayside,DC=internal"] = "rostering",
        ["CN=Quayside-Cargo,OU=Groups,DC=quayside,DC=internal"] = "cargo",
        ["CN=Quayside-Admins,OU=Groups,DC=quayside,DC=internal"] = "admin",
    };

    private readonly StaffDirectory _directory;
    private readonly TokenService _tokens;
    private readonly ILogger<StaffAuthService> _logger;

    public StaffAuthService(StaffDirectory directory, TokenService tokens, ILogger<StaffAuthService> logger)
    {
        _directory = directory;
        _tokens = tokens;
        _logger = logger;
    }

    public StaffLoginResult SignIn(string accountName, string password)
    {
        if (string.IsNullOrWhiteSpace(accountName) || string.IsNullOrEmpty(password))
        {
            return new StaffLoginResult(false, null, null);
        }

        var staff = _directory.FindByAccountName(accountName.Trim());
        if (staff is null || !_directory.VerifyPassword(staff.DistinguishedName, password))
        {
            _logger.LogInformation("Failed back-office sign-in for {Account}", accountName);
            return new StaffLoginResult(false, null, null);
        }

        var roles = RolesFor(staff.Groups);
        return new StaffLoginResult(true, _tokens.IssueStaffToken(staff, roles), staff);
    }

    public static IReadOnlyList<string> RolesFor(IEnumerable<string> groups) =>
        groups.Select(g => GroupRoles.TryGetValue(g, out var role) ? role : null)
              .OfType<string>()
              .Distinct()
              .ToList();
}
