namespace Returnly.Helpers;

public static class StatusBadges
{
    private static readonly Dictionary<ReturnStatus, string> Badges = new()
    {
        [ReturnStatus.Requested] = "<span class=\"badge badge-muted\">Requested</span>",
        [ReturnStatus.Authorised] = "<span class=\"badge badge-info\">Authorised</span>",
        [ReturnStatus.Received] = "<span class=\"badge badge-info\">Received</span>",
        [ReturnStatus.Inspected] = "<span class=\"badge badge-warn\">Inspected</span>",
        [ReturnStatus.Refunded] = "<span class=\"badge badge-ok\">Refunded</span>",
        [ReturnStatus.Rejected] = "<span class=\"badge badge-error\">Rejected</span>",
    };

    public static string For(ReturnStatus status) => Badges.GetValueOrDefault(status, "<span class=\"badge\">Unknown</span>");
}
