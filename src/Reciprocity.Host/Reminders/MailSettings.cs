namespace Reciprocity.Host.Reminders;

/// <summary>The mail server emails go through (<c>Email:*</c>); without <c>Email:Smtp:Host</c> nothing is sent.</summary>
public sealed class MailSettings
{
    public string? SmtpHost { get; init; }
    public int SmtpPort { get; init; } = 587;
    public bool UseTls { get; init; } = true;
    public string? User { get; init; }
    public string? Password { get; init; }
    public string From { get; init; } = "";

    /// <summary>One deadline for a whole send, from connecting to saying goodbye (<c>Email:SendDeadlineSeconds</c>).</summary>
    public TimeSpan SendDeadline { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before the first retry; later retries wait 5 and 30 times as long (<c>Email:RetryAfterSeconds</c>).</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromMinutes(1);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SmtpHost) && !string.IsNullOrWhiteSpace(From);

    public static MailSettings Read(IConfiguration configuration) => Read(configuration.GetSection("Email"));

    private static MailSettings Read(IConfigurationSection email) => new()
    {
        SmtpHost = email["Smtp:Host"],
        SmtpPort = email.GetValue("Smtp:Port", 587),
        UseTls = email.GetValue("Smtp:UseTls", true),
        User = email["Smtp:User"],
        Password = email["Smtp:Password"],
        From = email["From"] ?? "",
        SendDeadline = TimeSpan.FromSeconds(Math.Max(1, email.GetValue("SendDeadlineSeconds", 30))),
        RetryAfter = TimeSpan.FromSeconds(Math.Max(1, email.GetValue("RetryAfterSeconds", 60))),
    };
}
