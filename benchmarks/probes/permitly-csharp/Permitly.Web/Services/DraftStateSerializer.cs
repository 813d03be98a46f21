using System.Runtime.Serialization.Formatters.Binary;
using Permitly.Web.Models;

namespace Permitly.Web.Services;

/// <summary>
/// Restores notice drafts written by the Permitly 2.x desktop client, which hands them to the web
/// app in a cookie on first sign-in.
/// </summary>
public static class DraftStateSerializer
{
    public const string CookieName = "permitly.notice-draft";

    public static NoticeDraft? Restore(string cookieValue)
    {
        byte[] bytes;
        try { bytes = Convert.FromBase64String(Uri.UnescapeDataString(cookieValue)); }
        catch (FormatException) { return null; }

        using var stream = new MemoryStream(bytes);
#pragma warning disable SYSLIB0011
        return new BinaryFormatter().Deserialize(stream) as NoticeDraft; // VULN deser
#pragma warning restore SYSLIB0011
    }
}
