using System;

namespace ClaimDsl.Cli;

/// <summary>
/// The command cannot do what was asked (a missing path, an unwritable output file, a wrong
/// configuration value). The message is shown to the user as one line, and the exit code is
/// <see cref="ExitCodes.UsageOrIoProblem"/>.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
