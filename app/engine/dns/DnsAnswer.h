// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

// The facts of one DNS answer as libunbound gave them.
struct DnsAnswer
{
    enum class Status { NoError, NxDomain, ServFail, Refused, Timeout, Failure };

    QString name;
    int type = 0;
    Status status = Status::Failure;
    int rcode = 0;
    QList<QByteArray> records;     // raw RDATA, one per record
    QList<QHostAddress> addresses; // for A and AAAA
    QString canonicalName;
    bool secure = false;
    bool bogus = false;
    QString whyBogus;
    QString error; // libunbound's error, when the query itself failed

    bool hasData() const { return !records.isEmpty(); }
    static QString statusName(Status status);
    // "mail.doctor.test A: 127.0.0.1 (NOERROR)", for the event log.
    QString summary() const;
};
