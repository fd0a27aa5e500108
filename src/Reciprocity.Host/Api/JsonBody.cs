using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using System.Buffers;
using System.Text.Json;

namespace Reciprocity.Host.Api;

/// <summary>
/// Reads a request body as JSON within the body limit. Anything malformed becomes a problem naming the field,
/// so bad input never reaches a grain and never becomes a 5xx; a body sent as anything but JSON answers 415.
/// </summary>
public static class JsonBody
{
    public const int Limit = 64 * 1024;

    public static async Task<(T? Value, IResult? Problem)> Read<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, NotJson());
        }

        if (request.ContentLength > Limit)
        {
            return (null, TooLarge());
        }

        byte[] body;
        try
        {
            body = await ReadBounded(request.Body, request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }

        if (body.Length > Limit)
        {
            return (null, TooLarge());
        }

        if (body.Length == 0)
        {
            return (null, Invalid("$", "Please send a JSON body."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, ReciprocityJson.Options);
            return value is null ? (null, Invalid("$", "Please send a JSON object.")) : (value, null);
        }
        catch (JsonException e) when (IsUnknownField(e))
        {
            return (null, Invalid(FieldOf(e.Path), "This field is not one we know; please check its name and spelling."));
        }
        catch (JsonException e)
        {
            return (null, Invalid(FieldOf(e.Path), "This value is not in the expected form."));
        }
    }

    /// <summary>
    /// Describes the JSON body in the OpenAPI document. Not <c>Accepts</c>: that makes routing skip the endpoint for any
    /// other content type, and the API's catch-all then answers 404; <see cref="Read"/> answers 415 instead.
    /// </summary>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(async (operation, context, cancellation) => operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellation) },
                },
            });

    private static async Task<byte[]> ReadBounded(Stream body, CancellationToken cancellation)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Limit + 1);
        try
        {
            var total = 0;
            int read;
            while (total <= Limit && (read = await body.ReadAsync(buffer.AsMemory(total, Limit + 1 - total), cancellation)) > 0)
            {
                total += read;
            }

            return buffer.AsSpan(0, total).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // System.Text.Json has no distinct exception for a field refused by UnmappedMemberHandling.Disallow, only this wording
    // (A_misspelled_field_is_named_as_unknown_rather_than_dropped fails if it changes).
    private static bool IsUnknownField(JsonException e) => e.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal);

    /// <summary>"$.dimensions.initiation.score" → "dimensions.initiation.score".</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.TrimStart('$').TrimStart('.');

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Some answers need another look.");

    private static ProblemHttpResult NotJson() =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "We can only read JSON here.", detail: "Please send the body as JSON, with the header Content-Type: application/json.");

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "That is more than we can take in one go.", detail: $"Requests are limited to {Limit / 1024} KiB.");
}
