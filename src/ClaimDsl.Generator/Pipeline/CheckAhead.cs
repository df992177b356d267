using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace ClaimDsl.Generator.Pipeline;

/// <summary>
/// Checks, on every core the build may use, the claim files whose check is not known yet, in
/// one step ahead of the per-file step, which then takes its file's outcome from here.
/// </summary>
/// <remarks>
/// Checking is the generator's expensive step, and one file's check needs nothing from another's;
/// but the driver runs a step's items one after the other. The per-file step stays the unit the
/// driver caches and tracks, so an edit still checks only the files it affects, and the outcome
/// is the same object whichever step made it. The compiler's <c>ConcurrentBuild</c> option (on
/// unless the build passes <c>/parallel-</c>) decides whether this step runs in parallel.
/// </remarks>
internal static class CheckAhead
{
    // Keyed by the input object itself: the driver hands the same object to this step and to
    // the per-file one, and keeps it for as long as it keeps that file's cached outcome, so an
    // entry lives exactly as long as the driver may still ask for it. An outcome depends only on
    // its input, so taking it from here is the same as checking again.
    private static readonly ConditionalWeakTable<CheckInput, FileOutcome> s_outcomes = new();

    /// <summary>
    /// Checks the inputs that have no outcome yet, in parallel when <paramref name="concurrentBuild"/>
    /// allows; with it off, nothing is checked here and the per-file step checks each file itself.
    /// </summary>
    public static CheckedAhead Run(ImmutableArray<CheckInput> inputs, bool concurrentBuild, CancellationToken cancellationToken)
    {
        if (!concurrentBuild) return new CheckedAhead(0);
        var pending = inputs.Where(input => !s_outcomes.TryGetValue(input, out _)).ToList();
        // FileChecker throws nothing but cancellation, which Parallel rethrows as one
        // OperationCanceledException for the driver.
        Parallel.ForEach(pending, new ParallelOptions { CancellationToken = cancellationToken }, input => Outcome(input, cancellationToken));
        return new CheckedAhead(pending.Count);
    }

    /// <summary>The outcome of checking <paramref name="input"/>: checked ahead, or checked now.</summary>
    public static FileOutcome Outcome(CheckInput input, CancellationToken cancellationToken) =>
        s_outcomes.GetValue(input, key => FileChecker.Check(key, cancellationToken));
}

/// <summary>How many claim files the step ahead checked (none when the build is not concurrent, or nothing was new).</summary>
internal sealed record CheckedAhead(int Files);
