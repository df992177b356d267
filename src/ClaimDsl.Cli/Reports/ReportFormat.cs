using System;
using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Cli.Check;

namespace ClaimDsl.Cli.Reports;

/// <summary>One way of writing a check's findings (<c>--format</c>).</summary>
public interface IReportFormat
{
    /// <summary>The word after <c>--format</c>.</summary>
    string Name { get; }

    /// <summary>True when the report quotes the lines findings are on, so the check must keep the text of every file with a finding.</summary>
    bool QuotesSource { get; }

    /// <summary>Writes the whole report.</summary>
    void Write(CheckResult result, ReportPaths paths, IStyledWriter output);
}

/// <summary>Every report format, by name.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<IReportFormat> All { get; } =
    [
        new TextReport(),
        new JsonReport(),
        new SarifReport(),
        new GitHubReport(),
    ];

    public static IReportFormat Named(string name) =>
        All.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"`{name}` is not a report format; use {string.Join(", ", All.Select(f => f.Name))}.");
}
