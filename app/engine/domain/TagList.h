// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The tag=value list that DKIM key records (RFC 6376 section 3.2) and DMARC
// records (RFC 7489 section 6.4, which borrows it) are written in. Pure: it
// splits and checks the list, the record classes give the tags a meaning.
class TagList
{
    Q_DECLARE_TR_FUNCTIONS(TagList)
public:
    // DKIM tag names are case-sensitive (RFC 6376 section 3.2); DMARC's are
    // ABNF literals, so case-insensitive (RFC 5234 section 2.3).
    enum class NameCase { Sensitive, Insensitive };

    struct Tag
    {
        QString name;  // as written
        QString value; // without the surrounding whitespace
        int position = 0;
        int valuePosition = 0;
    };

    // Past this many errors, the rest of the list is not reported: a hostile
    // record must not produce a report of unbounded length.
    static constexpr int maxErrors = 20;

    static TagList parse(const QString &text, NameCase nameCase);
    // WSP and FWS (RFC 5234 appendix B.1, RFC 6376 section 2.8): space, tab,
    // and the CR LF of folding. Not QChar::isSpace(), which also takes U+00A0.
    static bool isWhitespace(QChar c);
    static QString trimmed(const QString &text);
    // A shortened, printable form of record text for messages and evidence.
    static QString forDisplay(const QString &text, int maxLength = 60);

    bool isValid() const { return m_errors.isEmpty(); }
    QList<RecordError> errors() const { return m_errors; }
    QList<Tag> tags() const { return m_tags; }
    std::optional<Tag> tag(const QString &name) const;
    bool isEmpty() const { return m_tags.isEmpty(); }

private:
    std::optional<Tag> parseSpec(const QString &spec, int position);
    void addError(RecordError::Kind kind, int position, const QString &tag, const QString &message);
    QString key(const QString &name) const;

    NameCase m_nameCase = NameCase::Sensitive;
    QList<Tag> m_tags;
    QList<RecordError> m_errors;
};
