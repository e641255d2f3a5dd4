// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that ProfileEditor enables OK only for a valid profile, returns what was typed, and that
// Tab reaches every field in order.
#include "applicationpicker.h"
#include "profileeditor.h"
#include "profilestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using nestbox::ExitPolicy;
using nestbox::LaunchProfile;
using nestbox::ProfileEditor;
using nestbox::ProfileStore;

Q_DECLARE_METATYPE(LaunchProfile)

namespace {

LaunchProfile validProfile()
{
    LaunchProfile profile;
    profile.id = QStringLiteral("5e1b2c3d-0000-4000-8000-00000000000a");
    profile.name = QStringLiteral("Terminal");
    profile.arguments = { QStringLiteral("xterm"), QStringLiteral("-e"), QStringLiteral("top") };
    profile.workingDirectory = QStringLiteral("/tmp");
    profile.environment = { { QStringLiteral("TERM"), QStringLiteral("xterm-256color") } };
    profile.exitPolicy = ExitPolicy::KeepWhileProcessesLive;
    profile.favourite = true;
    return profile;
}

QPushButton *okButton(const ProfileEditor &editor)
{
    return editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Fields are found by the text of their label, the way a user finds them.
QWidget *fieldForLabel(const ProfileEditor &editor, const QString &labelText)
{
    for (QLabel *label : editor.findChildren<QLabel *>()) {
        if (label->text() == labelText) {
            return label->buddy();
        }
    }
    return nullptr;
}

QPushButton *buttonWithText(const ProfileEditor &editor, const QString &text)
{
    for (QPushButton *button : editor.findChildren<QPushButton *>()) {
        if (button->text() == text) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void argumentLines_data();
    void argumentLines();
    void okFollowsValidity_data();
    void okFollowsValidity();
    void environmentTableErrors();
    void duplicateNameFromStore();
    void importFromApplication();
    void everyLabelHasBuddy();
    void mnemonicsAreUnique();
    void tabReachesEveryField();
};

void TestProfileEditor::roundTrip()
{
    ProfileEditor editor;
    editor.setProfile(validProfile());

    QCOMPARE(editor.profile(), validProfile());
    QVERIFY(okButton(editor)->isEnabled());
    QVERIFY(editor.validationErrors().isEmpty());
}

void TestProfileEditor::argumentLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << QStringList { "-e", "top" } << "-e\ntop";
    QTest::newRow("empty middle argument") << QStringList { "a", "", "b" } << "a\n\nb";
    QTest::newRow("line break inside")
        << QStringList { "-c", "echo a\necho b" } << "-c\necho a\\necho b";
    QTest::newRow("regex backslash kept") << QStringList { "\\d+" } << "\\d+";
    QTest::newRow("backslash before n") << QStringList { "C:\\new" } << "C:\\\\new";
    QTest::newRow("double backslash") << QStringList { "a\\\\b" } << "a\\\\\\b";
    QTest::newRow("backslash before line break") << QStringList { "a\\\nb" } << "a\\\\\\nb";
    QTest::newRow("trailing backslash") << QStringList { "end\\" } << "end\\";
}

void TestProfileEditor::argumentLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, shown);

    LaunchProfile profile = validProfile();
    profile.arguments = QStringList { QStringLiteral("sh") } + arguments;
    ProfileEditor editor;
    editor.setProfile(profile);

    auto *box
        = qobject_cast<QPlainTextEdit *>(fieldForLabel(editor, QStringLiteral("&Arguments:")));
    QVERIFY(box);
    QCOMPARE(box->toPlainText(), shown);
    QCOMPARE(editor.profile().arguments, profile.arguments);
}

void TestProfileEditor::okFollowsValidity_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("name cleared") << "&Name:"
                                  << "" << false;
    QTest::newRow("name changed") << "&Name:"
                                  << "Other" << true;
    QTest::newRow("command cleared") << "Co&mmand:"
                                     << "" << false;
    QTest::newRow("relative folder") << "&Working directory:"
                                     << "tmp" << false;
    QTest::newRow("folder cleared") << "&Working directory:"
                                    << "" << true;
    QTest::newRow("control character in icon") << "&Icon:"
                                               << "a\x01" << false;
}

void TestProfileEditor::okFollowsValidity()
{
    QFETCH(QString, label);
    QFETCH(QString, text);
    QFETCH(bool, valid);

    ProfileEditor editor;
    editor.setProfile(validProfile());
    auto *field = qobject_cast<QLineEdit *>(fieldForLabel(editor, label));
    QVERIFY(field);

    field->setText(text);
    QCOMPARE(okButton(editor)->isEnabled(), valid);
    QCOMPARE(editor.validationErrors().isEmpty(), valid);

    // Restoring the field enables OK again.
    editor.setProfile(validProfile());
    QVERIFY(okButton(editor)->isEnabled());
}

void TestProfileEditor::environmentTableErrors()
{
    ProfileEditor editor;
    editor.setProfile(validProfile());
    auto *table
        = qobject_cast<QTableWidget *>(fieldForLabel(editor, QStringLiteral("&Environment:")));
    QVERIFY(table);
    QPushButton *add = buttonWithText(editor, QStringLiteral("A&dd Variable"));
    QVERIFY(add);

    add->click();
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY2(editor.validationErrors().join(u' ').contains("row 2 has no variable name"),
        qPrintable(editor.validationErrors().join(u' ')));

    table->item(1, 0)->setText(QStringLiteral("LD_PRELOAD"));
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY(editor.validationErrors().join(u' ').contains("\"LD_PRELOAD\" is not allowed"));

    table->item(1, 0)->setText(QStringLiteral("TERM"));
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY(editor.validationErrors().join(u' ').contains("\"TERM\" is set twice"));

    table->item(1, 0)->setText(QStringLiteral("LANG"));
    table->item(1, 1)->setText(QStringLiteral("C.UTF-8"));
    QVERIFY2(okButton(editor)->isEnabled(), qPrintable(editor.validationErrors().join(u' ')));
    QCOMPARE(editor.profile().environment.value("LANG"), "C.UTF-8");
}

void TestProfileEditor::duplicateNameFromStore()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(store.load());
    LaunchProfile other = validProfile();
    other.name = QStringLiteral("Taken");
    QVERIFY(!store.create(other).isEmpty());

    ProfileEditor editor(&store);
    editor.setProfile(validProfile());
    QVERIFY(okButton(editor)->isEnabled());

    auto *name = qobject_cast<QLineEdit *>(fieldForLabel(editor, QStringLiteral("&Name:")));
    name->setText(QStringLiteral("taken"));
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY(editor.validationErrors().join(u' ').contains("already called"));
}

void TestProfileEditor::importFromApplication()
{
    ProfileEditor editor;
    editor.setProfile(validProfile());
    editor.setApplicationDirs({ QFINDTESTDATA("data/apps-low") });

    // The picker runs modally, so it is accepted from the event loop once it is shown.
    bool pickerSeen = false;
    QTimer::singleShot(0, &editor, [&pickerSeen] {
        auto *picker
            = qobject_cast<nestbox::ApplicationPicker *>(QApplication::activeModalWidget());
        if (!picker) {
            return;
        }
        pickerSeen = true;
        QCOMPARE(picker->selectedApplication()->name, "Alpha Terminal");
        picker->accept();
    });
    buttonWithText(editor, QStringLiteral("Im&port from Application..."))->click();
    QVERIFY(pickerSeen);

    const LaunchProfile imported = editor.profile();
    QCOMPARE(imported.name, "Alpha Terminal");
    QCOMPARE(imported.arguments, QStringList { "xterm" });
    QCOMPARE(imported.workingDirectory, QString());
    QCOMPARE(imported.id, validProfile().id);
    QCOMPARE(imported.favourite, validProfile().favourite);
    QCOMPARE(imported.environment, validProfile().environment);
    QCOMPARE(imported.exitPolicy, validProfile().exitPolicy);
}

void TestProfileEditor::everyLabelHasBuddy()
{
    ProfileEditor editor;
    for (QLabel *label : editor.findChildren<QLabel *>()) {
        if (!label->text().contains(u'&')) {
            continue;
        }
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
}

void TestProfileEditor::mnemonicsAreUnique()
{
    ProfileEditor editor;
    QStringList texts;
    for (QLabel *label : editor.findChildren<QLabel *>()) {
        texts.append(label->text());
    }
    for (QAbstractButton *button : editor.findChildren<QAbstractButton *>()) {
        texts.append(button->text());
    }
    // A platform theme may give OK and Cancel these mnemonics, so their letters are reserved.
    texts.removeAll(QStringLiteral("&OK"));
    texts.removeAll(QStringLiteral("&Cancel"));
    texts.append({ QStringLiteral("&OK"), QStringLiteral("&Cancel") });

    QHash<QChar, QString> owners;
    for (const QString &text : texts) {
        const qsizetype ampersand = text.indexOf(u'&');
        if (ampersand < 0 || ampersand + 1 >= text.size()) {
            continue;
        }
        const QChar key = text.at(ampersand + 1).toLower();
        QVERIFY2(!owners.contains(key),
            qPrintable(QStringLiteral("%1 and %2").arg(owners.value(key), text)));
        owners.insert(key, text);
    }
}

void TestProfileEditor::tabReachesEveryField()
{
    ProfileEditor editor;
    editor.setProfile(validProfile());
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));

    QWidget *name = fieldForLabel(editor, QStringLiteral("&Name:"));
    name->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), name);

    QList<QWidget *> visited;
    for (int press = 0; press < 40 && !visited.contains(QApplication::focusWidget()); ++press) {
        visited.append(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), name);

    const QList<QWidget *> expectedInOrder = {
        name,
        fieldForLabel(editor, QStringLiteral("&Icon:")),
        fieldForLabel(editor, QStringLiteral("Co&mmand:")),
        fieldForLabel(editor, QStringLiteral("&Arguments:")),
        fieldForLabel(editor, QStringLiteral("&Working directory:")),
        buttonWithText(editor, QStringLiteral("B&rowse...")),
        fieldForLabel(editor, QStringLiteral("&Environment:")),
        buttonWithText(editor, QStringLiteral("A&dd Variable")),
        buttonWithText(editor, QStringLiteral("Remo&ve Variable")),
        editor.findChild<QComboBox *>(),
        editor.findChild<QCheckBox *>(),
        buttonWithText(editor, QStringLiteral("Im&port from Application...")),
        okButton(editor),
    };
    qsizetype last = -1;
    for (QWidget *widget : expectedInOrder) {
        QVERIFY(widget);
        const qsizetype position = visited.indexOf(widget);
        QVERIFY2(position > last, qPrintable(widget->metaObject()->className()));
        last = position;
    }
    for (QPushButton *button : editor.findChildren<QPushButton *>()) {
        QVERIFY2(visited.contains(button), qPrintable(button->text()));
    }
}

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
