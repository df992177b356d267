using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ClaimDsl.Generator.Pipeline;
using ClaimDsl.Model;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// The step that checks files in parallel ahead of the per-file step (the driver-level behaviour,
/// what each run re-checks, is in <see cref="CachingTests"/>).
/// </summary>
public class CheckAheadTests
{
    private static ImmutableArray<CheckInput> Inputs(int count) =>
        Enumerable.Range(1, count)
            .Select(i => new CheckInput(
                new AdditionalFile($"/p/file{i}.claims", $"/p/file{i}.claims", ValueText.Of(SourceText.From($"article article_{i}\nperson p{i} \"Person {i}\"\nclaim c{i}\n  by p{i}\n  paraphrase \"Words {i}\"\n  source direct\n"))),
                ValueList<AdditionalFile>.Empty,
                "Test"))
            .ToImmutableArray();

    [Fact]
    public void A_cancelled_run_keeps_no_outcome_and_the_next_run_checks_every_file()
    {
        var inputs = Inputs(8);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => CheckAhead.Run(inputs, concurrentBuild: true, cancelled.Token));

        Assert.Equal(new CheckedAhead(8), CheckAhead.Run(inputs, concurrentBuild: true, CancellationToken.None));
    }

    [Fact]
    public void The_per_file_step_takes_the_very_outcome_checked_ahead_and_equal_to_a_check_of_its_own()
    {
        var inputs = Inputs(6);
        CheckAhead.Run(inputs, concurrentBuild: true, CancellationToken.None);

        foreach (var input in inputs)
        {
            var taken = CheckAhead.Outcome(input, CancellationToken.None);
            Assert.Same(taken, CheckAhead.Outcome(input, CancellationToken.None));
            Assert.Equal(FileChecker.Check(input, CancellationToken.None), taken);
            Assert.NotEmpty(taken.Code.Articles);
        }
        Assert.Equal(new CheckedAhead(0), CheckAhead.Run(inputs, concurrentBuild: true, CancellationToken.None));
    }

    [Fact]
    public void An_equal_input_that_is_another_object_is_checked_again()
    {
        // The table is keyed by the driver's own objects, not by value: a look-up never compares
        // whole file texts, and an entry goes when the object the driver kept goes.
        var first = Inputs(1);
        CheckAhead.Run(first, concurrentBuild: true, CancellationToken.None);

        Assert.Equal(new CheckedAhead(1), CheckAhead.Run(Inputs(1), concurrentBuild: true, CancellationToken.None));
    }
}
