// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

// Text for roff with the man(7) macros: escaping and the few macros the
// man pages use. Non-ASCII letters become \[uXXXX], so that groff reads
// the French page the same without preconv.
class Roff
{
public:
    // Prose: backslashes escaped, a leading "." or "'" made literal.
    static QString text(const QString &prose);
    // A command line word: like text(), and every "-" a real minus sign
    // (\-), so that the option can be copied and searched for.
    static QString literal(const QString &word);
    // ".SH TITLE" (and ".SS" for a subsection).
    static QString section(const QString &title);
    static QString subsection(const QString &title);
    static QString paragraph(const QString &prose);
    // A tagged paragraph: the tag in bold (and its argument in italics),
    // then the description.
    static QString tagged(const QString &tag, const QString &argument, const QString &body);
    // An option's tag: "-q, --quiet" or "--host H".
    static QString optionTag(const QCommandLineOption &option);
    // An example: the command line in bold, its meaning below, indented.
    static QString example(const QStringList &words, const QString &meaning);
};
