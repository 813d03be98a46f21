using System.Diagnostics;
using Permitly.Web.Jobs;

namespace Permitly.Web.Services;

public sealed class PlanConversionService(ILogger<PlanConversionService> logger)
{
    public async Task RenderPagesAsync(PlanConversionJob job, CancellationToken ct)
    {
        var pagesDirectory = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(job.SourcePath)!, "pages")).FullName;
        var outputPrefix = Path.Combine(pagesDirectory, Path.GetFileNameWithoutExtension(job.SourcePath));
        var range = job.PageRange.Split('-', 2, StringSplitOptions.TrimEntries);
        var command = $"pdftoppm -png -r {job.Dpi} -f {range[0]} -l {range[^1]} \"{job.SourcePath}\" \"{outputPrefix}\"";

        using var process = Process.Start(new ProcessStartInfo("bash", "-c '" + command + "'") { RedirectStandardError = true }); // VULN cmdi
        await WaitAsync(process!, job, ct);
    }

    public async Task RenderThumbnailAsync(PlanConversionJob job, CancellationToken ct)
    {
        var thumbDirectory = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(job.SourcePath)!, "thumbs")).FullName;
        var startInfo = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var arg in new[] { "-png", "-singlefile", "-scale-to", "320", "-f", "1", "-l", "1" })
            startInfo.ArgumentList.Add(arg);
        startInfo.ArgumentList.Add(job.SourcePath);
        startInfo.ArgumentList.Add(Path.Combine(thumbDirectory, Path.GetFileName(job.SourcePath)));

        using var process = Process.Start(startInfo); // SAFE cmdi
        await WaitAsync(process!, job, ct);
    }

    private async Task WaitAsync(Process process, PlanConversionJob job, CancellationToken ct)
    {
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            logger.LogWarning("Conversion of {Source} for {Permit} exited {Code}: {Error}", job.SourcePath, job.PermitNumber, process.ExitCode, stderr);
    }
}
