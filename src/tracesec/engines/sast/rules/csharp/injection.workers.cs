// Archive entries listed before they are extracted, and jobs taken off an in-process queue.
using System.Diagnostics;
using System.IO.Compression;
using Microsoft.AspNetCore.Mvc;

public class EvidenceImportController : ControllerBase
{
    public void Bulk(Stream archiveStream)
    {
        using var archive = new ZipArchive(archiveStream, ZipArchiveMode.Read);
        var entries = archive.Entries.Where(e => e.Length > 0).ToList();
        foreach (var entry in entries)
        {
            var target = Path.Combine(Destination, entry.FullName);
            // ruleid: trace.csharp.archive-extraction.zip-slip
            entry.ExtractToFile(target, overwrite: true);
        }
        foreach (var entry in archive.Entries.Where(e => e.Length > 0))
        {
            var target = Path.GetFullPath(Path.Combine(Destination, entry.FullName));
            if (!PathGuard.IsUnder(Destination, target))
            {
                continue;
            }
            // ok: trace.csharp.archive-extraction.zip-slip
            entry.ExtractToFile(target, overwrite: true);
        }
    }
}

public sealed class LetterWorker : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.ReadAllAsync(stoppingToken))
        {
            // ruleid: trace.csharp.command-injection.queued-job
            var psi = new ProcessStartInfo("/bin/sh", $"-c \"wkhtmltopdf --title '{job.Title}' {job.Id}.html\"");
            var fixedArgs = new ProcessStartInfo("wkhtmltopdf");
            // ok: trace.csharp.command-injection.queued-job
            fixedArgs.ArgumentList.Add(job.Title);
            // ok: trace.csharp.command-injection.queued-job
            Process.Start("/usr/bin/lpstat", "-o");
        }
        var label = await _labelQueue.ReadAsync(stoppingToken);
        // ruleid: trace.csharp.command-injection.queued-job
        Process.Start("cmd.exe", $"/c zplsend.exe /station:{label.Station}");
    }
}

// a message broker's delivery carries what the publishing endpoint took from a request
public class ContactChangedConsumer : IConsumer<ContactChanged>
{
    private readonly HttpClient _http;

    public ContactChangedConsumer(HttpClient http) => _http = http;

    public async Task Consume(ConsumeContext<ContactChanged> context)
    {
        var message = context.Message;
        // ruleid: trace.csharp.ssrf.tainted-url, trace.csharp.ssrf.stored-url
        await _http.PostAsync(message.CallbackUrl, new StringContent("changed"));
        // ok: trace.csharp.ssrf.tainted-url
        await _http.PostAsync("https://hooks.rollcall.example/contact", new StringContent(message.GuardianId));
    }
}

public class LabelQueueListener
{
    public void OnDelivery(object sender, BasicDeliverEventArgs ea)
    {
        var printer = Encoding.UTF8.GetString(ea.Body.ToArray());
        // ruleid: trace.csharp.command-injection.tainted-process
        Process.Start("/bin/sh", "-c \"lp -d " + printer + " label.pdf\"");
    }
}
