namespace Enrolla.Core.Util;

public static class HtmlSnippets
{
    private const string Shell = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Enrolla</title>
        <link rel="stylesheet" href="/css/portal.css"></head>
        <body><main class="container">{0}</main></body></html>
        """;

    public static string Page(string body) => string.Format(Shell, body);

    public static string ApplicationReceived(string childName, string reference) =>
        Page($"<h1>Application received</h1><p>Thank you. We have received the application for <strong>{childName}</strong>.</p>" +
             $"<p>Your reference is <code>{reference}</code>. Keep it for your records.</p>");
}
