// The `claimtrace` command line. Reserved entry: the commands arrive with the CLI issue.
process.stderr.write('claimtrace: the command line is not implemented yet\n');
process.exitCode = 2;
