// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/EnvelopeAddress.h"

#include <QUrl>

namespace {

bool isAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; });
}

} // namespace

EnvelopeAddress EnvelopeAddress::from(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QByteArray local = address.left(at < 0 ? address.size() : at).toUtf8();
    QByteArray domain;
    if (at >= 0) {
        const QString name = address.mid(at + 1);
        domain = QUrl::toAce(name);
        if (domain.isEmpty()) // not a valid IDN: keep what was typed
            domain = name.toUtf8();
    }
    EnvelopeAddress envelope;
    envelope.text = at < 0 ? local : local + '@' + domain;
    envelope.needsSmtpUtf8 = !isAscii(envelope.text);
    return envelope;
}
