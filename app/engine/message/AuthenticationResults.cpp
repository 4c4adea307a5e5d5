// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/AuthenticationResults.h"

#include "message/HeaderLexer.h"

namespace {

using Token = HeaderLexer::Token;
using Kind = Token::Kind;

// A bounded header: more results than this is not a real receiver's.
constexpr int maxResults = 200;

bool isSeparator(const Token &token, char c)
{
    return token.kind == Kind::Separator && token.text == QLatin1Char(c);
}

bool isValue(const Token &token)
{
    return token.kind == Kind::Word || token.kind == Kind::Quoted;
}

// Reads the resinfo list after the authserv-id (RFC 8601 section 2.2):
// ";" method [ "/" version ] "=" result [ reason ] *( ptype "." property "=" value ).
void readResults(const QList<Token> &tokens, qsizetype i, AuthenticationResults &out)
{
    AuthenticationResults::Result *current = nullptr;
    bool commentTaken = false;
    while (i < tokens.size() && out.results.size() < maxResults) {
        const Token &token = tokens.at(i);
        if (isSeparator(token, ';')) {
            current = nullptr;
            ++i;
            continue;
        }
        if (token.kind == Kind::Comment) {
            if (current && !commentTaken) {
                current->comment = token.text.simplified();
                commentTaken = true;
            }
            ++i;
            continue;
        }
        // name "=" value, with the value possibly missing in broken headers.
        const bool assignment = isValue(token) && i + 1 < tokens.size()
                                && isSeparator(tokens.at(i + 1), '=');
        QString value;
        qsizetype next = i + 1;
        if (assignment) {
            next = i + 2;
            while (next < tokens.size() && tokens.at(next).kind == Kind::Comment)
                ++next;
            if (next < tokens.size() && isValue(tokens.at(next)))
                value = tokens.at(next++).text;
        }
        if (!current) {
            // "none" alone says no method was checked.
            if (!assignment) {
                i = next;
                continue;
            }
            AuthenticationResults::Result result;
            const QString method = token.text.toLower();
            const qsizetype slash = method.indexOf(QLatin1Char('/'));
            result.method = slash < 0 ? method : method.left(slash).trimmed();
            result.version = slash < 0 ? QString() : method.mid(slash + 1).trimmed();
            result.result = value.toLower();
            out.results.append(result);
            current = &out.results.last();
            commentTaken = false;
        } else if (assignment) {
            const QString name = token.text;
            const qsizetype dot = name.indexOf(QLatin1Char('.'));
            if (name.compare(QLatin1String("reason"), Qt::CaseInsensitive) == 0)
                current->reason = value;
            else if (dot > 0)
                current->properties.append(
                    {name.left(dot).toLower(), name.mid(dot + 1).toLower(), value});
            else // Microsoft's "action=", "compauth" "reason=": kept without a type.
                current->properties.append({QString(), name.toLower(), value});
        }
        i = next;
    }
}

std::optional<AuthenticationResults> parseFrom(const QList<Token> &tokens,
                                               qsizetype i,
                                               const QString &raw,
                                               int instance)
{
    while (i < tokens.size() && tokens.at(i).kind == Kind::Comment)
        ++i;
    if (i >= tokens.size() || !isValue(tokens.at(i)))
        return std::nullopt;
    AuthenticationResults results;
    results.raw = raw.simplified();
    results.arcInstance = instance;
    // Some receivers leave the authserv-id out ("spf=pass ..."): read on.
    if (i + 1 < tokens.size() && isSeparator(tokens.at(i + 1), '=')) {
        readResults(tokens, i, results);
        return results;
    }
    results.authservId = tokens.at(i).text.toLower();
    ++i;
    // An optional authres-version (a number) before the first ";".
    while (i < tokens.size() && !isSeparator(tokens.at(i), ';'))
        ++i;
    readResults(tokens, i, results);
    return results;
}

} // namespace

QString AuthenticationResults::Result::property(const QString &type, const QString &name) const
{
    for (const Property &entry : properties) {
        if (entry.type == type && entry.property == name)
            return entry.value;
    }
    return {};
}

QList<AuthenticationResults::Result> AuthenticationResults::resultsOf(const QString &method) const
{
    QList<Result> found;
    for (const Result &result : results) {
        if (result.method == method)
            found.append(result);
    }
    return found;
}

std::optional<AuthenticationResults> AuthenticationResults::parse(const QString &value)
{
    const QList<Token> tokens = HeaderLexer::tokens(value, QStringLiteral(";="));
    return parseFrom(tokens, 0, value, 0);
}

std::optional<AuthenticationResults> AuthenticationResults::parseArc(const QString &value)
{
    // arc-info = instance [CFWS] ";" authres-payload; instance = "i=" 1*2DIGIT
    // (RFC 8617 sections 4.1.1 and 4.2.1: 1 to 50).
    const QList<Token> tokens = HeaderLexer::tokens(value, QStringLiteral(";="));
    qsizetype i = 0;
    while (i < tokens.size() && tokens.at(i).kind == Kind::Comment)
        ++i;
    if (i + 3 >= tokens.size() || tokens.at(i).text.compare(QLatin1String("i"), Qt::CaseInsensitive)
        || !isSeparator(tokens.at(i + 1), '=') || !isSeparator(tokens.at(i + 3), ';'))
        return std::nullopt;
    bool ok = false;
    const int instance = tokens.at(i + 2).text.toInt(&ok);
    if (!ok || instance < 1 || instance > 50)
        return std::nullopt;
    return parseFrom(tokens, i + 4, value, instance);
}
