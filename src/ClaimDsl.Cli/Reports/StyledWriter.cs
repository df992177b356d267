using System.IO;
using Spectre.Console;

namespace ClaimDsl.Cli.Reports;

/// <summary>What a piece of report text is, so a terminal can colour it.</summary>
public enum Tone
{
    Plain,
    Path,
    Error,
    Warning,
    Info,
    Faint,
    Success,
}

/// <summary>Report output that may be coloured: plain in files and pipes, coloured on a terminal.</summary>
public interface IStyledWriter
{
    void Write(string text, Tone tone = Tone.Plain);

    void WriteLine(string text = "", Tone tone = Tone.Plain);
}

/// <summary>Plain text: files, pipes, CI logs and tests.</summary>
public sealed class PlainWriter(TextWriter writer) : IStyledWriter
{
    public void Write(string text, Tone tone = Tone.Plain) => writer.Write(text);

    public void WriteLine(string text = "", Tone tone = Tone.Plain) => writer.WriteLine(text);
}

/// <summary>Colour through Spectre.Console, on a terminal only.</summary>
public sealed class TerminalWriter : IStyledWriter
{
    // Spectre.Console wraps each piece of text at the console width on its own, not knowing
    // what is already on the line; the terminal wraps long lines better, so Spectre must not.
    private const int NoWrapping = 100_000;

    private readonly IAnsiConsole _console;

    public TerminalWriter(IAnsiConsole console)
    {
        _console = console;
        _console.Profile.Width = NoWrapping;
    }

    public void Write(string text, Tone tone = Tone.Plain)
    {
        // Text, not markup: a claim's words may contain [brackets] that markup would read as styles.
        if (text.Length > 0) _console.Write(new Spectre.Console.Text(text, StyleOf(tone)));
    }

    public void WriteLine(string text = "", Tone tone = Tone.Plain)
    {
        Write(text, tone);
        _console.WriteLine();
    }

    private static Style StyleOf(Tone tone) => tone switch
    {
        Tone.Path => new Style(decoration: Decoration.Bold),
        Tone.Error => new Style(Color.Red, decoration: Decoration.Bold),
        Tone.Warning => new Style(Color.Yellow, decoration: Decoration.Bold),
        Tone.Info => new Style(Color.Aqua),
        Tone.Faint => new Style(Color.Grey),
        Tone.Success => new Style(Color.Green),
        _ => Style.Plain,
    };
}
