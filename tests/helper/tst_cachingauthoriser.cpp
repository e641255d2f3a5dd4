// SPDX-License-Identifier: GPL-3.0-or-later
// Tests CachingAuthoriser against a scripted inner authoriser: only grants for a
// cacheable action are reused, only for the same bus name, and never after the name left.
#include "cachingauthoriser.h"

#include <QTest>

using nestbox::AuthorizationResult;
using nestbox::CachingAuthoriser;

namespace {

const QString launchAction = QStringLiteral("org.nestbox.launch");
const QString otherAction = QStringLiteral("org.nestbox.signal-other");
const QString caller = QStringLiteral(":1.10");
const QString otherCaller = QStringLiteral(":1.11");

// Replies to every check at once with the scripted result and counts the checks.
class ScriptedAuthoriser : public nestbox::Authoriser
{
public:
    bool grant = true;
    int checks = 0;

    void checkAuthorization(const QString &, const QString &, Callback done) override
    {
        ++checks;
        done({ grant, grant ? QString() : QStringLiteral("refused by the test") });
    }
};

bool check(CachingAuthoriser &authoriser, const QString &actionId, const QString &busName)
{
    bool authorized = false;
    int calls = 0;
    authoriser.checkAuthorization(actionId, busName, [&](const AuthorizationResult &result) {
        authorized = result.authorized;
        ++calls;
    });
    if (calls != 1) {
        qWarning("the callback ran %d times", calls);
        return false;
    }
    return authorized;
}

} // namespace

class TestCachingAuthoriser : public QObject
{
    Q_OBJECT

private slots:
    void secondCheck_data()
    {
        QTest::addColumn<bool>("grant");
        QTest::addColumn<QString>("secondAction");
        QTest::addColumn<QString>("secondCaller");
        QTest::addColumn<int>("expectedChecks");

        QTest::newRow("grant reused") << true << launchAction << caller << 1;
        QTest::newRow("refusal asked again") << false << launchAction << caller << 2;
        QTest::newRow("other caller asked") << true << launchAction << otherCaller << 2;
        QTest::newRow("other action asked") << true << otherAction << caller << 2;
    }

    void secondCheck()
    {
        QFETCH(bool, grant);
        QFETCH(QString, secondAction);
        QFETCH(QString, secondCaller);
        QFETCH(int, expectedChecks);
        ScriptedAuthoriser inner;
        inner.grant = grant;
        CachingAuthoriser authoriser(inner, QDBusConnection(QString()), { launchAction });

        QCOMPARE(check(authoriser, launchAction, caller), grant);
        QCOMPARE(check(authoriser, secondAction, secondCaller), grant);
        QCOMPARE(inner.checks, expectedChecks);
    }

    void uncachedActionNeverCached()
    {
        ScriptedAuthoriser inner;
        CachingAuthoriser authoriser(inner, QDBusConnection(QString()), { launchAction });

        QVERIFY(check(authoriser, otherAction, caller));
        QVERIFY(check(authoriser, otherAction, caller));
        QCOMPARE(inner.checks, 2);
        QCOMPARE(authoriser.cachedNameCount(), 0);
    }

    void forgottenNameCheckedAgain()
    {
        ScriptedAuthoriser inner;
        CachingAuthoriser authoriser(inner, QDBusConnection(QString()), { launchAction });
        QVERIFY(check(authoriser, launchAction, caller));
        QCOMPARE(authoriser.cachedNameCount(), 1);

        authoriser.forget(caller);
        QCOMPARE(authoriser.cachedNameCount(), 0);
        inner.grant = false;
        QVERIFY(!check(authoriser, launchAction, caller));
        QCOMPARE(inner.checks, 2);
    }
};

QTEST_GUILESS_MAIN(TestCachingAuthoriser)
#include "tst_cachingauthoriser.moc"
