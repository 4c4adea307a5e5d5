// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"

#include <QObject>
#include <QString>

#include <functional>

// Where the DNS checks get their answers: the real resolver in the product,
// an in-memory zone in the SPF conformance driver. `done` is called exactly
// once, later (never from inside lookup()), unless `context` is destroyed first.
class DnsSource
{
public:
    virtual ~DnsSource() = default;
    virtual void lookup(const QString &name,
                        int type,
                        QObject *context,
                        std::function<void(const DnsAnswer &)> done)
        = 0;

    // Whether this source's answers are DNSSEC-validated at all: a resolver
    // with a trust anchor whose upstream passes the signatures along. A
    // "bogus" answer means something only then. `done` is called later, once.
    virtual void checkValidation(QObject *context, std::function<void(bool works)> done);
};
