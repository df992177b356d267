using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ClaimDsl.Cli;

/// <summary>System.CommandLine's help, followed by the command's examples.</summary>
internal sealed class HelpWithExamples(HelpAction standardHelp, IReadOnlyDictionary<Command, IReadOnlyList<CommandExample>> examples)
    : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        int exitCode = standardHelp.Invoke(parseResult);
        if (!examples.TryGetValue(parseResult.CommandResult.Command, out var list) || list.Count == 0) return exitCode;
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Examples:");
        foreach (var example in list)
        {
            output.WriteLine("  " + example.Explanation);
            output.WriteLine("    " + example.CommandLine);
            output.WriteLine();
        }
        return exitCode;
    }
}
