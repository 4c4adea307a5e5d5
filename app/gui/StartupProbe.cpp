// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWindow>
#include <QWizard>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <link.h>

namespace {

// Started during static initialisation, before main() runs.
QElapsedTimer &sinceStaticInit()
{
    static QElapsedTimer clock;
    return clock;
}
const bool clockStarted = [] {
    sinceStaticInit().start();
    return true;
}();

qint64 realtimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Shared objects mapped now (the executable and the vDSO included).
int loadedObjects()
{
    int count = 0;
    dl_iterate_phdr(
        [](dl_phdr_info *, size_t, void *data) { return ++*static_cast<int *>(data), 0; }, &count);
    return count;
}

// Whether a shared object whose file name starts with `stem` is loaded now.
bool isLoaded(const char *stem)
{
    struct Search
    {
        const char *stem;
        bool found;
    } search{stem, false};
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            auto *search = static_cast<Search *>(data);
            const char *slash = std::strrchr(info->dlpi_name, '/');
            const char *file = slash ? slash + 1 : info->dlpi_name;
            if (std::strncmp(file, search->stem, std::strlen(search->stem)) == 0)
                search->found = true;
            return 0;
        },
        &search);
    return search.found;
}

// Resident set size now, in KiB: the VmRSS line of /proc/self/status
// (0 where there is no such file).
long residentKb()
{
    long kb = 0;
    if (std::FILE *status = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, status))
            if (std::sscanf(line, "VmRSS: %ld kB", &kb) == 1)
                break;
        std::fclose(status);
    }
    return kb;
}

// SMTP_DOCTOR_STARTUP_PROBE=steps: after the first line, waits for the
// wizard's steps and prints, then quits:
//   startup-probe: steps pages=N unbound_at_first_paint=0|1 unbound_now=0|1
void reportSteps(bool unboundAtFirstPaint)
{
    QWizard *wizard = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<QWizard *>(widget))
            wizard = found;
    }
    // The steps add their pages at once: more than the welcome page means
    // they are in. Polled, so that the floor's program builds this file too.
    auto *poll = new QTimer(QCoreApplication::instance());
    QObject::connect(
        poll, &QTimer::timeout, poll, [poll, wizard, unboundAtFirstPaint, rounds = 0]() mutable {
            const qsizetype pages = wizard ? wizard->pageIds().size() : 0;
            if (pages < 2 && ++rounds < 2000) // 10 s
                return;
            poll->stop();
            std::fprintf(
                stderr,
                "startup-probe: steps pages=%lld unbound_at_first_paint=%d unbound_now=%d\n",
                static_cast<long long>(pages),
                unboundAtFirstPaint ? 1 : 0,
                isLoaded("libunbound") ? 1 : 0);
            QCoreApplication::quit();
        });
    poll->start(5);
}

class FirstExposure : public QObject
{
public:
    FirstExposure(qint64 applicationMs, bool waitForSteps, QObject *parent)
        : QObject(parent)
        , m_applicationMs(applicationMs)
        , m_waitForSteps(waitForSteps)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (m_done || event->type() != QEvent::Expose || !window || !window->isTopLevel())
            return false;
        // The Expose event comes first; isExposed() turns true, and the
        // widgets paint, while it is handled: measure once that is done.
        QTimer::singleShot(0, this, [this, window = QPointer<QWindow>(window)] {
            if (m_done || !window || !window->isExposed())
                return;
            m_done = true;
            std::fprintf(stderr,
                         "startup-probe: wall_ns=%lld qapplication_ms=%lld exposed_ms=%lld "
                         "objects=%d vmrss_kb=%ld\n",
                         static_cast<long long>(realtimeNs()),
                         static_cast<long long>(m_applicationMs),
                         static_cast<long long>(sinceStaticInit().elapsed()),
                         loadedObjects(),
                         residentKb());
            if (m_waitForSteps)
                reportSteps(isLoaded("libunbound"));
            else
                QCoreApplication::quit();
        });
        return false;
    }

private:
    qint64 m_applicationMs;
    bool m_waitForSteps;
    bool m_done = false;
};

} // namespace

void StartupProbe::installIfAsked(QApplication &app)
{
    Q_UNUSED(clockStarted);
    const QString mode = qEnvironmentVariable("SMTP_DOCTOR_STARTUP_PROBE");
    if (mode != QLatin1String("1") && mode != QLatin1String("steps"))
        return;
    app.installEventFilter(
        new FirstExposure(sinceStaticInit().elapsed(), mode == QLatin1String("steps"), &app));
}
