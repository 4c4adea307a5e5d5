// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QWizard;

// A hidden hook for docs/screenshots/take.sh: with SMTP_DOCTOR_SCREENSHOT_TOUR
// set to a folder, the wizard walks itself from the first page to the
// results with the remembered settings, waits on each step until its work
// is done, saves each page there as NAME.png (welcome, server,
// connectivity, domain, test-email, results) and quits: exit status 0, or
// 3 when a step did not finish within SMTP_DOCTOR_SCREENSHOT_TIMEOUT
// seconds (default 90). SMTP_DOCTOR_SCREENSHOT_CLICK names buttons (by
// object name, comma-separated) to press once where they appear, in that
// order, after SMTP_DOCTOR_SCREENSHOT_TEXT ("objectName=text" lines) is
// typed; a file the wizard saves goes to SMTP_DOCTOR_SCREENSHOT_SAVE, and
// one it opens is SMTP_DOCTOR_SCREENSHOT_OPEN. SMTP_DOCTOR_SCREENSHOT_LAST
// names a page to end the tour on instead of the results ("message").
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    static void startIfRequested(QWizard *wizard);

private:
    ScreenshotTour(QWizard *wizard, const QString &directory);

    void step();
    void typeRequestedText();
    void clickRequestedButtons();
    void save();
    QString pageName() const;

    QWizard *m_wizard;
    QString m_directory;
    QString m_lastPage;
    QStringList m_clicked;
    int m_waitedMs = 0;
    int m_timeoutMs = 90000;
};
