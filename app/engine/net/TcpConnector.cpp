// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/TcpConnector.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

TcpConnector::TcpConnector(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    // Precise: "no answer within the timeout" must not be decided early.
    m_timeout.setTimerType(Qt::PreciseTimer);
    // No answer at all before the deadline: the SYN was dropped on the way.
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(0); });
}

TcpConnector::~TcpConnector()
{
    closeSocket();
}

void TcpConnector::connectTo(const QHostAddress &address, quint16 port, int timeoutMs)
{
    closeSocket();
    m_elapsedUs = -1;
    m_clock.start();

    sockaddr_storage storage{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof(bytes.c));
        in6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }

    m_descriptor = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_descriptor < 0) {
        const int error = errno;
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    if (::connect(m_descriptor, reinterpret_cast<sockaddr *>(&storage), length) == 0) {
        QTimer::singleShot(0, this, [this] { onWritable(); });
        return;
    }
    if (errno != EINPROGRESS) {
        const int error = errno;
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    m_notifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Write, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TcpConnector::onWritable);
    m_timeout.start(timeoutMs);
}

void TcpConnector::abort()
{
    closeSocket();
}

void TcpConnector::onWritable()
{
    if (m_descriptor < 0)
        return;
    int error = 0;
    socklen_t length = sizeof(error);
    if (::getsockopt(m_descriptor, SOL_SOCKET, SO_ERROR, &error, &length) < 0)
        error = errno;
    if (error != 0) {
        fail(error);
        return;
    }
    m_timeout.stop();
    delete m_notifier;
    m_notifier = nullptr;
    const int descriptor = m_descriptor;
    m_descriptor = -1;
    m_elapsedUs = m_clock.nsecsElapsed() / 1000;
    emit connected(descriptor, m_elapsedUs / 1000);
}

void TcpConnector::fail(int error)
{
    ConnectOutcome outcome;
    outcome.error = error;
    // error 0 here means our own deadline: nothing came back at all.
    outcome.kind = error == 0 ? ConnectOutcome::Kind::Filtered : ConnectOutcome::classify(error);
    m_elapsedUs = m_clock.nsecsElapsed() / 1000;
    outcome.elapsedUs = m_elapsedUs;
    outcome.elapsedMs = m_elapsedUs / 1000;
    closeSocket();
    emit failed(outcome);
}

void TcpConnector::closeSocket()
{
    m_timeout.stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_descriptor >= 0) {
        ::close(m_descriptor);
        m_descriptor = -1;
    }
}
