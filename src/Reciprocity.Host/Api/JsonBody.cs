using Microsoft.AspNetCore.Http.HttpResults;
using System.Buffers;
using System.Text.Json;

namespace Reciprocity.Host.Api;

/// <summary>
/// Reads a request body as JSON within the body limit. Anything malformed becomes a problem naming the field,
/// so bad input never reaches a grain and never becomes a 5xx; a body sent as anything but JSON answers 415. Endpoints
/// take their body as a <see cref="Body{T}"/>, which reads it here; the hub reads a round's draft with <see cref="Parse{T}(JsonElement)"/>.
/// A refusal is a <see cref="AuditRuleException"/> with catalogue keys, worded in the reader's language where it is
/// answered (<see cref="Problems.Of"/>): the request's over HTTP, the caller's stored one over the hub.
/// </summary>
public static class JsonBody
{
    public const int Limit = 64 * 1024;

    public static async Task<(T? Value, IResult? Problem)> Read<T>(HttpRequest request)
        where T : class
    {
        var (body, refused) = await ReadJson(request);
        if (refused is not null)
        {
            return (null, refused);
        }

        var (value, refusal) = Parse<T>(body);
        return (value, refusal is null ? null : Problems.ToResult(Problems.Of(refusal, PreferredLanguage.WordsOf(request))));
    }

    /// <summary>The body's bytes, unread as yet, once it is JSON, within the limit and not empty.</summary>
    private static async Task<(byte[] Json, IResult? Problem)> ReadJson(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return ([], NotJson(request));
        }

        if (request.ContentLength > Limit)
        {
            return ([], TooLarge(request));
        }

        byte[] body;
        try
        {
            body = await ReadBounded(request.Body, request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ([], TooLarge(request));
        }

        if (body.Length > Limit)
        {
            return ([], TooLarge(request));
        }

        if (body.Length == 0)
        {
            return ([], Problems.Field(request, "$", "problem.sendJsonBody"));
        }

        return (body, null);
    }

    /// <summary>
    /// Reads JSON strictly, as the contract's JSON: an unknown field, a number written as a string or a value of the
    /// wrong form is a problem naming its path; anything but an object is one naming <c>$</c>.
    /// </summary>
    private static (T? Value, AuditRuleException? Refusal) Parse<T>(ReadOnlySpan<byte> json)
        where T : class
    {
        try
        {
            return Checked(JsonSerializer.Deserialize<T>(json, ReciprocityJson.Options));
        }
        catch (JsonException e)
        {
            return (null, Refused(e));
        }
    }

    /// <summary>The same reading of a value that arrived inside another message, such as a hub call's argument.</summary>
    public static (T? Value, AuditRuleException? Refusal) Parse<T>(JsonElement json)
        where T : class
    {
        try
        {
            return Checked(json.Deserialize<T>(ReciprocityJson.Options));
        }
        catch (JsonException e)
        {
            return (null, Refused(e));
        }
    }

    private static (T? Value, AuditRuleException? Refusal) Checked<T>(T? value)
        where T : class =>
        value is null ? (null, AuditRuleException.Invalid("$", "problem.sendJsonObject")) : (value, null);

    private static AuditRuleException Refused(JsonException e) => IsUnknownField(e)
        ? AuditRuleException.Invalid(FieldOf(e.Path), "problem.unknownField")
        : AuditRuleException.Invalid(FieldOf(e.Path), "problem.valueForm");

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

    private static ProblemHttpResult NotJson(HttpRequest request) =>
        Problems.Said(request, StatusCodes.Status415UnsupportedMediaType, "problem.onlyJson", "problem.onlyJson.detail");

    private static ProblemHttpResult TooLarge(HttpRequest request) =>
        Problems.Said(request, StatusCodes.Status413PayloadTooLarge, "problem.tooLarge", "problem.tooLarge.detail", ("limit", Limit / 1024));
}
