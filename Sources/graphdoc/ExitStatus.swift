import ArgumentParser

/// The exit statuses every command uses, so scripts and CI can tell the outcomes apart.
enum ExitStatus {
    /// Lint findings at or above `--fail-on`, or `generate --check` found stale files.
    static let findings = ExitCode(1)
    /// Bad input or usage: an option, the configuration, a template, the pages (none readable,
    /// names that collide) or an output path graphdoc refuses. Also every option the parser rejects.
    static let badInput = ExitCode(2)
    /// The run could not be carried out: a file system error while writing (permissions, full disk).
    static let couldNotRun = ExitCode(3)

    /// The `EXIT STATUS` paragraph of the commands' help, with the meaning of 1 for that command.
    /// Lines stay under 80 columns, which the help printer would break.
    static func helpText(findings: String) -> String {
        """
        EXIT STATUS
          0  success
          1  \(findings)
          2  bad input or usage: an option or configuration value, no readable
             page, an output path graphdoc refuses
          3  could not run: a file could not be written (permissions, full
             disk); the previous output is left as it was
        """
    }
}
