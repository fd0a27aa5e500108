using Reciprocity.People;

namespace Reciprocity.Grains.Reminders;

/// <summary>
/// The words of each reminder: who and where, kindly, and nothing of what anyone wrote. The subject is always one of
/// these fixed lines, chosen by the kind; the names people typed appear only in the body, which goes only to a
/// confirmed address and is never a header.
/// </summary>
public static class ReminderWords
{
    public static string Subject(ReminderKind kind) => kind switch
    {
        ReminderKind.OtherFinished => "A reflection is waiting for you",
        ReminderKind.ReadyTogether => "Your reflections are ready to open together",
        _ => "Your check-in is due",
    };

    public static string Body(string displayName, Reminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var where = string.IsNullOrWhiteSpace(reminder.Label) ? $"with {reminder.OtherName}" : $"\"{reminder.Label}\" with {reminder.OtherName}";
        var line = reminder.Kind switch
        {
            ReminderKind.OtherFinished =>
                $"{reminder.OtherName} has finished their reflection on {where}. Yours is waiting for you whenever you are ready; there is no rush.",
            ReminderKind.ReadyTogether =>
                $"You have both finished your reflections on {where}. You can open them together when it suits you both.",
            _ => $"The check-in you agreed on for {where} is due. Take a quiet moment when it suits you both.",
        };
        return $"Hello {displayName},\n\n{line}\n\nReciprocity";
    }
}
