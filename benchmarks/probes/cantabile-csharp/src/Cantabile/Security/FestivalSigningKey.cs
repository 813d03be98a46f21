using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Cantabile.Security;

/// <summary>
/// Signing material for portal session tokens issued to choir directors and festival staff.
/// </summary>
public static class FestivalSigningKey
{
    public const string Issuer = "cantabile-portal";
    public const string Audience = "cantabile-api";

    private static SymmetricSecurityKey? _cached;

    public static SymmetricSecurityKey Create()
    {
        if (_cached is not null)
        {
            return _cached;
        }

        _cached = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("cantabile-2025::4f9c2e7a1b6d8035e2c9a7f1d4b6e803")); // VULN secret
        return _cached;
    }

    public static SigningCredentials Credentials() => new(Create(), SecurityAlgorithms.HmacSha256);
}
