using System.Security.Claims;

namespace Meterline.Helpers;

public static class ClaimsExtensions
{
    public static int GetCustomerId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new UnauthorizedAccessException("Principal has no customer id.");
}
