// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/ParsedMessage.h"

bool ParsedMessage::looksLikeMail() const
{
    // One of the fields every delivered message has (RFC 5322 section 3.6:
    // Date and From are required; servers add Received).
    return !from.isEmpty() || date.isValid() || !hops.isEmpty() || !messageId.isEmpty()
           || !authenticationResults.isEmpty() || !dkimSignatures.isEmpty();
}

QString ParsedMessage::header(const QString &name) const
{
    for (const Header &entry : headers) {
        if (entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return {};
}

QStringList ParsedMessage::headerValues(const QString &name) const
{
    QStringList values;
    for (const Header &entry : headers) {
        if (entry.name.compare(name, Qt::CaseInsensitive) == 0)
            values.append(entry.value);
    }
    return values;
}
