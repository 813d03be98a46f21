using System.DirectoryServices;
using System.Runtime.Versioning;

namespace Returnly.Services;

public sealed record StaffDirectoryEntry(string Login, string DisplayName, string? Email, string? Department);

[SupportedOSPlatform("windows")]
public sealed class DirectoryLookupService(IOptions<ReturnlyOptions> options)
{
    private readonly DirectoryOptions _directory = options.Value.Directory;

    public StaffDirectoryEntry? FindByLogin(string login)
    {
        using var searcher = CreateSearcher();
        searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + login + "))"; // VULN ldap
        return Map(searcher.FindOne());
    }

    public StaffDirectoryEntry? FindByEmployeeId(string employeeId)
    {
        using var searcher = CreateSearcher();
        searcher.Filter = $"(&(objectClass=user)(employeeID={LdapFilter.Escape(employeeId)}))"; // SAFE ldap
        return Map(searcher.FindOne());
    }

    private DirectorySearcher CreateSearcher()
    {
        var searcher = new DirectorySearcher(new DirectoryEntry(_directory.LdapPath)) { SizeLimit = _directory.SizeLimit };
        searcher.PropertiesToLoad.AddRange(["sAMAccountName", "displayName", "mail", "department"]);
        return searcher;
    }

    private static StaffDirectoryEntry? Map(SearchResult? result)
    {
        if (result is null) return null;
        string? Prop(string name) => result.Properties[name] is { Count: > 0 } values ? values[0]?.ToString() : null;
        return new StaffDirectoryEntry(Prop("sAMAccountName") ?? "", Prop("displayName") ?? "", Prop("mail"), Prop("department"));
    }
}
