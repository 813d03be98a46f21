using System.Text;

namespace Meterline.Helpers;

public static class LdapFilter
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var ch in value)
        {
            builder.Append(ch switch
            {
                '\\' => @"\5c",
                '*' => @"\2a",
                '(' => @"\28",
                ')' => @"\29",
                '\0' => @"\00",
                _ => ch.ToString()
            });
        }
        return builder.ToString();
    }
}
