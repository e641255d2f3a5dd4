// SPDX-License-Identifier: GPL-3.0-or-later
// Reads process snapshots from a procfs mount. Processes that vanish mid-scan are skipped.
#pragma once

#include "processinfo.h"

#include <QString>
#include <optional>

namespace nestbox {

class ProcReader
{
public:
    /// procRoot is "/proc" in production and a fixture folder in tests.
    explicit ProcReader(QString procRoot = QStringLiteral("/proc"));

    /// Reads every process; one that vanishes while it is read is left out.
    ProcessList readAll() const;

    /// Reads one process, or nothing when it does not exist (any more) or cannot be parsed.
    std::optional<ProcessInfo> read(qint32 pid) const;

    const QString &procRoot() const { return m_procRoot; }

private:
    QString m_procRoot;
};

} // namespace nestbox
