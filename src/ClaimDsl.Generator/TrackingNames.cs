namespace ClaimDsl.Generator;

/// <summary>
/// Names of the pipeline's steps, so tests can ask the driver what each step did on a run
/// (<c>Cached</c>, <c>Unchanged</c>, <c>Modified</c>, <c>New</c>).
/// </summary>
public static class TrackingNames
{
    /// <summary>Each <c>.claims</c> additional file, read.</summary>
    public const string ClaimFiles = nameof(ClaimFiles);

    /// <summary>Each claim file once, however often it is listed.</summary>
    public const string UniqueClaimFiles = nameof(UniqueClaimFiles);

    /// <summary>Every other additional file (article texts), read.</summary>
    public const string OtherFiles = nameof(OtherFiles);

    /// <summary>Each claim file's imports and article text paths.</summary>
    public const string Outlines = nameof(Outlines);

    /// <summary>All claim files' outlines and the other additional files, by path, once per run.</summary>
    public const string Index = nameof(Index);

    /// <summary>The generator's MSBuild options (namespace).</summary>
    public const string Options = nameof(Options);

    /// <summary>Each claim file with the files it needs: imports and article texts.</summary>
    public const string Inputs = nameof(Inputs);

    /// <summary>Whether the build may run in parallel (the compiler's <c>ConcurrentBuild</c> option).</summary>
    public const string ConcurrentBuild = nameof(ConcurrentBuild);

    /// <summary>The claim files not checked yet, checked in parallel ahead of <see cref="Checked"/>: once per run, its value the number of files.</summary>
    public const string CheckedAhead = nameof(CheckedAhead);

    /// <summary>Each claim file parsed, bound, checked and emitted: the expensive step (its outcome taken from <see cref="CheckedAhead"/> when that step made it).</summary>
    public const string Checked = nameof(Checked);

    /// <summary>Each claim file's generated C#, without positions.</summary>
    public const string Code = nameof(Code);

    /// <summary>Each claim file's diagnostics, with positions.</summary>
    public const string Reports = nameof(Reports);

    /// <summary>Class names produced by more than one file.</summary>
    public const string Clashes = nameof(Clashes);

    /// <summary>Per-project severity settings of the CLM codes.</summary>
    public const string Severities = nameof(Severities);

    /// <summary>Each claim file's sources that are added to the compilation.</summary>
    public const string Sources = nameof(Sources);

    /// <summary>Whether the project asked the compiler to store long string literals as UTF-8 data.</summary>
    public const string LiteralsAsData = nameof(LiteralsAsData);

    /// <summary>The string literals of every source added, against what one assembly can hold: once per run.</summary>
    public const string LiteralLimit = nameof(LiteralLimit);
}
