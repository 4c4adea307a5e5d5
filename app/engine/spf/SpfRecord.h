// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spf/SpfTerm.h"

#include <QByteArray>
#include <QList>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// A parsed SPF record (RFC 7208 sections 4.5, 4.6 and 12): its terms in
// order, with their positions, and every syntax error found. Pure: the
// evaluator uses it, and so can findings that lint a record (syntax, +all,
// the number of lookups) without evaluating it.
class SpfRecord
{
    Q_DECLARE_TR_FUNCTIONS(SpfRecord)
public:
    struct Error
    {
        int position = 0; // offset in the record text
        QString term;     // the offending term as written
        QString message;  // what is wrong with it, for people
    };

    // A TXT record is an SPF record when it starts with "v=spf1" (any case)
    // followed by a space or its end (RFC 7208 section 4.5).
    static bool isSpfRecord(const QByteArray &txt);
    static bool isSpfRecord(const QString &txt);
    // The SPF records among the RDATA of a TXT answer, strings joined (RFC
    // 7208 sections 3.3 and 4.5); malformed RDATA is skipped. Bytes become
    // characters one to one, so parse() can refuse what is not ASCII.
    static QStringList selectRecords(const QList<QByteArray> &txtRdata);
    // Parses the whole record; a text that is not an SPF record yields one
    // error. Every term is checked, not only the first bad one (section 4.6).
    static SpfRecord parse(const QString &text);

    QString text() const { return m_text; }
    bool isValid() const { return m_errors.isEmpty(); }
    QList<Error> errors() const { return m_errors; }
    // "unknown mechanism \"moo\" (at 25: moo)": the first error, for a trail.
    QString errorSummary() const;

    QList<SpfTerm> terms() const { return m_terms; }
    QList<SpfTerm> mechanisms() const;
    std::optional<SpfTerm> redirect() const;
    std::optional<SpfTerm> explanation() const;
    // How many terms cost a DNS lookup if all were evaluated (section 4.6.4);
    // included records are not counted.
    int lookupTermCount() const;
    // The first "all" mechanism when its qualifier is "+" or "?": a record
    // that lets anyone, or nobody in particular, send as the domain.
    std::optional<SpfTerm> permissiveAll() const;

private:
    void parseTerm(const QString &text, int position);
    void addError(const QString &term, int position, const QString &message);

    QString m_text;
    QList<SpfTerm> m_terms;
    QList<Error> m_errors;
};
