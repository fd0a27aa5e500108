namespace Reciprocity.Host.Hosting;

/// <summary>
/// A host that cannot start or run says why in plain words on stderr and exits with 1, instead of the runtime's abort
/// on an unhandled exception (exit code 134, a core dump, a stack trace as the only explanation).
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 1;

    public static int Report(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        Console.Error.WriteLine($"Reciprocity could not start: {Describe(failure)}");
        return ExitCode;
    }

    /// <summary>The failure's message and those of its causes, without stack traces (the log above has those).</summary>
    public static string Describe(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        List<string> messages = [];
        for (var current = failure; current is not null; current = current.InnerException)
        {
            var message = current.Message.Trim();
            if (message.Length > 0 && !messages.Any(m => m.Contains(message, StringComparison.Ordinal)))
            {
                messages.Add(message);
            }
        }

        return string.Join(" Cause: ", messages);
    }
}
