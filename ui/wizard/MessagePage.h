// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QWizardPage>

class DoctorWizard;
class FindingsModel;
class MessageJob;
class QCheckBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;

// "Check a message that arrived", for the symptom "sent but not received, or
// in spam": the user pastes the message's source (or only its headers) or
// opens an .eml, and Check runs MessageDiagnosis (from the mail module), the step the CLI's message
// command runs too (with the resolver of the server page, DKIM, SPF and DMARC
// are checked again unless the user unticks it). The findings are listed like the other steps' and
// handed to the wizard as this step's report; the route and the alignment are drawn below them
// (MessageDiagrams). What was pasted stays in memory only (a message is private), and going Back or
// Next keeps it.
class MessagePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MessagePage(DoctorWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;

    FindingsModel *findings() const { return m_findings; }

private:
    void validate();
    void openFile();
    void check();
    void onFinished();
    // The bytes to read: an opened file's own (its line ends and 8-bit text
    // matter to DKIM) while the text still is what was opened.
    QByteArray source() const;

    DoctorWizard *m_wizard;
    MessageJob *m_diagnosis = nullptr;
    FindingsModel *m_findings;
    QByteArray m_openedBytes;
    QString m_openedText;
    QTimer *m_validateLater;
    QPlainTextEdit *m_source;
    QLabel *m_problem;
    QCheckBox *m_checkAgain;
    QPushButton *m_open;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListView *m_view;
    QTextBrowser *m_diagrams;
};
