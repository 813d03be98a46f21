using System.Globalization;
using System.IdentityModel.Tokens.Jwt;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

/// <summary>Handles the one-click links in guardian emails ("View Maya's report card").</summary>
public sealed class GuardianLinkService
{
    private readonly ILogger<GuardianLinkService> _logger;

    public GuardianLinkService(ILogger<GuardianLinkService> logger)
    {
        _logger = logger;
    }

    public GuardianLink? ReadLink(string token)
    {
        JwtSecurityToken jwt;
        try
        {
            jwt = new JwtSecurityTokenHandler().ReadJwtToken(token); // VULN jwt
        }
        catch (ArgumentException ex)
        {
            _logger.LogInformation(ex, "Malformed guardian link");
            return null;
        }

        if (jwt.Issuer != "rollcall-portal" || jwt.ValidTo < DateTime.UtcNow)
        {
            return null;
        }

        var guardianId = jwt.Claims.FirstOrDefault(c => c.Type == "gid")?.Value;
        var studentClaim = jwt.Claims.FirstOrDefault(c => c.Type == "sid")?.Value;
        var email = jwt.Claims.FirstOrDefault(c => c.Type == "email")?.Value;
        if (guardianId is null || !int.TryParse(studentClaim, NumberStyles.None, CultureInfo.InvariantCulture, out var studentId))
        {
            return null;
        }

        return new GuardianLink(guardianId, studentId, email);
    }
}
