using System.Globalization;
using System.Text;
using ClaimDsl.Cli.Check;
using ClaimDsl.Diagnostics;

namespace ClaimDsl.Cli.Reports;

/// <summary>
/// GitHub Actions workflow commands: each finding becomes an annotation on the file and line in
/// the pull request (<c>::error file=…,line=…::message</c>), then one plain summary line for the log.
/// </summary>
public sealed class GitHubReport : IReportFormat
{
    public string Name => "github";

    public bool QuotesSource => false;

    public void Write(CheckResult result, ReportPaths paths, IStyledWriter output)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            var (line, column, endLine, endColumn) = ReportText.Position(diagnostic);
            string command = diagnostic.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var text = new StringBuilder("::").Append(command)
                .Append(" file=").Append(EscapeProperty(paths.Portable(diagnostic.FilePath)))
                .Append(",line=").Append(line.ToString(CultureInfo.InvariantCulture))
                .Append(",col=").Append(column.ToString(CultureInfo.InvariantCulture))
                .Append(",endLine=").Append(endLine.ToString(CultureInfo.InvariantCulture))
                .Append(",endColumn=").Append(endColumn.ToString(CultureInfo.InvariantCulture))
                .Append(",title=").Append(EscapeProperty(diagnostic.Code))
                .Append("::").Append(EscapeData(diagnostic.Message));
            output.WriteLine(text.ToString());
        }
        TextReport.WriteSummary(result, output);
    }

    /// <summary>GitHub's escaping of a command's message.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>GitHub's escaping of a property value (<c>file=</c>, <c>title=</c>).</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
