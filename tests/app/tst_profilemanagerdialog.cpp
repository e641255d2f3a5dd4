// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileManagerDialog against a ProfileStore in a temporary folder: the list follows the store,
// and New, Duplicate, Favourite and Delete (with its question) change the store.
#include "profileeditor.h"
#include "profilemanagerdialog.h"
#include "profilestore.h"

#include <functional>
#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using nestbox::LaunchProfile;
using nestbox::ProfileEditor;
using nestbox::ProfileManagerDialog;
using nestbox::ProfileStore;

namespace {

// Runs respond on the next modal dialog, because exec() blocks until the dialog closes.
void whenModal(std::function<void(QWidget *)> respond)
{
    QTimer::singleShot(0, [respond] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        respond(QApplication::activeModalWidget());
    });
}

} // namespace

class TestProfileManagerDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listFollowsStore();
    void newSavesEditedProfile();
    void duplicateAndFavourite();
    void deleteAsksFirst_data();
    void deleteAsksFirst();

private:
    QStringList listedNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileManagerDialog> m_dialog;
    QString m_editorId;
};

void TestProfileManagerDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_store->load());
    LaunchProfile editor;
    editor.name = QStringLiteral("Editor");
    editor.arguments = { QStringLiteral("/usr/bin/vi") };
    m_editorId = m_store->create(editor);
    QVERIFY(!m_editorId.isEmpty());
    m_dialog = std::make_unique<ProfileManagerDialog>(m_store.get());
}

void TestProfileManagerDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestProfileManagerDialog::listedNames() const
{
    QStringList names;
    for (int row = 0; row < m_dialog->list()->count(); ++row)
        names << m_dialog->list()->item(row)->text();
    return names;
}

void TestProfileManagerDialog::listFollowsStore()
{
    QCOMPARE(listedNames(), QStringList { "Editor" });

    LaunchProfile shell;
    shell.name = QStringLiteral("Shell");
    shell.arguments = { QStringLiteral("/bin/sh") };
    shell.favourite = true;
    QVERIFY(!m_store->create(shell).isEmpty());

    QCOMPARE(listedNames(), (QStringList { "Editor", "Shell (favourite)" }));
}

void TestProfileManagerDialog::newSavesEditedProfile()
{
    whenModal([](QWidget *modal) {
        auto *editor = qobject_cast<ProfileEditor *>(modal);
        QVERIFY(editor);
        LaunchProfile top;
        top.name = QStringLiteral("Top");
        top.arguments = { QStringLiteral("/usr/bin/top") };
        editor->setProfile(top);
        editor->accept();
    });

    m_dialog->createProfile();

    QCOMPARE(m_store->profiles().size(), 2);
    QCOMPARE(m_store->profiles().at(1).name, QStringLiteral("Top"));
    QCOMPARE(m_dialog->list()->currentItem()->text(), QStringLiteral("Top"));
}

void TestProfileManagerDialog::duplicateAndFavourite()
{
    m_dialog->duplicateProfile();
    QCOMPARE(listedNames(), (QStringList { "Editor", "Copy of Editor" }));
    QCOMPARE(m_dialog->list()->currentItem()->text(), QStringLiteral("Copy of Editor"));

    m_dialog->toggleFavourite();
    QCOMPARE(m_store->favourites().size(), 1);
    QCOMPARE(m_store->favourites().at(0).name, QStringLiteral("Copy of Editor"));
    m_dialog->toggleFavourite();
    QVERIFY(m_store->favourites().isEmpty());
}

void TestProfileManagerDialog::deleteAsksFirst_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<int>("remaining");

    QTest::newRow("cancelled") << false << 1;
    QTest::newRow("confirmed") << true << 0;
}

void TestProfileManagerDialog::deleteAsksFirst()
{
    QFETCH(bool, confirm);
    QFETCH(int, remaining);

    whenModal([confirm](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Editor")));
        box->button(confirm ? QMessageBox::Yes : QMessageBox::Cancel)->click();
    });

    m_dialog->deleteProfile();

    QCOMPARE(m_store->profiles().size(), remaining);
    QCOMPARE(m_dialog->list()->count(), remaining);
}

QTEST_MAIN(TestProfileManagerDialog)
#include "tst_profilemanagerdialog.moc"
