using System.Net;

namespace Reciprocity.LoadTest;

/// <summary>Waits for a host process to answer /health/ready, failing early if it exits; shared by the benchmark and the tests.</summary>
public static class HostReadiness
{
    public static async Task WaitAsync(Uri baseAddress, Func<int?> exitCode, Func<string> output, TimeSpan within, TimeSpan poll)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (exitCode() is { } code)
            {
                throw new InvalidOperationException($"The host exited with {code} before it was ready:\n{output()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The host was not ready within {within.TotalSeconds} s:\n{output()}");
            }

            await Task.Delay(poll);
        }
    }
}
