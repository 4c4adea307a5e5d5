// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWindow>

#include <cstdio>
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

class FirstExposure : public QObject
{
public:
    FirstExposure(qint64 applicationMs, QObject *parent)
        : QObject(parent)
        , m_applicationMs(applicationMs)
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
            QCoreApplication::quit();
        });
        return false;
    }

private:
    qint64 m_applicationMs;
    bool m_done = false;
};

} // namespace

void StartupProbe::installIfAsked(QApplication &app)
{
    Q_UNUSED(clockStarted);
    if (qEnvironmentVariable("SMTP_DOCTOR_STARTUP_PROBE") != QLatin1String("1"))
        return;
    app.installEventFilter(new FirstExposure(sinceStaticInit().elapsed(), &app));
}
