// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/HeaderLexer.h"

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
           || c == QLatin1Char('\n');
}

} // namespace

QList<HeaderLexer::Token> HeaderLexer::tokens(const QString &value, const QString &separators)
{
    using Kind = Token::Kind;
    QList<Token> result;
    const int size = int(value.size());
    int i = 0;
    while (i < size) {
        const QChar c = value.at(i);
        if (isSpace(c)) {
            ++i;
        } else if (c == QLatin1Char('(')) {
            Token token{Kind::Comment, {}, i};
            int depth = 1;
            for (++i; i < size && depth > 0; ++i) {
                const QChar d = value.at(i);
                if (d == QLatin1Char('\\') && i + 1 < size) {
                    token.text += value.at(++i);
                    continue;
                }
                if (d == QLatin1Char('('))
                    ++depth;
                else if (d == QLatin1Char(')') && --depth == 0)
                    continue;
                token.text += d;
            }
            result.append(token);
        } else if (c == QLatin1Char('"')) {
            Token token{Kind::Quoted, {}, i};
            for (++i; i < size; ++i) {
                const QChar d = value.at(i);
                if (d == QLatin1Char('\\') && i + 1 < size) {
                    token.text += value.at(++i);
                } else if (d == QLatin1Char('"')) {
                    ++i;
                    break;
                } else {
                    token.text += d;
                }
            }
            result.append(token);
        } else if (separators.contains(c)) {
            result.append({Kind::Separator, QString(c), i});
            ++i;
        } else {
            Token token{Kind::Word, {}, i};
            while (i < size) {
                const QChar d = value.at(i);
                if (isSpace(d) || d == QLatin1Char('(') || d == QLatin1Char('"')
                    || separators.contains(d))
                    break;
                token.text += d;
                ++i;
            }
            result.append(token);
        }
    }
    return result;
}
