// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/SpamHeaderTable.h"

#include "core/CheckName.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

using Fields = QList<QPair<QString, QString>>;

// "CIP:192.0.2.1;CTRY:;SCL:5;SFV:SPM;" (Microsoft): KEY:VALUE pairs
// separated by semicolons; a value may itself hold colons (IPv6, H:).
Fields splitFields(const QString &value)
{
    Fields fields;
    for (const QString &part : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        fields.append({part.left(colon).trimmed(), part.mid(colon + 1).trimmed()});
    }
    return fields;
}

// "Yes, score=6.1 required=5.0 tests=HTML_MESSAGE,\n\tURIBL_BLOCKED autolearn=no
// version=4.0.0" (SpamAssassin's default X-Spam-Status: _YESNO_, score=_SCORE_
// required=_REQD_ tests=_TESTS_ ...): the first word, then tag=value pairs,
// a value running to the next tag (a folded tests= list holds spaces).
Fields splitYesNoTags(const QString &value)
{
    static const QRegularExpression first(QStringLiteral("^\\s*([A-Za-z]+)"));
    static const QRegularExpression tag(QStringLiteral("(?:^|[\\s,])([a-z_]+)="));
    Fields fields;
    const auto match = first.match(value);
    if (!match.hasMatch())
        return fields;
    fields.append({QStringLiteral("status"), match.captured(1)});
    QList<QRegularExpressionMatch> tags;
    for (auto it = tag.globalMatch(value); it.hasNext();)
        tags.append(it.next());
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const qsizetype start = tags.at(i).capturedEnd(0);
        const qsizetype end = i + 1 < tags.size() ? tags.at(i + 1).capturedStart(1) : value.size();
        QString text = value.mid(start, end - start).simplified();
        text.remove(QLatin1Char(' '));
        if (text.endsWith(QLatin1Char(',')))
            text.chop(1);
        fields.append({tags.at(i).captured(1), text});
    }
    return fields;
}

// "default: False [0.90 / 15.00]; MIME_GOOD(-0.10)[text/plain]; R_SPF_ALLOW(-0.20)[+ip4]"
// (Rspamd's X-Spamd-Result): the spam flag, the score and the threshold,
// then the symbols; the symbols that added to the score are the rules.
Fields splitRspamdResult(const QString &value)
{
    static const QRegularExpression head(
        QStringLiteral(
            "^\\s*[\\w-]+:\\s*(True|False)\\s*\\[\\s*(-?[0-9.]+)\\s*/\\s*(-?[0-9.]+)\\s*\\]"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression symbol(QStringLiteral("([A-Z0-9_]+)\\((-?[0-9.]+)\\)"));
    Fields fields;
    const auto match = head.match(value);
    if (!match.hasMatch())
        return fields;
    fields.append({QStringLiteral("spam"), match.captured(1)});
    fields.append({QStringLiteral("score"), match.captured(2)});
    fields.append({QStringLiteral("required"), match.captured(3)});
    QStringList symbols;
    for (auto it = symbol.globalMatch(value, match.capturedEnd(0)); it.hasNext();) {
        const auto found = it.next();
        if (found.captured(2).toDouble() > 0)
            symbols.append(found.captured(1));
    }
    if (!symbols.isEmpty())
        fields.append({QStringLiteral("symbols"), symbols.join(QLatin1Char(','))});
    return fields;
}

Fields splitValue(const QString &format, const QString &value)
{
    if (format == QLatin1String("fields"))
        return splitFields(value);
    if (format == QLatin1String("yes-no-tags"))
        return splitYesNoTags(value);
    if (format == QLatin1String("rspamd-result"))
        return splitRspamdResult(value);
    if (format == QLatin1String("flag"))
        return {{QStringLiteral("flag"), value.trimmed()}};
    if (format == QLatin1String("number"))
        return {{QStringLiteral("score"), value.trimmed()}};
    return {};
}

// The table's text in the user's language: its translation of the word
// "meaning" names the key to read ("meaning_fr" in French).
QString meaningOf(const QJsonObject &entry)
{
    //: The key of resources/message/spam-headers.json that holds the texts in this
    //: language. French: meaning_fr. Keep it a key of that file.
    const QString key = SpamHeaderTable::tr("meaning");
    const QString text = entry.value(key).toString();
    return text.isEmpty() ? entry.value(QStringLiteral("meaning")).toString() : text;
}

void keepWorse(SpamVerdict &verdict, const QString &word)
{
    if (!word.isEmpty() && SpamVerdict::rank(word) > SpamVerdict::rank(verdict.verdict))
        verdict.verdict = word;
}

Finding make(const char *id, const SpamVerdict &verdict)
{
    QString detail = verdict.meanings.join(QLatin1Char(' '));
    if (!verdict.rules.isEmpty())
        detail += QLatin1Char(' ')
                  + SpamHeaderTable::tr("Rules that matched: %1.")
                        .arg(verdict.rules.join(QStringLiteral(", ")));
    return FindingCatalog::make(QLatin1String(id),
                                {{FindingArg::Provider, verdict.vendor},
                                 {FindingArg::Result, verdict.codes.join(QStringLiteral(", "))},
                                 {FindingArg::Detail, detail},
                                 {FindingArg::Name, verdict.headers.join(QStringLiteral(", "))},
                                 {FindingArg::Reason, verdict.verdict}},
                                verdict.evidence,
                                CheckName::message());
}

} // namespace

const SpamHeaderTable &SpamHeaderTable::builtIn()
{
    static const SpamHeaderTable table = [] {
        QFile file(QStringLiteral(":/message/spam-headers.json"));
        QString error;
        std::optional<SpamHeaderTable> read;
        if (file.open(QIODevice::ReadOnly))
            read = fromJson(file.readAll(), &error);
        // The resource is part of the build: a table that does not read is a
        // build defect, which tst_messageheaders catches.
        return read.value_or(SpamHeaderTable());
    }();
    return table;
}

std::optional<SpamHeaderTable> SpamHeaderTable::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    SpamHeaderTable table;
    table.m_checked = document.object().value(QStringLiteral("checked")).toString();
    for (const QJsonValue &value : document.object().value(QStringLiteral("headers")).toArray()) {
        const QJsonObject spec = value.toObject();
        if (spec.value(QStringLiteral("header")).toString().isEmpty()
            || spec.value(QStringLiteral("source")).toString().isEmpty()) {
            if (error)
                *error = QStringLiteral("a header without a name or a source");
            return std::nullopt;
        }
        table.m_headers.append(spec);
    }
    return table;
}

QStringList SpamHeaderTable::headerNames() const
{
    QStringList names;
    for (const QJsonObject &spec : m_headers)
        names.append(spec.value(QStringLiteral("header")).toString());
    return names;
}

void SpamHeaderTable::readField(const QJsonObject &field,
                                const QString &value,
                                SpamVerdict &verdict,
                                bool inSummary) const
{
    const QString name = field.value(QStringLiteral("field")).toString();
    if (field.value(QStringLiteral("list")).toBool()) {
        for (const QString &rule : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            verdict.rules.append(rule.trimmed());
        return;
    }
    if (inSummary)
        verdict.codes.append(
            name == QLatin1String("status") || name == QLatin1String("flag")
                    || name == QLatin1String("spam")
                ? value
                : name + (name.at(0).isUpper() ? QStringLiteral(":") : QStringLiteral("="))
                      + value);
    const QJsonObject values = field.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key().compare(value, Qt::CaseInsensitive) != 0)
            continue;
        const QJsonObject entry = it.value().toObject();
        keepWorse(verdict, entry.value(QStringLiteral("verdict")).toString());
        verdict.meanings.append(meaningOf(entry));
        return;
    }
    bool isNumber = false;
    const double number = value.toDouble(&isNumber);
    if (!isNumber)
        return;
    for (const QJsonValue &range : field.value(QStringLiteral("ranges")).toArray()) {
        const QJsonObject entry = range.toObject();
        if (number < entry.value(QStringLiteral("min")).toDouble()
            || number > entry.value(QStringLiteral("max")).toDouble())
            continue;
        keepWorse(verdict, entry.value(QStringLiteral("verdict")).toString());
        verdict.meanings.append(meaningOf(entry));
        return;
    }
}

void SpamHeaderTable::readHeader(const QJsonObject &spec,
                                 const QString &value,
                                 SpamVerdict &verdict) const
{
    const QJsonArray summary = spec.value(QStringLiteral("summary")).toArray();
    const Fields fields = splitValue(spec.value(QStringLiteral("format")).toString(), value);
    // In the table's order, so that the title reads the same for every message.
    for (const QJsonValue &fieldValue : spec.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = fieldValue.toObject();
        const QString name = field.value(QStringLiteral("field")).toString();
        for (const auto &[key, text] : fields) {
            if (key.compare(name, Qt::CaseInsensitive) != 0 || text.isEmpty())
                continue;
            readField(field, text, verdict, summary.contains(QJsonValue(name)));
            break;
        }
    }
}

QList<SpamVerdict> SpamHeaderTable::read(const ParsedMessage &message) const
{
    QList<SpamVerdict> verdicts;
    for (const QJsonObject &spec : m_headers) {
        const QString header = spec.value(QStringLiteral("header")).toString();
        const QStringList values = message.headerValues(header);
        if (values.isEmpty())
            continue;
        const QString vendor = spec.value(QStringLiteral("vendor")).toString();
        auto it = std::find_if(verdicts.begin(), verdicts.end(), [&](const SpamVerdict &known) {
            return known.vendor == vendor;
        });
        if (it == verdicts.end()) {
            verdicts.append(SpamVerdict{vendor, {}, {}, {}, {}, {}, {}});
            it = std::prev(verdicts.end());
        }
        it->headers.append(header);
        // Headers are top first: the first copy is the final receiver's.
        readHeader(spec, values.constFirst(), *it);
        it->evidence.append(header + QStringLiteral(": ") + values.constFirst());
        const QString source = spec.value(QStringLiteral("source")).toString();
        if (!it->evidence.contains(source))
            it->evidence.append(source);
    }
    for (SpamVerdict &verdict : verdicts)
        verdict.evidence.append(QStringLiteral("table checked %1").arg(m_checked));
    return verdicts;
}

QList<Finding> SpamHeaderTable::findings(const ParsedMessage &message) const
{
    QList<Finding> findings;
    for (const SpamVerdict &verdict : read(message)) {
        if (verdict.verdict.isEmpty())
            continue; // a score alone, no verdict: nothing to say
        const char *id = verdict.isSpam()      ? FindingId::MessageSpamVerdictSpam
                         : verdict.isBulk()    ? FindingId::MessageSpamVerdictBulk
                         : verdict.isSkipped() ? FindingId::MessageSpamVerdictSkipped
                                               : FindingId::MessageSpamVerdict;
        findings.append(make(id, verdict));
    }
    return findings;
}
