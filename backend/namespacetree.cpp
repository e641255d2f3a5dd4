// SPDX-License-Identifier: GPL-3.0-or-later
#include "namespacetree.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <fcntl.h>
#include <linux/nsfs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace nestbox {
namespace {

// Returns the inode of the namespace that NS_GET_PARENT reports for nsFd, or 0. The kernel
// returns EPERM when the parent lies outside the caller's own PID namespace, as the parent of
// the caller's own namespace always does.
quint64 parentNamespaceInode(int nsFd)
{
    const int parentFd = ::ioctl(nsFd, NS_GET_PARENT);
    if (parentFd < 0) {
        return 0;
    }

    struct stat status = {};
    const bool statted = ::fstat(parentFd, &status) == 0;
    ::close(parentFd);
    return statted ? status.st_ino : 0;
}

// The facts buildNamespaceTree collects about one namespace while it walks the processes.
struct NamespaceSummary
{
    NamespaceInfo info;
    qint32 representativePid = 0; ///< the init if visible, else the first process seen
};

void addProcess(NamespaceSummary &summary, const ProcessInfo &process)
{
    NamespaceInfo &info = summary.info;
    if (info.processCount == 0) {
        info.id = process.pidNamespace;
        info.level = qint32(std::max<qsizetype>(process.namespacePids.size() - 1, 0));
        summary.representativePid = process.hostPid;
    }
    ++info.processCount;

    if (process.innermostPid() == 1) {
        info.initHostPid = process.hostPid;
        info.ownerUid = process.uid;
        summary.representativePid = process.hostPid;
    }
}

} // namespace

NamespaceParentLookup kernelParentLookup(const QString &procRoot)
{
    return [root = QFile::encodeName(procRoot)](qint32 pid) -> quint64 {
        const QByteArray path = root + '/' + QByteArray::number(pid) + "/ns/pid";
        const int nsFd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (nsFd < 0) {
            return 0;
        }

        const quint64 parent = parentNamespaceInode(nsFd);
        ::close(nsFd);
        return parent;
    };
}

NamespaceList buildNamespaceTree(const ProcessList &processes, const NamespaceParentLookup &lookup)
{
    QHash<quint64, NamespaceSummary> summaries;
    for (const ProcessInfo &process : processes) {
        // 0 means ProcReader could not read the link (another user's process, no privilege).
        if (process.pidNamespace != 0) {
            addProcess(summaries[process.pidNamespace], process);
        }
    }

    NamespaceList namespaces;
    namespaces.reserve(summaries.size());
    for (const NamespaceSummary &summary : std::as_const(summaries)) {
        NamespaceInfo info = summary.info;
        // Level 0 is the namespace of the procfs mount and the root of this tree, so it keeps
        // parentId 0 without a lookup.
        if (info.level > 0) {
            info.parentId = lookup(summary.representativePid);
        }
        namespaces.append(std::move(info));
    }

    std::sort(
        namespaces.begin(), namespaces.end(), [](const NamespaceInfo &a, const NamespaceInfo &b) {
            return std::pair(a.level, a.id) < std::pair(b.level, b.id);
        });
    return namespaces;
}

} // namespace nestbox
