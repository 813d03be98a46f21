namespace Returnly.Helpers;

public static class LdapFilter
{
    /// <summary>Escapes a value for use inside an RFC 4515 search filter.</summary>
    public static string Escape(string value) => string.Concat(value.Select(c => c switch
    {
        '\\' => @"\5c",
        '*' => @"\2a",
        '(' => @"\28",
        ')' => @"\29",
        '\0' => @"\00",
        _ => c.ToString(),
    }));
}
