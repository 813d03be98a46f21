using System.Globalization;
using Cantabile.Config;
using Cantabile.Security;
using Microsoft.Extensions.Options;

namespace Cantabile.Services;

/// <summary>Audition recordings, one folder per registration.</summary>
public sealed class RecordingStore
{
    private static readonly HashSet<string> AudioExtensions = new(StringComparer.OrdinalIgnoreCase) { ".wav", ".flac", ".mp3", ".m4a", ".ogg" };

    private readonly string _root;
    private readonly ILogger<RecordingStore> _logger;

    public RecordingStore(IOptions<CantabileOptions> options, ILogger<RecordingStore> logger)
    {
        _root = options.Value.RecordingRoot;
        _logger = logger;
    }

    public async Task<string> SaveAsync(int registrationId, string originalName, byte[] content)
    {
        var folder = FolderFor(registrationId);
        Directory.CreateDirectory(folder);

        var extension = Path.GetExtension(originalName);
        if (!AudioExtensions.Contains(extension))
        {
            extension = ".wav";
        }

        var path = PathGuard.ResolveWithin(folder, $"{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(path, content); // SAFE path
        _logger.LogInformation("Stored {Bytes} bytes for registration {RegistrationId}", content.Length, registrationId);
        return path;
    }

    public void Delete(int registrationId, string fileName)
    {
        var target = Path.Combine(FolderFor(registrationId), fileName);
        if (File.Exists(target))
        {
            File.Delete(target); // VULN path
            _logger.LogInformation("Removed recording {File} for registration {RegistrationId}", fileName, registrationId);
        }
    }

    public IEnumerable<string> List(int registrationId)
    {
        var folder = FolderFor(registrationId);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>() : Enumerable.Empty<string>();
    }

    private string FolderFor(int registrationId) => Path.Combine(_root, registrationId.ToString(CultureInfo.InvariantCulture));
}
