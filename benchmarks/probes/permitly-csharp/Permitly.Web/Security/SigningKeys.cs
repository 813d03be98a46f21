using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Permitly.Web.Security;

public static class SigningKeys
{
    public static SymmetricSecurityKey FromConfiguration(IConfiguration configuration)
    {
        var secret = configuration["Jwt:SigningKey"]
            ?? throw new InvalidOperationException("Jwt:SigningKey is not configured (set PERMITLY_Jwt__SigningKey).");
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)); // SAFE secret
    }
}
