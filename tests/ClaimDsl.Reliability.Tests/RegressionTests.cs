using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ClaimDsl.Fuzz;
using ClaimDsl.Tests;
using Xunit;

namespace ClaimDsl.Reliability.Tests;

/// <summary>
/// Replays, through the fuzzer's own target (parse, bind, every rule, format, and the checks it
/// makes on the results), every checked-in regression input and the fuzzer's seed corpus.
/// </summary>
public class RegressionTests
{
    public static TheoryData<string> Regressions() =>
        new(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Regressions"))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Regression_input_runs_through_the_fuzz_target(string name) =>
        RunOnSmallStack(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Regressions", name)));

    [Fact]
    public void Every_seed_of_the_fuzzer_runs_through_the_fuzz_target()
    {
        var seeds = new[] { "good", "bad" }
            .SelectMany(kind => Directory.EnumerateFiles(RepositoryPaths.Of("tests", "conformance", kind), "*.claims"))
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Of("examples"), "*.claims", SearchOption.AllDirectories))
            .ToList();
        Assert.True(seeds.Count > 90);
        foreach (string seed in seeds) RunOnSmallStack(File.ReadAllBytes(seed));
    }

    private static void RunOnSmallStack(byte[] input)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { FuzzTarget.Run(input); }
            catch (Exception e) { failure = e; }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }
}
