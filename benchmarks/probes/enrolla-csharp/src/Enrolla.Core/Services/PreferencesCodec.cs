using System.Runtime.Serialization.Formatters.Binary;
using Enrolla.Core.Models;
using Newtonsoft.Json;

namespace Enrolla.Core.Services;

public sealed class AppealDraft
{
    public Guid ApplicantId { get; set; }
    public int SchoolId { get; set; }
    public string Grounds { get; set; } = "";
    public List<string> Attachments { get; set; } = [];
    public object? Extra { get; set; }
}

public sealed class PreferencesCodec
{
    private static readonly JsonSerializerSettings DraftSettings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    public DashboardPreferences Restore(string cookieValue)
    {
        var bytes = Convert.FromBase64String(cookieValue);
        using var stream = new MemoryStream(bytes);
#pragma warning disable SYSLIB0011
        var formatter = new BinaryFormatter();
        return (DashboardPreferences)formatter.Deserialize(stream); // VULN deser
#pragma warning restore SYSLIB0011
    }

    public string Store(DashboardPreferences prefs)
    {
        using var stream = new MemoryStream();
#pragma warning disable SYSLIB0011
        new BinaryFormatter().Serialize(stream, prefs);
#pragma warning restore SYSLIB0011
        return Convert.ToBase64String(stream.ToArray());
    }

    public AppealDraft? ImportDraft(string json) =>
        JsonConvert.DeserializeObject<AppealDraft>(json, DraftSettings); // SAFE deser
}
