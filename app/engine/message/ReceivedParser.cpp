// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/ReceivedParser.h"

#include "message/HeaderLexer.h"
#include "message/MessageDate.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

using Token = HeaderLexer::Token;
using Kind = Token::Kind;

enum class Clause { None, From, By, Via, With, Id, For };

Clause clauseOf(const QString &word)
{
    const QString key = word.toLower();
    if (key == QLatin1String("from"))
        return Clause::From;
    if (key == QLatin1String("by"))
        return Clause::By;
    if (key == QLatin1String("via"))
        return Clause::Via;
    if (key == QLatin1String("with"))
        return Clause::With;
    if (key == QLatin1String("id"))
        return Clause::Id;
    if (key == QLatin1String("for"))
        return Clause::For;
    return Clause::None;
}

// "[192.0.2.1]", "[IPv6:2001:db8::1]" (RFC 5321 section 4.1.3), or a bare address.
QHostAddress addressIn(QString text)
{
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    if (text.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        text = text.mid(5);
    QHostAddress address;
    if (!address.setAddress(text))
        return {};
    return address;
}

QString hostName(QString text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.toLower();
}

// The comment after "from": "(mail.example.com [192.0.2.1])" (Postfix,
// Sendmail, Microsoft; Postfix writes "unknown" when the address has no
// name), "([192.0.2.1] helo=client)" (Exim), "(HELO client)" (qmail).
void readFromComment(const QString &comment, ReceivedHop &hop)
{
    QStringList words = comment.split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                      Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const QString lower = word.toLower();
        if (lower.startsWith(QLatin1String("helo="))) {
            hop.heloName = hostName(word.mid(5));
        } else if ((lower == QLatin1String("helo") || lower == QLatin1String("ehlo"))
                   && i + 1 < words.size()) {
            hop.heloName = hostName(words.at(++i));
        } else if (const QHostAddress address = addressIn(word);
                   !address.isNull() && hop.address.isNull()) {
            hop.address = address;
            const QString before = i > 0 ? words.at(i - 1) : QString();
            if (hop.reverseName.isEmpty() && !before.isEmpty() && !before.contains(QLatin1Char('='))
                && addressIn(before).isNull())
                hop.reverseName = hostName(before);
        }
    }
}

} // namespace

ReceivedHop ReceivedParser::parse(const QString &value)
{
    ReceivedHop hop;
    hop.raw = value.simplified();
    const QList<Token> tokens = HeaderLexer::tokens(value, QStringLiteral(";"));
    // The date follows the last ";" outside comments (RFC 5322 section 3.6.7).
    qsizetype dateStart = -1;
    for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
        if (tokens.at(i).kind == Kind::Separator) {
            dateStart = i;
            break;
        }
    }
    if (dateStart >= 0)
        hop.time = MessageDate::parse(value.mid(tokens.at(dateStart).position + 1));

    Clause clause = Clause::None;
    bool hasValue = true;
    const qsizetype end = dateStart >= 0 ? dateStart : tokens.size();
    for (qsizetype i = 0; i < end; ++i) {
        const Token &token = tokens.at(i);
        if (token.kind == Kind::Separator)
            continue;
        if (token.kind == Kind::Comment) {
            if (clause == Clause::From)
                readFromComment(token.text, hop);
            continue;
        }
        if (hasValue && token.kind == Kind::Word) {
            if (const Clause next = clauseOf(token.text); next != Clause::None) {
                clause = next;
                hasValue = false;
                continue;
            }
        }
        if (hasValue) {
            // A second word in "from" is Exim's or Sendmail's literal.
            if (clause == Clause::From && hop.address.isNull())
                hop.address = addressIn(token.text);
            continue;
        }
        hasValue = true;
        QString text = token.text;
        switch (clause) {
        case Clause::From:
            if (const QHostAddress address = addressIn(text); !address.isNull())
                hop.address = address;
            else
                hop.fromName = hostName(text);
            break;
        case Clause::By:
            hop.by = hostName(text);
            break;
        case Clause::Via:
            hop.via = text;
            break;
        case Clause::With:
            hop.with = text;
            break;
        case Clause::Id:
            hop.id = text;
            break;
        case Clause::For:
            if (text.startsWith(QLatin1Char('<')) && text.endsWith(QLatin1Char('>')))
                text = text.mid(1, text.size() - 2);
            hop.forAddress = text;
            break;
        case Clause::None:
            break;
        }
    }
    return hop;
}
