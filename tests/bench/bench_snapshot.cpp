// SPDX-License-Identifier: GPL-3.0-or-later
// Times the helper's full snapshot (ProcReader::readAll plus the namespace tree) in-process and
// prints one JSON object. scripts/bench runs it beside `ps` on the same process table.
#include "namespacetree.h"
#include "procreader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;

    const nestbox::ProcReader reader;
    const nestbox::NamespaceParentLookup lookup = nestbox::kernelParentLookup();
    std::vector<double> milliseconds;
    qsizetype processCount = 0;
    qsizetype namespaceCount = 0;

    for (int i = 0; i < iterations; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const nestbox::ProcessList processes = reader.readAll();
        const nestbox::NamespaceList namespaces = nestbox::buildNamespaceTree(processes, lookup);
        const auto elapsed = std::chrono::steady_clock::now() - start;

        milliseconds.push_back(std::chrono::duration<double, std::milli>(elapsed).count());
        processCount = processes.size();
        namespaceCount = namespaces.size();
    }

    std::sort(milliseconds.begin(), milliseconds.end());
    const QJsonObject result {
        { QStringLiteral("iterations"), iterations },
        { QStringLiteral("processes"), processCount },
        { QStringLiteral("namespaces"), namespaceCount },
        { QStringLiteral("median_ms"), milliseconds[milliseconds.size() / 2] },
        { QStringLiteral("min_ms"), milliseconds.front() },
    };
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
