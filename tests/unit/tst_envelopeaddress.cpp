// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/EnvelopeAddress.h"

#include <QTest>

class TestEnvelopeAddress : public QObject
{
    Q_OBJECT
private slots:
    void from_data();
    void from();
};

void TestEnvelopeAddress::from_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("needsSmtpUtf8");
    QTest::newRow("ascii") << "me@example.com" << QByteArray("me@example.com") << false;
    QTest::newRow("idn domain") << QStringLiteral("me@b\u00fccher.example")
                                << QByteArray("me@xn--bcher-kva.example") << false;
    QTest::newRow("idn domain, upper case") << QStringLiteral("Me@B\u00dcCHER.example")
                                            << QByteArray("Me@xn--bcher-kva.example") << false;
    QTest::newRow("utf-8 local part") << QStringLiteral("jos\u00e9@example.com")
                                      << QStringLiteral("jos\u00e9@example.com").toUtf8() << true;
    // Expected forms checked with Python's own IDNA codec.
    QTest::newRow("both") << QStringLiteral("\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a")
                          << QStringLiteral("\u7528\u6237@xn--fsqu00a.xn--4rr70v").toUtf8() << true;
    // The last @ separates the domain: a quoted local part may hold one.
    QTest::newRow("quoted at") << "\"a@b\"@example.com" << QByteArray("\"a@b\"@example.com")
                               << false;
}

void TestEnvelopeAddress::from()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, text);
    QFETCH(bool, needsSmtpUtf8);
    const EnvelopeAddress envelope = EnvelopeAddress::from(address);
    QCOMPARE(envelope.text, text);
    QCOMPARE(envelope.needsSmtpUtf8, needsSmtpUtf8);
}

QTEST_GUILESS_MAIN(TestEnvelopeAddress)
#include "tst_envelopeaddress.moc"
