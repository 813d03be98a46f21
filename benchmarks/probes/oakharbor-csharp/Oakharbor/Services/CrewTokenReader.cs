using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using Oakharbor.Domain;

namespace Oakharbor.Services;

/// <summary>
/// Dock crew carry short-lived tokens on their handheld scanners. The harbour-master console
/// forwards them when crew sign work orders off on the pontoon.
/// </summary>
public sealed class CrewTokenReader
{
    private readonly TokenValidationParameters _validation;

    public CrewTokenReader(TokenValidationParameters validation)
    {
        _validation = validation;
    }

    public CrewIdentity ReadHandheldToken(string authorizationHeader)
    {
        var token = authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorizationHeader["Bearer ".Length..].Trim()
            : authorizationHeader.Trim();

        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token); // VULN jwt
        var dock = jwt.Claims.FirstOrDefault(c => c.Type == "dock")?.Value;
        var isHarbourMaster = jwt.Claims.Any(c => c.Type == "role" && c.Value == "harbour-master");
        return new CrewIdentity(jwt.Subject ?? "unknown", dock, isHarbourMaster);
    }

    public CrewIdentity ValidateStaffToken(string token)
    {
        var principal = new JwtSecurityTokenHandler().ValidateToken(token, _validation, out _); // SAFE jwt
        var dock = principal.FindFirst("dock")?.Value;
        return new CrewIdentity(
            principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue("sub") ?? "unknown",
            dock,
            principal.IsInRole("harbour-master"));
    }
}
