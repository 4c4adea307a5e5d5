// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressLine.h"

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

// Columns of the terminal on standard error; a line longer than that wraps,
// and \r then rewrites only its last part.
int terminalColumns()
{
    winsize size{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

void writeToStderr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, bytes.size(), stderr);
    std::fflush(stderr);
}

// "\r" back to the line's start, then "erase in line" (ECMA-48 EL, 8.3.41).
const QString clearLine = QStringLiteral("\r\033[K");

} // namespace

ProgressLine::ProgressLine(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ProgressLine::redraw);
}

ProgressLine::~ProgressLine()
{
    finish();
}

bool ProgressLine::isWanted()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void ProgressLine::show(const QString &step)
{
    m_step = step.simplified();
    m_stepClock.start();
    m_ticker.start();
    redraw();
}

void ProgressLine::finish()
{
    m_ticker.stop();
    if (m_shown)
        writeToStderr(clearLine);
    m_shown = false;
}

void ProgressLine::redraw()
{
    const qint64 seconds = m_stepClock.elapsed() / 1000;
    QString line = QStringLiteral("... ") + m_step;
    if (seconds > 0)
        line += QLatin1Char(' ') + tr("(%1 s)").arg(seconds);
    const int room = terminalColumns() - 1;
    if (line.size() > room)
        line = line.left(std::max(0, room - 3)) + QStringLiteral("...");
    writeToStderr(clearLine + line);
    m_shown = true;
}
