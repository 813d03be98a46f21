using System.Runtime.Serialization.Formatters.Binary;
using Innkeep.Models;
using Newtonsoft.Json;

namespace Innkeep.Services;

public class SessionStateSerializer
{
    public string SaveCart(CartState cart)
    {
        using var ms = new MemoryStream();
        new BinaryFormatter().Serialize(ms, cart);
        return Convert.ToBase64String(ms.ToArray());
    }

    public CartState? RestoreCart(string cookieValue)
    {
        if (string.IsNullOrWhiteSpace(cookieValue))
            return null;
        using var ms = new MemoryStream(Convert.FromBase64String(cookieValue));
        var formatter = new BinaryFormatter();
        return formatter.Deserialize(ms) as CartState; // VULN deser
    }

    public object? ImportLegacyBooking(string payload) =>
        JsonConvert.DeserializeObject(payload, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }); // VULN deser

    public BookingImport? ImportBooking(string payload) =>
        JsonConvert.DeserializeObject<BookingImport>(payload, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None }); // SAFE deser
}
