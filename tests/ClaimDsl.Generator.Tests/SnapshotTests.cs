using System.Linq;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>The generated code, approved line by line: the seed example and the tricky inputs.</summary>
public class SnapshotTests
{
    [Fact]
    public void Aleppo_example()
    {
        var run = GeneratorHarness.ForFiles(Examples.AleppoClaims, Examples.AleppoText).Run();

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Snapshot.Match(run.Source("AleppoUnDraft.g.cs"));
        Assert.Empty(run.CompilationDiagnostics);
    }
}
