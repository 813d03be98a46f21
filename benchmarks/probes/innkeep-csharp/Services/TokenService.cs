using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Innkeep.Config;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Innkeep.Services;

public class TokenService
{
    private readonly JwtSecurityTokenHandler _handler = new();
    private readonly TokenValidationParameters _guestParameters;

    public TokenService(IOptions<InnkeepOptions> options, IConfiguration configuration)
    {
        var guestKey = configuration["INNKEEP_JWT_KEY"]
            ?? throw new InvalidOperationException("INNKEEP_JWT_KEY is not configured.");
        _guestParameters = new TokenValidationParameters
        {
            ValidIssuer = options.Value.JwtIssuer,
            ValidAudience = "innkeep-guest",
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(guestKey)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    public string IssueKioskToken(string roomNumber, int reservationId)
    {
        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("ik-kiosk-7Qm2vX9pL4sT8wZ1cR6nB3yH5jD0fGa")), SecurityAlgorithms.HmacSha256); // VULN secret
        var token = new JwtSecurityToken(
            issuer: "innkeep-kiosk",
            audience: "innkeep-kiosk",
            claims: [new Claim("room", roomNumber), new Claim("reservation_id", reservationId.ToString())],
            expires: DateTime.UtcNow.AddHours(12),
            signingCredentials: credentials);
        return _handler.WriteToken(token);
    }

    public ClaimsPrincipal ReadStaffToken(string bearer)
    {
        var raw = bearer.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? bearer[7..] : bearer;
        var jwt = _handler.ReadJwtToken(raw); // VULN jwt
        if (jwt.ValidTo < DateTime.UtcNow)
            return new ClaimsPrincipal(new ClaimsIdentity());
        return new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "staff-token", "name", "role"));
    }

    public ClaimsPrincipal? ValidateGuestToken(string token)
    {
        try
        {
            return _handler.ValidateToken(token, _guestParameters, out _); // SAFE jwt
        }
        catch (SecurityTokenException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public string CreatePasswordResetCode()
    {
        var rng = new Random();
        return rng.Next(0, 1_000_000).ToString("D6"); // VULN random
    }

    public string CreateDoorKeyPin() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6"); // SAFE random
}
