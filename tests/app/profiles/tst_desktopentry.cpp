// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the Exec splitting of the Desktop Entry Specification and the reading, import and
// listing of .desktop files from the fixtures in data/.
#include "desktopentry.h"
#include "desktopexec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using nestbox::DesktopEntry;
using nestbox::DesktopExecContext;
using nestbox::LaunchProfile;

namespace {

const DesktopExecContext context { QStringLiteral("app-icon"), QStringLiteral("My App"),
    QStringLiteral("/usr/share/applications/my.desktop") };

} // namespace

class TestDesktopEntry : public QObject
{
    Q_OBJECT

private slots:
    void splitExec_data();
    void splitExec();
    void splitExecError_data();
    void splitExecError();
    void iconCodeWithoutIcon();

    void readLocalizedName_data();
    void readLocalizedName();
    void readEscapedEntry();
    void readErrors_data();
    void readErrors();
    void readRejectsLargeFile();
    void toProfile();
    void toProfileErrors_data();
    void toProfileErrors();
    void installedApplications();

private:
    QString fixture(const char *name) const;
};

QString TestDesktopEntry::fixture(const char *name) const
{
    return QFINDTESTDATA(QStringLiteral("data/") + QLatin1String(name));
}

void TestDesktopEntry::splitExec_data()
{
    QTest::addColumn<QString>("exec");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("program only") << "vim" << QStringList { "vim" };
    QTest::newRow("spaces and tabs separate")
        << "  vim \t -R  file " << QStringList { "vim", "-R", "file" };
    QTest::newRow("quoted space") << "\"/opt/My App/run\" --x"
                                  << QStringList { "/opt/My App/run", "--x" };
    QTest::newRow("quotes join with text") << "--title=\"a b\"c" << QStringList { "--title=a bc" };
    QTest::newRow("empty quoted argument") << "prog \"\" x" << QStringList { "prog", "", "x" };
    QTest::newRow("escaped quote")
        << "echo \"say \\\"hi\\\"\"" << QStringList { "echo", "say \"hi\"" };
    QTest::newRow("escaped backtick") << "echo \"\\`date\\`\"" << QStringList { "echo", "`date`" };
    QTest::newRow("escaped dollar") << "echo \"\\$HOME\"" << QStringList { "echo", "$HOME" };
    QTest::newRow("escaped backslash") << "echo \"a\\\\b\"" << QStringList { "echo", "a\\b" };
    QTest::newRow("backslash outside quotes kept") << "echo a\\b" << QStringList { "echo", "a\\b" };
    QTest::newRow("single quotes are literal")
        << "echo 'a b'" << QStringList { "echo", "'a", "b'" };

    for (const char *code : { "%f", "%F", "%u", "%U", "%d", "%D", "%n", "%N", "%v", "%m" }) {
        QTest::newRow(qPrintable(QStringLiteral("%1 removed").arg(QLatin1String(code))))
            << QStringLiteral("viewer %1 --end").arg(QLatin1String(code))
            << QStringList { "viewer", "--end" };
    }
    QTest::newRow("%f inside argument")
        << "viewer --file=%f" << QStringList { "viewer", "--file=" };
    QTest::newRow("two removed codes") << "viewer %f%u" << QStringList { "viewer" };
    QTest::newRow("quoted %f keeps empty argument")
        << "viewer \"%f\"" << QStringList { "viewer", "" };
    QTest::newRow("%i") << "viewer %i" << QStringList { "viewer", "--icon", "app-icon" };
    QTest::newRow("%c") << "viewer --name %c" << QStringList { "viewer", "--name", "My App" };
    QTest::newRow("%c inside argument")
        << "viewer --name=%c" << QStringList { "viewer", "--name=My App" };
    QTest::newRow("%k") << "viewer %k"
                        << QStringList { "viewer", "/usr/share/applications/my.desktop" };
    QTest::newRow("%%") << "printf 100%%" << QStringList { "printf", "100%" };
    QTest::newRow("%% alone") << "printf %%" << QStringList { "printf", "%" };
    QTest::newRow("%% in quotes") << "printf \"%% done\"" << QStringList { "printf", "% done" };
    QTest::newRow("everything") << "\"/opt/a b/app\" %U %i --class=%c %k"
                                << QStringList { "/opt/a b/app", "--icon", "app-icon",
                                       "--class=My App", "/usr/share/applications/my.desktop" };
}

void TestDesktopEntry::splitExec()
{
    QFETCH(QString, exec);
    QFETCH(QStringList, expected);

    QString error;
    const std::optional<QStringList> arguments = nestbox::splitDesktopExec(exec, context, &error);
    QVERIFY2(arguments, qPrintable(error));
    QCOMPARE(*arguments, expected);
}

void TestDesktopEntry::splitExecError_data()
{
    QTest::addColumn<QString>("exec");
    QTest::addColumn<QString>("message");

    QTest::newRow("unterminated quote") << "viewer \"a b"
                                        << "double quote is not closed";
    QTest::newRow("quote opened at end") << "viewer \""
                                         << "double quote is not closed";
    QTest::newRow("invalid escape in quotes") << "viewer \"a\\nb\""
                                              << "backslash inside";
    QTest::newRow("backslash ends quote") << "viewer \"a\\"
                                          << "backslash inside";
    QTest::newRow("unknown code") << "viewer %x"
                                  << "unknown field code %x";
    QTest::newRow("unknown uppercase code") << "viewer %I"
                                            << "unknown field code %I";
    QTest::newRow("lone percent") << "viewer 100%"
                                  << "lone %";
    QTest::newRow("%i inside argument") << "viewer --icon=%i"
                                        << "%i must be a whole argument";
    QTest::newRow("%i quoted") << "viewer \"%i\""
                               << "%i must be a whole argument";
    QTest::newRow("empty") << ""
                           << "no program";
    QTest::newRow("blank") << "   "
                           << "no program";
    QTest::newRow("only field code") << "%f"
                                     << "no program";
    QTest::newRow("empty quoted program") << "\"\" arg"
                                          << "no program";
}

void TestDesktopEntry::splitExecError()
{
    QFETCH(QString, exec);
    QFETCH(QString, message);

    QString error;
    QVERIFY(!nestbox::splitDesktopExec(exec, context, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestDesktopEntry::iconCodeWithoutIcon()
{
    DesktopExecContext noIcon = context;
    noIcon.iconName.clear();

    QString error;
    const std::optional<QStringList> arguments
        = nestbox::splitDesktopExec(QStringLiteral("viewer %i --x"), noIcon, &error);
    QVERIFY2(arguments, qPrintable(error));
    QCOMPARE(*arguments, QStringList({ "viewer", "--x" }));
}

void TestDesktopEntry::readLocalizedName_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("name");

    QTest::newRow("C") << "C"
                       << "Web Browser";
    QTest::newRow("en_US") << "en_US"
                           << "Web Browser";
    QTest::newRow("de") << "de"
                        << "Webbrowser";
    QTest::newRow("de_DE falls back to de") << "de_DE"
                                            << "Webbrowser";
    QTest::newRow("de_CH exact") << "de_CH"
                                 << "Webbrowser (Schweiz)";
    QTest::newRow("encoding ignored") << "de_CH.UTF-8"
                                      << "Webbrowser (Schweiz)";
    QTest::newRow("modifier") << "sr_RS@latin"
                              << "Veb pregledač";
    QTest::newRow("modifier with encoding") << "sr_RS.UTF-8@latin"
                                            << "Veb pregledač";
    QTest::newRow("sr without modifier") << "sr_RS"
                                         << "Web Browser";
}

void TestDesktopEntry::readLocalizedName()
{
    QFETCH(QString, locale);
    QFETCH(QString, name);

    QString error;
    const std::optional<DesktopEntry> entry
        = DesktopEntry::read(fixture("firefox.desktop"), &error, locale);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->name, name);
}

void TestDesktopEntry::readEscapedEntry()
{
    QString error;
    const std::optional<DesktopEntry> entry
        = DesktopEntry::read(fixture("escapes.desktop"), &error, QStringLiteral("C"));
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->name, "Tab\tand space");
    QCOMPARE(entry->iconName, "spaced-icon");

    const std::optional<LaunchProfile> profile = entry->toProfile(&error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->arguments,
        QStringList(
            { "sh", "-c", "printf '%s\\n' \"$HOME\"", "--icon", "spaced-icon", "Tab\tand space" }));
}

void TestDesktopEntry::readErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << "/nonexistent/nestbox/app.desktop"
                                  << "Could not read";
    QTest::newRow("no group") << fixture("nogroup.desktop") << "no [Desktop Entry] group";
}

void TestDesktopEntry::readErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, message);

    QString error;
    QVERIFY(!DesktopEntry::read(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestDesktopEntry::readRejectsLargeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.desktop"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[Desktop Entry]\nType=Application\nName=Large\nExec=large\n");
    file.write("Comment=" + QByteArray(1024 * 1024, 'x') + "\n");
    file.close();

    QString error;
    QVERIFY(!DesktopEntry::read(path, &error));
    QVERIFY2(error.contains("larger than"), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestDesktopEntry::toProfile()
{
    QString error;
    const std::optional<DesktopEntry> entry
        = DesktopEntry::read(fixture("firefox.desktop"), &error, QStringLiteral("C"));
    QVERIFY2(entry, qPrintable(error));

    const std::optional<LaunchProfile> profile = entry->toProfile(&error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->name, "Web Browser");
    QCOMPARE(profile->iconName, "firefox-esr");
    QCOMPARE(profile->arguments, QStringList({ "/usr/lib/firefox-esr/firefox-esr" }));
    QCOMPARE(profile->workingDirectory, "/tmp");
    QVERIFY(profile->id.isEmpty());
    QVERIFY(profile->environment.isEmpty());
    QVERIFY(profile->validate().isEmpty());
}

void TestDesktopEntry::toProfileErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("link") << fixture("link.desktop") << "type \"Link\"";
    QTest::newRow("no Exec") << fixture("noexec.desktop") << "no Exec key";
    QTest::newRow("bad Exec") << fixture("badexec.desktop") << "double quote is not closed";
}

void TestDesktopEntry::toProfileErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, message);

    QString error;
    const std::optional<DesktopEntry> entry = DesktopEntry::read(path, &error);
    QVERIFY2(entry, qPrintable(error));
    QVERIFY(!entry->toProfile(&error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestDesktopEntry::installedApplications()
{
    const QString high = QFINDTESTDATA("data/apps-high");
    const QString low = QFINDTESTDATA("data/apps-low");
    QVERIFY(!high.isEmpty());
    QVERIFY(!low.isEmpty());

    const QList<DesktopEntry> entries = DesktopEntry::installedApplications({ high, low });

    QStringList names;
    for (const DesktopEntry &entry : entries) {
        names.append(entry.name);
    }
    // Hidden masks the lower "masked", "editor" is shadowed, NoDisplay, a missing TryExec and
    // the Link are left out, and sub/terminal.desktop is found recursively.
    QCOMPARE(names, QStringList({ "Alpha Terminal", "Zed Editor" }));
}

QTEST_GUILESS_MAIN(TestDesktopEntry)
#include "tst_desktopentry.moc"
