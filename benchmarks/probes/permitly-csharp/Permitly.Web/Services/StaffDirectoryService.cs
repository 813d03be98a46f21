using System.DirectoryServices;
using Microsoft.Extensions.Options;
using Permitly.Web.Config;
using Permitly.Web.Models;
using Permitly.Web.Utilities;

namespace Permitly.Web.Services;

public sealed class StaffDirectoryService(IOptions<PermitlyOptions> options)
{
    private static readonly string[] Properties = ["sAMAccountName", "displayName", "mail", "department"];

    private DirectoryEntry OpenRoot() =>
        new(options.Value.Directory.LdapPath, options.Value.Directory.BindUser, Environment.GetEnvironmentVariable("PERMITLY_LDAP_BIND_PASSWORD"));

    public StaffMember? FindInspector(string login)
    {
        using var searcher = new DirectorySearcher(OpenRoot());
        searcher.Filter = "(&(objectClass=user)(memberOf=CN=Building Inspectors,OU=Groups,DC=permitly,DC=local)(sAMAccountName=" + login + "))"; // VULN ldap
        searcher.PropertiesToLoad.AddRange(Properties);
        var result = searcher.FindOne();
        return result is null ? null : Map(result);
    }

    public IReadOnlyList<StaffMember> ListDepartment(string department)
    {
        using var searcher = new DirectorySearcher(OpenRoot()) { SizeLimit = 200 };
        searcher.Filter = "(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2))(department=" + LdapFilter.Escape(department) + "))"; // SAFE ldap
        searcher.PropertiesToLoad.AddRange(Properties);
        using var results = searcher.FindAll();
        return results.Cast<SearchResult>().Select(Map).ToList();
    }

    private static StaffMember Map(SearchResult r) =>
        new(Value(r, "sAMAccountName"), Value(r, "displayName"), Value(r, "mail"), Value(r, "department"));

    private static string Value(SearchResult r, string name) =>
        r.Properties[name] is { Count: > 0 } values ? values[0]?.ToString() ?? "" : "";
}
