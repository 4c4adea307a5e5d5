// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/AlignmentSummary.h"
#include "message/HopTimeline.h"
#include "report/Report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The two pictures of a message that arrived: its Received chain as a
// hop-by-hop timeline (the slow hop marked) and the SPF/DKIM/DMARC domains
// against the From domain (aligned or not). Read from message.received_chain's
// facts (never its texts), so a reopened JSON report draws the same. The HTML
// (and so the PDF) report and the wizard's message page show html(); the
// lines are the same in words, for screen readers and text.
class MessageDiagrams
{
    Q_DECLARE_TR_FUNCTIONS(MessageDiagrams)
public:
    explicit MessageDiagrams(const Report &report);
    explicit MessageDiagrams(const QList<Finding> &findings);

    bool isEmpty() const { return !m_timeline && !m_alignment; }
    const std::optional<HopTimeline> &timeline() const { return m_timeline; }
    const std::optional<AlignmentSummary> &alignment() const { return m_alignment; }

    // One sentence per hop: "2. web12.hoster.example [203.0.113.25] → mx.google.com,
    // 18:42:16 UTC, 11 min 14 s after the previous hop (slow: the time went here)".
    QStringList timelineLines() const;
    // One sentence per check, and the conclusion DMARC draws from them.
    QStringList alignmentLines() const;
    // Both, as HTML of the subset QTextDocument renders (headings, tables,
    // styled words; marks are words too, not only colours). Empty when isEmpty().
    QString html() const;

    static QString timelineTitle();
    static QString alignmentTitle();
    static QString delayText(qint64 seconds);

private:
    QString timelineHtml() const;
    QString alignmentHtml() const;
    static QString methodName(const QString &method);
    static QString alignmentWords(const AlignmentSummary::Check &check);
    QString conclusion() const;

    std::optional<HopTimeline> m_timeline;
    std::optional<AlignmentSummary> m_alignment;
};
