// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"

#include "core/TargetBuilder.h"
#include "findings/Finding.h"
#include "profile/ProfileRun.h"

#include <QWizardPage>

class DoctorWizard;
class FetchBackPanel;
class FindingsModel;
class OAuthSignInPanel;
class PasswordVault;
class ProfileTable;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSpinBox;
class TranscriptView;

// Step 5: sign in and send a test message, with the live transcript; and,
// when asked, the same through a backup connection, side by side. The
// password lives in this page's memory only, or in the system keychain
// when the user asks for it (never in the settings file or a report).
class TestEmailPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TestEmailPage(DoctorWizard *wizard);

    void initializePage() override;
    // Going back cancels a running test, and keeps what was typed.
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_run && m_run->isRunning(); }

    void startTest();
    void cancelTest();

private:
    // The sign-in typed here, into the wizard's session: the repeated
    // attempts that follow this step ("works sometimes") sign in with it.
    void publishSignIn();
    void restoreSettings();
    void saveSettings();
    void rememberOrForgetPassword();
    // The browser sign-in's kind of the "Sign in with" combo box chosen.
    bool signsInWithBrowser() const;
    void onSecretKindChanged();
    void onOAuthFailed(const Finding &finding);
    void onFinished();
    // Empty when the input can be used; else what to correct, in words.
    // The server step's input with this page's sender, recipient and user.
    TargetBuilder::Input input() const;
    TargetBuilder::BackupInput backupInput() const;
    // A problem that TargetBuilder found, as a sentence about this page's field.
    QString describe(const TargetBuilder::Problem &problem) const;
    QString inputProblem() const;
    void showProblem(const QString &problem);

    DoctorWizard *m_wizard;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_user;
    QComboBox *m_secretKind;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QLabel *m_keychainStatus;
    QComboBox *m_mechanism;
    QCheckBox *m_cleartext;
    QGroupBox *m_backup;
    QLineEdit *m_backupHost;
    QSpinBox *m_backupPort;
    QComboBox *m_backupSecurity;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    FindingsModel *m_findings;
    QListView *m_findingsView;
    TranscriptView *m_transcript;
    ProfileTable *m_profiles;
    PasswordVault *m_vault;
    OAuthSignInPanel *m_oauth;
    PasswordVault *m_tokenVault; // the browser sign-in's tokens, when asked
    // After the send, where it landed: Next waits for it, its findings join the step's.
    FetchBackPanel *m_fetchBack;
    QFormLayout *m_form = nullptr;
    bool m_sendAfterRefresh = false;
    ProfileRun *m_run = nullptr;
    bool m_restored = false;
};
