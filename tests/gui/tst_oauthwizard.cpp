// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "FindingsModel.h"
#include "LoopbackBrowser.h"
#include "OAuthSignInPanel.h"
#include "PeerInfo.h"
#include "ReportExporter.h"
#include "RunRecorder.h"
#include "TestEmailPage.h"
#include "WizardDriver.h"
#include "oauth/OAuthProviderTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

// The wizard's browser sign-in against the OAuth2 lab (oidc-provider and an
// SMTP server that verifies its JWTs): the "Other OAuth2 provider" item with
// the lab's endpoints, the browser replaced by LoopbackBrowser (the provider's
// pages followed with QNetworkAccessManager), the code at the wizard's
// loopback handler, the test mail sent with the token; a refused consent
// gives auth.oauth_flow_failed. Only 127.0.0.1 is contacted. The tokens and
// the client secret are secrets (issue 18 point 6): none of them, plain,
// base64 (alone or in XOAUTH2's string) or hex, nor the PKCE code verifier
// (seen by a relay before the token endpoint), is in the transcript, the
// exports, the settings file, the history or the run's journal, with and
// without "remember" (the keyring: tests/gui/with_keyring.sh's own).
// A TCP relay in front of the lab's token endpoint: it records what the
// wizard sends there, so that the test knows the code verifier to look for.
class RecordingRelay : public QObject
{
public:
    explicit RecordingRelay(quint16 target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
                    const QByteArray bytes = client->readAll();
                    m_sent += bytes;
                    upstream->write(bytes);
                });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] {
                    client->write(upstream->readAll());
                });
                connect(
                    upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray sent() const { return m_sent; }

private:
    QTcpServer m_server;
    quint16 m_target;
    QByteArray m_sent;
};

class TestOAuthWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void cleanup() { OAuthSignInPanel::setBrowserOpener({}); }
    void browserSignIn_data();
    void browserSignIn();
    void typedEndpointsRemembered();

private:
    static QByteArray keyringEntry(const QString &user);
    static void verifyNoSecretIn(DoctorWizard &wizard, const QList<QByteArray> &secrets);
};

void TestOAuthWizard::browserSignIn_data()
{
    QTest::addColumn<bool>("deny");
    QTest::addColumn<bool>("remember");
    QTest::addColumn<QString>("clientSecret");
    QTest::newRow("approved") << false << false << QString();
    QTest::newRow("approved, remembered") << false << true << QString();
    // The lab's client is public: a secret typed in is seen only when the
    // consent is refused (before the token endpoint would refuse it).
    QTest::newRow("consent refused") << true << false << "cl1ent-Secret-of-the-app";
    QTest::newRow("consent refused, remembered") << true << true << "cl1ent-Secret-of-the-app";
}

void TestOAuthWizard::browserSignIn()
{
    QFETCH(bool, deny);
    QFETCH(bool, remember);
    QFETCH(QString, clientSecret);
    REQUIRE_PEER(lab, "oauth-lab");
    QUrl opened;
    OAuthSignInPanel::setBrowserOpener([&opened](const QUrl &url) {
        opened = url;
        return url.host() == QLatin1String("127.0.0.1");
    });
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    wizard.next();
    const quint16 port = lab.port("smtp");
    wizard.findChild<QLineEdit *>("hostEdit")->setText("127.0.0.1");
    wizard.findChild<QComboBox *>("securityCombo")->setCurrentIndex(int(Target::Security::None));
    wizard.findChild<QSpinBox *>("portSpin")->setValue(port);
    wizard.findChild<QLineEdit *>("portsEdit")->setText(QString::number(port));
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
    wizard.next();
    QVERIFY(
        QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::TestEmailPageId));
    wizard.findChild<QLineEdit *>("fromEdit")->setText("me@doctor.test");
    wizard.findChild<QLineEdit *>("toEdit")->setText("you@doctor.test");
    wizard.findChild<QLineEdit *>("userEdit")->setText("me@doctor.test");
    auto *kind = wizard.findChild<QComboBox *>("secretKindCombo");
    kind->setCurrentIndex(kind->count() - 1); // Other OAuth2 provider (browser)
    const QString issuer = lab.value("issuer");
    wizard.findChild<QLineEdit *>("oauthClientIdEdit")->setText(lab.value("client"));
    wizard.findChild<QLineEdit *>("oauthAuthorizationUrlEdit")->setText(issuer + "/auth");
    RecordingRelay relay(QUrl(issuer).port());
    QVERIFY(relay.port() > 0);
    wizard.findChild<QLineEdit *>("oauthTokenUrlEdit")
        ->setText(QStringLiteral("http://127.0.0.1:%1/token").arg(relay.port()));
    wizard.findChild<QLineEdit *>("oauthScopesEdit")->setText("openid offline_access smtp.send");
    wizard.findChild<QLineEdit *>("oauthClientSecretEdit")->setText(clientSecret);
    wizard.findChild<QCheckBox *>("rememberCheck")->setChecked(remember);
    // The lab listens without TLS: the sign-in is allowed in clear on loopback.
    wizard.findChild<QCheckBox *>("cleartextCheck")->setChecked(true);
    // The panel's rows are laid out before the click finds its button.
    auto *signIn = wizard.findChild<QPushButton *>("oauthSignInButton");
    QTRY_VERIFY(signIn->height() > 0);
    WizardDriver::verifyUniqueMnemonics(wizard);
    if (QTest::currentTestFailed())
        return;
    auto *area = wizard.findChild<QScrollArea *>("signInArea");
    area->ensureWidgetVisible(signIn);
    QTRY_VERIFY(wizard.childAt(signIn->mapTo(&wizard, signIn->rect().center())) == signIn);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY2(opened.isValid(), qPrintable(wizard.findChild<QLabel *>("oauthStatus")->text()));
    QVERIFY(wizard.findChild<QPushButton *>("oauthCancelButton")->isEnabled());
    // RFC 7636 S256 and an RFC 8252 loopback redirect at a port of its own.
    const QUrlQuery asked(opened);
    QCOMPARE(asked.queryItemValue("code_challenge_method"), QString("S256"));
    QVERIFY(!asked.queryItemValue("code_challenge").isEmpty());
    const QUrl redirect(asked.queryItemValue("redirect_uri", QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QString("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    LoopbackBrowser browser("me@doctor.test", deny);
    QVERIFY2(browser.follow(opened).isValid(), qPrintable(browser.log()));
    const QAbstractItemModel *model = wizard.findChild<QListView *>("testFindings")->model();
    const auto ids = [model] {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, 0).data(FindingsModel::IdRole).toString());
        return list;
    };
    if (deny) {
        QTRY_VERIFY(ids().contains("auth.oauth_flow_failed"));
        const Report report = wizard.stepReport(DoctorWizard::TestEmailPageId);
        QCOMPARE(report.findings.size(), 1);
        QVERIFY2(report.findings.first().evidence.join(' ').contains("error access_denied"),
                 qPrintable(report.findings.first().evidence.join(' ')));
        QVERIFY(!wizard.findChild<QPushButton *>("oauthCancelButton")->isEnabled());
        verifyNoSecretIn(wizard, {clientSecret.toUtf8()});
        return;
    }
    auto *panel = wizard.findChild<OAuthSignInPanel *>("oauthPanel");
    QTRY_VERIFY_WITH_TIMEOUT(!panel->tokens().isEmpty(), 10000);
    QVERIFY(panel->tokens().canRefresh());
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(ids().contains("send.accepted"), qPrintable(ids().join(", ")), 30000);
    QVERIFY2(ids().contains("auth.oauth_ok"), qPrintable(ids().join(", ")));
    const OAuthTokens tokens = panel->tokens();
    if (remember) {
        // The tick took effect: the keyring holds the tokens, nothing else does.
        const QByteArray kept = keyringEntry("OAuth2 me@doctor.test on 127.0.0.1");
        QVERIFY2(kept.contains(tokens.refreshToken.toUtf8()), "the keyring has no tokens");
    }
    // RFC 7636 section 4.5: the verifier went to the token endpoint only.
    const auto verifier = QRegularExpression("code_verifier=([A-Za-z0-9._~-]+)")
                              .match(QString::fromLatin1(relay.sent()));
    QVERIFY2(verifier.hasMatch(), "no code_verifier reached the token endpoint");
    verifyNoSecretIn(wizard,
                     {tokens.accessToken.toUtf8(),
                      tokens.refreshToken.toUtf8(),
                      verifier.captured(1).toLatin1()});
}

void TestOAuthWizard::typedEndpointsRemembered()
{
    // What the user typed for a provider is there at the next start: the
    // client id for each provider, and for "Other" the endpoints and
    // scopes. Switching providers keeps the last one's. Never the secret.
    OAuthProvider custom;
    custom.id = QStringLiteral("custom");
    custom.clientSecretNeeded = true;
    const OAuthProvider google = OAuthProviderTable::byId(QStringLiteral("google"));
    QVERIFY(google.isKnown());
    const QByteArray secret = "cl1ent-Secret-of-the-app";
    const auto edit = [](QWidget &panel, const char *name) {
        return panel.findChild<QLineEdit *>(QLatin1String(name));
    };
    {
        OAuthSignInPanel panel;
        panel.setProvider(custom);
        edit(panel, "oauthClientIdEdit")->setText("my-app");
        edit(panel, "oauthAuthorizationUrlEdit")->setText("https://id.example.test/authorize");
        edit(panel, "oauthTokenUrlEdit")->setText("https://id.example.test/token");
        edit(panel, "oauthScopesEdit")->setText("openid smtp.send");
        edit(panel, "oauthClientSecretEdit")->setText(QString::fromLatin1(secret));
        panel.setProvider(google);
        QCOMPARE(edit(panel, "oauthAuthorizationUrlEdit")->text(), google.authorizationUrl);
        edit(panel, "oauthClientIdEdit")->setText("my-google-app");
        panel.saveSettings();
    }
    OAuthSignInPanel again;
    again.setProvider(google);
    QCOMPARE(edit(again, "oauthClientIdEdit")->text(), QString("my-google-app"));
    again.setProvider(custom);
    QCOMPARE(edit(again, "oauthClientIdEdit")->text(), QString("my-app"));
    QCOMPARE(edit(again, "oauthAuthorizationUrlEdit")->text(),
             QString("https://id.example.test/authorize"));
    QCOMPARE(edit(again, "oauthTokenUrlEdit")->text(), QString("https://id.example.test/token"));
    QCOMPARE(edit(again, "oauthScopesEdit")->text(), QString("openid smtp.send"));
    QVERIFY(edit(again, "oauthClientSecretEdit")->text().isEmpty());
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("my-app"));
    QVERIFY(!stored.contains(secret));
}

QByteArray TestOAuthWizard::keyringEntry(const QString &user)
{
    if (qEnvironmentVariable("SMTP_DOCTOR_KEYRING") != QLatin1String("ready")) {
        qWarning("no keyring (not run through with_keyring.sh): the entry is not looked up");
        return {};
    }
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"),
                QStringLiteral("server"),
                QStringLiteral("SMTP Doctor"),
                QStringLiteral("user"),
                user});
    if (!tool.waitForFinished(20000))
        return {};
    return tool.readAllStandardOutput();
}

void TestOAuthWizard::verifyNoSecretIn(DoctorWizard &wizard, const QList<QByteArray> &secrets)
{
    const QByteArray user = "me@doctor.test";
    QList<QPair<QString, QByteArray>> places;
    places.append(
        {"transcript", wizard.findChild<QPlainTextEdit *>("transcript")->toPlainText().toUtf8()});
    const QString journal = wizard.runRecorder()->journalPath();
    if (QFile file(journal); !journal.isEmpty() && file.open(QIODevice::ReadOnly))
        places.append({"journal", file.readAll()});
    const QTemporaryDir exports;
    const Report report = wizard.combinedReport();
    WizardDriver::appendExports(report,
                                exports.path(),
                                {ReportExporter::Format::Markdown,
                                 ReportExporter::Format::Html,
                                 ReportExporter::Format::Json},
                                &places);
    if (QTest::currentTestFailed())
        return;
    wizard.close(); // the history gets the run, the settings the fields
    int saved = 0;
    WizardDriver::appendSettingsAndHistory(&places, &saved);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(saved > 0, "the run went to no history file");
    QStringList found;
    for (const QByteArray &secret : secrets) {
        QVERIFY(secret.size() >= 16); // a real secret, not an empty string found everywhere
        const QByteArray xoauth2 = "user=" + user + "\1auth=Bearer " + secret + "\1\1";
        const QList<QByteArray> forms{secret,
                                      secret.toBase64(),
                                      secret.toBase64(QByteArray::Base64UrlEncoding),
                                      xoauth2.toBase64(),
                                      secret.toHex(),
                                      secret.toHex().toUpper(),
                                      QByteArray(secret).toPercentEncoding()};
        for (const auto &[place, bytes] : std::as_const(places)) {
            for (int form = 0; form < forms.size(); ++form) {
                if (bytes.contains(forms.at(form)))
                    found.append(QStringLiteral("%1 holds form %2 of secret %3")
                                     .arg(place)
                                     .arg(form)
                                     .arg(secrets.indexOf(secret)));
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
}

QTEST_MAIN(TestOAuthWizard)
#include "tst_oauthwizard.moc"
