using Microsoft.Extensions.Options;
using Rollcall.Web.Config;

namespace Rollcall.Web.Services;

public sealed class PhotoStore
{
    private readonly StorageOptions _storage;

    public PhotoStore(IOptions<StorageOptions> storage)
    {
        _storage = storage.Value;
    }

    private string StaffFolder => Path.Combine(_storage.PhotoRoot, "staff");

    private string StudentFolder => Path.Combine(_storage.PhotoRoot, "students");

    public async Task<byte[]?> GetStaffPhotoAsync(string fileName, CancellationToken ct)
    {
        var candidate = Path.Combine(StaffFolder, fileName);
        if (!candidate.StartsWith(StaffFolder, StringComparison.Ordinal) || !File.Exists(candidate))
        {
            return null;
        }

        return await File.ReadAllBytesAsync(candidate, ct); // VULN path
    }

    public async Task<byte[]?> GetStudentPhotoAsync(Guid photoId, CancellationToken ct)
    {
        var path = Path.Combine(StudentFolder, $"{photoId:N}.jpg");
        if (!File.Exists(path))
        {
            return null;
        }

        return await File.ReadAllBytesAsync(path, ct); // SAFE path
    }

    public string StudentPhotoFolder() => StudentFolder;
}
