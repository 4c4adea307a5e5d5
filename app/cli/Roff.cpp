// SPDX-License-Identifier: GPL-3.0-or-later
#include "Roff.h"

namespace {

QString escaped(const QString &input, bool minusSigns)
{
    QString out;
    out.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        // French puts a space before ; : ? ! » and after «: never a line
        // break there, or the mark starts the next line alone.
        const bool frenchSpace = c == QLatin1Char(' ')
                                 && ((i + 1 < input.size()
                                      && QStringLiteral(";:?!\u00BB").contains(input.at(i + 1)))
                                     || (i > 0 && input.at(i - 1) == QChar(0x00AB)));
        if (frenchSpace)
            out += QStringLiteral("\\~");
        else if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\e");
        else if (minusSigns && c == QLatin1Char('-'))
            out += QStringLiteral("\\-");
        else if (c == QChar(0x00A0))
            out += QStringLiteral("\\~");
        else if (c.unicode() > 0x7e)
            out += QStringLiteral("\\[u%1]").arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            out += c;
    }
    // groff reads a line that starts with "." or "'" as a request.
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString Roff::text(const QString &prose)
{
    return escaped(prose, false);
}

QString Roff::literal(const QString &word)
{
    return escaped(word, true);
}

QString Roff::section(const QString &title)
{
    return QStringLiteral(".SH \"") + text(title.toUpper()) + QStringLiteral("\"\n");
}

QString Roff::subsection(const QString &title)
{
    return QStringLiteral(".SS \"") + text(title) + QStringLiteral("\"\n");
}

QString Roff::paragraph(const QString &prose)
{
    return QStringLiteral(".PP\n") + text(prose) + QLatin1Char('\n');
}

QString Roff::tagged(const QString &tag, const QString &argument, const QString &body)
{
    QString line = QStringLiteral(".TP\n\\fB") + tag + QStringLiteral("\\fR");
    if (!argument.isEmpty())
        line += QStringLiteral(" \\fI") + argument + QStringLiteral("\\fR");
    return line + QLatin1Char('\n') + body + QLatin1Char('\n');
}

QString Roff::optionTag(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(
            literal((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name));
    return names.join(QStringLiteral(", "));
}

QString Roff::example(const QStringList &words, const QString &meaning)
{
    QStringList quoted;
    for (const QString &word : words) {
        const bool plain = !word.isEmpty() && !word.contains(QLatin1Char(' '));
        quoted.append(plain ? literal(word)
                            : QLatin1Char('\'') + literal(word) + QLatin1Char('\''));
    }
    return QStringLiteral(".PP\n.nf\n\\fB") + quoted.join(QLatin1Char(' '))
           + QStringLiteral("\\fR\n.fi\n.RS\n") + text(meaning) + QStringLiteral("\n.RE\n");
}
