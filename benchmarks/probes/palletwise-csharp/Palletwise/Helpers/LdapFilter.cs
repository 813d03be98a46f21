using System.Text;

namespace Palletwise.Helpers;

public static class LdapFilter
{
    // RFC 4515 value escaping
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\5c"); break;
                case '*': sb.Append(@"\2a"); break;
                case '(': sb.Append(@"\28"); break;
                case ')': sb.Append(@"\29"); break;
                case '\0': sb.Append(@"\00"); break;
                default:
                    if (c < 0x20 || c > 0x7e)
                    {
                        foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                        {
                            sb.Append('\\').Append(b.ToString("x2"));
                        }
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }

        return sb.ToString();
    }
}
