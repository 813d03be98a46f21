using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

public class KioskAccounts
{
    private static readonly JwtSecurityTokenHandler Handler = new();
    // ruleid: trace.csharp.hardcoded-credentials.literal-secret
    private static readonly SymmetricSecurityKey FieldSigningKey = new(Encoding.UTF8.GetBytes("mtl-field-app-2019!signing#key-v2-prod"));
    // ok: trace.csharp.hardcoded-credentials.literal-secret
    private static readonly SymmetricSecurityKey FromEnvironment = new(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("FIELD_KEY")!));

    public string StorePin(string pin, string password, byte[] upload)
    {
        // ruleid: trace.csharp.weak-crypto.fast-hash-for-password
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(pin)));
        // ruleid: trace.csharp.weak-crypto.fast-hash-for-password
        var legacy = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));
        using var sha = SHA512.Create();
        // ruleid: trace.csharp.weak-crypto.fast-hash-for-password
        var hashed = sha.ComputeHash(Encoding.UTF8.GetBytes(salt + password));
        // ok: trace.csharp.weak-crypto.fast-hash-for-password
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 210000, HashAlgorithmName.SHA256, 32);
        // ok: trace.csharp.weak-crypto.fast-hash-for-password
        var integrity = SHA256.HashData(upload);
        // a pinned certificate's or a shipping label's digest is no PIN
        // ok: trace.csharp.weak-crypto.fast-hash-for-password
        var pinned = SHA256.HashData(Encoding.UTF8.GetBytes(shippingLabel));
        return digest + legacy + hashed + key + integrity + pinned;
    }

    public async Task StartPasswordResetAsync(string email)
    {
        // ruleid: trace.csharp.insecure-randomness.random-for-secret
        var code = Random.Shared.Next(100000, 999999).ToString();
        // ok: trace.csharp.insecure-randomness.random-for-secret
        var safeCode = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        await Send(email, code, safeCode);
    }

    public async Task<bool> DeliverAsync(Uri endpoint)
    {
        // ok: trace.csharp.insecure-randomness.random-for-secret
        var backoff = TimeSpan.FromMilliseconds(250 + Random.Shared.Next(0, 250));
        // a status code chosen at random outside a reset or sign-in flow is no secret
        // ok: trace.csharp.insecure-randomness.random-for-secret
        var code = Random.Shared.Next(500, 504);
        await Task.Delay(backoff);
        return code > 0;
    }
}
