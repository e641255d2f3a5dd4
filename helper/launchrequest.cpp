// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchrequest.h"

#include <algorithm>
#include <QRegularExpression>

namespace nestbox {
namespace {

// Control characters in a rejected key would garble the log line that quotes it.
QString withoutControlCharacters(QString text)
{
    for (QChar &character : text) {
        if (character.category() == QChar::Other_Control) {
            character = u'?';
        }
    }
    return text;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar character : text) {
        if (character.category() == QChar::Other_Control) {
            return true;
        }
    }
    return false;
}

// ":0", ":1.0", "host:0", "host.example:10.0", "[::1]:0"-style forms are not accepted.
bool isValidDisplay(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9._-]{0,253}:[0-9]{1,5}(\.[0-9]{1,3})?$)"));
    return pattern.match(value).hasMatch();
}

// "C", "POSIX", "de_DE", "de_DE.UTF-8", "sr_RS@latin" and the like; no path separators, so a
// locale value can never point the C library at a file of the caller's choosing.
bool isValidLocale(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(C|POSIX|C\.UTF-8|[a-z]{2,3}(_[A-Z]{2})?(\.[A-Za-z0-9-]{1,20})?(@[a-z]{1,20})?)$)"));
    return pattern.match(value).hasMatch();
}

// LANGUAGE is a colon-separated list of locale names ("de:en_GB").
bool isValidLanguageList(const QString &value)
{
    const QStringList entries = value.split(u':');
    return std::all_of(entries.begin(), entries.end(), isValidLocale);
}

bool isValidSocketName(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z0-9._-]{1,107}$)"));
    return pattern.match(value).hasMatch() || (value.startsWith(u'/') && !value.contains(u"/../"));
}

bool isValidTerminalName(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z0-9._+-]{1,64}$)"));
    return pattern.match(value).hasMatch();
}

bool isPrintableAscii(const QString &value)
{
    for (const QChar character : value) {
        if (character.unicode() < 0x20 || character.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

bool isLocaleCategory(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^LC_[A-Z]{1,20}$)"));
    return pattern.match(key).hasMatch();
}

// Returns an empty string when value is acceptable for key, the reason otherwise; a key outside
// the allow-list gets a reason too.
QString checkEnvironmentValue(const QString &key, const QString &value, uint callerUid)
{
    if (key == u"DISPLAY") {
        return isValidDisplay(value) ? QString()
                                     : QStringLiteral("expected a form like :0 or host:0.0");
    }
    if (key == u"WAYLAND_DISPLAY") {
        return isValidSocketName(value) ? QString()
                                        : QStringLiteral("expected a socket name like wayland-0");
    }
    if (key == u"XAUTHORITY") {
        return value.startsWith(u'/') ? QString() : QStringLiteral("expected an absolute path");
    }
    if (key == u"XDG_RUNTIME_DIR") {
        const QString expected = QStringLiteral("/run/user/%1").arg(callerUid);
        return value == expected ? QString() : QStringLiteral("expected %1").arg(expected);
    }
    if (key == u"DBUS_SESSION_BUS_ADDRESS") {
        return isPrintableAscii(value) ? QString() : QStringLiteral("expected printable ASCII");
    }
    if (key == u"LANG" || isLocaleCategory(key)) {
        return isValidLocale(value) ? QString()
                                    : QStringLiteral("expected a locale like de_DE.UTF-8 or C");
    }
    if (key == u"LANGUAGE") {
        return isValidLanguageList(value)
            ? QString()
            : QStringLiteral("expected locale names separated by ':'");
    }
    if (key == u"TERM" || key == u"COLORTERM") {
        return isValidTerminalName(value)
            ? QString()
            : QStringLiteral("expected a terminal name like xterm-256color");
    }
    return QStringLiteral("not in the allow-list");
}

// Arguments may contain newlines and tabs (a "sh -c" script does), but not NUL, which cannot
// pass through execve.
QString checkArguments(const QStringList &arguments)
{
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        if (arguments.at(index).contains(QChar(0))) {
            return QStringLiteral("argument %1 contains a NUL character").arg(index);
        }
    }
    if (arguments.constFirst().isEmpty()) {
        return QStringLiteral("argument 0 (the command) is empty");
    }
    return {};
}

QString checkWorkingDirectory(const QString &directory)
{
    if (directory.isEmpty()) {
        return {};
    }
    if (!directory.startsWith(u'/')) {
        return QStringLiteral("workingDirectory '%1' is not an absolute path").arg(directory);
    }
    if (directory.contains(QChar(0)) || hasControlCharacter(directory)) {
        return QStringLiteral("workingDirectory contains a control character");
    }
    return {};
}

QString checkEnvironment(const EnvironmentMap &environment, uint callerUid)
{
    for (auto entry = environment.cbegin(); entry != environment.cend(); ++entry) {
        const QString &key = entry.key();
        const QString &value = entry.value();
        if (hasControlCharacter(key) || hasControlCharacter(value)) {
            return QStringLiteral("environment key %1 contains a control character")
                .arg(withoutControlCharacters(key));
        }
        if (value.toUtf8().size() > maxEnvironmentValueBytes) {
            return QStringLiteral("environment key %1: value longer than %2 bytes")
                .arg(key)
                .arg(maxEnvironmentValueBytes);
        }

        const QString reason = checkEnvironmentValue(key, value, callerUid);
        if (!reason.isEmpty()) {
            return QStringLiteral("environment key %1 rejected: %2").arg(key, reason);
        }
    }
    return {};
}

const QString exitPolicyKey = QStringLiteral("exitPolicy");
const QString endWithAppName = QStringLiteral("end-with-app");
const QString keepWhileProcessesLiveName = QStringLiteral("keep-while-processes-live");
const QString stdioKeys[] = { QStringLiteral("standardInput"), QStringLiteral("standardOutput"),
    QStringLiteral("standardError") };

QString parseExitPolicy(const QVariant &value, NamespaceExitPolicy &policy)
{
    if (value.metaType() != QMetaType::fromType<QString>()) {
        return QStringLiteral("option %1 has type %2, expected a string")
            .arg(exitPolicyKey, QLatin1String(value.metaType().name()));
    }
    const QString name = value.toString();
    if (name == endWithAppName) {
        policy = NamespaceExitPolicy::EndWithApp;
        return {};
    }
    if (name == keepWhileProcessesLiveName) {
        policy = NamespaceExitPolicy::KeepWhileProcessesLive;
        return {};
    }
    return QStringLiteral("option %1 is '%2', expected '%3' or '%4'")
        .arg(exitPolicyKey, withoutControlCharacters(name), endWithAppName,
            keepWhileProcessesLiveName);
}

// The three descriptors come together or not at all, so the app never mixes the caller's
// terminal with /dev/null by accident.
QString parseStdio(const QVariantMap &options, LaunchOptions &parsed)
{
    std::array<QDBusUnixFileDescriptor, 3> descriptors;
    int present = 0;
    for (std::size_t index = 0; index < descriptors.size(); ++index) {
        const QString &key = stdioKeys[index];
        if (!options.contains(key)) {
            continue;
        }
        const QVariant value = options.value(key);
        if (value.metaType() != QMetaType::fromType<QDBusUnixFileDescriptor>()) {
            return QStringLiteral("option %1 has type %2, expected a file descriptor (h)")
                .arg(key, QLatin1String(value.metaType().name()));
        }
        descriptors[index] = value.value<QDBusUnixFileDescriptor>();
        if (!descriptors[index].isValid()) {
            return QStringLiteral("option %1 is not a valid file descriptor").arg(key);
        }
        ++present;
    }

    if (present == 0) {
        return {};
    }
    if (present != 3) {
        return QStringLiteral("options %1, %2 and %3 must be given together")
            .arg(stdioKeys[0], stdioKeys[1], stdioKeys[2]);
    }
    parsed.stdio = descriptors;
    return {};
}

} // namespace

QString parseLaunchOptions(const QVariantMap &options, LaunchOptions &parsed)
{
    for (auto option = options.cbegin(); option != options.cend(); ++option) {
        const QString &key = option.key();
        if (key != exitPolicyKey
            && std::find(std::begin(stdioKeys), std::end(stdioKeys), key) == std::end(stdioKeys)) {
            return QStringLiteral("unknown option '%1', expected %2, %3, %4 or %5")
                .arg(withoutControlCharacters(key), exitPolicyKey, stdioKeys[0], stdioKeys[1],
                    stdioKeys[2]);
        }
    }

    if (options.contains(exitPolicyKey)) {
        const QString error = parseExitPolicy(options.value(exitPolicyKey), parsed.exitPolicy);
        if (!error.isEmpty()) {
            return error;
        }
    }
    return parseStdio(options, parsed);
}

QString checkLaunchRequestShape(const LaunchRequest &request)
{
    if (request.arguments.isEmpty()) {
        return QStringLiteral("arguments is empty; argument 0 must name the command");
    }
    if (request.arguments.size() > maxLaunchArguments) {
        return QStringLiteral("arguments has %1 entries, the maximum is %2")
            .arg(request.arguments.size())
            .arg(maxLaunchArguments);
    }

    qsizetype totalBytes = 0;
    for (const QString &argument : request.arguments) {
        totalBytes += argument.toUtf8().size() + 1;
    }
    if (totalBytes > maxLaunchArgumentBytes) {
        return QStringLiteral("arguments take %1 bytes, the maximum is %2")
            .arg(totalBytes)
            .arg(maxLaunchArgumentBytes);
    }

    if (request.workingDirectory.toUtf8().size() > maxWorkingDirectoryBytes) {
        return QStringLiteral("workingDirectory is longer than %1 bytes")
            .arg(maxWorkingDirectoryBytes);
    }
    return {};
}

QString validateLaunchRequest(const LaunchRequest &request, uint callerUid)
{
    QString error = checkLaunchRequestShape(request);
    if (error.isEmpty()) {
        error = checkArguments(request.arguments);
    }
    if (error.isEmpty()) {
        error = checkWorkingDirectory(request.workingDirectory);
    }
    if (error.isEmpty()) {
        error = checkEnvironment(request.environment, callerUid);
    }
    return error;
}

} // namespace nestbox
