// SPDX-License-Identifier: GPL-3.0-or-later
#include "dkim/DkimVerifier.h"

#include <QFile>
#include <QTest>

// DkimVerifier on a message signed by python3-dkim (tests/data/messages/dkim,
// its public key beside it): libopendkim's verdict for the message as
// signed, then with its body or a signed header changed, and with the key
// missing, revoked or unreachable. The DNS side is the set of keys handed
// over; tst_messageverify runs the same against NSD.
class TestDkimVerifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void unsignedMessageHasNoVerdict();
    void lineFeedsAloneAreRead();

private:
    QByteArray m_message;
    QByteArray m_key;
};

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(SMTP_DOCTOR_TEST_DATA "/messages/dkim/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

const QString keyName = QStringLiteral("unit._domainkey.dkim.test");

DkimKeySet keysWith(DkimKeySet::Status status, const QByteArray &record)
{
    DkimKeySet keys;
    keys.insert(keyName, {status, record, {}});
    return keys;
}

} // namespace

void TestDkimVerifier::initTestCase()
{
    m_message = readData("signed.eml");
    m_key = readData("unit._domainkey.dkim.test.txt");
    QVERIFY(m_message.startsWith("DKIM-Signature:"));
    QVERIFY(m_key.startsWith("v=DKIM1"));
}

void TestDkimVerifier::verdicts_data()
{
    using Outcome = DkimVerdict::Outcome;
    using Status = DkimKeySet::Status;
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("keyStatus");
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<Outcome>("outcome");

    const QByteArray key = readData("unit._domainkey.dkim.test.txt");
    QTest::newRow("as signed") << QByteArray() << QByteArray() << int(Status::Found) << key
                               << Outcome::Pass;
    QTest::newRow("footer added") << QByteArray("this message is signed.")
                                  << QByteArray(
                                         "this message is signed.\r\n-- \r\nSent by a plugin")
                                  << int(Status::Found) << key << Outcome::BodyChanged;
    QTest::newRow("subject changed")
        << QByteArray("Subject: Hello") << QByteArray("Subject: [EXTERNAL] Hello")
        << int(Status::Found) << key << Outcome::SignatureMismatch;
    QTest::newRow("key removed") << QByteArray() << QByteArray() << int(Status::Missing)
                                 << QByteArray() << Outcome::KeyMissing;
    QTest::newRow("key revoked") << QByteArray() << QByteArray() << int(Status::Found)
                                 << QByteArray("v=DKIM1; k=rsa; p=") << Outcome::KeyRevoked;
    QTest::newRow("DNS failed") << QByteArray() << QByteArray() << int(Status::LookupFailed)
                                << QByteArray() << Outcome::KeyLookupFailed;
    QTest::newRow("not a key") << QByteArray() << QByteArray() << int(Status::Found)
                               << QByteArray("v=DKIM1; k=rsa; p=bm90IGEga2V5")
                               << Outcome::KeyUnusable;
}

void TestDkimVerifier::verdicts()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, keyStatus);
    QFETCH(QByteArray, record);
    QFETCH(DkimVerdict::Outcome, outcome);

    QByteArray message = m_message;
    if (!from.isEmpty()) {
        QVERIFY(message.contains(from));
        message.replace(from, to);
    }
    const QList<DkimVerdict> verdicts = DkimVerifier::verify(
        message, keysWith(DkimKeySet::Status(keyStatus), record));
    QCOMPARE(verdicts.size(), 1);
    const DkimVerdict &verdict = verdicts.constFirst();
    QCOMPARE(verdict.domain, QStringLiteral("dkim.test"));
    QCOMPARE(verdict.selector, QStringLiteral("unit"));
    QCOMPARE(verdict.algorithm, QStringLiteral("rsa-sha256"));
    QVERIFY2(verdict.outcome == outcome,
             qPrintable(DkimVerdict::outcomeName(verdict.outcome) + QStringLiteral(" (")
                        + QString::number(verdict.libraryError) + QStringLiteral(" ")
                        + verdict.libraryDetail + QStringLiteral(")")));
}

void TestDkimVerifier::unsignedMessageHasNoVerdict()
{
    const QByteArray message = m_message.mid(m_message.indexOf("From: "));
    QVERIFY(DkimVerifier::verify(message, keysWith(DkimKeySet::Status::Found, m_key)).isEmpty());
}

void TestDkimVerifier::lineFeedsAloneAreRead()
{
    // As pasted from a web mail's "Show original": LF line ends.
    QByteArray message = m_message;
    message.replace("\r\n", "\n");
    const auto verdicts = DkimVerifier::verify(message, keysWith(DkimKeySet::Status::Found, m_key));
    QCOMPARE(verdicts.size(), 1);
    QCOMPARE(DkimVerdict::outcomeName(verdicts.constFirst().outcome), QStringLiteral("pass"));
}

QTEST_GUILESS_MAIN(TestDkimVerifier)
#include "tst_dkimverifier.moc"
