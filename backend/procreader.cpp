// SPDX-License-Identifier: GPL-3.0-or-later
#include "procreader.h"

#include "logging.h"
#include "procfsparser.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <span>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace nestbox {
namespace {

// stat has 52 numeric fields and a short name, so it fits with a wide margin. status and cmdline
// usually fit too, and longer ones (many supplementary groups, long command lines) continue on
// the heap.
constexpr std::size_t stackBufferSize = 4096;

const std::shared_ptr<spdlog::logger> &procLogger()
{
    static const auto logger = logging::get("backend.proc");
    return logger;
}

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {
    }
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    FileDescriptor(FileDescriptor &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }

private:
    int m_fd;
};

enum class ReadOutcome { Read, Vanished, Malformed };

// The whole text of one file below a process folder, held in a stack buffer when it fits.
class FileText
{
public:
    // Reads name below dirFd to the end. Returns the errno of a failed open or read, or 0.
    int read(int dirFd, const char *name)
    {
        m_text = {};
        const FileDescriptor file(::openat(dirFd, name, O_RDONLY | O_CLOEXEC));
        if (!file.isValid()) {
            return errno;
        }

        std::size_t filled = 0;
        while (filled < m_buffer.size()) {
            const ssize_t count
                = ::read(file.get(), m_buffer.data() + filled, m_buffer.size() - filled);
            if (count < 0 && errno == EINTR) {
                continue;
            }
            if (count < 0) {
                return errno;
            }
            if (count == 0) {
                m_text = std::string_view(m_buffer.data(), filled);
                return 0;
            }
            filled += std::size_t(count);
        }
        return readRestIntoSpill(file.get());
    }

    std::string_view text() const { return m_text; }

private:
    int readRestIntoSpill(int fd)
    {
        m_spill.assign(m_buffer.data(), m_buffer.size());

        while (true) {
            const std::size_t filled = m_spill.size();
            m_spill.resize(filled * 2);
            const ssize_t count = ::read(fd, m_spill.data() + filled, m_spill.size() - filled);
            if (count < 0 && errno == EINTR) {
                m_spill.resize(filled);
                continue;
            }
            if (count < 0) {
                return errno;
            }
            m_spill.resize(filled + std::size_t(count));
            if (count == 0) {
                m_text = m_spill;
                return 0;
            }
        }
    }

    std::array<char, stackBufferSize> m_buffer;
    std::string m_spill;
    std::string_view m_text;
};

// ENOENT and ESRCH are what procfs returns once the process has exited.
bool isVanishedError(int error)
{
    return error == ENOENT || error == ESRCH;
}

// Reads the inode of the process's PID namespace. Returns 0 when the link may not be read (EACCES
// for another user's process without CAP_SYS_PTRACE) and nothing when the process has gone.
std::optional<quint64> readPidNamespace(int processFd)
{
    struct stat status = {};
    if (::fstatat(processFd, "ns/pid", &status, 0) == 0) {
        return status.st_ino;
    }
    if (errno != ENOENT) {
        return quint64(0);
    }

    // In a fixture tree ns/pid is a dangling symlink whose target is the text the kernel shows,
    // "pid:[4026531836]", so stat() fails with ENOENT and the link text is parsed instead. On the
    // real /proc, ENOENT means the process has gone, and then readlink fails too.
    std::array<char, 64> target;
    const ssize_t length = ::readlinkat(processFd, "ns/pid", target.data(), target.size());
    if (length < 0) {
        return std::nullopt;
    }
    return procfs::parseNamespaceLink(std::string_view(target.data(), std::size_t(length)));
}

// Reads one of stat and status. An empty or truncated file is a short read of a process that
// exited meanwhile, because the kernel ends both files with a newline.
ReadOutcome readLineFile(FileText &file, int processFd, const char *name)
{
    const int error = file.read(processFd, name);
    if (isVanishedError(error) || (error == 0 && !file.text().ends_with('\n'))) {
        return ReadOutcome::Vanished;
    }
    return error == 0 ? ReadOutcome::Read : ReadOutcome::Malformed;
}

class ProcessParser
{
public:
    ProcessParser(int processFd, qint32 pid)
        : m_processFd(processFd)
        , m_pid(pid)
    {
    }

    std::optional<ProcessInfo> parse()
    {
        if (!readStat() || !readStatus() || !readCmdline() || !readNamespace()) {
            return std::nullopt;
        }
        return m_process;
    }

private:
    bool readStat()
    {
        if (!check(readLineFile(m_file, m_processFd, "stat"), "stat")) {
            return false;
        }

        const auto stat = procfs::parseStat(m_file.text());
        if (!stat) {
            return check(ReadOutcome::Malformed, "stat");
        }
        m_process.hostPid = m_pid;
        m_process.parentPid = stat->parentPid;
        m_process.state = stat->state;
        m_process.name = stat->name;
        m_process.startTime = stat->startTime;
        m_process.cpuTicks = stat->cpuTicks;
        m_process.residentBytes = stat->residentPages * pageSize();
        m_process.threadCount = stat->threadCount;
        return true;
    }

    bool readStatus()
    {
        if (!check(readLineFile(m_file, m_processFd, "status"), "status")) {
            return false;
        }

        // The outermost NSpid entry is the PID in the namespace of this procfs mount, so it must
        // equal the folder name. A mismatch means a malformed file.
        auto status = procfs::parseStatus(m_file.text());
        if (!status || status->namespacePids.first() != m_pid) {
            return check(ReadOutcome::Malformed, "status");
        }
        m_process.uid = status->uid;
        m_process.namespacePids = std::move(status->namespacePids);
        return true;
    }

    bool readCmdline()
    {
        const int error = m_file.read(m_processFd, "cmdline");
        if (error != 0) {
            return check(
                isVanishedError(error) ? ReadOutcome::Vanished : ReadOutcome::Malformed, "cmdline");
        }
        m_process.arguments = procfs::parseCmdline(m_file.text());
        return true;
    }

    bool readNamespace()
    {
        const auto pidNamespace = readPidNamespace(m_processFd);
        if (!pidNamespace) {
            return false;
        }
        m_process.pidNamespace = *pidNamespace;
        return true;
    }

    // Returns whether the file was read. A malformed file gets the process's one debug line.
    bool check(ReadOutcome outcome, const char *fileName) const
    {
        if (outcome == ReadOutcome::Malformed) {
            procLogger()->debug(
                "Skipping process {}: {} is malformed or unreadable", m_pid, fileName);
        }
        return outcome == ReadOutcome::Read;
    }

    static quint64 pageSize()
    {
        static const quint64 size = quint64(::sysconf(_SC_PAGESIZE));
        return size;
    }

    int m_processFd;
    qint32 m_pid;
    FileText m_file;
    ProcessInfo m_process;
};

// Reads one process folder below rootFd. Reading every file through the folder's fd keeps them
// consistent: once the process exits, a PID reused by a new process does not leak into them.
std::optional<ProcessInfo> readProcessAt(int rootFd, const char *folderName, qint32 pid)
{
    const FileDescriptor processDir(
        ::openat(rootFd, folderName, O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!processDir.isValid()) {
        return std::nullopt;
    }
    return ProcessParser(processDir.get(), pid).parse();
}

std::optional<qint32> parseProcessFolderName(std::string_view name)
{
    qint32 pid = 0;
    const char *end = name.data() + name.size();
    const auto [parsedEnd, error] = std::from_chars(name.data(), end, pid);
    if (error != std::errc {} || parsedEnd != end || pid <= 0) {
        return std::nullopt;
    }
    return pid;
}

FileDescriptor openProcRoot(const QString &procRoot)
{
    FileDescriptor root(
        ::open(QFile::encodeName(procRoot).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root.isValid()) {
        procLogger()->error("Failed to open the procfs folder {}: {}", procRoot.toStdString(),
            std::strerror(errno));
    }
    return root;
}

// Opens a directory stream on a duplicate of rootFd, because closedir() closes the fd it owns.
DIR *openListing(int rootFd)
{
    const int listingFd = ::fcntl(rootFd, F_DUPFD_CLOEXEC, 0);
    if (listingFd < 0) {
        return nullptr;
    }

    DIR *listing = ::fdopendir(listingFd);
    if (!listing) {
        const int error = errno;
        ::close(listingFd);
        errno = error;
    }
    return listing;
}

} // namespace

ProcReader::ProcReader(QString procRoot)
    : m_procRoot(std::move(procRoot))
{
}

namespace {

// Reads the given process folders, split over a few threads when there are many. Most of a
// scan's time is the kernel formatting each process's files, which parallelises well.
ProcessList readFolders(int rootFd, const std::vector<std::pair<std::string, qint32>> &folders)
{
    constexpr std::size_t foldersPerThread = 1000;
    const std::size_t threadCount = std::clamp<std::size_t>(
        folders.size() / foldersPerThread, 1, std::max(1u, std::thread::hardware_concurrency()));
    const std::size_t chunkSize = (folders.size() + threadCount - 1) / threadCount;

    std::vector<ProcessList> chunks(threadCount);
    const auto readChunk = [&](std::size_t index) {
        const std::size_t begin = index * chunkSize;
        const std::size_t end = std::min(folders.size(), begin + chunkSize);
        for (std::size_t i = begin; i < end; ++i) {
            if (auto process = readProcessAt(rootFd, folders[i].first.c_str(), folders[i].second)) {
                chunks[index].append(std::move(*process));
            }
        }
    };

    std::vector<std::thread> workers;
    for (std::size_t index = 1; index < threadCount; ++index) {
        workers.emplace_back(readChunk, index);
    }
    readChunk(0);
    for (std::thread &worker : workers) {
        worker.join();
    }

    ProcessList processes;
    processes.reserve(static_cast<qsizetype>(folders.size()));
    for (ProcessList &chunk : chunks) {
        processes.append(std::move(chunk));
    }
    return processes;
}

} // namespace

ProcessList ProcReader::readAll() const
{
    const FileDescriptor root = openProcRoot(m_procRoot);
    if (!root.isValid()) {
        return {};
    }

    DIR *listing = openListing(root.get());
    if (!listing) {
        procLogger()->error("Failed to list the procfs folder {}: {}", m_procRoot.toStdString(),
            std::strerror(errno));
        return {};
    }

    std::vector<std::pair<std::string, qint32>> folders;
    while (const dirent *entry = ::readdir(listing)) {
        if (const auto pid = parseProcessFolderName(entry->d_name)) {
            folders.emplace_back(entry->d_name, *pid);
        }
    }
    ::closedir(listing);

    ProcessList processes = readFolders(root.get(), folders);

    // /proc lists in PID order, but fixture folders do not.
    std::sort(processes.begin(), processes.end(),
        [](const ProcessInfo &a, const ProcessInfo &b) { return a.hostPid < b.hostPid; });
    return processes;
}

std::optional<ProcessInfo> ProcReader::read(qint32 pid) const
{
    if (pid <= 0) {
        return std::nullopt;
    }

    const FileDescriptor root = openProcRoot(m_procRoot);
    if (!root.isValid()) {
        return std::nullopt;
    }
    return readProcessAt(root.get(), std::to_string(pid).c_str(), pid);
}

} // namespace nestbox
