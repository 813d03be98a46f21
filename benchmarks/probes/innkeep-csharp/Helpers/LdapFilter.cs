using System.Text;

namespace Innkeep.Helpers;

public static class LdapFilter
{
    // RFC 4515 value escaping
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var ch in value)
            sb.Append(ch is '\\' or '*' or '(' or ')' or '\0' ? $"\\{(int)ch:x2}" : ch.ToString());
        return sb.ToString();
    }
}
