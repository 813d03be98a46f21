using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Meterline.Models;
using Microsoft.IdentityModel.Tokens;

namespace Meterline.Services;

public sealed class TokenService(TokenValidationParameters apiValidation, ILogger<TokenService> logger)
{
    private const string FieldIssuer = "meterline-field";
    private static readonly JwtSecurityTokenHandler Handler = new();
    private static readonly SymmetricSecurityKey FieldSigningKey = new(Encoding.UTF8.GetBytes("mtl-field-app-2019!signing#key-v2-prod")); // VULN secret

    public string IssueFieldToken(string technicianId, string depot)
    {
        var token = new JwtSecurityToken(FieldIssuer, FieldIssuer,
            [new Claim("tech", technicianId), new Claim("depot", depot)],
            expires: DateTime.UtcNow.AddHours(10),
            signingCredentials: new SigningCredentials(FieldSigningKey, SecurityAlgorithms.HmacSha256));
        return Handler.WriteToken(token);
    }

    public FieldIdentity? ReadFieldIdentity(string fieldToken)
    {
        if (!Handler.CanReadToken(fieldToken)) return null;
        var token = Handler.ReadJwtToken(fieldToken); // VULN jwt
        if (token.Issuer != FieldIssuer || token.ValidTo < DateTime.UtcNow) return null;

        var technician = token.Claims.FirstOrDefault(c => c.Type == "tech")?.Value;
        var depot = token.Claims.FirstOrDefault(c => c.Type == "depot")?.Value;
        return technician is null || depot is null ? null : new FieldIdentity(technician, depot);
    }

    public ClaimsPrincipal? ValidatePartnerToken(string bearer)
    {
        try
        {
            return Handler.ValidateToken(bearer, apiValidation, out _); // SAFE jwt
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException)
        {
            logger.LogWarning("Rejected partner token: {Reason}", ex.Message);
            return null;
        }
    }
}
