// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of nestboxctl: parses the command line and hands one command to CommandRunner.
#include "argumentencoding.h"
#include "commandrunner.h"
#include "helperclient.h"
#include "interruptnotifier.h"
#include "logging.h"
#include "usernames.h"

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <unistd.h>
#include <variant>

using namespace nestbox;

namespace {

const char helpEpilogue[] = R"(
Commands:
  launch [--wait] [--detach] [--keep] [--cwd DIR] -- CMD ARGS...
                       Start CMD in new PID and mount namespaces as you. Prints
                       "namespace <id> pid <hostPid>". CMD reads and writes this
                       command's stdin, stdout and stderr, as in a pipeline; with
                       --detach, all three are /dev/null instead. The namespace
                       ends when CMD exits, killing what is left in it; with
                       --keep, it lives on until its last process has exited.
                       With --wait, exits when the namespace has ended, with
                       CMD's exit code, or 128 + signal when a signal killed it;
                       with --keep, it says on stderr when CMD itself exits.
                       With --wait, INT, TERM and HUP (the terminal closed) end
                       the namespace, and a second one stops waiting at once. If
                       this command is killed with SIGKILL, CMD keeps running and
                       its namespace ends when it exits, or use `terminate`.
  namespaces [--json]  List every PID namespace as a tree, the host's at the top.
  tree [--json] [NAMESPACE]
                       Show the process tree of NAMESPACE (an id from `namespaces`),
                       or of every namespace.
  signal PID SIGNAL    Send SIGNAL to the process with host PID PID. SIGNAL is a
                       name, with or without SIG, or its number. The helper
                       allows only these signals:
                       %1.
  terminate NAMESPACE  Send SIGTERM to the namespace's init, SIGKILL after a grace
                       period; every process in it ends.

Options go after the command name, except that --json may also come before it.

JSON output (stable; new keys may be added):
  namespaces: {"namespaces": [{"id", "parentId", "level", "initHostPid",
               "processCount", "ownerUid", "owner", "createdByNestbox",
               "command": [strings]}]}, each namespace after its parent.
  tree:       {"namespaces": [{"id", "level", "processes": [{"pid", "hostPid",
               "parentHostPid", "uid", "user", "state", "name",
               "command": [strings], "startTime"}]}]}, each process after its
               parent; "pid" is the PID inside the namespace.

Exit codes:
  0  success (with launch --wait: the app's exit code instead)
  1  any other failure
  2  invalid command line
  3  the system bus cannot be reached, or the helper is not running (or, with
     launch --wait, stopped while waiting, which ends the namespace)
  4  polkit denied the action
  5  the helper rejected an argument
  6  no such process or namespace
  7  the app could not be started
)";

int usageError(const QString &message)
{
    std::fprintf(stderr, "nestboxctl: %s\nTry 'nestboxctl --help'.\n", qPrintable(message));
    return ExitUsage;
}

std::optional<quint64> parseNamespaceId(const QString &text)
{
    bool ok = false;
    const quint64 id = text.toULongLong(&ok);
    if (!ok || id == 0)
        return std::nullopt;
    return id;
}

// The command name and everything after it, which the command's own parser reads.
struct CommandLine
{
    QString command;
    QStringList arguments; ///< what followed the command name
    bool json = false; ///< --json came before the command name
};

// Returns the command line, or the message of a usage error. Only --json is accepted before the
// command, because the options of different commands would otherwise clash there.
std::variant<CommandLine, QString> parseGlobal(QCoreApplication &app, QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Controls Nestbox from a terminal: launches apps in new PID namespaces "
                       "and shows namespaces and their processes.")
        + QString::fromLatin1(helpEpilogue).arg(CommandRunner::allowedSignalNames()));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QStringLiteral("Print JSON instead of text (namespaces and tree only)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("launch, namespaces, tree, signal or terminate"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(app.arguments()))
        return parser.errorText();
    if (parser.isSet(helpOption))
        parser.showHelp(ExitSuccess);
    if (parser.isSet(versionOption))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return QStringLiteral("missing command");
    return CommandLine { positional.first(), positional.mid(1), parser.isSet(jsonOption) };
}

} // namespace

int main(int argc, char *argv[])
{
    QByteArrayList rawArguments;
    for (int index = 1; index < argc; ++index)
        rawArguments.append(QByteArray(argv[index]));
    if (const std::optional<QString> error = findNonUtf8Argument(rawArguments))
        return usageError(*error);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nestboxctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NESTBOX_VERSION));
    logging::setup(spdlog::level::warn);

    QCommandLineParser globalParser;
    const std::variant<CommandLine, QString> parsed = parseGlobal(app, globalParser);
    if (const QString *error = std::get_if<QString>(&parsed))
        return usageError(*error);
    const CommandLine *commandLine = std::get_if<CommandLine>(&parsed);

    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"), QStringLiteral("Wait for the app to exit."));
    const QCommandLineOption detachOption(QStringLiteral("detach"),
        QStringLiteral("Give the app /dev/null instead of this stdin, stdout and stderr."));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
        QStringLiteral("Keep the namespace until its last process has exited, not just the app."));
    const QCommandLineOption cwdOption(QStringLiteral("cwd"),
        QStringLiteral("Start the app in DIR (default: home)."), QStringLiteral("DIR"));
    const QString &command = commandLine->command;
    const bool listsJson
        = command == QLatin1String("namespaces") || command == QLatin1String("tree");
    if (command == QLatin1String("launch")) {
        parser.addOption(waitOption);
        parser.addOption(detachOption);
        parser.addOption(keepOption);
        parser.addOption(cwdOption);
    } else if (listsJson) {
        parser.addOption(jsonOption);
    } else if (command != QLatin1String("signal") && command != QLatin1String("terminate")) {
        return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
    }
    if (commandLine->json && !listsJson)
        return usageError(
            QStringLiteral("--json applies only to namespaces and tree, not to %1").arg(command));

    if (!parser.parse(QStringList { QStringLiteral("nestboxctl") } + commandLine->arguments))
        return usageError(QStringLiteral("%1: %2").arg(command, parser.errorText()));
    const QStringList arguments = parser.positionalArguments();
    const bool json = commandLine->json || (listsJson && parser.isSet(jsonOption));

    // Made before the client, whose D-Bus thread must inherit the blocked SIGINT, SIGTERM and
    // SIGHUP.
    std::unique_ptr<InterruptNotifier> interrupts;
    if (command == QLatin1String("launch") && parser.isSet(waitOption))
        interrupts = std::make_unique<InterruptNotifier>();

    HelperClient client;
    CommandRunner runner(&client, OutputFormatter(&userName));
    if (interrupts)
        QObject::connect(
            interrupts.get(), &InterruptNotifier::interrupted, &runner, &CommandRunner::interrupt);
    QObject::connect(&runner, &CommandRunner::finished, &app, &QCoreApplication::exit);

    if (command == QLatin1String("launch")) {
        if (arguments.isEmpty())
            return usageError(QStringLiteral("launch: missing the command to start after --"));
        QString directory = parser.value(cwdOption);
        if (!directory.isEmpty())
            directory = QDir::current().absoluteFilePath(directory);
        LaunchOptions options;
        options.keepWhileProcessesLive = parser.isSet(keepOption);
        if (!parser.isSet(detachOption))
            options.stdioFds = { STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO };
        runner.launch(arguments, directory, parser.isSet(waitOption), options);
    } else if (command == QLatin1String("namespaces")) {
        if (!arguments.isEmpty())
            return usageError(
                QStringLiteral("namespaces: unexpected argument \"%1\"").arg(arguments.first()));
        runner.listNamespaces(json);
    } else if (command == QLatin1String("tree")) {
        if (arguments.size() > 1)
            return usageError(QStringLiteral("tree: expected at most one namespace id"));
        const auto id
            = arguments.isEmpty() ? std::optional<quint64>(0) : parseNamespaceId(arguments.first());
        if (!id)
            return usageError(QStringLiteral("tree: invalid namespace id \"%1\": expected a "
                                             "number as shown by `nestboxctl namespaces`")
                                  .arg(arguments.first()));
        runner.showProcessTree(*id, json);
    } else if (command == QLatin1String("signal")) {
        if (arguments.size() != 2)
            return usageError(QStringLiteral("signal: expected PID and SIGNAL"));
        bool ok = false;
        const qint32 pid = arguments.at(0).toInt(&ok);
        if (!ok || pid <= 0)
            return usageError(QStringLiteral("signal: invalid PID \"%1\": expected a positive "
                                             "number")
                                  .arg(arguments.at(0)));
        const auto signal = CommandRunner::parseSignal(arguments.at(1));
        if (!signal || !CommandRunner::isSignalAllowed(*signal))
            return usageError(QStringLiteral("signal: invalid signal \"%1\": expected one of %2, "
                                             "by name or number")
                                  .arg(arguments.at(1), CommandRunner::allowedSignalNames()));
        runner.signalProcess(pid, *signal);
    } else {
        if (arguments.size() != 1)
            return usageError(QStringLiteral("terminate: expected one namespace id"));
        const auto id = parseNamespaceId(arguments.first());
        if (!id)
            return usageError(
                QStringLiteral("terminate: invalid namespace id \"%1\"").arg(arguments.first()));
        runner.terminateNamespace(*id);
    }

    return QCoreApplication::exec();
}
