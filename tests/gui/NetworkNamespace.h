// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

// Moves the calling thread into a named network namespace (`ip netns`) and
// back when it goes out of scope. Sockets the thread opens meanwhile live
// in that namespace, so the wizard's connects go through the lab's
// firewall rules and cannot reach anything else. Needs root.
class NetworkNamespace
{
public:
    explicit NetworkNamespace(const QString &name)
        : m_original(::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC))
    {
        const QByteArray path = QStringLiteral("/run/netns/%1").arg(name).toLocal8Bit();
        const int target = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        m_entered = m_original >= 0 && target >= 0 && ::setns(target, CLONE_NEWNET) == 0;
        if (target >= 0)
            ::close(target);
    }
    ~NetworkNamespace()
    {
        if (m_entered)
            ::setns(m_original, CLONE_NEWNET);
        if (m_original >= 0)
            ::close(m_original);
    }
    NetworkNamespace(const NetworkNamespace &) = delete;
    NetworkNamespace &operator=(const NetworkNamespace &) = delete;

    bool isEntered() const { return m_entered; }

private:
    int m_original;
    bool m_entered = false;
};
