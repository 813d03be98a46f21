using System.DirectoryServices;
using Microsoft.Extensions.Options;
using Palletwise.Config;
using Palletwise.Helpers;
using Palletwise.Models;

namespace Palletwise.Services;

public class StaffDirectory
{
    private static readonly string[] Attributes = { "sAMAccountName", "displayName", "mail", "extensionAttribute3" };

    private readonly string _ldapPath;

    public StaffDirectory(IOptions<PalletwiseOptions> options)
    {
        _ldapPath = options.Value.LdapPath;
    }

    public StaffProfile? FindByLogin(string login)
    {
        using var root = new DirectoryEntry(_ldapPath);
        var filter = "(&(objectClass=user)(sAMAccountName=" + login + "))";
        using var searcher = new DirectorySearcher(root, filter, Attributes); // VULN ldap
        var result = searcher.FindOne();
        return result is null ? null : ToProfile(result);
    }

    public IReadOnlyList<StaffProfile> FindByShift(string shift)
    {
        using var root = new DirectoryEntry(_ldapPath);
        var filter = $"(&(objectClass=user)(department=Warehouse)(extensionAttribute3={LdapFilter.Escape(shift)}))";
        using var searcher = new DirectorySearcher(root, filter, Attributes); // SAFE ldap
        searcher.SizeLimit = 500;
        using var results = searcher.FindAll();
        return results.Cast<SearchResult>().Select(ToProfile).ToList();
    }

    private static StaffProfile ToProfile(SearchResult result)
    {
        static string? Read(SearchResult r, string name) =>
            r.Properties.Contains(name) && r.Properties[name].Count > 0 ? r.Properties[name][0]?.ToString() : null;

        return new StaffProfile
        {
            Login = Read(result, "sAMAccountName") ?? string.Empty,
            DisplayName = Read(result, "displayName") ?? string.Empty,
            Email = Read(result, "mail"),
            Shift = Read(result, "extensionAttribute3"),
        };
    }
}
