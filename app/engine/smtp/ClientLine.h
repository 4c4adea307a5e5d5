// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// One command line for the server. When it carries a secret, `shown` is
// what the transcript and the event log hold in its place.
struct ClientLine
{
    QByteArray bytes;
    QString shown; // empty: the line is shown as sent

    bool isSecret() const { return !shown.isEmpty(); }
};
