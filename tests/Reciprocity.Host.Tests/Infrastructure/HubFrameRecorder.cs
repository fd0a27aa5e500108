using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>
/// The JSON hub protocol of a test's SignalR client, handing every frame the server sends to <see cref="Received"/> as
/// raw JSON before the client reads it: events under any name (a handler is needed to act on one, never to see it),
/// results and errors of calls, pings and close frames. A client has no catch-all handler; the protocol sees all.
/// </summary>
public sealed class HubFrameRecorder : IHubProtocol
{
    private readonly JsonHubProtocol _json = new();

    /// <summary>Called on the connection's receive loop, once per frame, in the order the frames came.</summary>
    public event Action<JsonElement>? Received;

    public string Name => _json.Name;

    public int Version => _json.Version;

    public TransferFormat TransferFormat => _json.TransferFormat;

    /// <summary>Makes the connection built by <paramref name="builder"/> speak JSON through a new recorder.</summary>
    public static HubFrameRecorder On(IHubConnectionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var recorder = new HubFrameRecorder();
        // The connection takes the last protocol registered; the builder's own JSON protocol is registered first.
        builder.Services.AddSingleton<IHubProtocol>(recorder);
        return recorder;
    }

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var before = input;
        if (!_json.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        // One frame: JSON followed by the record separator 0x1E.
        var frame = before.Slice(0, before.Length - input.Length - 1);
        var reader = new Utf8JsonReader(frame);
        Received?.Invoke(JsonElement.ParseValue(ref reader));
        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _json.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _json.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => _json.IsVersionSupported(version);
}
