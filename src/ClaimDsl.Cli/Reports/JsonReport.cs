using ClaimDsl.Cli.Check;
using ClaimDsl.Diagnostics;

namespace ClaimDsl.Cli.Reports;

/// <summary>
/// One JSON document for scripts; its shape is <c>docs/schemas/check-output.schema.json</c>
/// (version 1). File paths use forward slashes, relative to the working directory when under it.
/// </summary>
public sealed class JsonReport : IReportFormat
{
    /// <summary>The version of the document's shape; it changes only when a field changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    public string Name => "json";

    public bool QuotesSource => false;

    public void Write(CheckResult result, ReportPaths paths, IStyledWriter output) => output.WriteLine(JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", SchemaVersion);
        json.WriteNumber("files", result.FileCount);
        json.WriteNumber("claims", result.ClaimCount);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            var (line, column, endLine, endColumn) = ReportText.Position(diagnostic);
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("severity", ClaimDiagnostic.SeverityName(diagnostic.Severity));
            json.WriteString("message", diagnostic.Message);
            json.WriteString("file", paths.Portable(diagnostic.FilePath));
            json.WriteNumber("line", line);
            json.WriteNumber("column", column);
            json.WriteNumber("endLine", endLine);
            json.WriteNumber("endColumn", endColumn);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", result.Errors);
        json.WriteNumber("warnings", result.Warnings);
        json.WriteNumber("infos", result.Infos);
        json.WriteEndObject();
        json.WriteEndObject();
    }));
}
