using Reciprocity.People;

namespace Reciprocity.Grains.Reminders;

/// <summary>
/// The words of each reminder: who and where, kindly, and nothing of what anyone wrote. The subject is always one of
/// these fixed lines; the names people typed appear only in the body, which goes only to a confirmed address.
/// </summary>
internal static class ReminderWords
{
    public static (string Subject, string Body) For(string displayName, Reminder reminder)
    {
        var where = string.IsNullOrWhiteSpace(reminder.Label) ? $"with {reminder.OtherName}" : $"\"{reminder.Label}\" with {reminder.OtherName}";
        var (subject, line) = reminder.Kind switch
        {
            ReminderKind.OtherFinished => ("A reflection is waiting for you",
                $"{reminder.OtherName} has finished their reflection on {where}. Yours is waiting for you whenever you are ready; there is no rush."),
            ReminderKind.ReadyTogether => ("Your reflections are ready to open together",
                $"You have both finished your reflections on {where}. You can open them together when it suits you both."),
            _ => ("Your check-in is due",
                $"The check-in you agreed on for {where} is due. Take a quiet moment when it suits you both."),
        };
        return (subject, $"Hello {displayName},\n\n{line}\n\nReciprocity");
    }
}
