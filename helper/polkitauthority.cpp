// SPDX-License-Identifier: GPL-3.0-or-later
#include "polkitauthority.h"

#include <QDBusArgument>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace nestbox {
namespace {

// CheckAuthorization's flag AllowUserInteraction: polkitd may ask the user's agent for a password.
constexpr uint allowUserInteraction = 1;

// The subject (sa{sv}) that names the caller by its unique bus name, so polkitd resolves the
// process and user itself and no PID can be swapped in between.
QDBusArgument makeBusNameSubject(const QString &busName)
{
    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("system-bus-name");
    subject.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QDBusVariant>());
    subject.beginMapEntry();
    subject << QStringLiteral("name") << QDBusVariant(busName);
    subject.endMapEntry();
    subject.endMap();
    subject.endStructure();
    return subject;
}

QDBusArgument makeEmptyDetails()
{
    QDBusArgument details;
    details.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    details.endMap();
    return details;
}

} // namespace

PolkitAuthority::PolkitAuthority(QDBusConnection bus)
    : m_bus(std::move(bus))
{
}

void PolkitAuthority::checkAuthorization(
    const QString &actionId, const QString &busName, Callback done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.PolicyKit1"),
        QStringLiteral("/org/freedesktop/PolicyKit1/Authority"),
        QStringLiteral("org.freedesktop.PolicyKit1.Authority"),
        QStringLiteral("CheckAuthorization"));
    call << QVariant::fromValue(makeBusNameSubject(busName)) << actionId
         << QVariant::fromValue(makeEmptyDetails()) << allowUserInteraction << QString();

    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, callTimeoutMs));
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, watcher, [watcher, done = std::move(done)] {
            done(parseReply(watcher->reply()));
            watcher->deleteLater();
        });
}

AuthorizationResult PolkitAuthority::parseReply(const QDBusMessage &reply)
{
    if (reply.type() == QDBusMessage::ErrorMessage) {
        return { false,
            QStringLiteral("polkit check failed: %1: %2")
                .arg(reply.errorName(), reply.errorMessage()) };
    }

    const QVariantList arguments = reply.arguments();
    if (reply.type() != QDBusMessage::ReplyMessage || arguments.size() != 1
        || !arguments.constFirst().canConvert<QDBusArgument>()) {
        return { false, QStringLiteral("polkit sent a malformed reply") };
    }

    const QDBusArgument result = arguments.constFirst().value<QDBusArgument>();
    if (result.currentSignature() != u"(bba{ss})") {
        return { false,
            QStringLiteral("polkit sent a reply of type %1, expected (bba{ss})")
                .arg(result.currentSignature()) };
    }

    bool isAuthorized = false;
    bool isChallenge = false;
    QMap<QString, QString> details;
    result.beginStructure();
    result >> isAuthorized >> isChallenge >> details;
    result.endStructure();
    return interpretResult(isAuthorized, isChallenge);
}

AuthorizationResult PolkitAuthority::interpretResult(bool isAuthorized, bool isChallenge)
{
    if (isAuthorized) {
        return { true, {} };
    }
    if (isChallenge) {
        return { false, QStringLiteral("authentication required, but no polkit agent answered") };
    }
    return { false, QStringLiteral("not authorized by polkit") };
}

} // namespace nestbox
