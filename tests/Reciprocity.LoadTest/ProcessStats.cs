using System.Globalization;

namespace Reciprocity.LoadTest;

/// <summary>A process's CPU time and memory as Linux reports them in /proc; the host's own view, not the runtime's.</summary>
public static class ProcessStats
{
    // utime and stime in /proc/<pid>/stat are in clock ticks; USER_HZ is 100 on every Linux we run on.
    private const double TicksPerSecond = 100.0;

    /// <summary>User plus system CPU seconds the process has used so far.</summary>
    public static double CpuSeconds(int pid) => TicksOf(File.ReadAllText($"/proc/{pid}/stat"));

    private static double TicksOf(string stat)
    {
        // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var user = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var system = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (user + system) / TicksPerSecond;
    }

    /// <summary>
    /// CPU seconds the process's tiered-compilation thread (".NET Tiered Compilation Worker", which recompiles hot code
    /// at the optimizing tier) has used so far: how much of the host's CPU is the JIT still settling. Code compiled for
    /// the first time is compiled on the thread that first calls it and is not in here, so this is a lower bound.
    /// </summary>
    public static double TieredCompilationCpuSeconds(int pid)
    {
        var seconds = 0.0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered Com", StringComparison.Ordinal))
                {
                    seconds += TicksOf(File.ReadAllText(Path.Combine(task, "stat")));
                }
            }
            catch (IOException)
            {
                // The thread ended between the listing and the read: it used nothing more.
            }
        }

        return seconds;
    }

    /// <summary>Resident memory now (VmRSS) in bytes.</summary>
    public static long ResidentBytes(int pid) => StatusKilobytes(pid, "VmRSS:") * 1024;

    /// <summary>The process's peak resident memory since it started (VmHWM) in bytes.</summary>
    public static long PeakResidentBytes(int pid) => StatusKilobytes(pid, "VmHWM:") * 1024;

    /// <summary>CPU seconds every process on the machine has used (all cores, from /proc/stat), to see who else was busy.</summary>
    public static double MachineCpuSeconds()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // user nice system idle iowait irq softirq steal: everything but idle and iowait is work.
        long busy = 0;
        for (var i = 1; i <= 8 && i < fields.Length; i++)
        {
            if (i is not 4 and not 5)
            {
                busy += long.Parse(fields[i], CultureInfo.InvariantCulture);
            }
        }

        return busy / TicksPerSecond;
    }

    /// <summary>The 1-minute load average, to show how busy the machine was.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static long StatusKilobytes(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
