// SPDX-License-Identifier: GPL-3.0-or-later
// Times the helper's full snapshot (ProcReader::readAll plus the namespace tree) in-process and
// prints one JSON object. scripts/bench runs it beside `ps` on the same process table. It also
// times a bare listing of /proc, the cost of the helper's periodic check for missed events.
#include "namespacetree.h"
#include "procreader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <dirent.h>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Reads every entry of /proc once, as the helper's PID check does, and returns the time in ms.
double timeProcListing()
{
    const auto start = std::chrono::steady_clock::now();
    DIR *listing = opendir("/proc");
    while (listing && readdir(listing)) { }
    if (listing) {
        closedir(listing);
    }
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;

    const nestbox::ProcReader reader;
    const nestbox::NamespaceParentLookup lookup = nestbox::kernelParentLookup();
    std::vector<double> milliseconds;
    std::vector<double> listingMilliseconds;
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
        listingMilliseconds.push_back(timeProcListing());
    }

    std::sort(milliseconds.begin(), milliseconds.end());
    const QJsonObject result {
        { QStringLiteral("iterations"), iterations },
        { QStringLiteral("processes"), processCount },
        { QStringLiteral("namespaces"), namespaceCount },
        { QStringLiteral("median_ms"), milliseconds[milliseconds.size() / 2] },
        { QStringLiteral("min_ms"), milliseconds.front() },
        { QStringLiteral("listing_median_ms"), median(listingMilliseconds) },
    };
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
