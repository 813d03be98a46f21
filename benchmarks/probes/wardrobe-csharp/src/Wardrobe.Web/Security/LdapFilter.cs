using System.Text;

namespace Wardrobe.Web.Security;

/// <summary>RFC 4515 escaping for values placed inside LDAP search filters.</summary>
public static class LdapFilter
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\':
                    builder.Append(@"\5c");
                    break;
                case '*':
                    builder.Append(@"\2a");
                    break;
                case '(':
                    builder.Append(@"\28");
                    break;
                case ')':
                    builder.Append(@"\29");
                    break;
                case '\0':
                    builder.Append(@"\00");
                    break;
                default:
                    builder.Append(ch);
                    break;
            }
        }

        return builder.ToString();
    }
}
