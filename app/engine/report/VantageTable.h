// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct VantageView;

// The "From this computer | From your website" table of a report: one row
// per port that either side tried, the chosen port first, each side's
// outcome in words (open, greeting name, TLS) and whether the two differ.
// Built once from the findings' subjects, ids and facts (never their
// texts) by ReportDigest, and shown by every human format and the results
// pane. Empty when the report holds no view from the website.
class VantageTable
{
    Q_DECLARE_TR_FUNCTIONS(VantageTable)
public:
    struct Row
    {
        quint16 port = 0;
        QString here;         // what this computer saw, in words ("not tested")
        QString site;         // what the website saw
        bool differs = false; // both sides tried it and saw different things
    };

    explicit VantageTable(const Report &report);

    bool isEmpty() const { return m_rows.isEmpty(); }
    const QList<Row> &rows() const { return m_rows; }

    static QString title();
    static QString portHeading();
    static QString hereHeading();
    static QString siteHeading();
    // The word beside a differing row: the difference is said, not only coloured.
    static QString differsMark();

private:
    static QString sideText(const VantageView &view, quint16 port);

    QList<Row> m_rows;
};
