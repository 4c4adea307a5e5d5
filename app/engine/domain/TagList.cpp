// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TagList.h"

#include <QSet>

namespace {
// VALCHAR = %x21-3A / %x3C-7E: printable ASCII but ";" (RFC 6376 section 3.2).
bool isValChar(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x21 && u <= 0x7e && u != u';';
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// tag-name = ALPHA *ALNUMPUNC; ALNUMPUNC = ALPHA / DIGIT / "_" (RFC 6376 section 3.2).
bool isTagName(const QString &name)
{
    if (name.isEmpty() || !isAsciiAlpha(name.at(0)))
        return false;
    for (const QChar c : name) {
        if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

int leadingWhitespace(const QString &text)
{
    int count = 0;
    while (count < text.size() && TagList::isWhitespace(text.at(count)))
        ++count;
    return count;
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+%1").arg(
        QString::number(c.unicode(), 16).toUpper(), 4, QLatin1Char('0'));
}
} // namespace

bool TagList::isWhitespace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
           || c == QLatin1Char('\n');
}

QString TagList::trimmed(const QString &text)
{
    int begin = 0;
    int end = text.size();
    while (begin < end && isWhitespace(text.at(begin)))
        ++begin;
    while (end > begin && isWhitespace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

QString TagList::forDisplay(const QString &text, int maxLength)
{
    QString shown;
    for (const QChar c : text.left(maxLength)) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f)
            shown.append(c);
        else if (u <= 0xff)
            shown.append(QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0')));
        else
            shown.append(QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')));
    }
    if (text.size() > maxLength)
        shown.append(QStringLiteral("... (%1 characters)").arg(text.size()));
    return shown;
}

TagList TagList::parse(const QString &text, NameCase nameCase)
{
    TagList list;
    list.m_nameCase = nameCase;
    QSet<QString> seen;
    int start = 0;
    while (list.m_errors.size() < maxErrors) {
        int end = text.indexOf(QLatin1Char(';'), start);
        const bool last = end < 0;
        if (last)
            end = int(text.size());
        const QString spec = text.mid(start, end - start);
        if (trimmed(spec).isEmpty()) {
            // tag-list = tag-spec *( ";" tag-spec ) [ ";" ] (RFC 6376 section
            // 3.2): one final ";" is allowed, an empty tag-spec elsewhere is not.
            if (!last)
                list.addError(RecordError::Kind::EmptyTag,
                              start,
                              QString(),
                              tr("empty tag between two semicolons"));
        } else if (const auto tag = list.parseSpec(spec, start)) {
            // RFC 6376 section 3.2: a tag name occurring twice makes the whole
            // tag-list invalid.
            const QString key = list.key(tag->name);
            if (seen.contains(key)) {
                list.addError(RecordError::Kind::DuplicateTag,
                              tag->position,
                              tag->name,
                              tr("the tag %1= appears more than once").arg(tag->name));
            } else {
                seen.insert(key);
                list.m_tags.append(*tag);
            }
        }
        if (last)
            break;
        start = end + 1;
    }
    return list;
}

std::optional<TagList::Tag> TagList::parseSpec(const QString &spec, int position)
{
    // tag-spec = [FWS] tag-name [FWS] "=" [FWS] tag-value [FWS] (RFC 6376 section 3.2).
    for (int i = 0; i < spec.size(); ++i) {
        const QChar c = spec.at(i);
        if (!isValChar(c) && !isWhitespace(c)) {
            addError(RecordError::Kind::InvalidCharacter,
                     position + i,
                     forDisplay(trimmed(spec)),
                     tr("character %1 is not allowed in a record").arg(codePoint(c)));
            return std::nullopt;
        }
    }
    const int equals = int(spec.indexOf(QLatin1Char('=')));
    if (equals < 0) {
        addError(RecordError::Kind::MissingEquals,
                 position + leadingWhitespace(spec),
                 forDisplay(trimmed(spec)),
                 tr("\"%1\" is not of the form tag=value").arg(forDisplay(trimmed(spec))));
        return std::nullopt;
    }
    Tag tag;
    tag.name = trimmed(spec.left(equals));
    tag.position = position + leadingWhitespace(spec);
    if (!isTagName(tag.name)) {
        addError(RecordError::Kind::InvalidTagName,
                 tag.position,
                 forDisplay(tag.name),
                 tag.name.isEmpty()
                     ? tr("a value without a tag name before \"=\"")
                     : tr("\"%1\" is not a valid tag name").arg(forDisplay(tag.name)));
        return std::nullopt;
    }
    const QString rawValue = spec.mid(equals + 1);
    tag.value = trimmed(rawValue);
    tag.valuePosition = position + equals + 1 + leadingWhitespace(rawValue);
    return tag;
}

std::optional<TagList::Tag> TagList::tag(const QString &name) const
{
    const QString wanted = key(name);
    for (const Tag &tag : m_tags) {
        if (key(tag.name) == wanted)
            return tag;
    }
    return std::nullopt;
}

QString TagList::key(const QString &name) const
{
    return m_nameCase == NameCase::Sensitive ? name : name.toLower();
}

void TagList::addError(RecordError::Kind kind,
                       int position,
                       const QString &tag,
                       const QString &message)
{
    if (m_errors.size() < maxErrors)
        m_errors.append(RecordError{kind, position, tag, message});
}
