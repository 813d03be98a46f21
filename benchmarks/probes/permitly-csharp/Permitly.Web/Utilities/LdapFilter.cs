namespace Permitly.Web.Utilities;

/// <summary>RFC 4515 escaping for values placed inside an LDAP search filter.</summary>
public static class LdapFilter
{
    public static string Escape(string value) => string.Concat(value.Select(ch => ch switch
    {
        '\\' => @"\5c",
        '*' => @"\2a",
        '(' => @"\28",
        ')' => @"\29",
        '\0' => @"\00",
        _ => ch.ToString(),
    }));
}
