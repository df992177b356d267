namespace ClaimDsl.Diagnostics;

/// <summary>
/// What one kind of finding is: its stable code (<c>CLM010</c>), a short title, its default
/// severity and the anchor of its entry in <c>docs/diagnostics.md</c>.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, string Title, Severity DefaultSeverity)
{
    /// <summary>Where the catalogue entry lives, relative to the repository root.</summary>
    public string HelpPath => "docs/diagnostics.md#" + Code.ToLowerInvariant();

    /// <summary>The public web address of the catalogue entry.</summary>
    public string HelpUri => "https://github.com/claimdsl/claimdsl/blob/main/" + HelpPath;
}
