// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SaslClient.h"

#include <QTest>

#include <gsasl.h>

// Our client against libgsasl's own server side, in process: every
// mechanism with the right and a wrong password, both ends real.
namespace {

const char correctPassword[] = "s3cret-Passw0rd";

int serverCallback(Gsasl *, Gsasl_session *session, Gsasl_property property)
{
    if (property == GSASL_PASSWORD) {
        gsasl_property_set(session, GSASL_PASSWORD, correctPassword);
        return GSASL_OK;
    }
    return GSASL_NO_CALLBACK;
}

// Runs the exchange as SMTP would carry it; true when the server accepts.
bool authenticate(const QString &mechanism, const QString &password, int *roundTrips)
{
    Gsasl *context = nullptr;
    gsasl_init(&context);
    gsasl_callback_set(context, serverCallback);
    Gsasl_session *server = nullptr;
    gsasl_server_start(context, mechanism.toLatin1().constData(), &server);
    gsasl_property_set(server, GSASL_SERVICE, "smtp");
    gsasl_property_set(server, GSASL_HOSTNAME, "mail.example.test");

    SaslClient client(
        mechanism, {QStringLiteral("doctor"), password, {}}, QStringLiteral("mail.example.test"));
    QByteArray challenge;
    QByteArray response;
    bool accepted = false;
    auto serverStep = [&](const QByteArray &input, int *result) {
        char *output = nullptr;
        size_t length = 0;
        *result = gsasl_step(server, input.constData(), size_t(input.size()), &output, &length);
        QByteArray text = output ? QByteArray(output, qsizetype(length)) : QByteArray();
        gsasl_free(output);
        return text;
    };
    int result = GSASL_NEEDS_MORE;
    *roundTrips = 0;
    if (!SaslClient::clientSpeaksFirst(mechanism))
        challenge = serverStep(QByteArray(), &result);
    for (int guard = 0; guard < 10 && result == GSASL_NEEDS_MORE; ++guard) {
        if (client.step(challenge, &response) == SaslClient::Status::Failed)
            break;
        ++*roundTrips;
        challenge = serverStep(response, &result);
    }
    accepted = result == GSASL_OK;
    gsasl_finish(server);
    gsasl_done(context);
    return accepted;
}

} // namespace

class TestSaslClient : public QObject
{
    Q_OBJECT
private slots:
    void exchange_data();
    void exchange();
    void strongestMechanism();
    void xoauth2();
    void oauthBearer();
    void unsupported();
};

void TestSaslClient::exchange_data()
{
    QTest::addColumn<QString>("mechanism");
    for (const QString &mechanism : SaslClient::preferenceOrder())
        QTest::newRow(qPrintable(mechanism)) << mechanism;
}

void TestSaslClient::exchange()
{
    QFETCH(QString, mechanism);
    int roundTrips = 0;
    QVERIFY(authenticate(mechanism, QString::fromLatin1(correctPassword), &roundTrips));
    QVERIFY(roundTrips >= 1);
    QVERIFY(!authenticate(mechanism, QStringLiteral("wrong-password"), &roundTrips));
}

void TestSaslClient::strongestMechanism()
{
    const SaslClient::Credentials password{"doctor", "pw", {}};
    QCOMPARE(SaslClient::strongest({"PLAIN", "LOGIN", "CRAM-MD5"}, password),
             QStringLiteral("CRAM-MD5"));
    QCOMPARE(SaslClient::strongest({"login", "plain", "scram-sha-1", "SCRAM-SHA-256"}, password),
             QStringLiteral("SCRAM-SHA-256"));
    QCOMPARE(SaslClient::strongest({"XOAUTH2"}, password), QString());
    QCOMPARE(SaslClient::strongest({"PLAIN", "XOAUTH2"}, {"doctor", {}, "token"}),
             QStringLiteral("XOAUTH2"));
    // Gmail lists both bearer forms: the standard one (RFC 7628) wins.
    QCOMPARE(
        SaslClient::strongest({"LOGIN", "PLAIN", "XOAUTH2", "PLAIN-CLIENTTOKEN", "OAUTHBEARER"},
                              {"doctor", {}, "token"}),
        QStringLiteral("OAUTHBEARER"));
    QCOMPARE(SaslClient::strongest({"OAUTHBEARER"}, password), QString());
    QVERIFY(SaslClient::isBearer("oauthbearer"));
    QVERIFY(!SaslClient::isBearer("PLAIN"));
    QVERIFY(SaslClient::sendsPasswordInClear("plain"));
    QVERIFY(!SaslClient::sendsPasswordInClear("SCRAM-SHA-256"));
}

void TestSaslClient::xoauth2()
{
    SaslClient client("XOAUTH2", {"me@example.test", {}, "ya29.token"}, "smtp.example.test");
    QByteArray response;
    QCOMPARE(client.step({}, &response), SaslClient::Status::Continue);
    QCOMPARE(response,
             QByteArray("user=me@example.test\x01"
                        "auth=Bearer ya29.token\x01\x01"));
    // An error challenge (JSON) is answered with an empty line.
    QCOMPARE(client.step(R"({"status":"401"})", &response), SaslClient::Status::Done);
    QVERIFY(response.isEmpty());
}

void TestSaslClient::oauthBearer()
{
    // RFC 7628 section 4.1's example, without the optional port; "," and "="
    // in the user name escaped as RFC 5801 section 4 says.
    SaslClient client(
        "OAUTHBEARER", {"me,=x@example.test", {}, "vF9dft4qmTc2"}, "server.example.com");
    QVERIFY(client.error().isEmpty());
    QByteArray response;
    QCOMPARE(client.step({}, &response), SaslClient::Status::Continue);
    QCOMPARE(response,
             QByteArray("n,a=me=2C=3Dx@example.test,\x01"
                        "host=server.example.com\x01"
                        "auth=Bearer vF9dft4qmTc2\x01\x01"));
    // Section 3.2.3: an error challenge is answered with a single ^A.
    QCOMPARE(client.step(R"({"status":"invalid_token"})", &response), SaslClient::Status::Done);
    QCOMPARE(response, QByteArray("\x01"));
    SaslClient noToken("OAUTHBEARER", {"me@example.test", "password", {}}, "h");
    QVERIFY(!noToken.error().isEmpty());
}

void TestSaslClient::unsupported()
{
    SaslClient client("GSSAPI", {"doctor", "pw", {}}, "h");
    QVERIFY(!client.error().isEmpty());
    QByteArray response;
    QCOMPARE(client.step({}, &response), SaslClient::Status::Failed);
}

QTEST_GUILESS_MAIN(TestSaslClient)
#include "tst_saslclient.moc"
