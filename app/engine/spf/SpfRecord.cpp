// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/SpfRecord.h"

#include "spf/DnsRecordParser.h"
#include "spf/SpfMacro.h"

#include <algorithm>

namespace {
constexpr char version[] = "v=spf1";
constexpr int versionLength = 6;

bool isAsciiDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

// ip4-cidr-length / ip6-cidr-length (RFC 7208 section 12): no leading zero,
// at most 32 or 128.
std::optional<int> parsePrefix(const QString &digits, int maximum)
{
    if (!isAsciiDigits(digits) || digits.size() > 3
        || (digits.size() > 1 && digits.at(0) == QLatin1Char('0')))
        return std::nullopt;
    const int value = digits.toInt();
    if (value > maximum)
        return std::nullopt;
    return value;
}

// name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ) (RFC 7208 section 12).
bool isModifierName(const QString &name)
{
    if (name.isEmpty() || !name.at(0).isLetter() || name.at(0).unicode() > 0x7f)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.unicode() < 0x80
               && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                   || c == QLatin1Char('.'));
    });
}

// Splits [ ":" domain-spec ] [ ip4-cidr-length ] [ "/" ip6-cidr-length ] of
// the a and mx mechanisms; the CIDR lengths are taken from the end, so a "/"
// inside the domain-spec stays there. Returns an error message, or empty.
QString splitDualCidr(const QString &arguments, QString *rest, SpfTerm *term)
{
    QString text = arguments;
    const int ip6 = text.lastIndexOf(QLatin1String("//"));
    if (ip6 >= 0 && isAsciiDigits(text.mid(ip6 + 2))) {
        const auto prefix = parsePrefix(text.mid(ip6 + 2), 128);
        if (!prefix)
            return SpfRecord::tr("invalid IPv6 prefix length \"%1\"").arg(text.mid(ip6 + 2));
        term->ip6Prefix = *prefix;
        text.truncate(ip6);
    }
    const int ip4 = text.lastIndexOf(QLatin1Char('/'));
    if (ip4 >= 0 && isAsciiDigits(text.mid(ip4 + 1))) {
        const auto prefix = parsePrefix(text.mid(ip4 + 1), 32);
        if (!prefix)
            return SpfRecord::tr("invalid IPv4 prefix length \"%1\"").arg(text.mid(ip4 + 1));
        term->ip4Prefix = *prefix;
        text.truncate(ip4);
    }
    *rest = text;
    return {};
}

// ip4 / ip6 mechanisms: ":" network [ "/" length ].
QString parseNetwork(const QString &arguments, bool ip6, SpfTerm *term)
{
    if (!arguments.startsWith(QLatin1Char(':')) || arguments.size() < 2)
        return ip6 ? SpfRecord::tr("ip6 needs an address, as in ip6:2001:db8::/32")
                   : SpfRecord::tr("ip4 needs an address, as in ip4:192.0.2.0/24");
    QString address = arguments.mid(1);
    int length = ip6 ? 128 : 32;
    const int slash = address.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const auto prefix = parsePrefix(address.mid(slash + 1), length);
        if (!prefix)
            return SpfRecord::tr("invalid prefix length \"%1\"").arg(address.mid(slash + 1));
        length = *prefix;
        address.truncate(slash);
    }
    const auto parsed = ip6 ? IpNetwork::parseIp6(address) : IpNetwork::parseIp4(address);
    if (!parsed)
        return ip6 ? SpfRecord::tr("\"%1\" is not an IPv6 address").arg(address)
                   : SpfRecord::tr("\"%1\" is not an IPv4 address").arg(address);
    term->network = IpNetwork(*parsed, length);
    return {};
}

// ":" domain-spec, required (include, exists) or optional (a, mx, ptr).
QString parseTarget(const QString &arguments, bool required, SpfTerm *term)
{
    if (arguments.isEmpty())
        return required ? SpfRecord::tr("%1 needs a domain, as in %1:example.com").arg(term->name)
                        : QString();
    if (!arguments.startsWith(QLatin1Char(':')))
        return SpfRecord::tr("unexpected \"%1\" after %2").arg(arguments, term->name);
    term->domainSpec = arguments.mid(1);
    return SpfMacro::domainSpecError(term->domainSpec);
}
} // namespace

bool SpfRecord::isSpfRecord(const QByteArray &txt)
{
    return txt.size() >= versionLength && qstrnicmp(txt.constData(), version, versionLength) == 0
           && (txt.size() == versionLength || txt.at(versionLength) == ' ');
}

bool SpfRecord::isSpfRecord(const QString &txt)
{
    return txt.startsWith(QLatin1String(version), Qt::CaseInsensitive)
           && (txt.size() == versionLength || txt.at(versionLength) == QLatin1Char(' '));
}

QStringList SpfRecord::selectRecords(const QList<QByteArray> &txtRdata)
{
    QStringList records;
    for (const QByteArray &rdata : txtRdata) {
        const auto text = DnsRecordParser::txt(rdata);
        if (text && isSpfRecord(*text))
            records.append(QString::fromLatin1(*text));
    }
    return records;
}

SpfRecord SpfRecord::parse(const QString &text)
{
    SpfRecord record;
    record.m_text = text;
    if (!isSpfRecord(text)) {
        record.addError(text.section(QLatin1Char(' '), 0, 0),
                        0,
                        tr("not an SPF record: it must start with \"v=spf1\""));
        return record;
    }
    // RFC 7208 section 4.6.1: terms are separated by spaces, and only spaces.
    int position = versionLength;
    while (position < text.size()) {
        if (text.at(position) == QLatin1Char(' ')) {
            ++position;
            continue;
        }
        int end = text.indexOf(QLatin1Char(' '), position);
        if (end < 0)
            end = text.size();
        record.parseTerm(text.mid(position, end - position), position);
        position = end;
    }
    return record;
}

void SpfRecord::parseTerm(const QString &text, int position)
{
    for (const QChar c : text) {
        // RFC 7208 section 3.1: 7-bit ASCII; no control characters in terms.
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            addError(text,
                     position,
                     tr("character U+%1 is not allowed")
                         .arg(QString::number(c.unicode(), 16)
                                  .rightJustified(4, QLatin1Char('0'))
                                  .toUpper()));
            return;
        }
    }
    SpfTerm term;
    term.text = text;
    term.position = position;

    const int equals = text.indexOf(QLatin1Char('='));
    const QString prefix = equals >= 0 ? text.left(equals) : QString();
    const bool modifierLike = equals >= 0 && !prefix.contains(QLatin1Char(':'))
                              && !prefix.contains(QLatin1Char('/'));
    if (modifierLike) {
        // RFC 7208 section 6: name "=" value.
        if (!isModifierName(prefix)) {
            addError(text, position, tr("\"%1\" is not a valid modifier name").arg(prefix));
            return;
        }
        term.name = prefix;
        term.domainSpec = text.mid(equals + 1);
        const QString lower = prefix.toLower();
        QString error;
        if (lower == QLatin1String("redirect") || lower == QLatin1String("exp")) {
            term.kind = lower == QLatin1String("exp") ? SpfTerm::Kind::Explanation
                                                      : SpfTerm::Kind::Redirect;
            // RFC 7208 section 6: each at most once.
            const bool repeated = std::any_of(
                m_terms.cbegin(), m_terms.cend(), [&term](const SpfTerm &other) {
                    return other.kind == term.kind;
                });
            if (repeated)
                error = tr("%1= appears more than once").arg(lower);
            else
                error = SpfMacro::domainSpecError(term.domainSpec);
        } else {
            term.kind = SpfTerm::Kind::UnknownModifier;
            error = SpfMacro::syntaxError(term.domainSpec, SpfMacro::Scope::DomainSpec);
        }
        if (!error.isEmpty())
            addError(text, position, error);
        else
            m_terms.append(term);
        return;
    }

    QString rest = text;
    if (QStringLiteral("+-~?").contains(rest.at(0))) {
        term.hasQualifier = true;
        term.qualifier = rest.at(0) == QLatin1Char('-')   ? SpfTerm::Qualifier::Fail
                         : rest.at(0) == QLatin1Char('~') ? SpfTerm::Qualifier::SoftFail
                         : rest.at(0) == QLatin1Char('?') ? SpfTerm::Qualifier::Neutral
                                                          : SpfTerm::Qualifier::Pass;
        rest = rest.mid(1);
    }
    int nameEnd = 0;
    while (nameEnd < rest.size() && rest.at(nameEnd) != QLatin1Char(':')
           && rest.at(nameEnd) != QLatin1Char('/'))
        ++nameEnd;
    term.name = rest.left(nameEnd).toLower();
    const QString arguments = rest.mid(nameEnd);
    QString error;
    if (term.name == QLatin1String("all")) {
        term.kind = SpfTerm::Kind::All; // RFC 7208 section 5.1: no argument
        if (!arguments.isEmpty())
            error = tr("\"all\" takes no argument");
    } else if (term.name == QLatin1String("include") || term.name == QLatin1String("exists")) {
        term.kind = term.name == QLatin1String("include") ? SpfTerm::Kind::Include
                                                          : SpfTerm::Kind::Exists;
        error = parseTarget(arguments, true, &term);
    } else if (term.name == QLatin1String("a") || term.name == QLatin1String("mx")) {
        term.kind = term.name == QLatin1String("a") ? SpfTerm::Kind::A : SpfTerm::Kind::Mx;
        QString target;
        error = splitDualCidr(arguments, &target, &term);
        if (error.isEmpty())
            error = parseTarget(target, false, &term);
    } else if (term.name == QLatin1String("ptr")) {
        term.kind = SpfTerm::Kind::Ptr; // RFC 7208 section 5.5: no CIDR length
        error = parseTarget(arguments, false, &term);
    } else if (term.name == QLatin1String("ip4") || term.name == QLatin1String("ip6")) {
        const bool ip6 = term.name == QLatin1String("ip6");
        term.kind = ip6 ? SpfTerm::Kind::Ip6 : SpfTerm::Kind::Ip4;
        error = parseNetwork(arguments, ip6, &term);
    } else {
        error = term.name.isEmpty() ? tr("a qualifier without a mechanism")
                                    : tr("unknown mechanism \"%1\"").arg(term.name);
    }
    if (!error.isEmpty())
        addError(text, position, error);
    else
        m_terms.append(term);
}

void SpfRecord::addError(const QString &term, int position, const QString &message)
{
    m_errors.append(Error{position, term, message});
}

QString SpfRecord::errorSummary() const
{
    if (m_errors.isEmpty())
        return {};
    const Error &error = m_errors.first();
    return QStringLiteral("%1 (at %2: %3)").arg(error.message).arg(error.position).arg(error.term);
}

QList<SpfTerm> SpfRecord::mechanisms() const
{
    QList<SpfTerm> result;
    std::copy_if(m_terms.cbegin(),
                 m_terms.cend(),
                 std::back_inserter(result),
                 [](const SpfTerm &term) { return term.isMechanism(); });
    return result;
}

std::optional<SpfTerm> SpfRecord::redirect() const
{
    for (const SpfTerm &term : m_terms) {
        if (term.kind == SpfTerm::Kind::Redirect)
            return term;
    }
    return std::nullopt;
}

std::optional<SpfTerm> SpfRecord::explanation() const
{
    for (const SpfTerm &term : m_terms) {
        if (term.kind == SpfTerm::Kind::Explanation)
            return term;
    }
    return std::nullopt;
}

int SpfRecord::lookupTermCount() const
{
    return int(std::count_if(m_terms.cbegin(), m_terms.cend(), [](const SpfTerm &term) {
        return term.countsAsLookup();
    }));
}

std::optional<SpfTerm> SpfRecord::permissiveAll() const
{
    for (const SpfTerm &term : m_terms) {
        if (term.kind == SpfTerm::Kind::All) {
            if (term.qualifier == SpfTerm::Qualifier::Pass
                || term.qualifier == SpfTerm::Qualifier::Neutral)
                return term;
            return std::nullopt;
        }
    }
    return std::nullopt;
}
