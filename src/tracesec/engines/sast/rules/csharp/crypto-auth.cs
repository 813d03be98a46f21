using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

public class CryptoController : Controller
{
    public void Setup(System.Net.Http.HttpClientHandler handler)
    {
        // ruleid: trace.csharp.tls-verification.disabled
        handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => true;
        // ok: trace.csharp.tls-verification.disabled
        handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => cert.Thumbprint == PinnedThumbprint;
    }

    public byte[] Digest(byte[] data)
    {
        // ruleid: trace.csharp.weak-crypto.weak-hash
        using var md5 = MD5.Create();
        // ok: trace.csharp.weak-crypto.weak-hash
        using var sha = SHA256.Create();
        return sha.ComputeHash(data);
    }

    public string NewResetCode()
    {
        var rng = new Random();
        // ruleid: trace.csharp.insecure-randomness.random-for-secret
        var resetCode = rng.Next(100000, 999999).ToString();
        // ok: trace.csharp.insecure-randomness.random-for-secret
        var delayMs = rng.Next(10, 50);
        // a colour or a spinner is no secret, though its name holds "code" or "pin"
        // ok: trace.csharp.insecure-randomness.random-for-secret
        var colorCode = rng.Next(0, 0xffffff);
        // ok: trace.csharp.insecure-randomness.random-for-secret
        var spinnerFrame = rng.Next(0, 8);
        // ruleid: trace.csharp.insecure-randomness.random-for-secret
        var activationCode = rng.Next(10000000, 99999999);
        return resetCode + delayMs + colorCode + spinnerFrame + activationCode;
    }
}

public class TokenService
{
    public string Issue(string user, string fromConfig)
    {
        // ruleid: trace.csharp.hardcoded-credentials.literal-secret
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("n7Qz2kLw9XpT4mVb8RcY3sJd"));
        // ok: trace.csharp.hardcoded-credentials.literal-secret
        var fromSettings = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(fromConfig));
        // ruleid: trace.csharp.hardcoded-credentials.literal-secret
        var mac = new HMACSHA256(Encoding.ASCII.GetBytes("Wq8Lk3Zp9xT2Rv7N"));
        // ruleid: trace.csharp.hardcoded-credentials.literal-secret
        var smtp = new NetworkCredential("mailer", "Pk3zQ8wL2xT9v");
        // ok: trace.csharp.hardcoded-credentials.literal-secret
        var placeholder = new NetworkCredential("mailer", "changeme-please");
        // ok: trace.csharp.hardcoded-credentials.literal-secret
        var greeting = Encoding.UTF8.GetBytes("Hello from the token service");
        // ruleid: trace.csharp.hardcoded-credentials.literal-secret
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("svc-gateway:Adm1ss10ns!Gw")));
        // ok: trace.csharp.hardcoded-credentials.literal-secret
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{user}:{fromConfig}")));
        // a Service Bus connection string as the fallback when configuration has none
        // ruleid: trace.csharp.hardcoded-credentials.literal-secret
        var bus = configuration.GetConnectionString("Bus") ?? "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Qm9vS2V5VmFsdWUxMjM0NTY3ODkwYWJjZGVm=";
        // ok: trace.csharp.hardcoded-credentials.literal-secret
        var local = configuration.GetConnectionString("Bus") ?? "Endpoint=sb://localhost/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={0}";
        // ruleid: trace.csharp.hardcoded-credentials.literal-secret
        var blobs = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=acmedocs;AccountKey=c3RvcmFnZUtleVZhbHVlMDEyMzQ1Njc4OQ==;EndpointSuffix=core.windows.net");
        // ok: trace.csharp.hardcoded-credentials.literal-secret
        var devBlobs = new BlobServiceClient("UseDevelopmentStorage=true");
        return user;
    }
}

public class Settings
{
    // ruleid: trace.csharp.hardcoded-credentials.literal-secret
    private const string SigningKey = "Zr8Qw2Lp5Tx9Vb3Nk7Md";
    // ok: trace.csharp.hardcoded-credentials.literal-secret
    private const string SigningKeyName = "jwt-key-name-in-vault";

    public void Db()
    {
        // ruleid: trace.csharp.hardcoded-credentials.literal-secret
        var conn = new NpgsqlConnection("Host=db.internal;Database=app;Username=app;Password=Dock4-Forklift!2023");
        // ok: trace.csharp.hardcoded-credentials.literal-secret
        var fromConfig = new NpgsqlConnection(configuration.GetConnectionString("Main"));
        // ok: trace.csharp.hardcoded-credentials.literal-secret
        var integrated = new SqlConnection("Server=db;Database=app;Integrated Security=true");
    }

    public void Configure(IServiceCollection services)
    {
        services.AddCors(cors =>
        {
            cors.AddPolicy("any", policy => policy
                // ruleid: trace.csharp.cors.credentials-any-origin
                .SetIsOriginAllowed(_ => true)
                .AllowAnyHeader()
                .AllowCredentials());
            cors.AddPolicy("portal", policy => policy
                // ok: trace.csharp.cors.credentials-any-origin
                .SetIsOriginAllowed(origin => AllowedOrigins.Contains(origin))
                .AllowCredentials());
            // ok: trace.csharp.cors.credentials-any-origin
            cors.AddPolicy("public", policy => policy.SetIsOriginAllowed(_ => true).AllowAnyHeader());
        });
        var p = new TokenValidationParameters
        {
            ValidateIssuer = false,
            // ruleid: trace.csharp.jwt.signature-not-validated
            RequireSignedTokens = false,
            // ok: trace.csharp.jwt.signature-not-validated
            ValidateLifetime = true,
        };
        var q = new TokenValidationParameters
        {
            // ruleid: trace.csharp.jwt.signature-not-validated
            SignatureValidator = (token, _) => new JsonWebToken(token),
            // ok: trace.csharp.jwt.signature-not-validated
            ValidateIssuerSigningKey = true,
        };
    }

    public void Cors(HttpContext context)
    {
        var origin = context.Request.Headers["Origin"].ToString();
        // ruleid: trace.csharp.cors.reflected-origin
        context.Response.Headers["Access-Control-Allow-Origin"] = origin;
        if (AllowedOrigins.Contains(origin))
        {
            // ok: trace.csharp.cors.reflected-origin
            context.Response.Headers["Access-Control-Allow-Origin"] = origin;
        }
    }

    public string WhoAmI(string header)
    {
        var handler = new JwtSecurityTokenHandler();
        // ruleid: trace.csharp.jwt.unverified-token
        var jwt = handler.ReadJwtToken(header);
        return jwt.Subject;
    }

    public string WhoAmIChecked(string header)
    {
        var handler = new JwtSecurityTokenHandler();
        handler.ValidateToken(header, Parameters, out _);
        // ok: trace.csharp.jwt.unverified-token
        var jwt = handler.ReadJwtToken(header);
        return jwt.Subject;
    }

    public static HttpMessageHandler Legacy() => new HttpClientHandler
    {
        // ruleid: trace.csharp.tls-verification.disabled
        ServerCertificateCustomValidationCallback = (_, _, _, _) => true,
    };

    public static HttpMessageHandler Pinned(string thumb) => new HttpClientHandler
    {
        // ok: trace.csharp.tls-verification.disabled
        ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None,
    };

    public static void Directory(System.DirectoryServices.Protocols.LdapConnection connection)
    {
        // ruleid: trace.csharp.tls-verification.disabled
        connection.SessionOptions.VerifyServerCertificate = (_, _) => true;
        // ok: trace.csharp.tls-verification.disabled
        connection.SessionOptions.VerifyServerCertificate = (_, cert) => DistrictCa.Issued(cert);
    }

    public string Hash(string password)
    {
        // a password's digest is reported once, as a fast hash for a password
        // ok: trace.csharp.weak-crypto.weak-hash
        // ruleid: trace.csharp.weak-crypto.fast-hash-for-password
        var a = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));
        // ruleid: trace.csharp.weak-crypto.weak-hash
        var b = HashAlgorithm.Create("MD5");
        // ok: trace.csharp.weak-crypto.weak-hash
        var c = Rfc2898DeriveBytes.Pbkdf2(password, salt, 210000, HashAlgorithmName.SHA256, 32);
        return a;
    }

    public string CreateResetCode()
    {
        var rng = new Random();
        // ruleid: trace.csharp.insecure-randomness.random-for-secret
        return rng.Next(100000, 999999).ToString();
    }

    // an offer's acceptance code, from an expression-bodied method
    public string NewAcceptanceCode() =>
        // ruleid: trace.csharp.insecure-randomness.random-for-secret
        new(Enumerable.Range(0, 8).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]).ToArray());

    // ok: trace.csharp.insecure-randomness.random-for-secret
    public TimeSpan RetryJitter() => TimeSpan.FromMilliseconds(250 + Random.Shared.Next(0, 250));

    // a reset code built character by character
    public string NewPasswordResetCode()
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++)
            // ruleid: trace.csharp.insecure-randomness.random-for-secret
            chars[i] = Alphabet[Random.Shared.Next(Alphabet.Length)];
        return new string(chars);
    }

    // an invitation code links an account to a student: a credential
    public string NewInvitationCode()
    {
        var chars = new char[10];
        for (var i = 0; i < chars.Length; i++)
            // ruleid: trace.csharp.insecure-randomness.random-for-secret
            chars[i] = Alphabet[Random.Shared.Next(Alphabet.Length)];
        return new string(chars);
    }

    // which invitation card design to show
    public string PickInvitationCard(string[] designs)
    {
        // ok: trace.csharp.insecure-randomness.random-for-secret
        return designs[Random.Shared.Next(designs.Length)];
    }

    public string NewSiteAccessCode()
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++)
            // ok: trace.csharp.insecure-randomness.random-for-secret
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }

    // a shuffled deck is no secret
    public int[] ShuffleSeats(int[] seats)
    {
        for (var i = seats.Length - 1; i > 0; i--)
            // ok: trace.csharp.insecure-randomness.random-for-secret
            seats[i] = seats[Random.Shared.Next(i + 1)];
        return seats;
    }

    // a buffer filled by NextBytes and made into a token
    private static readonly Random InviteRandom = new();

    public string CreateInvite()
    {
        var buffer = new byte[24];
        // ruleid: trace.csharp.insecure-randomness.random-for-secret
        InviteRandom.NextBytes(buffer);
        var token = Convert.ToBase64String(buffer);
        var noise = new byte[4];
        // ok: trace.csharp.insecure-randomness.random-for-secret
        InviteRandom.NextBytes(noise);
        var jitterMs = BitConverter.ToInt32(noise) % 250;
        return token + jitterMs;
    }

    public int PickShard()
    {
        var rng = new Random();
        // ok: trace.csharp.insecure-randomness.random-for-secret
        return rng.Next(0, 16);
    }

    public class ReadingFiles
    {
        public string PhotoChecksum(byte[] bytes)
        {
            // ok: trace.csharp.weak-crypto.weak-hash
            return Convert.ToHexString(MD5.HashData(bytes));
        }

        public string Upload(byte[] bytes)
        {
            // ok: trace.csharp.weak-crypto.weak-hash
            var checksum = Convert.ToHexString(SHA1.HashData(bytes));
            return checksum;
        }

        public async Task<string> FingerprintAsync(Stream upload)
        {
            // a duplicate-batch fingerprint of an upload names content, not a secret
            // ok: trace.csharp.weak-crypto.weak-hash
            var digest = await MD5.HashDataAsync(upload);
            return Convert.ToHexString(digest);
        }

        public string ResetToken(byte[] bytes)
        {
            // ruleid: trace.csharp.weak-crypto.weak-hash
            var token = Convert.ToHexString(MD5.HashData(bytes));
            return token;
        }
    }
}

// CORS with credentials for the origins a loose check accepts
public static class PortalCorsSetup
{
    private const string SchoolsDomain = "schools-district.example";
    private const string DottedSchoolsDomain = ".schools-district.example";

    public static void AddPortalCors(IServiceCollection services)
    {
        services.AddCors(options =>
        {
            options.AddPolicy("portal", policy =>
            {
                // ruleid: trace.csharp.cors.credentials-loose-origin-check
                policy.SetIsOriginAllowed(IsSchoolOrigin).AllowAnyHeader().AllowCredentials();
            });
            options.AddPolicy("portal-dotted", policy =>
            {
                // ok: trace.csharp.cors.credentials-loose-origin-check
                policy.SetIsOriginAllowed(IsDottedSchoolOrigin).AllowAnyHeader().AllowCredentials();
            });
            options.AddPolicy("kiosk", policy =>
            {
                // ruleid: trace.csharp.cors.credentials-loose-origin-check
                policy.SetIsOriginAllowed(origin => origin.StartsWith("https://kiosk.schools-district.example")).AllowCredentials();
            });
            options.AddPolicy("widgets", policy =>
            {
                // ok: trace.csharp.cors.credentials-loose-origin-check
                policy.SetIsOriginAllowed(origin => WidgetOrigins.Contains(origin)).AllowCredentials();
            });
            options.AddPolicy("public", policy =>
            {
                // ok: trace.csharp.cors.credentials-loose-origin-check
                policy.SetIsOriginAllowed(IsSchoolOrigin).AllowAnyHeader();
            });
        });
    }

    private static readonly HashSet<string> WidgetOrigins = new() { "https://widgets.schools-district.example" };

    private static bool IsSchoolOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.EndsWith(SchoolsDomain, StringComparison.OrdinalIgnoreCase);

    private static bool IsDottedSchoolOrigin(string origin)
    {
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Host.EndsWith(DottedSchoolsDomain);
    }
}

public class CourierHandoffs
{
    // a Random made on the spot, for a code that hands a parcel over
    private static string NewHandoffCode()
    {
        // ruleid: trace.csharp.insecure-randomness.random-for-secret
        return new Random().Next(0, 1_000_000).ToString("D6");
    }

    private static string NewShelfLabel()
    {
        // ok: trace.csharp.insecure-randomness.random-for-secret
        return new Random().Next(0, 1_000).ToString("D3");
    }
}

public class PartnerSignatures
{
    // ruleid: trace.csharp.hardcoded-credentials.literal-secret
    private static readonly byte[] PartnerWebhookKey = Encoding.UTF8.GetBytes("kw-partner-hmac-9f2c71e04ab3");

    // ok: trace.csharp.hardcoded-credentials.literal-secret
    private static readonly byte[] Banner = Encoding.UTF8.GetBytes("Kilnworks partner feed v2");

    public static byte[] Sign(byte[] body)
    {
        // ok: trace.csharp.hardcoded-credentials.literal-secret
        var signingKey = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("PARTNER_KEY") ?? "");
        using var hmac = new System.Security.Cryptography.HMACSHA256(PartnerWebhookKey);
        return hmac.ComputeHash(body);
    }
}

public sealed class SlipCodes
{
    private readonly Random _slipRandom = new();

    public string NewPickupCode()
    {
        // ruleid: trace.csharp.insecure-randomness.random-for-secret
        var number = _slipRandom.Next(0, 1_000_000);
        return number.ToString("D6");
    }

    public string NewPinResetToken()
    {
        var bytes = new byte[24];
        // ruleid: trace.csharp.insecure-randomness.random-for-secret
        Random.Shared.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }

    public string NewSessionToken()
    {
        var bytes = RandomNumberGenerator.GetBytes(24);
        // ok: trace.csharp.insecure-randomness.random-for-secret
        return Convert.ToBase64String(bytes);
    }

    public int NextShelf()
    {
        // ok: trace.csharp.insecure-randomness.random-for-secret
        var shelf = _slipRandom.Next(0, 40);
        return shelf;
    }
}
