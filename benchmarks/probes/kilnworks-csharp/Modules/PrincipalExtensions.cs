using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;

namespace Kilnworks.Modules;

public static class PrincipalExtensions
{
    public static int MemberId(this ClaimsPrincipal principal)
    {
        var raw = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue(JwtRegisteredClaimNames.Sub);
        return int.TryParse(raw, out var id) ? id : throw new UnauthorizedAccessException("No member id on principal.");
    }

    public static bool IsStaff(this ClaimsPrincipal principal)
        => principal.IsInRole("staff") || principal.IsInRole("admin");
}
