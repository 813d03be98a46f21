using Fellside.Dtos;
using Orleans;

namespace Fellside.Grains;

[Alias("Fellside.Grains.IHutGrain")]
public interface IHutGrain : IGrainWithStringKey
{
    [Alias("ReserveBeds")]
    Task<bool> ReserveBeds(BedRequest request);

    [Alias("ReleaseBeds")]
    Task ReleaseBeds(string reference);

    [Alias("GetConditions")]
    Task<HutConditions> GetConditions();

    [Alias("BedsFree")]
    Task<int> BedsFree(DateOnly night);
}

[Alias("Fellside.Grains.ICalloutGrain")]
public interface ICalloutGrain : IGrainWithIntegerKey
{
    [Alias("AppendLog")]
    Task AppendLog(CalloutLogLine line);

    [Alias("AddResponder")]
    Task AddResponder(string callsign);

    [Alias("StandDown")]
    Task StandDown(string reason, string by);

    [Alias("GetSnapshot")]
    Task<CalloutSnapshot> GetSnapshot();
}
