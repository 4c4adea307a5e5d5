// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DkimRecord.h"

#include "domain/TagList.h"

namespace {
// A colon-separated list with optional FWS around the colons, as in h=, s=
// and t= (RFC 6376 section 3.6.1). Empty items are kept, so that the caller
// can refuse them.
QStringList colonList(const QString &value)
{
    QStringList items = value.split(QLatin1Char(':'));
    for (QString &item : items)
        item = TagList::trimmed(item);
    return items;
}

bool isBase64Character(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
           || u == u'+' || u == u'/';
}

// base64string = ALPHADIGITPS *([FWS] ALPHADIGITPS) [ [FWS] "=" [ [FWS] "=" ] ]
// (RFC 6376 section 2.6): whitespace may appear anywhere, padding only at the end.
std::optional<QByteArray> decodeBase64(const QString &value)
{
    QByteArray compact;
    compact.reserve(value.size());
    int padding = 0;
    for (const QChar c : value) {
        if (TagList::isWhitespace(c))
            continue;
        if (c == QLatin1Char('=')) {
            if (++padding > 2)
                return std::nullopt;
            continue;
        }
        if (padding > 0 || !isBase64Character(c))
            return std::nullopt;
        compact.append(char(c.unicode()));
    }
    // A single character left over encodes no whole octet.
    if (compact.size() % 4 == 1 || (padding > 0 && (compact.size() + padding) % 4 != 0))
        return std::nullopt;
    return QByteArray::fromBase64(compact);
}
} // namespace

DkimRecord DkimRecord::parse(const QString &text, const KeyInspector &inspector)
{
    DkimRecord record;
    record.m_text = text;
    const TagList list = TagList::parse(text, TagList::NameCase::Sensitive);
    record.m_errors = list.errors();
    // RFC 6376 section 3.2: an invalid tag-list is invalid as a whole.
    if (!list.isValid())
        return record;

    // RFC 6376 section 3.6.1, v=: optional, but when present the first tag and "DKIM1".
    if (const auto version = list.tag(QStringLiteral("v"))) {
        if (list.tags().constFirst().name != QLatin1String("v"))
            record.addError(RecordError::Kind::VersionNotFirst,
                            version->position,
                            QStringLiteral("v"),
                            tr("v=%1 must be the first tag of the record")
                                .arg(TagList::forDisplay(version->value)));
        else if (version->value != QLatin1String("DKIM1"))
            record.addError(
                RecordError::Kind::WrongVersion,
                version->valuePosition,
                QStringLiteral("v"),
                tr("v= must be DKIM1, not \"%1\"").arg(TagList::forDisplay(version->value)));
    }

    // k=: "rsa" by default (RFC 6376 section 3.6.1), or "ed25519" (RFC 8463
    // section 4.2). Values are case-sensitive (RFC 6376 section 3.2).
    bool keyTypeKnown = true;
    if (const auto type = list.tag(QStringLiteral("k"))) {
        if (type->value == QLatin1String("rsa")) {
            record.m_keyType = KeyType::Rsa;
        } else if (type->value == QLatin1String("ed25519")) {
            record.m_keyType = KeyType::Ed25519;
        } else {
            keyTypeKnown = false;
            record.addError(RecordError::Kind::UnsupportedKeyType,
                            type->valuePosition,
                            QStringLiteral("k"),
                            tr("unknown key type \"%1\" (k= takes rsa or ed25519, in lower case)")
                                .arg(TagList::forDisplay(type->value)));
        }
    }

    // h=: unknown algorithms are ignored (RFC 6376 section 3.6.1), but SHA-1
    // alone leaves nothing a verifier may use (RFC 8301 section 3.1).
    if (const auto hashes = list.tag(QStringLiteral("h"))) {
        record.m_hashAlgorithms = colonList(hashes->value);
        if (record.m_hashAlgorithms.contains(QString()))
            record.addError(RecordError::Kind::InvalidValue,
                            hashes->valuePosition,
                            QStringLiteral("h"),
                            tr("h= contains an empty algorithm name"));
        else if (!record.m_hashAlgorithms.contains(QStringLiteral("sha256")))
            record.addError(RecordError::Kind::InvalidValue,
                            hashes->valuePosition,
                            QStringLiteral("h"),
                            tr("h=%1 does not allow sha256; verifiers no longer accept SHA-1")
                                .arg(TagList::forDisplay(hashes->value)));
    }

    // s=: "*" or "email"; unknown types are ignored, and a key whose list
    // has neither is not for mail (RFC 6376 section 3.6.1).
    if (const auto services = list.tag(QStringLiteral("s"))) {
        record.m_serviceTypes = colonList(services->value);
        if (!record.m_serviceTypes.contains(QStringLiteral("*"))
            && !record.m_serviceTypes.contains(QStringLiteral("email")))
            record.addError(RecordError::Kind::NotForEmail,
                            services->valuePosition,
                            QStringLiteral("s"),
                            tr("s=%1 excludes e-mail: verifiers ignore this key for mail")
                                .arg(TagList::forDisplay(services->value)));
    }

    // t=: "y" (testing) and "s" (strict identity); unknown flags are ignored.
    if (const auto flags = list.tag(QStringLiteral("t"))) {
        const QStringList items = colonList(flags->value);
        if (items.contains(QString()))
            record.addError(RecordError::Kind::InvalidValue,
                            flags->valuePosition,
                            QStringLiteral("t"),
                            tr("t= contains an empty flag"));
        record.m_testing = items.contains(QStringLiteral("y"));
        record.m_strictIdentity = items.contains(QStringLiteral("s"));
    }

    if (const auto notes = list.tag(QStringLiteral("n")))
        record.m_notes = notes->value;

    // p=: required; empty means revoked (RFC 6376 section 3.6.1).
    const auto key = list.tag(QStringLiteral("p"));
    if (!key)
        record.addError(RecordError::Kind::MissingTag,
                        int(text.size()),
                        QStringLiteral("p"),
                        tr("the public key (p=) is missing"));
    else if (keyTypeKnown)
        record.readKey(key->value, key->valuePosition, inspector);
    return record;
}

void DkimRecord::readKey(const QString &value, int position, const KeyInspector &inspector)
{
    const auto decoded = decodeBase64(value);
    if (!decoded) {
        addError(RecordError::Kind::InvalidBase64,
                 position,
                 QStringLiteral("p"),
                 tr("the public key (p=) is not valid base64"));
        return;
    }
    if (decoded->isEmpty()) {
        m_revoked = true;
        return;
    }
    m_publicKey = *decoded;
    if (m_keyType == KeyType::Rsa) {
        m_keyBits = inspector.rsaPublicKeyBits(m_publicKey);
        if (!m_keyBits)
            addError(RecordError::Kind::InvalidKey,
                     position,
                     QStringLiteral("p"),
                     tr("the public key (p=) is not an RSA public key"));
    } else if (!inspector.isValidEd25519PublicKey(m_publicKey)) {
        addError(RecordError::Kind::InvalidKey,
                 position,
                 QStringLiteral("p"),
                 tr("the public key (p=) is not an Ed25519 key: 32 bytes expected, %n found",
                    nullptr,
                    int(m_publicKey.size())));
    }
}

QString DkimRecord::keyDescription() const
{
    if (m_revoked)
        return tr("revoked key");
    if (m_keyType == KeyType::Ed25519)
        return tr("Ed25519");
    if (m_keyBits)
        return tr("RSA, %1 bits").arg(*m_keyBits);
    return tr("RSA");
}

void DkimRecord::addError(RecordError::Kind kind,
                          int position,
                          const QString &tag,
                          const QString &message)
{
    // Bounded, as the tag list's errors are: hostile input, short report.
    if (m_errors.size() < TagList::maxErrors)
        m_errors.append(RecordError{kind, position, tag, message});
}
