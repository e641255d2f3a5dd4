// SPDX-License-Identifier: GPL-3.0-or-later
// DetailsPane: the two forms and the text of each value.
#include "detailspane.h"

#include "commandtext.h"
#include "historygraph.h"
#include "processmodel.h"
#include "usagehistory.h"
#include "usernames.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <unistd.h>

namespace nestbox {

namespace {

QDateTime readBootTime()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {};

    // /proc files report a size of 0, so QFile::atEnd() is true before the first read.
    const QList<QByteArray> lines = stat.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("btime "))
            return QDateTime::fromSecsSinceEpoch(line.mid(6).trimmed().toLongLong());
    }
    return {};
}

QString commandText(const ProcessInfo &process)
{
    if (process.arguments.isEmpty())
        return QStringLiteral("[%1]").arg(process.name);
    return process.arguments.join(u' ');
}

// The init's command shares a row with its PID, so a long script is cut; selecting the init
// process shows all of it.
QString shortCommandText(const ProcessInfo &process)
{
    constexpr qsizetype maxLength = 160;
    const QString text = process.arguments.isEmpty() ? QStringLiteral("[%1]").arg(process.name)
                                                     : singleLineCommand(process.arguments);
    if (text.size() <= maxLength)
        return text;
    return text.left(maxLength - 1) + QChar(0x2026);
}

QString cpuText(std::optional<double> percent)
{
    if (!percent)
        return DetailsPane::tr("measuring...");
    return DetailsPane::tr("%1 %").arg(QLocale().toString(*percent, 'f', 1));
}

QString memoryText(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes));
}

// "host 4242, level 1: 7, level 2: 1" for an NSpid line of 4242 7 1.
QString namespacePidsText(const ProcessInfo &process)
{
    if (process.namespacePids.isEmpty())
        return DetailsPane::tr("host %1").arg(process.hostPid);

    QStringList levels { DetailsPane::tr("host %1").arg(process.namespacePids.first()) };
    for (qsizetype level = 1; level < process.namespacePids.size(); ++level) {
        levels.append(
            DetailsPane::tr("level %1: %2").arg(level).arg(process.namespacePids.at(level)));
    }
    return levels.join(QStringLiteral(", "));
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QStackedWidget(parent)
    , m_bootTime(readBootTime())
    , m_ticksPerSecond(::sysconf(_SC_CLK_TCK))
{
    setAccessibleName(tr("Details"));

    auto *empty = new QLabel(tr("Select a namespace or a process to see its details."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_emptyPage = empty;
    m_processPage = scrollable(createProcessPage());
    m_namespacePage = scrollable(createNamespacePage());
    addWidget(m_emptyPage);
    addWidget(m_processPage);
    addWidget(m_namespacePage);
}

QWidget *DetailsPane::createProcessPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_command = addValueRow(form, tr("Command line:"), QStringLiteral("commandValue"));
    m_command->setWordWrap(true);
    m_user = addValueRow(form, tr("User:"), QStringLiteral("userValue"));
    m_state = addValueRow(form, tr("State:"), QStringLiteral("stateValue"));
    m_started = addValueRow(form, tr("Started:"), QStringLiteral("startedValue"));
    m_processCpu = addValueRow(form, tr("CPU:"), QStringLiteral("cpuValue"));
    m_processMemory = addValueRow(form, tr("Resident memory:"), QStringLiteral("memoryValue"));
    m_threads = addValueRow(form, tr("Threads:"), QStringLiteral("threadsValue"));
    m_hostPid = addValueRow(form, tr("Host PID:"), QStringLiteral("hostPidValue"));
    m_namespacePids = addValueRow(form, tr("PID per level:"), QStringLiteral("pidsValue"));
    return page;
}

QWidget *DetailsPane::createNamespacePage()
{
    auto *page = new QWidget(this);
    // Side by side, so the pane stays short and the process tree above it keeps its height.
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_namespaceId = addValueRow(form, tr("Namespace:"), QStringLiteral("namespaceIdValue"));
    m_level = addValueRow(form, tr("Level:"), QStringLiteral("levelValue"));
    m_parent = addValueRow(form, tr("Parent:"), QStringLiteral("parentValue"));
    m_init = addValueRow(form, tr("Init process:"), QStringLiteral("initValue"));
    m_owner = addValueRow(form, tr("Owner:"), QStringLiteral("ownerValue"));
    m_createdBy = addValueRow(form, tr("Created by:"), QStringLiteral("createdByValue"));
    m_createdBy->setWordWrap(true);
    m_init->setWordWrap(true);
    m_processCount = addValueRow(form, tr("Processes:"), QStringLiteral("processCountValue"));
    m_namespaceCpu = addValueRow(form, tr("Total CPU:"), QStringLiteral("totalCpuValue"));
    m_namespaceMemory = addValueRow(form, tr("Total memory:"), QStringLiteral("totalMemoryValue"));
    layout->addLayout(form, 1);

    m_graph = new HistoryGraph(page);
    m_graph->setObjectName(QStringLiteral("historyGraph"));
    layout->addWidget(m_graph, 1);
    return page;
}

QLabel *DetailsPane::addValueRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, value);
    return value;
}

// A command line can be a whole script, so each page scrolls instead of growing the pane.
QScrollArea *DetailsPane::scrollable(QWidget *page)
{
    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

void DetailsPane::showNothing()
{
    setCurrentWidget(m_emptyPage);
}

void DetailsPane::showProcess(const ProcessInfo &process, std::optional<double> cpuPercent)
{
    m_command->setText(commandText(process));
    m_user->setText(QStringLiteral("%1 (%2)").arg(userName(process.uid)).arg(process.uid));
    m_state->setText(ProcessModel::stateText(process.state));
    m_started->setText(startTimeText(process.startTime));
    m_processCpu->setText(cpuText(cpuPercent));
    m_processMemory->setText(memoryText(process.residentBytes));
    m_threads->setText(QString::number(process.threadCount));
    m_hostPid->setText(QString::number(process.hostPid));
    m_namespacePids->setText(namespacePidsText(process));
    setCurrentWidget(m_processPage);
}

void DetailsPane::showNamespace(const NamespaceInfo &ns, const UsageTotals &totals,
    const ProcessInfo *init, const QList<UsageTotals> &history)
{
    m_namespaceId->setText(QString::number(ns.id));
    m_level->setText(ns.level == 0 ? tr("0 (host)") : QString::number(ns.level));
    m_parent->setText(ns.parentId == 0 ? tr("none") : QString::number(ns.parentId));
    if (init)
        m_init->setText(tr("host PID %1: %2").arg(init->hostPid).arg(shortCommandText(*init)));
    else if (ns.initHostPid != 0)
        m_init->setText(tr("host PID %1").arg(ns.initHostPid));
    else
        m_init->setText(tr("not visible"));
    m_owner->setText(QStringLiteral("%1 (%2)").arg(userName(ns.ownerUid)).arg(ns.ownerUid));
    m_createdBy->setText(
        ns.createdByNestbox ? ns.command.join(u' ') : tr("not created by Nestbox"));
    m_processCount->setText(QString::number(ns.processCount));
    m_namespaceCpu->setText(cpuText(totals.cpuPercent));
    m_namespaceMemory->setText(memoryText(totals.residentBytes));
    m_graph->setSamples(history, UsageHistory::defaultCapacity, UsageHistory::sampleIntervalMs);
    setCurrentWidget(m_namespacePage);
}

QString DetailsPane::startTimeText(quint64 startTicks) const
{
    if (!m_bootTime.isValid() || m_ticksPerSecond <= 0)
        return tr("%1 s after boot").arg(startTicks / quint64(std::max(1L, m_ticksPerSecond)));

    const QDateTime started
        = m_bootTime.addMSecs(qint64(startTicks * 1000 / quint64(m_ticksPerSecond)));
    return started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace nestbox
