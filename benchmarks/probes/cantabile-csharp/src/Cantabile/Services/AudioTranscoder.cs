using System.Diagnostics;
using System.Globalization;

namespace Cantabile.Services;

/// <summary>
/// Converts audition recordings to MP3 for the jury listening room and renders waveform previews.
/// </summary>
public sealed class AudioTranscoder
{
    private readonly ILogger<AudioTranscoder> _logger;

    public AudioTranscoder(ILogger<AudioTranscoder> logger)
    {
        _logger = logger;
    }

    public async Task<string> ToMp3Async(string inputPath, string title, CancellationToken ct)
    {
        var output = Path.ChangeExtension(inputPath, ".mp3");
        var psi = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"ffmpeg -y -hide_banner -loglevel error -i '{inputPath}' -codec:a libmp3lame -qscale:a 2 -metadata title=\"{title}\" -metadata album=\"Cantabile auditions\" '{output}'");

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start ffmpeg."); // VULN cmdi
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        if (process.ExitCode != 0)
        {
            _logger.LogWarning("ffmpeg failed for {Input}: {Errors}", inputPath, errors);
            throw new InvalidOperationException("Transcoding failed.");
        }

        return output;
    }

    public async Task<string> RenderWaveformAsync(string inputPath, int width, CancellationToken ct)
    {
        var output = Path.ChangeExtension(inputPath, ".png");
        var psi = new ProcessStartInfo("ffmpeg")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        foreach (var arg in new[] { "-y", "-hide_banner", "-loglevel", "error", "-i", inputPath, "-filter_complex", $"showwavespic=s={width.ToString(CultureInfo.InvariantCulture)}x180:colors=#5b3a8e", "-frames:v", "1", output })
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start ffmpeg."); // SAFE cmdi
        await process.WaitForExitAsync(ct);
        return process.ExitCode == 0 ? output : throw new InvalidOperationException("Waveform rendering failed.");
    }
}
