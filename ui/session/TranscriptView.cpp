// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptView.h"

#include <QFontDatabase>

TranscriptView::TranscriptView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(5000); // a hostile server cannot make it grow without end
    setAccessibleName(tr("Transcript of the SMTP session"));
}

void TranscriptView::showEvent(QShowEvent *event)
{
    // The fixed font when first shown, not when the wizard starts: resolving
    // it reads a font file the first page does not need (issue 19 point 3).
    if (!m_fixedFontSet) {
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_fixedFontSet = true;
    }
    QPlainTextEdit::showEvent(event);
}

QString TranscriptView::line(const Event &event, const QString &label)
{
    QString direction;
    switch (event.kind) {
    case Event::Kind::Sent:
        direction = QStringLiteral("C: ");
        break;
    case Event::Kind::Received:
        direction = QStringLiteral("S: ");
        break;
    case Event::Kind::Tls:
        direction = QStringLiteral("TLS ");
        break;
    case Event::Kind::Connect:
        direction = QStringLiteral("TCP ");
        break;
    case Event::Kind::Dns:
        direction = QStringLiteral("DNS ");
        break;
    case Event::Kind::Note:
        direction = QStringLiteral("    ");
        break;
    }
    const QString tag = label.isEmpty() ? QString()
                                        : QLatin1Char('[') + label + QLatin1String("] ");
    return QStringLiteral("%1 ms  %2%3%4").arg(event.offsetMs, 6).arg(tag, direction, event.text);
}

void TranscriptView::follow(const EventLog *log, const QString &label)
{
    connect(log, &EventLog::eventAdded, this, [this, label](const Event &event) {
        append(event, label);
    });
}

void TranscriptView::append(const Event &event, const QString &label)
{
    // State changes are for the debug log; the transcript shows the dialogue.
    if (event.kind == Event::Kind::Note)
        return;
    appendPlainText(line(event, label));
}
