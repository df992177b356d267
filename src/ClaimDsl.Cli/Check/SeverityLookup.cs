using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using ClaimDsl.Configuration;

namespace ClaimDsl.Cli.Check;

/// <summary>
/// Which rule severities apply to a file: those of <c>--config FILE</c> when given, otherwise
/// those of the nearest <c>.globalconfig</c> in the file's folder or above (the file the build
/// reads for the generator's diagnostics). Each folder is looked up once.
/// </summary>
internal sealed class SeverityLookup
{
    private readonly SeverityConfiguration? _explicit;
    private readonly ConcurrentDictionary<string, SeverityConfiguration> _byFolder = new();
    private readonly string _workingDirectory;

    public SeverityLookup(string? configPath, string workingDirectory)
    {
        _workingDirectory = workingDirectory;
        if (configPath is null) return;
        string full = Path.GetFullPath(configPath, workingDirectory);
        if (!File.Exists(full)) throw new UsageException($"The configuration file `{configPath}` does not exist.");
        _explicit = Read(full);
    }

    /// <summary>The severities for findings in the file at <paramref name="filePath"/>.</summary>
    public SeverityConfiguration For(string filePath)
    {
        if (_explicit is not null) return _explicit;
        string folder = filePath.Length == 0 ? _workingDirectory : Path.GetDirectoryName(Path.GetFullPath(filePath, _workingDirectory)) ?? _workingDirectory;
        return _byFolder.GetOrAdd(folder, f => GlobalConfigFile.FindNearest(f) is { } path ? Read(path) : SeverityConfiguration.Empty);
    }

    private static SeverityConfiguration Read(string path)
    {
        var result = GlobalConfigFile.Load(path);
        // A severity that silently does not apply is worse than stopping: the user meant it.
        if (result.Problems.FirstOrDefault() is { } problem) throw new UsageException(problem.ToString());
        return result.Severities;
    }
}
