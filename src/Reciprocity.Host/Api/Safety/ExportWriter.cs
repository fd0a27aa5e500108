using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Reciprocity.People;

namespace Reciprocity.Host.Api.Safety;

/// <summary>
/// Writes `GET /api/me/export` as it reads it (issue 26): the person, then each relationship and each session, flushed
/// one at a time, so the host holds one relationship's view at a time however large the whole export is, and a slow
/// reader holds the next read back. The shape is <see cref="SafetyApi.Exported"/>'s, as the API has always answered it.
/// </summary>
internal static class ExportWriter
{
    public static async Task Write(HttpContext http, ExportIndex index, IGrainFactory grains, DateTimeOffset exportedAt)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"reciprocity-export.json\"";
        var body = http.Response.BodyWriter;
        var cancel = http.RequestAborted;
        await using var json = new Utf8JsonWriter(body);

        json.WriteStartObject();
        json.WritePropertyName(Name(options, nameof(SafetyApi.Exported.ExportedAt)));
        JsonSerializer.Serialize(json, exportedAt, options);
        json.WritePropertyName(Name(options, nameof(SafetyApi.Exported.Person)));
        JsonSerializer.Serialize(json, new SafetyApi.ExportedPerson(index.PersonId, index.DisplayName, index.Language), options);
        json.WritePropertyName(Name(options, nameof(SafetyApi.Exported.Relationships)));
        json.WriteStartArray();
        await foreach (var view in PersonExports.Relationships(grains, index).WithCancellation(cancel))
        {
            JsonSerializer.Serialize(json, view, options);
            await Flush(json, body, cancel);
        }

        json.WriteEndArray();
        json.WritePropertyName(Name(options, nameof(SafetyApi.Exported.Sessions)));
        json.WriteStartArray();
        await foreach (var view in PersonExports.Sessions(grains, index).WithCancellation(cancel))
        {
            JsonSerializer.Serialize(json, view, options);
            await Flush(json, body, cancel);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await Flush(json, body, cancel);
    }

    private static string Name(JsonSerializerOptions options, string property) => options.PropertyNamingPolicy?.ConvertName(property) ?? property;

    // The writer hands its bytes to the response; the response's flush waits while the reader is behind.
    private static async Task Flush(Utf8JsonWriter json, System.IO.Pipelines.PipeWriter body, CancellationToken cancel)
    {
        await json.FlushAsync(cancel);
        await body.FlushAsync(cancel);
    }
}
