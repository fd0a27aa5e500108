using Reciprocity.Storage;

namespace Reciprocity.Host.Api.Safety;

/// <summary>
/// The one erasure step every endpoint that removes a person's words runs before it answers (a relationship leave, a
/// removal, a session leave, deleting everything): the database lets go of the deleted bytes where it is
/// (<see cref="IErasureGrain"/>). A refused request throws before it, so only a removal that happened is erased.
/// </summary>
public static class ErasureStep
{
    /// <summary>Marks the endpoint as one that removes words, and runs the erasure after it.</summary>
    public static RouteHandlerBuilder ErasesWords(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(Marker.Instance).AddEndpointFilter(async (context, next) =>
        {
            var answer = await next(context);
            await context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IErasureGrain>(0).AfterDeletion();
            return answer;
        });

    /// <summary>Endpoint metadata: this endpoint runs the erasure step.</summary>
    public sealed class Marker
    {
        public static readonly Marker Instance = new();

        private Marker()
        {
        }
    }
}
