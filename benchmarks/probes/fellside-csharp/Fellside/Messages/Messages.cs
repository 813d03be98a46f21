namespace Fellside.Messages;

public sealed record BookingConfirmed(Guid BookingId, string Reference, int HutId);

public sealed record CalloutDispatched(int CalloutId, string IncidentRef, string TeamCode);

public sealed record ReportRequested(int CalloutId, string Title, string? Subtitle, string RequestedBy);

public sealed record SeasonClosed(int HutId, string ClosedBy);

public sealed record ResponderPositionLogged(int CalloutId, string Callsign, double Latitude, double Longitude);
