using Orleans.Concurrency;

namespace Reciprocity.Realtime;

/// <summary>
/// One per host: passes live events on to the SignalR connections of their audience on that host, and hears of
/// rotated access keys so the host stops accepting the old one.
/// </summary>
[Alias("Reciprocity.IAuditRelay")]
public interface IAuditRelay : IGrainObserver
{
    [OneWay, Alias("Deliver")]
    Task Deliver(LiveMessage message);

    /// <summary>Answers once this host no longer accepts any key of the person without asking their grain.</summary>
    [Alias("ForgetAccessKeys")]
    Task ForgetAccessKeys(Guid personId);
}

/// <summary>The cluster's list of host relays, kept alive by each host's periodic renewal.</summary>
[Alias("Reciprocity.IRelayDirectoryGrain")]
public interface IRelayDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Subscribe")]
    Task Subscribe(IAuditRelay relay);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IAuditRelay relay);

    [Alias("GetRelays")]
    Task<IReadOnlyList<IAuditRelay>> GetRelays();
}

/// <summary>Sends live events to every host relay; a stateless worker so no one activation is hot.</summary>
[Alias("Reciprocity.IAuditPublisherGrain")]
public interface IAuditPublisherGrain : IGrainWithIntegerKey
{
    [OneWay, Alias("Publish")]
    Task Publish(LiveMessage message);
}
