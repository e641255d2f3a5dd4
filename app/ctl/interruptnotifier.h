// SPDX-License-Identifier: GPL-3.0-or-later
// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal, so `nestboxctl launch --wait` can end the app
// it waits for instead of dying and leaving the app running, also when its terminal closes.
#pragma once

#include <csignal>
#include <QObject>

class QSocketNotifier;

namespace nestbox {

class InterruptNotifier : public QObject
{
    Q_OBJECT

public:
    /// Blocks SIGINT, SIGTERM and SIGHUP in the calling thread and reads them from a signalfd.
    /// Create it before any other thread starts (QtDBus starts one on its first connection),
    /// because threads inherit the mask and an unblocked thread would take the default action.
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

    bool isValid() const { return m_fd >= 0; }

signals:
    void interrupted(int signal);

private:
    void readSignal();

    int m_fd = -1;
    sigset_t m_previousMask {};
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace nestbox
