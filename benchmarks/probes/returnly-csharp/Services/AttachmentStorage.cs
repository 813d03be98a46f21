namespace Returnly.Services;

public sealed class AttachmentStorage(IOptions<ReturnlyOptions> options, ILogger<AttachmentStorage> logger)
{
    private readonly string _root = options.Value.StorageRoot;

    public async Task<string> SaveInspectionPhotoAsync(string rmaNumber, IFormFile photo, CancellationToken ct)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "inspections", rmaNumber)).FullName;
        var target = Path.Combine(folder, photo.FileName);
        await using (var output = File.Create(target)) // VULN path
        {
            await photo.CopyToAsync(output, ct);
        }
        logger.LogInformation("Stored inspection photo {File} for {Rma}", target, rmaNumber);
        return target;
    }

    public Stream OpenAttachment(string relativePath)
    {
        var fullPath = PathGuard.ResolveWithin(_root, relativePath);
        return File.OpenRead(fullPath); // SAFE path
    }
}
