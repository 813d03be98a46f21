using System.Text;

namespace Rampwise.Web.Infrastructure;

public static class LdapFilter
{
    /// <summary>
    /// RFC 4515 assertion value escaping.
    /// </summary>
    public static string EscapeValue(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': sb.Append(@"\5c"); break;
                case '*': sb.Append(@"\2a"); break;
                case '(': sb.Append(@"\28"); break;
                case ')': sb.Append(@"\29"); break;
                case '\0': sb.Append(@"\00"); break;
                default:
                    if (ch < 0x20)
                    {
                        sb.Append('\\').Append(((int)ch).ToString("x2"));
                    }
                    else
                    {
                        sb.Append(ch);
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// RFC 4514 distinguished-name attribute value escaping.
    /// </summary>
    public static string EscapeDnValue(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (ch is ',' or '+' or '"' or '\\' or '<' or '>' or ';' or '=')
            {
                sb.Append('\\');
            }
            else if ((i == 0 && (ch == ' ' || ch == '#')) || (i == value.Length - 1 && ch == ' '))
            {
                sb.Append('\\');
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
