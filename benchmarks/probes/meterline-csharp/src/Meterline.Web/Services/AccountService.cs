using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Meterline.Helpers;
using Meterline.Repositories;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Meterline.Services;

public sealed class AccountService(CustomerRepository customers, INotificationSender notifier, ILogger<AccountService> logger)
{
    public async Task<ClaimsPrincipal?> SignInAsync(string email, string password)
    {
        var customer = await customers.FindByEmailAsync(email.Trim());
        if (customer is null || !PasswordHashing.Verify(password, customer.PasswordHash))
        {
            logger.LogInformation("Failed portal sign-in for {Email}", email);
            return null;
        }
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, customer.Id.ToString()),
            new(ClaimTypes.Name, customer.DisplayName),
            new("account_no", customer.AccountNo)
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public async Task StartPasswordResetAsync(string email)
    {
        var customer = await customers.FindByEmailAsync(email.Trim());
        if (customer is null) return;
        var code = Random.Shared.Next(100000, 999999).ToString(); // VULN random
        await customers.SaveResetCodeAsync(customer.Id, code, DateTimeOffset.UtcNow.AddMinutes(30));
        await notifier.SendEmailAsync(customer.Email, "Reset your Meterline password", $"Your password reset code is {code}. It expires in 30 minutes.");
    }

    public async Task<bool> CompletePasswordResetAsync(string email, string code, string newPassword)
    {
        var customer = await customers.FindByEmailAsync(email.Trim());
        var pending = customer is null ? null : await customers.GetResetCodeAsync(customer.Id);
        if (customer is null || pending is null || pending.ExpiresAt < DateTimeOffset.UtcNow
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(pending.Code), Encoding.ASCII.GetBytes(code)))
        {
            return false;
        }
        await customers.UpdatePasswordHashAsync(customer.Id, PasswordHashing.Hash(newPassword));
        return true;
    }

    public Task UpdateContactAsync(int customerId, string email, string? phone) =>
        customers.UpdateContactAsync(customerId, email.Trim(), phone?.Trim());

    public async Task SendPhoneVerificationAsync(int customerId, string phone)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6"); // SAFE random
        await customers.SavePhoneVerificationAsync(customerId, phone, code);
        await notifier.SendSmsAsync(phone, $"Meterline verification code: {code}");
    }

    public Task SetKioskPinAsync(int customerId, string pin)
    {
        if (pin.Length is < 4 or > 8 || !pin.All(char.IsAsciiDigit)) throw new ArgumentException("Kiosk PIN must be 4 to 8 digits.");
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(pin))); // VULN hash
        return customers.UpdateKioskPinAsync(customerId, digest);
    }
}
