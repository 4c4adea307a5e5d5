// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/SpfMacro.h"

#include "spf/SpfDomain.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace {
// One piece of a macro-string: literal text, or a macro-expand.
struct Token
{
    bool isMacro = false;
    QString literal; // the text of a literal, or of %%, %_ and %-
    QChar letter;    // "%{" letter transformers delimiters "}"
    int digits = 0;  // 0: all parts
    bool reverse = false;
    QString delimiters;
};

constexpr int maxDigits = 1000; // larger counts mean "all parts" anyway

bool isDelimiter(QChar c)
{
    return QStringLiteral(".-+,/_=").contains(c);
}

// Splits `text` into tokens; on a syntax error returns false and says why.
bool tokenize(const QString &text, SpfMacro::Scope scope, QList<Token> *tokens, QString *error)
{
    const bool explanation = scope == SpfMacro::Scope::Explanation;
    // RFC 7208 section 7.2: c, r and t only in explanation text.
    const QString letters = explanation ? QStringLiteral("slodipvhcrt")
                                        : QStringLiteral("slodipvh");
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%')) {
            // macro-literal = %x21-24 / %x26-7E; explain-string adds SP.
            const ushort u = c.unicode();
            if (u < 0x20 || u > 0x7e || (u == 0x20 && !explanation)) {
                *error = SpfMacro::tr("character U+%1 is not allowed")
                             .arg(QString::number(u, 16)
                                      .rightJustified(4, QLatin1Char('0'))
                                      .toUpper());
                return false;
            }
            Token token;
            token.literal = c;
            tokens->append(token);
            ++i;
            continue;
        }
        if (i + 1 >= text.size()) {
            *error = SpfMacro::tr("\"%\" at the end: write \"%%\" for a percent sign");
            return false;
        }
        const QChar next = text.at(i + 1);
        Token token;
        token.isMacro = true;
        if (next == QLatin1Char('%') || next == QLatin1Char('_') || next == QLatin1Char('-')) {
            // RFC 7208 section 7.1: "%%", "%_" (space), "%-" ("%20").
            token.literal = next == QLatin1Char('%')   ? QStringLiteral("%")
                            : next == QLatin1Char('_') ? QStringLiteral(" ")
                                                       : QStringLiteral("%20");
            tokens->append(token);
            i += 2;
            continue;
        }
        if (next != QLatin1Char('{')) {
            *error = SpfMacro::tr(
                         "\"%%1\" is not a macro: \"%\" must be followed by \"{\", \"%\", \"_\" or "
                         "\"-\"")
                         .arg(next);
            return false;
        }
        i += 2;
        if (i >= text.size() || !letters.contains(text.at(i).toLower())) {
            *error = i < text.size() ? SpfMacro::tr("unknown macro letter \"%1\"").arg(text.at(i))
                                     : SpfMacro::tr("unterminated macro");
            return false;
        }
        token.letter = text.at(i++);
        bool hasDigits = false;
        while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 0x80) {
            hasDigits = true;
            token.digits = std::min(maxDigits, token.digits * 10 + (text.at(i).unicode() - '0'));
            ++i;
        }
        if (hasDigits && token.digits == 0) {
            *error = SpfMacro::tr("a macro cannot keep zero parts"); // RFC 7208 section 7.3
            return false;
        }
        if (i < text.size() && text.at(i).toLower() == QLatin1Char('r')) {
            token.reverse = true;
            ++i;
        }
        while (i < text.size() && isDelimiter(text.at(i)))
            token.delimiters.append(text.at(i++));
        if (i >= text.size() || text.at(i) != QLatin1Char('}')) {
            *error = SpfMacro::tr("malformed macro");
            return false;
        }
        ++i;
        tokens->append(token);
    }
    return true;
}

QString valueOf(QChar letter, const SpfMacroContext &context)
{
    const bool ip4 = context.client.protocol() == QAbstractSocket::IPv4Protocol;
    switch (letter.toLower().unicode()) {
    case 's':
        return context.sender();
    case 'l':
        return context.localPart;
    case 'o':
        return context.senderDomain;
    case 'd':
        return context.domain;
    case 'i':
        return SpfDomain::dottedAddress(context.client);
    case 'p':
        return context.validatedName;
    case 'v':
        return ip4 ? QStringLiteral("in-addr") : QStringLiteral("ip6");
    case 'h':
        return context.helo;
    case 'c':
        return context.client.toString();
    case 'r':
        return context.receiver;
    case 't':
        return QString::number(context.timestamp);
    }
    return {};
}

// RFC 7208 section 7.3: split on the delimiters, reverse, keep the rightmost
// parts, join with dots.
QString transformed(const QString &value, const Token &token)
{
    const QString delimiters = token.delimiters.isEmpty() ? QStringLiteral(".") : token.delimiters;
    QStringList parts;
    QString part;
    for (const QChar c : value) {
        if (delimiters.contains(c)) {
            parts.append(part);
            part.clear();
        } else {
            part.append(c);
        }
    }
    parts.append(part);
    if (token.reverse)
        std::reverse(parts.begin(), parts.end());
    if (token.digits > 0 && token.digits < parts.size())
        parts = parts.mid(parts.size() - token.digits);
    return parts.join(QLatin1Char('.'));
}
} // namespace

QString SpfMacro::syntaxError(const QString &text, Scope scope)
{
    QList<Token> tokens;
    QString error;
    tokenize(text, scope, &tokens, &error);
    return error;
}

QString SpfMacro::domainSpecError(const QString &spec)
{
    if (spec.isEmpty())
        return tr("the domain is missing");
    QList<Token> tokens;
    QString error;
    if (!tokenize(spec, Scope::DomainSpec, &tokens, &error))
        return error;
    if (tokens.last().isMacro)
        return {};
    QString tail;
    for (int i = tokens.size() - 1; i >= 0 && !tokens.at(i).isMacro; --i)
        tail.prepend(tokens.at(i).literal);
    if (tail.endsWith(QLatin1Char('.')))
        tail.chop(1);
    const int dot = tail.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || !SpfDomain::isValidTopLabel(tail.mid(dot + 1)))
        return tr("\"%1\" does not end in a valid top-level label").arg(spec);
    return {};
}

bool SpfMacro::usesValidatedName(const QString &text)
{
    QList<Token> tokens;
    QString error;
    tokenize(text, Scope::Explanation, &tokens, &error);
    return std::any_of(tokens.cbegin(), tokens.cend(), [](const Token &token) {
        return token.letter.toLower() == QLatin1Char('p');
    });
}

QString SpfMacro::expand(const QString &text, const SpfMacroContext &context)
{
    QList<Token> tokens;
    QString error;
    tokenize(text, Scope::Explanation, &tokens, &error);
    QString result;
    for (const Token &token : std::as_const(tokens)) {
        if (token.letter.isNull()) {
            result.append(token.literal);
            continue;
        }
        const QString value = transformed(valueOf(token.letter, context), token);
        // RFC 7208 section 7.3: an upper-case letter asks for URL escaping of
        // everything outside the unreserved set of RFC 3986.
        if (token.letter.isUpper())
            result.append(QString::fromLatin1(QUrl::toPercentEncoding(value)));
        else
            result.append(value);
    }
    return result;
}
