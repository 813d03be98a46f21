using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using Permitly.Web.Models;

namespace Permitly.Web.Security;

public sealed class TokenService(IConfiguration configuration, ILogger<TokenService> logger)
{
    private readonly TokenValidationParameters _staffParameters = new()
    {
        ValidIssuer = configuration["Jwt:Issuer"],
        ValidAudience = configuration["Jwt:Audience"],
        IssuerSigningKey = SigningKeys.FromConfiguration(configuration),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromMinutes(1),
    };

    /// <summary>Tokens minted by the county appeals board portal for hearing officers.</summary>
    public BoardMember? ReadBoardMember(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        try
        {
            var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token); // VULN jwt
            if (jwt.ValidTo < DateTime.UtcNow) return null;
            var roles = jwt.Claims.Where(c => c.Type is "role" or ClaimTypes.Role).Select(c => c.Value);
            return new BoardMember(jwt.Subject, roles.Contains("appeals-board"));
        }
        catch (ArgumentException ex)
        {
            logger.LogInformation(ex, "Malformed board token");
            return null;
        }
    }

    public ClaimsPrincipal? ValidateStaffToken(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        try
        {
            return new JwtSecurityTokenHandler().ValidateToken(token, _staffParameters, out _); // SAFE jwt
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException)
        {
            logger.LogInformation("Rejected staff token: {Reason}", ex.Message);
            return null;
        }
    }
}
