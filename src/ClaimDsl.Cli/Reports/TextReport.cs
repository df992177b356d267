using System;
using System.Globalization;
using System.Text;
using ClaimDsl.Cli.Check;
using ClaimDsl.Diagnostics;
using ClaimDsl.Text;

namespace ClaimDsl.Cli.Reports;

/// <summary>
/// Compiler-style text for people: <c>file(line,col): error CLM010: message</c>, the offending
/// line with <c>^~~~</c> under the span, then a summary.
/// </summary>
public sealed class TextReport : IReportFormat
{
    public string Name => "text";

    public bool QuotesSource => true;

    public void Write(CheckResult result, ReportPaths paths, IStyledWriter output)
    {
        foreach (var diagnostic in result.Diagnostics)
            WriteDiagnostic(diagnostic, result.SourceOf(diagnostic), paths, output);
        WriteSummary(result, output);
    }

    /// <summary>The closing line, also printed alone when the report went to a file.</summary>
    public static void WriteSummary(CheckResult result, IStyledWriter output)
    {
        var tone = result.Errors > 0 ? Tone.Error : result.Warnings > 0 ? Tone.Warning : Tone.Success;
        output.WriteLine(
            $"Checked {ReportText.Count(result.FileCount, "file")}: {ReportText.Count(result.ClaimCount, "claim")}, " +
            $"{ReportText.Count(result.Errors, "error")}, {ReportText.Count(result.Warnings, "warning")}, {ReportText.Count(result.Infos, "info")}.",
            tone);
    }

    /// <summary>One finding: its first line, the offending line of <paramref name="source"/> (when known) with carets, a blank line.</summary>
    public static void WriteDiagnostic(ClaimDiagnostic diagnostic, SourceText? source, ReportPaths paths, IStyledWriter output)
    {
        var (line, column, endLine, endColumn) = ReportText.Position(diagnostic);
        var tone = diagnostic.Severity switch { Severity.Error => Tone.Error, Severity.Warning => Tone.Warning, _ => Tone.Info };
        output.Write(Invariant($"{ReportText.Visible(paths.Native(diagnostic.FilePath))}({line},{column}): "), Tone.Path);
        output.Write(ClaimDiagnostic.SeverityName(diagnostic.Severity) + " " + diagnostic.Code, tone);
        output.WriteLine(": " + ReportText.Visible(diagnostic.Message));

        string? sourceLine = ReportText.SourceLine(source, line);
        if (sourceLine is not null)
        {
            int spanEnd = endLine == line ? endColumn : sourceLine.Length + 1;
            var (shown, carets) = Underline(sourceLine, column, spanEnd);
            string number = line.ToString(CultureInfo.InvariantCulture);
            output.Write($"  {number} | ", Tone.Faint);
            output.WriteLine(shown);
            output.Write($"  {new string(' ', number.Length)} | ", Tone.Faint);
            output.WriteLine(carets.TrimEnd(), tone);
        }
        output.WriteLine();
    }

    /// <summary>
    /// The line as shown (hidden characters made visible, tabs kept) and a caret line whose
    /// <c>^~~~</c> sits under columns <paramref name="startColumn"/> to <paramref name="endColumn"/>
    /// (exclusive) of the original line.
    /// </summary>
    internal static (string Shown, string Carets) Underline(string line, int startColumn, int endColumn)
    {
        var shown = new StringBuilder(line.Length);
        var carets = new StringBuilder(line.Length);
        int start = Math.Clamp(startColumn - 1, 0, line.Length);
        int end = endColumn - 1 > start ? endColumn - 1 : start + 1;
        // One position past the end of the line, where a span that starts there (a missing
        // value, an empty line) gets its caret.
        int last = start >= line.Length ? line.Length : line.Length - 1;
        for (int i = 0; i <= last; i++)
        {
            string piece = i == line.Length ? " " : line[i] == '\t' ? "\t" : ReportText.Replacement(line[i]) ?? line[i].ToString();
            if (i < line.Length) shown.Append(piece);
            bool under = i >= start && i < end;
            for (int k = 0; k < piece.Length; k++)
                carets.Append(under ? (i == start && k == 0 ? '^' : '~') : piece[k] == '\t' ? '\t' : ' ');
        }
        return (shown.ToString(), carets.ToString());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
