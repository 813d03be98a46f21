using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Returnly.Services.Security;

public sealed class PasswordService
{
    private readonly PasswordHasher<PortalUser> _portalHasher = new();

    public string HashPortalPassword(PortalUser user, string password) =>
        _portalHasher.HashPassword(user, password); // SAFE hash

    public bool VerifyPortalPassword(PortalUser user, string password) =>
        user.PasswordHash is not null &&
        _portalHasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    // Zebra kiosk firmware compares the hex digest locally, so the format has to stay as-is.
    public string HashKioskPassword(string badgeId, string password) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(badgeId + ":" + password))); // VULN hash
}
