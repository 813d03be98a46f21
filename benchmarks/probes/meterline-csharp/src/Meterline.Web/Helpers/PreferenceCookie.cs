using System.Runtime.Serialization;
using System.Runtime.Serialization.Formatters.Binary;
using Meterline.Models;

namespace Meterline.Helpers;

#pragma warning disable SYSLIB0011
public static class PreferenceCookie
{
    public const string Name = "ml_prefs";

    public static PortalPreferences Read(string? value)
    {
        if (string.IsNullOrEmpty(value)) return PortalPreferences.Default;
        try
        {
            using var buffer = new MemoryStream(Convert.FromBase64String(value));
            var formatter = new BinaryFormatter();
            return formatter.Deserialize(buffer) as PortalPreferences ?? PortalPreferences.Default; // VULN deser
        }
        catch (Exception ex) when (ex is FormatException or SerializationException)
        {
            return PortalPreferences.Default;
        }
    }

    public static string Write(PortalPreferences preferences)
    {
        using var buffer = new MemoryStream();
        new BinaryFormatter().Serialize(buffer, preferences);
        return Convert.ToBase64String(buffer.ToArray());
    }
}
#pragma warning restore SYSLIB0011
