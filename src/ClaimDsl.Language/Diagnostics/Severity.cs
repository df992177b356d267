namespace ClaimDsl.Diagnostics;

/// <summary>How serious a finding is. Only errors fail a check or a build by default.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails anything.</summary>
    Info,
    /// <summary>Probably a mistake; fails only with warnings-as-errors.</summary>
    Warning,
    /// <summary>The file is wrong; the check or build fails.</summary>
    Error,
}
