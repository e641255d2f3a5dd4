// SPDX-License-Identifier: GPL-3.0-or-later
// Walks the main window with the keyboard only, against FakeHelper on a private bus: focus each
// tree, move, open and cancel Launch, send signals by shortcut and through the Process menu,
// copy the PID, terminate the namespace, and reach and clear both filter boxes. Each step checks
// what reached the helper or the window.
#include "fakehelper.h"
#include "helperclient.h"
#include "mainwindow.h"
#include "namespacemodel.h"
#include "privatebus.h"
#include "processmodel.h"

#include "sampledata.h"
#include <csignal>
#include <functional>
#include <memory>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>

#include <QTest>
#include <QTimer>
#include <QTreeView>

using nestbox::HelperClient;
using nestbox::MainWindow;
using nestbox::NamespaceInfo;
using nestbox::ProcessInfo;

namespace {

using sampledata::hostNamespace;
using sampledata::launchedNamespace;
using sampledata::makeNamespace;

constexpr qint32 appPid = 500;
constexpr quint64 appStartTime = 4242;

ProcessInfo makeProcess(qint32 hostPid, quint64 pidNamespace)
{
    ProcessInfo process;
    process.hostPid = hostPid;
    process.pidNamespace = pidNamespace;
    process.namespacePids = { hostPid, 1 };
    process.state = 'S';
    process.name = QStringLiteral("sleep");
    process.arguments = { QStringLiteral("sleep"), QStringLiteral("30") };
    process.startTime = appStartTime;
    return process;
}

// Runs respond on the next popup menu or modal dialog to open, from the event loop, because
// QMenu::exec() and QDialog::exec() block the test until it closes them.
void whenOpened(std::function<bool()> respond)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, respond] {
        if (respond())
            timer->deleteLater();
    });
    timer->start();
}

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void focusAndMoveInNamespaceTree();
    void openAndCancelLaunch();
    void signalsByShortcut();
    void killAsksFirst();
    void signalThroughProcessMenu();
    void copyPid();
    void terminateNamespace();
    void filterBoxesByShortcut();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void backToWindow(QWidget *expectedFocus);
    std::tuple<qint32, quint64, int> lastSignalCall() const;

    QTemporaryDir m_config;
    PrivateBus m_privateBus;
    std::unique_ptr<QDBusConnection> m_helperBus;
    FakeHelper m_fake;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboardWalk::initTestCase()
{
    const QString address = m_privateBus.start(QFINDTESTDATA("data/private-bus.conf"));
    QVERIFY2(!address.isEmpty(), "dbus-daemon could not be started");
    // The window loads the user's profiles; these tests start with none.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));

    m_helperBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(address, QStringLiteral("fake-helper")));
    QVERIFY(m_helperBus->registerObject(
        QStringLiteral("/org/nestbox/Helper"), &m_fake, QDBusConnection::ExportAllSlots));
    m_fake.namespaces = { makeNamespace(hostNamespace, 0, {}),
        makeNamespace(launchedNamespace, hostNamespace, { "sleep", "30" }) };
    m_fake.processes = { makeProcess(appPid, launchedNamespace) };
    QVERIFY(m_helperBus->registerService(QStringLiteral("org.nestbox.Helper")));

    m_client = std::make_unique<HelperClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_window->namespaceModel()->indexForKey(launchedNamespace).isValid());
}

void TestKeyboardWalk::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
    m_helperBus.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-helper"));
}

void TestKeyboardWalk::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// A window manager activates the main window again when a dialog or menu closes. The offscreen
// platform does not, so the test does it and then checks that the focus returned.
void TestKeyboardWalk::backToWindow(QWidget *expectedFocus)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(QApplication::focusWidget(), expectedFocus);
}

std::tuple<qint32, quint64, int> TestKeyboardWalk::lastSignalCall() const
{
    return m_fake.signalCalls.isEmpty() ? std::tuple<qint32, quint64, int> {}
                                        : m_fake.signalCalls.last();
}

void TestKeyboardWalk::focusAndMoveInNamespaceTree()
{
    press(Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->namespaceView());

    press(Qt::Key_Home);
    QCOMPARE(m_window->selectedNamespace(), hostNamespace);
    press(Qt::Key_Down);
    QCOMPARE(m_window->selectedNamespace(), launchedNamespace);
}

void TestKeyboardWalk::openAndCancelLaunch()
{
    QString seenTitle;
    whenOpened([&seenTitle] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return false;
        seenTitle = dialog->windowTitle();
        QTest::keyClick(dialog, Qt::Key_Escape);
        return true;
    });

    press(Qt::Key_N, Qt::ControlModifier);

    QVERIFY2(!seenTitle.isEmpty(), "Ctrl+N opened no dialog");
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    backToWindow(m_window->namespaceView());
}

void TestKeyboardWalk::signalsByShortcut()
{
    press(Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->processView());
    QTRY_VERIFY(m_window->processModel()->indexForHostPid(appPid).isValid());
    press(Qt::Key_Home);
    QCOMPARE(m_window->processView()->currentIndex().data(nestbox::ProcessModel::HostPidRole),
        QVariant(appPid));

    press(Qt::Key_Delete);
    QTRY_COMPARE(lastSignalCall(), std::make_tuple(appPid, appStartTime, int(SIGTERM)));
    press(Qt::Key_P, Qt::ControlModifier);
    QTRY_COMPARE(lastSignalCall(), std::make_tuple(appPid, appStartTime, int(SIGSTOP)));
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(lastSignalCall(), std::make_tuple(appPid, appStartTime, int(SIGCONT)));
}

void TestKeyboardWalk::killAsksFirst()
{
    const qsizetype callsBefore = m_fake.signalCalls.size();
    whenOpened([] {
        QWidget *box = QApplication::activeModalWidget();
        if (box)
            QTest::keyClick(box, Qt::Key_Escape);
        return box != nullptr;
    });
    press(Qt::Key_Delete, Qt::ShiftModifier);
    QTest::qWait(200);
    QCOMPARE(m_fake.signalCalls.size(), callsBefore);
    backToWindow(m_window->processView());

    whenOpened([] {
        QWidget *box = QApplication::activeModalWidget();
        if (box)
            QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
        return box != nullptr;
    });
    press(Qt::Key_Delete, Qt::ShiftModifier);
    QTRY_COMPARE(lastSignalCall(), std::make_tuple(appPid, appStartTime, int(SIGKILL)));
    backToWindow(m_window->processView());
}

void TestKeyboardWalk::signalThroughProcessMenu()
{
    // Alt+R opens the Process menu, S its "Send signal" submenu, and Up wraps to its last entry,
    // SIGUSR2.
    auto seen = std::make_shared<QList<QMenu *>>();
    whenOpened([seen] {
        auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!popup || seen->contains(popup))
            return false;

        seen->append(popup);
        if (seen->size() == 1) {
            QTest::keyClick(popup, Qt::Key_S);
            return false;
        }
        QTest::keyClick(popup, Qt::Key_Up);
        QTest::keyClick(popup, Qt::Key_Return);
        return true;
    });

    press(Qt::Key_R, Qt::AltModifier);

    QTRY_COMPARE(lastSignalCall(), std::make_tuple(appPid, appStartTime, int(SIGUSR2)));
    QCOMPARE(seen->size(), 2);
    QCOMPARE(seen->at(0)->title(), QStringLiteral("P&rocess"));
    QCOMPARE(seen->at(1)->title(), QStringLiteral("Send &signal"));
    backToWindow(m_window->processView());
}

void TestKeyboardWalk::copyPid()
{
    QApplication::clipboard()->clear();

    press(Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QString::number(appPid));

    press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("sleep 30"));
}

void TestKeyboardWalk::terminateNamespace()
{
    press(Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->namespaceView());
    QCOMPARE(m_window->selectedNamespace(), launchedNamespace);

    press(Qt::Key_Delete);

    QTRY_COMPARE(m_fake.terminateCalls, QList<quint64> { launchedNamespace });
}

void TestKeyboardWalk::filterBoxesByShortcut()
{
    press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->namespaceFilterEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("sleep"));
    QCOMPARE(m_window->namespaceFilterEdit()->text(), QStringLiteral("sleep"));
    press(Qt::Key_Escape);
    QCOMPARE(m_window->namespaceFilterEdit()->text(), QString());

    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->filterEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("sleep"));
    QCOMPARE(m_window->filterEdit()->text(), QStringLiteral("sleep"));
    press(Qt::Key_Escape);
    QCOMPARE(m_window->filterEdit()->text(), QString());
}

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
