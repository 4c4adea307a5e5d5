// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/JunkMailbox.h"

namespace {

bool isSelectable(const ListedMailbox &mailbox)
{
    // RFC 3501 section 7.2.2 and RFC 5258 section 3.4.
    for (const QString &flag : mailbox.flags) {
        if (flag.compare(QLatin1String("\\Noselect"), Qt::CaseInsensitive) == 0
            || flag.compare(QLatin1String("\\NonExistent"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

// "INBOX.Junk" and "INBOX/Spam" are the same folder one level down.
QString leafOf(const ListedMailbox &mailbox)
{
    if (mailbox.delimiter.isNull())
        return mailbox.name;
    return mailbox.name.section(mailbox.delimiter, -1);
}

} // namespace

QStringList JunkMailbox::usualNames()
{
    // Thunderbird, Apple Mail, Roundcube: "Junk"; Gmail, Yahoo, many hosts:
    // "Spam"; Outlook and Exchange: "Junk E-mail" / "Junk Email".
    return {QStringLiteral("junk"),
            QStringLiteral("spam"),
            QStringLiteral("junk e-mail"),
            QStringLiteral("junk email")};
}

std::optional<QString> JunkMailbox::choose(const QList<ListedMailbox> &mailboxes)
{
    for (const ListedMailbox &mailbox : mailboxes) {
        if (isSelectable(mailbox)
            && mailbox.flags.contains(QLatin1String("\\Junk"), Qt::CaseInsensitive))
            return mailbox.name;
    }
    // The first usual name wins, whatever the order of the reply.
    for (const QString &usual : usualNames()) {
        for (const ListedMailbox &mailbox : mailboxes) {
            if (isSelectable(mailbox) && leafOf(mailbox).compare(usual, Qt::CaseInsensitive) == 0)
                return mailbox.name;
        }
    }
    return std::nullopt;
}
