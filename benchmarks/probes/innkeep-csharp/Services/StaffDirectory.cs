using System.DirectoryServices;
using Innkeep.Config;
using Innkeep.Helpers;
using Innkeep.Models;
using Microsoft.Extensions.Options;

namespace Innkeep.Services;

public class StaffDirectory(IOptions<InnkeepOptions> options)
{
    private static readonly string[] Attributes = ["sAMAccountName", "displayName", "mail", "department", "telephoneNumber"];

    private readonly InnkeepOptions _options = options.Value;

    public StaffRecord? FindByUsername(string username)
    {
        using var root = new DirectoryEntry(_options.LdapPath);
        using var searcher = new DirectorySearcher(root);
        searcher.Filter = $"(&(objectClass=user)(sAMAccountName={username}))"; // VULN ldap
        searcher.PropertiesToLoad.AddRange(Attributes);
        return Map(searcher.FindOne());
    }

    public StaffRecord? FindByEmail(string email)
    {
        using var root = new DirectoryEntry(_options.LdapPath);
        using var searcher = new DirectorySearcher(root);
        searcher.Filter = $"(&(objectClass=user)(mail={LdapFilter.Escape(email)}))"; // SAFE ldap
        searcher.PropertiesToLoad.AddRange(Attributes);
        return Map(searcher.FindOne());
    }

    private static StaffRecord? Map(SearchResult? result)
    {
        if (result is null)
            return null;
        string? Get(string name) => result.Properties[name].Count > 0 ? result.Properties[name][0]?.ToString() : null;
        return new StaffRecord(Get("sAMAccountName") ?? string.Empty, Get("displayName") ?? string.Empty,
            Get("mail"), Get("department"), Get("telephoneNumber"));
    }
}
