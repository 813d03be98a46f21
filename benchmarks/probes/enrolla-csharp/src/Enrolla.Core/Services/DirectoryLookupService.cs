using System.DirectoryServices;
using Enrolla.Core.Configuration;
using Enrolla.Core.Models;
using Enrolla.Core.Util;
using Microsoft.Extensions.Options;

namespace Enrolla.Core.Services;

public sealed class DirectoryLookupService(IOptions<EnrollaOptions> options)
{
    private static readonly string[] Properties = ["sAMAccountName", "displayName", "mail", "department"];

    public StaffDirectoryEntry? FindCaseworker(string username)
    {
        using var root = new DirectoryEntry(options.Value.LdapRoot);
        using var searcher = new DirectorySearcher(root);
        searcher.Filter = $"(&(objectClass=user)(sAMAccountName={username}))"; // VULN ldap
        searcher.PropertiesToLoad.AddRange(Properties);
        var result = searcher.FindOne();
        return result is null ? null : Map(result);
    }

    public IReadOnlyList<StaffDirectoryEntry> ListDepartment(string department)
    {
        using var root = new DirectoryEntry(options.Value.LdapRoot);
        using var searcher = new DirectorySearcher(root) { SizeLimit = 200 };
        searcher.Filter = $"(&(objectClass=user)(department={LdapFilter.Escape(department)}))"; // SAFE ldap
        searcher.PropertiesToLoad.AddRange(Properties);
        using var results = searcher.FindAll();
        return results.Cast<SearchResult>().Select(Map).ToList();
    }

    private static StaffDirectoryEntry Map(SearchResult r) => new(
        Read(r, "sAMAccountName"), Read(r, "displayName"), Read(r, "mail"), Read(r, "department"));

    private static string Read(SearchResult r, string name) =>
        r.Properties[name].Count > 0 ? r.Properties[name][0]?.ToString() ?? "" : "";
}
