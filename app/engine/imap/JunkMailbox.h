// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One mailbox of a LIST reply: its name (as the server spells it, for
// SELECT), its hierarchy delimiter and its flags, SPECIAL-USE ones
// included ("\Junk", "\Noselect").
struct ListedMailbox
{
    QString name;
    QChar delimiter;
    QStringList flags;
};

// Which mailbox is the spam folder. Pure: a LIST reply in, a name out.
class JunkMailbox
{
public:
    // The mailbox flagged \Junk (RFC 6154 section 2); else one named as the
    // usual clients name it (Junk, Spam, "Junk E-mail", also below INBOX);
    // never one that cannot be selected (\Noselect, \NonExistent).
    static std::optional<QString> choose(const QList<ListedMailbox> &mailboxes);
    // The names tried when no mailbox is flagged \Junk, lower case.
    static QStringList usualNames();
};
