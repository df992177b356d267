using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Text;

namespace ClaimDsl.Cli.Check;

/// <summary>
/// What a check found: how many files and claims were read, and every finding once, with its
/// configured severity, in a fixed order (file, position, code, message). <see cref="Sources"/>
/// holds the text of the files findings are in, when the report quotes their lines.
/// </summary>
public sealed record CheckResult(
    int FileCount,
    int ClaimCount,
    ImmutableArray<ClaimDiagnostic> Diagnostics,
    IReadOnlyDictionary<string, SourceText> Sources)
{
    public int Errors => Count(Severity.Error);

    public int Warnings => Count(Severity.Warning);

    public int Infos => Count(Severity.Info);

    public int ExitCode => Errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;

    /// <summary>The text of the file a finding is in, when it was read as a claim file.</summary>
    public SourceText? SourceOf(ClaimDiagnostic diagnostic) => Sources.TryGetValue(diagnostic.FilePath, out var text) ? text : null;

    private int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);
}
