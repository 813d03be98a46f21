using System.Text;
using System.Text.Json;
using Kilnworks.Contracts;
using Newtonsoft.Json;

namespace Kilnworks.Services;

public sealed record StudioPreferences(string Units, bool ShowCelsius, string DefaultCone, int PageSize);

public sealed class CartCookieStore
{
    public const string CartCookie = "kw_cart";
    public const string PreferencesCookie = "kw_prefs";

    private static readonly JsonSerializerSettings CartSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        NullValueHandling = NullValueHandling.Ignore
    };

    private static readonly JsonSerializerOptions PreferenceOptions = new(JsonSerializerDefaults.Web)
    {
        MaxDepth = 8
    };

    public CartState ReadCart(HttpRequest request, int memberId)
    {
        if (!request.Cookies.TryGetValue(CartCookie, out var raw) || string.IsNullOrEmpty(raw))
        {
            return new CartState { MemberId = memberId };
        }
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(raw));
        var cart = JsonConvert.DeserializeObject<CartState>(json, CartSettings); // VULN deser
        return cart is not null && cart.MemberId == memberId ? cart : new CartState { MemberId = memberId };
    }

    public void WriteCart(HttpResponse response, CartState cart)
    {
        var json = JsonConvert.SerializeObject(cart, CartSettings);
        response.Cookies.Append(CartCookie, Convert.ToBase64String(Encoding.UTF8.GetBytes(json)), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(2)
        });
    }

    public StudioPreferences ReadPreferences(HttpRequest request)
    {
        var fallback = new StudioPreferences("metric", true, "6", 25);
        if (!request.Cookies.TryGetValue(PreferencesCookie, out var raw) || string.IsNullOrEmpty(raw))
        {
            return fallback;
        }
        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(raw));
            return System.Text.Json.JsonSerializer.Deserialize<StudioPreferences>(json, PreferenceOptions) ?? fallback; // SAFE deser
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
        {
            return fallback;
        }
    }
}
