// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "imap/ImapAccount.h"
#include "report/Report.h"

#include <QGroupBox>

class FetchBackJob;
class OAuthSignInPanel;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// The test e-mail step's "check where it landed": opt-in, the recipient's
// IMAP sign-in by password or by OAuth2 in the browser (the SMTP sign-in's
// OAuthSignInPanel, asking the provider table's IMAP scopes); server, port,
// encryption and user remembered in the settings; the password and tokens
// in this panel's memory only, never in the settings or a report; the
// consent unticked at each start. After an accepted send the engine's
// FetchBack (from the mail module) with progress and Cancel. Its findings,
// and the arrived message's, join the send's report.
class FetchBackPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit FetchBackPanel(QWidget *parent = nullptr);

    bool isRunning() const;
    // After the send: reportReady() with the send's report at once; then,
    // when checked and the server accepted the test message, the message is
    // looked for, and reportReady() comes again with what was found.
    void start(const Report &sendReport);
    void cancel();
    // The send's report with what the fetch-back has added: all of it once
    // ended; while it runs, its events so far and its check as cancelled
    // (what the window's closing keeps, RunRecorder).
    Report report() const;

    // Folded (unchecked): the check box line alone.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    // A fetch-back begins, before anything of it is said; its events are
    // offsetMs later in the step's report than in its own log.
    void fetchStarted(FetchBackJob *fetch, qint64 offsetMs);
    void findingAdded(const Finding &finding);
    void reportReady(const Report &report);
    void runningChanged();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect checkLine() const; // the check box and its title
    // The report with a fetch-back's findings, events and check.
    static Report withFetchBack(Report report,
                                const FetchBackJob &fetch,
                                qint64 offsetMs,
                                bool cancelled);
    bool signsInWithBrowser() const;
    void onSignInKindChanged();
    ImapAccount account(const Target &sent) const;
    QString inputProblem() const;
    void lookFor();
    void showStatus(const QString &text, bool problem);
    void restoreSettings();
    void saveSettings();
    void onFinished();

    QLabel *m_consent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QComboBox *m_signInKind;
    QLineEdit *m_password;
    OAuthSignInPanel *m_oauth;
    QFormLayout *m_form = nullptr;
    bool m_refreshing = false; // an expired token is renewed before the search
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    FetchBackJob *m_fetch = nullptr;
    Report m_report;            // the send's, which the fetch-back's findings join
    qint64 m_fetchOffsetMs = 0; // its events' offset in m_report
};
