// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/KeyInspector.h"
#include "domain/RecordError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A DKIM key record, the TXT record at selector._domainkey.domain (RFC 6376
// section 3.6.1), parsed and checked: its tags, the key they publish and
// every error, without exceptions. The key itself is examined through a
// KeyInspector. Used by DkimAssessment; pure.
class DkimRecord
{
    Q_DECLARE_TR_FUNCTIONS(DkimRecord)
public:
    enum class KeyType { Rsa, Ed25519 };

    static DkimRecord parse(const QString &text,
                            const KeyInspector &inspector = KeyInspector::defaultInspector());

    QString text() const { return m_text; }
    bool isValid() const { return m_errors.isEmpty(); }
    QList<RecordError> errors() const { return m_errors; }
    QString errorSummary() const { return RecordError::summary(m_errors); }

    KeyType keyType() const { return m_keyType; }
    // p= decoded; empty for a revoked key.
    QByteArray publicKey() const { return m_publicKey; }
    // p= is present and empty: the key has been revoked (RFC 6376 section 3.6.1).
    bool isRevoked() const { return m_revoked; }
    // The RSA modulus size; nullopt for Ed25519, a revoked or an invalid key.
    std::optional<int> keyBits() const { return m_keyBits; }
    // h=: the hash algorithms the key may be used with; empty means any.
    QStringList hashAlgorithms() const { return m_hashAlgorithms; }
    // s=: the service types, "*" (the default) or "email".
    QStringList serviceTypes() const { return m_serviceTypes; }
    // t=y: the domain is testing DKIM.
    bool isTesting() const { return m_testing; }
    // t=s: the i= domain of signatures must be d= itself, not a subdomain.
    bool isStrictIdentity() const { return m_strictIdentity; }
    QString notes() const { return m_notes; }
    // "RSA, 2048 bits" or "Ed25519", for people.
    QString keyDescription() const;

private:
    void addError(RecordError::Kind kind, int position, const QString &tag, const QString &message);
    void readKey(const QString &value, int position, const KeyInspector &inspector);

    QString m_text;
    QList<RecordError> m_errors;
    KeyType m_keyType = KeyType::Rsa;
    QByteArray m_publicKey;
    bool m_revoked = false;
    std::optional<int> m_keyBits;
    QStringList m_hashAlgorithms;
    QStringList m_serviceTypes{QStringLiteral("*")};
    bool m_testing = false;
    bool m_strictIdentity = false;
    QString m_notes;
};
