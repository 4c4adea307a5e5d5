// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "message/ParsedMessage.h"
#include "message/SpamVerdict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The receivers' own spam headers (SpamAssassin's X-Spam-Status, Microsoft's
// X-Forefront-Antispam-Report and X-Microsoft-Antispam, Rspamd's
// X-Spamd-Result...) read through a sourced table
// (resources/message/spam-headers.json): the code knows how each format is
// split, the table what each value means. Only the topmost copy of a header
// counts: the one the final receiver added. Pure once loaded.
class SpamHeaderTable
{
    Q_DECLARE_TR_FUNCTIONS(SpamHeaderTable)
public:
    // The table compiled in (:/message/spam-headers.json).
    static const SpamHeaderTable &builtIn();
    // A table from JSON text; nullopt with `error` set when it does not read.
    static std::optional<SpamHeaderTable> fromJson(const QByteArray &json, QString *error);

    QString checked() const { return m_checked; }
    QStringList headerNames() const;

    // One verdict per vendor whose headers the message carries.
    QList<SpamVerdict> read(const ParsedMessage &message) const;
    // message.spam_verdict and its variants, one per vendor with a verdict.
    QList<Finding> findings(const ParsedMessage &message) const;

private:
    void readHeader(const QJsonObject &spec, const QString &value, SpamVerdict &verdict) const;
    void readField(const QJsonObject &field,
                   const QString &value,
                   SpamVerdict &verdict,
                   bool inSummary) const;

    QString m_checked;
    QList<QJsonObject> m_headers;
};
