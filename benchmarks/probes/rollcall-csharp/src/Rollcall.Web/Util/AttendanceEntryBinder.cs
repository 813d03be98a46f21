using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using Rollcall.Web.Models;

namespace Rollcall.Web.Util;

/// <summary>Maps the short "$type" names used by the tablet app onto attendance entry classes.</summary>
public sealed class AttendanceEntryBinder : ISerializationBinder
{
    private static readonly IReadOnlyDictionary<string, Type> Known = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["present"] = typeof(PresentEntry),
        ["absent"] = typeof(AbsentEntry),
        ["late"] = typeof(LateEntry),
    };

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (Known.TryGetValue(typeName, out var type))
        {
            return type;
        }

        throw new JsonSerializationException($"Type '{typeName}' is not permitted in an offline batch.");
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        assemblyName = null;
        typeName = Known.FirstOrDefault(pair => pair.Value == serializedType).Key;
    }
}
