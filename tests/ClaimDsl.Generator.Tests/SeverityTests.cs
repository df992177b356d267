using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// Projects set CLM severities with Roslyn's own keys in a global analyzer config, or with
/// NoWarn; the compiler applies them to the generator's diagnostics, and the generator makes
/// code for a file whose errors were turned into warnings.
/// </summary>
public class SeverityTests
{
    private const string MissingSource = "article a\nperson p \"P\"\nclaim c\n  by p\n  paraphrase \"x\"\n";
    private const string VagueDate = "article a\nperson p \"P\"\nclaim c\n  by p\n  paraphrase \"x\"\n  on \"some day\"\n  source direct\n";

    [Fact]
    public void By_default_a_missing_source_is_an_error_and_there_is_no_code()
    {
        var run = Run(MissingSource, globalConfig: null);

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(run.Diagnostics).Severity);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_global_config_turns_an_error_into_a_warning_and_the_code_is_made()
    {
        var run = Run(MissingSource, "is_global = true\ndotnet_diagnostic.CLM010.severity = warning\n");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("CLM010", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(["A.g.cs"], run.Sources.Select(s => s.HintName));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_global_config_turns_a_warning_into_an_error_and_there_is_no_code()
    {
        var run = Run(VagueDate, "is_global = true\ndotnet_diagnostic.CLM033.severity = error\n");

        Assert.Equal(("CLM033", DiagnosticSeverity.Error), (Assert.Single(run.Diagnostics).Id, run.Diagnostics[0].Severity));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_global_config_can_silence_a_rule()
    {
        var run = Run(VagueDate, "is_global = true\ndotnet_diagnostic.CLM033.severity = none\n");

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Sources);
    }

    [Fact]
    public void NoWarn_silences_a_warning()
    {
        var run = new GeneratorHarness([new InMemoryAdditionalText("/p/a.claims", VagueDate)], noWarn: ["CLM033"]).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Sources);
    }

    private static GeneratorRun Run(string text, string? globalConfig) =>
        new GeneratorHarness([new InMemoryAdditionalText("/p/a.claims", text)], globalConfig: globalConfig).Run();
}
