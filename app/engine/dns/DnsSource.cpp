// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/DnsSource.h"

#include <QTimer>

void DnsSource::checkValidation(QObject *context, std::function<void(bool works)> done)
{
    QTimer::singleShot(0, context, [done] { done(false); });
}
