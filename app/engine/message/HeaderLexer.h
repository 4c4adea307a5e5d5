// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Splits a structured header value into words, comments and separators
// (RFC 5322 section 3.2.2: comments nest and take backslash escapes; section
// 3.2.4: quoted strings). What Received and Authentication-Results are
// written in. Pure, linear in the input, never fails: an unclosed comment or
// quote runs to the end.
class HeaderLexer
{
public:
    struct Token
    {
        enum class Kind { Word, Comment, Quoted, Separator };
        Kind kind = Kind::Word;
        QString text;     // without the parentheses or quotes
        int position = 0; // where it starts in the value
    };

    // `separators`: the characters that stand alone (";" and "=" for
    // Authentication-Results, ";" for Received).
    static QList<Token> tokens(const QString &value, const QString &separators);
};
